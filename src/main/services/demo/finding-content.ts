import type { Topic } from './interview-text';

/**
 * The demo's 25 findings across the five areas, each citing the evidence behind it by the
 * demo's keys (interviews, site visits, documents). Most are triangulated (two independent
 * evidence types); two rest on a single interviewee of a small unit and so carry the
 * attribution warning (DOMAIN.md 3.3); two strengths have no recommendation yet. Passages of
 * the cited interviews, on `codeTopic`, are coded to the finding.
 */

type Bilingual = { en: string; th: string };
type Scope = { type: 'national'; code: null } | { type: 'crossing_point' | 'agency'; code: string };

export interface FindingSpec {
  key: string;
  subAreaCode: string;
  type: 'gap' | 'strength' | 'good_practice';
  severity: 'high' | 'medium' | 'low';
  trainingAddressable: boolean;
  statement: Bilingual;
  scopes: readonly Scope[];
  interviews: readonly string[];
  siteVisits: readonly string[];
  documents: readonly string[];
  /** The topic of the cited interviews' notes whose sentences are coded to this finding. */
  codeTopic: Topic | null;
}

const NATIONAL: Scope = { type: 'national', code: null };
const cp = (code: string): Scope => ({ type: 'crossing_point', code });
const IB_CHECKPOINTS = ['ib-msot', 'ib-sadao', 'ib-csaen'] as const;
const IB_HQ = ['ib-hq-1', 'ib-hq-2', 'ib-hq-3'] as const;
const OAG = ['oag-1', 'oag-2', 'oag-3'] as const;
const MSDHS = ['msdhs-1', 'msdhs-2', 'msdhs-3'] as const;
const ATPD = ['atpd-1', 'atpd-2', 'atpd-3'] as const;

export const FINDING_SPECS: readonly FindingSpec[] = [
  // ---------------------------------------------------------------- A. Administration
  { key: 'f-training-plan', subAreaCode: 'A5', type: 'gap', severity: 'high', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'The Immigration Bureau has no written annual training plan linked to job profiles; courses are organised when a donor offers them and completion is not recorded.',
      th: 'สำนักงานตรวจคนเข้าเมืองยังไม่มีแผนการฝึกอบรมประจำปีที่เชื่อมโยงกับตำแหน่งงาน การฝึกอบรมจัดขึ้นเมื่อมีผู้ให้ทุนเสนอและไม่มีการบันทึกผลการเรียนจบ' },
    interviews: ['ib-hq-1', 'ib-svb', 'ib-msot'], siteVisits: [], documents: ['doc-training-catalogue', 'doc-questionnaire'], codeTopic: 'training' },
  { key: 'f-rotation', subAreaCode: 'A3', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [cp('BCP-TAK-MSOT1'), cp('BCP-SGK-SADAO')],
    statement: { en: 'Six-monthly rotation of checkpoint staff, meant as an integrity safeguard, removes trained officers before their skills are used; no written rule balances the two aims.',
      th: 'การหมุนเวียนเจ้าหน้าที่ด่านทุกหกเดือนซึ่งมุ่งป้องกันการทุจริตทำให้เจ้าหน้าที่ที่ผ่านการอบรมย้ายออกก่อนได้ใช้ความรู้ และไม่มีหลักเกณฑ์ที่ถ่วงดุลสองเป้าหมายนี้' },
    interviews: ['ib-hq-1', 'ib-msot', 'ib-sadao', 'fgd-msot-officers'], siteVisits: ['sv-msot'], documents: [], codeTopic: 'checkpoint' },
  { key: 'f-equipment', subAreaCode: 'A2', type: 'gap', severity: 'medium', trainingAddressable: false,
    scopes: [cp('BCP-TAK-MSOT1'), cp('BCP-SKA-KLUEK'), cp('BCP-CRI-CSAEN')],
    statement: { en: 'Land and river checkpoints lack working document-examination equipment; donated devices are not maintained because maintenance has no budget line.',
      th: 'ด่านทางบกและด่านริมแม่น้ำขาดอุปกรณ์ตรวจเอกสารที่ใช้งานได้ อุปกรณ์ที่ได้รับบริจาคไม่ได้รับการบำรุงรักษาเพราะไม่มีงบประมาณ' },
    interviews: IB_CHECKPOINTS, siteVisits: ['sv-msot', 'sv-kluek', 'sv-csaen'], documents: ['doc-annual-report'], codeTopic: 'checkpoint' },
  { key: 'f-complaints', subAreaCode: 'A6', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [cp('BCP-SKA-KLUEK')],
    statement: { en: 'Travellers report informal fees for border passes, and the complaints box at the checkpoint has no known owner or follow-up.',
      th: 'ผู้เดินทางเล่าว่ามีการเรียกเก็บค่าธรรมเนียมนอกระบบในการทำบัตรผ่านแดน และตู้รับเรื่องร้องเรียนที่ด่านไม่มีผู้รับผิดชอบหรือการติดตามที่ชัดเจน' },
    // One district official: the attribution warning (fewer than three interviewees of the unit).
    interviews: ['dopa-1', 'mig-skw-2', 'stk-ngo-shelter'], siteVisits: [], documents: [], codeTopic: 'integrity' },
  { key: 'f-elearning', subAreaCode: 'A5', type: 'good_practice', severity: 'low', trainingAddressable: true, scopes: [NATIONAL],
    statement: { en: 'The Royal Police Cadet Academy e-learning portal already carries 16 of the 28 Bali Process induction modules and can host the remaining ones.',
      th: 'ระบบการเรียนรู้ออนไลน์ของโรงเรียนนายร้อยตำรวจมีหลักสูตรปฐมนิเทศตามกระบวนการบาหลีแล้ว 16 จาก 28 บทเรียน และรองรับบทเรียนที่เหลือได้' },
    interviews: IB_HQ, siteVisits: [], documents: ['doc-training-catalogue'], codeTopic: null },
  // ---------------------------------------------------------------- B. Regulatory framework
  { key: 'f-smuggling-law', subAreaCode: 'B3', type: 'gap', severity: 'high', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'Immigration Act s.63 and s.64 do not define migrant smuggling: there is no material-benefit element, no aggravated form and no protection of smuggled migrants from prosecution.',
      th: 'มาตรา 63 และมาตรา 64 แห่งพระราชบัญญัติคนเข้าเมืองไม่ได้นิยามการลักลอบขนผู้ย้ายถิ่น ไม่มีองค์ประกอบเรื่องประโยชน์ทางการเงิน ไม่มีเหตุฉกรรจ์ และไม่คุ้มครองผู้ถูกลักลอบขนจากการถูกดำเนินคดี' },
    interviews: [...OAG, 'stk-academic'], siteVisits: [], documents: ['doc-imm-act', 'doc-som-draft', 'doc-draft-imm'], codeTopic: 'smuggling' },
  { key: 'f-protocol', subAreaCode: 'B4', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'Thailand has ratified UNTOC and the Trafficking Protocol but not the Smuggling of Migrants Protocol.',
      th: 'ประเทศไทยให้สัตยาบันอนุสัญญาต่อต้านอาชญากรรมข้ามชาติและพิธีสารว่าด้วยการค้ามนุษย์แล้ว แต่ยังไม่ได้เป็นภาคีพิธีสารว่าด้วยการลักลอบขนผู้ย้ายถิ่น' },
    interviews: OAG, siteVisits: [], documents: ['doc-som-draft', 'doc-toc-act'], codeTopic: null },
  { key: 'f-secondary-sop', subAreaCode: 'B2', type: 'gap', severity: 'medium', trainingAddressable: false,
    scopes: [NATIONAL, cp('BCP-TAK-MSOT1'), cp('BCP-SGK-SADAO')],
    statement: { en: 'The police order on checkpoint procedures is still a draft and its secondary-inspection chapter is an outline; checkpoints run secondary checks on the supervisor’s judgement.',
      th: 'คำสั่งว่าด้วยขั้นตอนการตรวจที่ด่านยังเป็นร่าง และหมวดการตรวจชั้นที่สองมีเพียงโครงร่าง ด่านจึงตรวจชั้นที่สองตามดุลยพินิจของหัวหน้าผลัด' },
    interviews: IB_CHECKPOINTS, siteVisits: ['sv-msot', 'sv-sadao'], documents: ['doc-sop-secondary', 'doc-moi-notif'], codeTopic: null },
  { key: 'f-atp-law', subAreaCode: 'B3', type: 'strength', severity: 'low', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'The anti-trafficking law, as amended in 2017 and 2019, covers forced labour, debt bondage and the confiscation of identity documents.',
      th: 'กฎหมายป้องกันและปราบปรามการค้ามนุษย์ที่แก้ไขเมื่อปี 2560 และ 2562 ครอบคลุมการบังคับใช้แรงงาน การใช้หนี้เป็นเครื่องมือ และการยึดเอกสารประจำตัว' },
    interviews: ATPD, siteVisits: [], documents: ['doc-atp-act', 'doc-atp-ed-2562'], codeTopic: null },
  { key: 'f-mou-costs', subAreaCode: 'B5', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'The labour MoUs give a regular channel, but workers report costs and delays that keep irregular crossings attractive.',
      th: 'บันทึกความเข้าใจด้านแรงงานเป็นช่องทางเข้าเมืองที่ถูกกฎหมาย แต่แรงงานเล่าถึงค่าใช้จ่ายและความล่าช้าที่ทำให้การข้ามแดนโดยผิดกฎหมายยังน่าสนใจ' },
    interviews: ['mig-tak-2', 'mig-nkh-1', 'stk-employers'], siteVisits: [], documents: ['doc-mou-labour'], codeTopic: 'labour' },
  // ---------------------------------------------------------------- C. Operations
  { key: 'f-organisers', subAreaCode: 'C4', type: 'gap', severity: 'high', trainingAddressable: true, scopes: [NATIONAL],
    statement: { en: 'Smuggling cases are usually charged only under Immigration Act s.63/64; inquiry officers and prosecutors rarely open financial investigations into organisers.',
      th: 'คดีลักลอบขนคนส่วนใหญ่ตั้งข้อหาเพียงมาตรา 63 หรือ 64 แห่งพระราชบัญญัติคนเข้าเมือง พนักงานสอบสวนและพนักงานอัยการแทบไม่สืบสวนทางการเงินไปถึงผู้บงการ' },
    interviews: ['ib-hq-3', 'ib-msot', 'ib-csaen', ...OAG, ...ATPD], siteVisits: [], documents: ['doc-stats-s63'], codeTopic: 'smuggling' },
  { key: 'f-referral-sop', subAreaCode: 'C6', type: 'gap', severity: 'high', trainingAddressable: true,
    scopes: [cp('BCP-TAK-MSOT1'), cp('BCP-SKA-KLUEK')],
    statement: { en: 'There is no written SOP for referring a suspected trafficking victim from a checkpoint to MSDHS; referral is by telephone, without a form or record.',
      th: 'ยังไม่มีแนวทางปฏิบัติเป็นลายลักษณ์อักษรในการส่งต่อผู้ที่อาจเป็นผู้เสียหายจากการค้ามนุษย์จากด่านไปยังกระทรวงการพัฒนาสังคมฯ การส่งต่อทำทางโทรศัพท์โดยไม่มีแบบฟอร์มหรือบันทึก' },
    interviews: [...MSDHS, 'ib-hq-1', 'ib-msot', 'ib-sadao'], siteVisits: ['sv-msot', 'sv-kluek'], documents: ['doc-sop-referral', 'doc-mdt-guidelines'],
    codeTopic: 'referral' },
  { key: 'f-secondary-check', subAreaCode: 'C1', type: 'gap', severity: 'medium', trainingAddressable: true,
    scopes: [cp('BCP-TAK-MSOT1'), cp('BCP-SGK-SADAO'), cp('BCP-SPK-SVB')],
    statement: { en: 'Primary checks are quick and systematic, but doubtful cases go to secondary inspection without a private interview area, reference material or a written procedure.',
      th: 'การตรวจชั้นต้นรวดเร็วและเป็นระบบ แต่กรณีที่มีข้อสงสัยถูกส่งตรวจชั้นที่สองโดยไม่มีห้องสัมภาษณ์เป็นสัดส่วน เอกสารอ้างอิง หรือขั้นตอนที่เป็นลายลักษณ์อักษร' },
    interviews: ['ib-msot', 'ib-sadao', 'ib-svb'], siteVisits: ['sv-msot', 'sv-sadao', 'sv-svb'], documents: [], codeTopic: 'checkpoint' },
  { key: 'f-patrols', subAreaCode: 'C2', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [NATIONAL, cp('BCP-CRI-CSAEN')],
    statement: { en: 'After land crossings closed on 23 March 2020, officers were sent to patrol natural crossing points without extra vehicles, boats or a risk-based plan.',
      th: 'หลังปิดจุดผ่านแดนทางบกเมื่อวันที่ 23 มีนาคม 2563 เจ้าหน้าที่ถูกส่งไปลาดตระเวนช่องทางธรรมชาติโดยไม่มีรถ เรือ หรือแผนที่อิงความเสี่ยง' },
    interviews: ['ib-sadao', 'ib-csaen', 'ib-ranong', 'fgd-msot-officers'], siteVisits: ['sv-csaen'], documents: ['doc-covid-closure'], codeTopic: 'covid' },
  { key: 'f-detention-children', subAreaCode: 'C5', type: 'gap', severity: 'high', trainingAddressable: true, scopes: [cp('BCP-RNG-PIER')],
    statement: { en: 'The 2019 MoU on alternatives to detention of children is not known at the checkpoints visited, and holding rooms were overcrowded during COVID-19 quarantine.',
      th: 'ด่านที่ไปเยี่ยมชมไม่ทราบเรื่องบันทึกความเข้าใจว่าด้วยทางเลือกแทนการกักตัวเด็กปี 2562 และห้องควบคุมตัวแออัดในช่วงกักตัวโควิด-19' },
    interviews: ['stk-ngo-legal', 'fgd-sgk-social'], siteVisits: ['sv-ranong'], documents: ['doc-mou-atd'], codeTopic: 'detention' },
  { key: 'f-risk-analysis', subAreaCode: 'C7', type: 'gap', severity: 'medium', trainingAddressable: true, scopes: [NATIONAL],
    statement: { en: 'Checkpoints report incidents in free-form spreadsheets; alerts from counterparts arrive by messaging application and feed no risk analysis.',
      th: 'ด่านรายงานเหตุการณ์ด้วยตารางคำนวณในรูปแบบที่ไม่เป็นมาตรฐาน และข้อมูลแจ้งเตือนจากฝั่งตรงข้ามส่งมาทางแอปพลิเคชันสนทนาโดยไม่ได้นำไปวิเคราะห์ความเสี่ยง' },
    interviews: ['ib-hq-2', 'ib-sadao', 'ib-svb', 'fgd-sadao-blo'], siteVisits: ['sv-sadao'], documents: [], codeTopic: 'watchlist' },
  { key: 'f-overstay', subAreaCode: 'C3', type: 'gap', severity: 'low', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'Workers who entered through the MoU channel often overstay after changing employer; overstay at exit is recorded but not analysed.',
      th: 'แรงงานที่เข้ามาตามบันทึกความเข้าใจมักอยู่เกินกำหนดหลังเปลี่ยนนายจ้าง การอยู่เกินกำหนดถูกบันทึกเมื่อเดินทางออกแต่ไม่มีการวิเคราะห์' },
    interviews: ['mig-tak-2', 'stk-employers', 'stk-fishery'], siteVisits: [], documents: ['doc-stats-arrivals'], codeTopic: null },
  // ---------------------------------------------------------------- D. Information management
  { key: 'f-biometrics', subAreaCode: 'D1', type: 'gap', severity: 'high', trainingAddressable: false,
    scopes: [NATIONAL, cp('BCP-TAK-MSOT1'), cp('BCP-SKA-KLUEK')],
    statement: { en: 'Biometrics are captured at the international airports but not at most land crossings, where the border system goes offline several times a week.',
      th: 'มีการจัดเก็บข้อมูลชีวมิติที่สนามบินระหว่างประเทศแต่ด่านทางบกส่วนใหญ่ยังไม่มี และระบบที่ด่านชายแดนขัดข้องหลายครั้งต่อสัปดาห์' },
    interviews: ['ib-hq-2', 'ib-msot', 'ib-svb'], siteVisits: ['sv-svb', 'sv-msot', 'sv-kluek'], documents: ['doc-annual-report'], codeTopic: 'biometrics' },
  { key: 'f-interpol', subAreaCode: 'D2', type: 'gap', severity: 'high', trainingAddressable: false, scopes: [NATIONAL, cp('BCP-SGK-SADAO')],
    statement: { en: 'Land checkpoints cannot query INTERPOL stolen and lost travel documents and cannot add local alerts; watch-list hits on common names are cleared by telephone.',
      th: 'ด่านทางบกไม่สามารถตรวจสอบฐานข้อมูลเอกสารเดินทางสูญหายของอินเตอร์โพลและเพิ่มการแจ้งเตือนในพื้นที่ได้ การแจ้งเตือนจากชื่อที่ซ้ำกันต้องยืนยันทางโทรศัพท์' },
    interviews: ['ib-hq-2', 'ib-sadao', 'ib-svb'], siteVisits: ['sv-sadao'], documents: [], codeTopic: 'watchlist' },
  { key: 'f-statistics', subAreaCode: 'D4', type: 'gap', severity: 'medium', trainingAddressable: true, scopes: [NATIONAL],
    statement: { en: 'Checkpoint statistics are compiled in spreadsheets with differing definitions, and arrests under s.63 and s.64 are not published.',
      th: 'สถิติของด่านรวบรวมด้วยตารางคำนวณที่ใช้นิยามต่างกัน และไม่มีการเผยแพร่สถิติการจับกุมตามมาตรา 63 และมาตรา 64' },
    interviews: ['ib-hq-1', 'ib-hq-2', 'ib-csaen', 'stk-academic'], siteVisits: [], documents: ['doc-stats-arrivals', 'doc-stats-s63', 'doc-stats-tip'],
    codeTopic: 'statistics' },
  { key: 'f-data-sharing', subAreaCode: 'D5', type: 'gap', severity: 'medium', trainingAddressable: true, scopes: [NATIONAL],
    statement: { en: 'Officers are unsure which personal data they may share with other agencies, and no procedure prepares border data for the Personal Data Protection Act.',
      th: 'เจ้าหน้าที่ไม่แน่ใจว่าข้อมูลส่วนบุคคลใดแลกเปลี่ยนกับหน่วยงานอื่นได้ และยังไม่มีขั้นตอนเตรียมข้อมูลชายแดนให้สอดคล้องกับพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล' },
    interviews: [...IB_HQ, ...MSDHS], siteVisits: [], documents: ['doc-pdpa'], codeTopic: null },
  { key: 'f-crew-lists', subAreaCode: 'D3', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [cp('BCP-RNG-PIER'), cp('BCP-CBI-LCB')],
    statement: { en: 'Advance passenger information is received for most flights, but seaports get crew lists by e-mail at best and check them by hand.',
      th: 'ได้รับข้อมูลผู้โดยสารล่วงหน้าสำหรับเที่ยวบินส่วนใหญ่ แต่ท่าเรือได้รับบัญชีลูกเรือทางอีเมลเป็นอย่างมากและตรวจสอบด้วยมือ' },
    interviews: ['ib-svb', 'ib-ranong', 'ib-hq-2'], siteVisits: ['sv-svb', 'sv-lcb', 'sv-ranong'], documents: [], codeTopic: 'maritime' },
  // ---------------------------------------------------------------- E. Cooperation
  { key: 'f-provincial-committee', subAreaCode: 'E2', type: 'good_practice', severity: 'low', trainingAddressable: false, scopes: [NATIONAL],
    statement: { en: 'Provincial anti-trafficking committees meet quarterly under the governor, and shelters accept referrals within a day.',
      th: 'คณะกรรมการป้องกันและปราบปรามการค้ามนุษย์จังหวัดประชุมทุกไตรมาสโดยมีผู้ว่าราชการจังหวัดเป็นประธาน และบ้านพักรับการส่งต่อภายในหนึ่งวัน' },
    interviews: [...MSDHS, 'stk-ngo-shelter', 'fgd-sgk-social'], siteVisits: [], documents: [], codeTopic: 'referral' },
  { key: 'f-prosecutors-late', subAreaCode: 'E2', type: 'gap', severity: 'high', trainingAddressable: true, scopes: [NATIONAL],
    statement: { en: 'Prosecutors are brought into smuggling cases only when the file is complete, too late to guide the investigation; joint case-building is rare.',
      th: 'พนักงานอัยการเข้ามาเกี่ยวข้องกับคดีลักลอบขนคนเมื่อสำนวนเสร็จแล้ว ซึ่งช้าเกินกว่าจะให้คำแนะนำการสืบสวน การทำสำนวนร่วมกันยังเกิดขึ้นน้อย' },
    interviews: [...OAG, ...ATPD, 'fgd-sadao-blo'], siteVisits: [], documents: ['doc-toc-act'], codeTopic: 'cooperation' },
  { key: 'f-blo', subAreaCode: 'E3', type: 'gap', severity: 'medium', trainingAddressable: false, scopes: [cp('BCP-SGK-SADAO')],
    statement: { en: 'The border liaison office meets its counterpart monthly, but minutes are not shared with headquarters and formal requests through INTERPOL NCB Bangkok take weeks.',
      th: 'สำนักงานประสานงานชายแดนประชุมกับฝั่งตรงข้ามทุกเดือน แต่ไม่ได้ส่งรายงานการประชุมให้ส่วนกลาง และการขอข้อมูลอย่างเป็นทางการผ่านสำนักงานอินเตอร์โพลกรุงเทพใช้เวลาหลายสัปดาห์' },
    // One liaison officer of the INTERPOL NCB: the second attribution warning.
    interviews: ['ib-sadao', 'ib-msot', 'ib-hq-3', 'fad-1', 'fgd-sadao-blo'], siteVisits: ['sv-sadao'], documents: [], codeTopic: 'cooperation' },
];

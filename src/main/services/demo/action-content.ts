import type { ActionStatus } from '../../../shared/action-plan';

/**
 * The demo's Joint Action Plan: 30 items under 18 recommendations, with dated status updates.
 * A few are left incomplete on purpose (no lead agency, no indicator, no dates, no
 * recommendation) so that the dashboard and the SMART check have something to show.
 */

export type Bilingual = { en: string; th: string };

export interface ActionSpec {
  key: string;
  recommendation: string | null;
  subAreaCode: string;
  objective: Bilingual;
  action: Bilingual;
  lead: string | null;
  supporting: readonly string[];
  start: string | null;
  end: string | null;
  timeframe: 'short' | 'medium' | 'long';
  priority: 'high' | 'medium' | 'low';
  keyMeasure: boolean;
  indicator: Bilingual;
  baseline: Bilingual;
  target: Bilingual;
  verification: Bilingual;
  cost: number | null;
  currency: 'THB' | 'USD';
  funding: string;
  risks: Bilingual;
  updates: readonly (readonly [date: string, status: ActionStatus, note: string])[];
}

export const t = (en: string, th: string): Bilingual => ({ en, th });
export const NONE: Bilingual = { en: '', th: '' };
const NATIONAL_BUDGET = 'National budget';
const IOM_SUPPORT = 'National budget; IOM technical support';

type Defaults = Pick<ActionSpec, 'keyMeasure' | 'currency' | 'risks'>;
const D: Defaults = {
  keyMeasure: false,
  currency: 'THB',
  risks: t('Budget cuts after COVID-19; staff turnover.', 'งบประมาณถูกตัดหลังโควิด-19 และการโยกย้ายบุคลากร'),
};

export const ACTIONS_A_TO_C: readonly ActionSpec[] = [
  { key: 'a-training-plan', recommendation: 'r-training-plan', subAreaCode: 'A5', ...D, keyMeasure: true,
    objective: t('Training follows the needs of each post.', 'การฝึกอบรมสอดคล้องกับความจำเป็นของแต่ละตำแหน่ง'),
    action: t('Draft and adopt the Immigration Bureau annual training plan linked to job profiles.', 'ยกร่างและประกาศใช้แผนการฝึกอบรมประจำปีของสำนักงานตรวจคนเข้าเมืองที่เชื่อมโยงกับตำแหน่งงาน'),
    lead: 'RTP-IB', supporting: ['RTP-RPCA', 'IOM'], start: '2020-01-15', end: '2020-12-31', timeframe: 'short', priority: 'high',
    indicator: t('Training plan signed by the Commissioner', 'แผนการฝึกอบรมลงนามโดยผู้บัญชาการ'), baseline: t('No plan', 'ไม่มีแผน'),
    target: t('Plan adopted for FY2564', 'มีแผนสำหรับปีงบประมาณ 2564'), verification: t('Signed plan', 'แผนที่ลงนามแล้ว'),
    cost: 350_000, funding: IOM_SUPPORT,
    updates: [['2020-03-10', 'in_progress', 'Working group set up; job profiles collected from six divisions.'],
      ['2020-09-30', 'delayed', 'คณะทำงานประชุมไม่ได้ช่วงโควิด-19 เลื่อนไปไตรมาสแรกของปีงบประมาณ 2564'],
      ['2021-03-31', 'completed', 'Plan signed and circulated to divisions.']] },
  { key: 'a-elearning', recommendation: 'r-training-plan', subAreaCode: 'A5', ...D,
    objective: t('All new officers complete the induction modules.', 'เจ้าหน้าที่ใหม่ทุกคนเรียนครบหลักสูตรปฐมนิเทศ'),
    action: t('Upload the remaining 12 Bali Process induction modules to the e-learning portal and track completion per officer.', 'นำบทเรียนปฐมนิเทศตามกระบวนการบาหลีที่เหลือ 12 บทขึ้นระบบออนไลน์ และติดตามการเรียนจบรายบุคคล'),
    lead: 'RTP-RPCA', supporting: ['RTP-IB', 'IOM'], start: '2020-04-01', end: '2021-09-30', timeframe: 'medium', priority: 'medium',
    indicator: t('Modules online; completion rate of new officers', 'จำนวนบทเรียนออนไลน์และอัตราการเรียนจบของเจ้าหน้าที่ใหม่'),
    baseline: t('16 of 28 modules; completion not tracked', '16 จาก 28 บท ไม่มีการติดตาม'), target: t('28 of 28; 80% completion', '28 จาก 28 บท เรียนจบร้อยละ 80'),
    verification: t('Portal reports', 'รายงานจากระบบ'), cost: 12_000, currency: 'USD', funding: 'IOM project budget',
    updates: [['2020-06-30', 'in_progress', '6 modules translated into Thai.'], ['2021-06-30', 'in_progress', 'เพิ่มบทเรียนแล้ว 10 บท รอการตรวจรับ']] },
  { key: 'a-rotation', recommendation: 'r-rotation', subAreaCode: 'A3', ...D,
    objective: t('Trained specialists stay long enough to use their skills.', 'ผู้เชี่ยวชาญที่ผ่านการอบรมอยู่นานพอที่จะใช้ความรู้'),
    action: t('Amend the posting order so that trained document examiners serve at least two years at one checkpoint.', 'แก้ไขคำสั่งการแต่งตั้งโยกย้ายให้ผู้ตรวจเอกสารที่ผ่านการอบรมประจำด่านอย่างน้อยสองปี'),
    lead: 'RTP-IB', supporting: ['RTP'], start: '2020-07-01', end: '2021-06-30', timeframe: 'short', priority: 'medium',
    indicator: t('Posting order amended', 'คำสั่งได้รับการแก้ไข'), baseline: t('Rotation every six months', 'หมุนเวียนทุกหกเดือน'),
    target: t('Minimum two-year posting for specialists', 'ผู้เชี่ยวชาญประจำด่านอย่างน้อยสองปี'), verification: t('Police order', 'คำสั่งสำนักงานตำรวจแห่งชาติ'),
    cost: null, funding: NATIONAL_BUDGET, updates: [['2020-10-15', 'not_started', 'Awaiting decision of the Bureau command.']] },
  { key: 'a-equipment', recommendation: 'r-equipment', subAreaCode: 'A2', ...D, keyMeasure: true,
    objective: t('Every land checkpoint can examine documents properly.', 'ด่านทางบกทุกแห่งตรวจเอกสารได้อย่างเหมาะสม'),
    action: t('Procure document-examination workstations for ten land and river checkpoints.', 'จัดซื้อเครื่องตรวจเอกสารสำหรับด่านทางบกและด่านริมแม่น้ำสิบแห่ง'),
    lead: 'RTP-IB', supporting: ['IOM', 'MOF'], start: '2020-10-01', end: '2022-09-30', timeframe: 'medium', priority: 'high',
    indicator: t('Checkpoints with a working workstation', 'จำนวนด่านที่มีเครื่องตรวจเอกสารใช้งานได้'), baseline: t('2 of 12', '2 จาก 12 แห่ง'),
    target: t('12 of 12', '12 จาก 12 แห่ง'), verification: t('Site inspection reports', 'รายงานการตรวจเยี่ยมด่าน'),
    cost: 4_800_000, funding: 'National budget FY2564–2565; donor co-funding',
    updates: [['2020-12-20', 'in_progress', 'Specifications drafted.'], ['2021-05-31', 'delayed', 'Budget request cut in the FY2565 review.']] },
  { key: 'a-maintenance', recommendation: 'r-equipment', subAreaCode: 'A2', ...D,
    objective: t('Equipment is kept working.', 'อุปกรณ์อยู่ในสภาพใช้งานได้'),
    action: t('Create a maintenance budget line for checkpoint equipment.', 'ตั้งงบประมาณบำรุงรักษาอุปกรณ์ของด่าน'),
    // Incomplete on purpose: no lead agency yet.
    lead: null, supporting: ['RTP-IB', 'MOF'], start: '2021-01-01', end: '2021-12-31', timeframe: 'short', priority: 'medium',
    indicator: t('Budget line in the annual budget', 'มีรายการงบประมาณในงบประจำปี'), baseline: t('None', 'ไม่มี'),
    target: t('Budget line from FY2565', 'มีรายการงบตั้งแต่ปีงบประมาณ 2565'), verification: t('Budget act', 'พระราชบัญญัติงบประมาณ'),
    cost: null, funding: NATIONAL_BUDGET, updates: [] },
  { key: 'a-complaints', recommendation: 'r-complaints', subAreaCode: 'A6', ...D,
    objective: t('Travellers can report misconduct safely.', 'ผู้เดินทางร้องเรียนการกระทำผิดได้อย่างปลอดภัย'),
    action: t('Post fee schedules in four languages and open a hotline for complaints with quarterly published results.', 'ติดประกาศอัตราค่าธรรมเนียมสี่ภาษาและเปิดสายด่วนรับเรื่องร้องเรียนพร้อมเผยแพร่ผลทุกไตรมาส'),
    lead: 'RTP-IB', supporting: ['MOI-DOPA'], start: '2020-02-01', end: '2020-08-31', timeframe: 'short', priority: 'medium',
    indicator: t('Checkpoints with posted fees; complaints answered', 'จำนวนด่านที่ติดประกาศค่าธรรมเนียมและเรื่องร้องเรียนที่ได้รับคำตอบ'),
    baseline: t('No posted fees at land checkpoints', 'ด่านทางบกไม่มีประกาศค่าธรรมเนียม'), target: t('All permanent checkpoints', 'ด่านถาวรทุกแห่ง'),
    verification: t('Quarterly complaints report', 'รายงานเรื่องร้องเรียนรายไตรมาส'), cost: 150_000, funding: NATIONAL_BUDGET,
    updates: [['2020-04-30', 'cancelled', 'Replaced by the national police complaints system rolled out in 2020.']] },
  { key: 'a-smuggling-law', recommendation: 'r-smuggling-law', subAreaCode: 'B3', ...D, keyMeasure: true,
    objective: t('Domestic law defines and punishes migrant smuggling in line with international standards.', 'กฎหมายภายในนิยามและลงโทษการลักลอบขนผู้ย้ายถิ่นตามมาตรฐานสากล'),
    action: t('Finalise anti-smuggling provisions in the draft Immigration Act, including a material-benefit element and non-criminalisation of smuggled migrants.', 'จัดทำบทบัญญัติป้องกันการลักลอบขนผู้ย้ายถิ่นในร่างพระราชบัญญัติคนเข้าเมืองให้แล้วเสร็จ รวมถึงองค์ประกอบเรื่องประโยชน์และการไม่เอาผิดผู้ถูกลักลอบขน'),
    lead: 'MOI', supporting: ['RTP-IB', 'OAG', 'MFA', 'NSC'], start: '2020-01-01', end: '2021-12-31', timeframe: 'medium', priority: 'high',
    indicator: t('Draft submitted to Cabinet', 'เสนอร่างต่อคณะรัฐมนตรี'), baseline: t('Draft under review', 'ร่างอยู่ระหว่างพิจารณา'),
    target: t('Cabinet approval in principle', 'คณะรัฐมนตรีอนุมัติหลักการ'), verification: t('Cabinet resolution', 'มติคณะรัฐมนตรี'),
    cost: 900_000, funding: IOM_SUPPORT,
    updates: [['2020-02-12', 'in_progress', 'Consultation No. 3/2563 on assisting unlawful entry; IB to redraft with OAG.'],
      ['2020-06-30', 'in_progress', 'ร่างหมวดการลักลอบขนผู้ย้ายถิ่นส่งให้สำนักงานอัยการสูงสุดพิจารณาแล้ว']] },
  { key: 'a-smuggling-consult', recommendation: 'r-smuggling-law', subAreaCode: 'B3', ...D,
    objective: t('Agencies agree on the anti-smuggling chapter.', 'หน่วยงานเห็นพ้องกันในหมวดการลักลอบขนผู้ย้ายถิ่น'),
    action: t('Hold four multi-stakeholder consultations on the anti-smuggling chapter and record each agency’s position.', 'จัดประชุมรับฟังความเห็นผู้มีส่วนได้ส่วนเสียสี่ครั้งเรื่องหมวดการลักลอบขนผู้ย้ายถิ่น และบันทึกความเห็นของแต่ละหน่วยงาน'),
    lead: 'RTP-IB', supporting: ['OAG', 'MOI', 'MSDHS', 'NSC', 'IOM'], start: '2019-11-01', end: '2020-12-31', timeframe: 'short', priority: 'high',
    indicator: t('Consultations held with minutes adopted', 'จำนวนการประชุมที่รับรองรายงานการประชุมแล้ว'), baseline: t('1 held', 'จัดแล้ว 1 ครั้ง'),
    target: t('4 held', 'จัด 4 ครั้ง'), verification: t('Adopted minutes', 'รายงานการประชุมที่รับรองแล้ว'), cost: 480_000, funding: 'IOM project budget',
    updates: [['2020-02-12', 'in_progress', 'Consultation 3 of 4 held in Bangkok.'], ['2020-04-15', 'delayed', 'Consultation 4 postponed (COVID-19).'],
      ['2020-11-20', 'completed', 'จัดประชุมครั้งที่ 4 แบบออนไลน์ รับรองรายงานการประชุมแล้ว']] },
  { key: 'a-secondary-order', recommendation: 'r-secondary-sop', subAreaCode: 'B2', ...D, keyMeasure: true,
    objective: t('Secondary checks follow one written procedure.', 'การตรวจชั้นที่สองเป็นไปตามขั้นตอนเดียวกันที่เป็นลายลักษณ์อักษร'),
    action: t('Complete and sign the police order on primary and secondary inspection.', 'จัดทำคำสั่งว่าด้วยการตรวจชั้นต้นและชั้นที่สองให้สมบูรณ์และลงนาม'),
    lead: 'RTP-IB', supporting: ['RTP'], start: '2020-03-01', end: '2020-12-31', timeframe: 'short', priority: 'high',
    indicator: t('Order signed', 'คำสั่งลงนามแล้ว'), baseline: t('Draft with outline chapter', 'ร่างที่มีเพียงโครงร่าง'),
    target: t('Signed and distributed to all checkpoints', 'ลงนามและแจกจ่ายทุกด่าน'), verification: t('Police order', 'คำสั่งสำนักงานตำรวจแห่งชาติ'),
    cost: 200_000, funding: NATIONAL_BUDGET,
    updates: [['2020-08-31', 'in_progress', 'Secondary-inspection chapter drafted with IOM support.']] },
  { key: 'a-interview-rooms', recommendation: 'r-secondary-sop', subAreaCode: 'C1', ...D,
    objective: t('Doubtful cases are interviewed in private.', 'กรณีที่มีข้อสงสัยได้รับการสัมภาษณ์เป็นการส่วนตัว'),
    action: t('Set up private interview rooms at the five busiest land checkpoints.', 'จัดห้องสัมภาษณ์เป็นสัดส่วนที่ด่านทางบกที่มีผู้เดินทางมากที่สุดห้าแห่ง'),
    lead: 'RTP-IB', supporting: ['MOI-DOPA'], start: '2021-01-01', end: '2022-06-30', timeframe: 'medium', priority: 'medium',
    // Incomplete on purpose: no indicator, target or means of verification.
    indicator: NONE, baseline: NONE, target: NONE, verification: NONE, cost: 1_500_000, funding: NATIONAL_BUDGET, updates: [] },
  { key: 'a-mou-costs', recommendation: 'r-mou-channel', subAreaCode: 'B5', ...D,
    objective: t('Regular labour migration is cheaper than an irregular crossing.', 'การย้ายถิ่นเพื่อทำงานอย่างถูกกฎหมายมีค่าใช้จ่ายต่ำกว่าการลักลอบข้ามแดน'),
    action: t('Review MoU recruitment fees and processing times with the countries of origin.', 'ทบทวนค่าใช้จ่ายและระยะเวลาการนำเข้าแรงงานตามบันทึกความเข้าใจร่วมกับประเทศต้นทาง'),
    lead: 'MOL-DOE', supporting: ['MFA', 'RTP-IB'], start: '2020-06-01', end: '2022-05-31', timeframe: 'medium', priority: 'medium',
    indicator: t('Average cost per worker', 'ค่าใช้จ่ายเฉลี่ยต่อแรงงานหนึ่งคน'), baseline: t('About three months’ wages', 'ประมาณค่าแรงสามเดือน'),
    target: t('One month’s wages or less', 'ไม่เกินค่าแรงหนึ่งเดือน'), verification: t('Department of Employment survey', 'การสำรวจของกรมการจัดหางาน'),
    cost: null, funding: NATIONAL_BUDGET, updates: [['2020-09-30', 'not_started', 'Bilateral meetings suspended (COVID-19).']] },
  { key: 'a-employer-change', recommendation: 'r-mou-channel', subAreaCode: 'C3', ...D,
    objective: t('Workers who change employer keep a legal status.', 'แรงงานที่เปลี่ยนนายจ้างยังคงมีสถานะถูกกฎหมาย'),
    action: t('Allow extension of stay to follow a registered change of employer within 30 days.', 'อนุญาตให้ขยายระยะเวลาการอยู่ตามการเปลี่ยนนายจ้างที่แจ้งภายใน 30 วัน'),
    lead: 'RTP-IB', supporting: ['MOL-DOE'], start: '2020-10-01', end: '2021-09-30', timeframe: 'short', priority: 'low',
    indicator: t('Procedure issued', 'ออกระเบียบแล้ว'), baseline: t('Status lost on employer change', 'เสียสถานะเมื่อเปลี่ยนนายจ้าง'),
    target: t('Procedure in force', 'ระเบียบมีผลใช้บังคับ'), verification: t('Immigration Bureau order', 'คำสั่งสำนักงานตรวจคนเข้าเมือง'),
    cost: null, funding: '', updates: [['2021-02-28', 'in_progress', 'ร่างระเบียบอยู่ระหว่างการพิจารณาของฝ่ายกฎหมาย']] },
  { key: 'a-financial-guideline', recommendation: 'r-financial', subAreaCode: 'C4', ...D, keyMeasure: true,
    objective: t('Smuggling investigations reach organisers and their assets.', 'การสืบสวนคดีลักลอบขนคนไปถึงผู้บงการและทรัพย์สิน'),
    action: t('Issue a joint RTP–AMLO guideline requiring financial investigation in smuggling cases with more than five migrants.', 'ออกแนวทางร่วมระหว่างสำนักงานตำรวจแห่งชาติและสำนักงาน ปปง. ให้สืบสวนทางการเงินในคดีลักลอบขนคนที่มีผู้ย้ายถิ่นเกินห้าคน'),
    lead: 'RTP', supporting: ['AMLO', 'OAG', 'RTP-IB'], start: '2020-04-01', end: '2021-03-31', timeframe: 'short', priority: 'high',
    indicator: t('Smuggling cases with a financial investigation', 'จำนวนคดีลักลอบขนคนที่มีการสืบสวนทางการเงิน'), baseline: t('Almost none', 'แทบไม่มี'),
    target: t('At least 30% of qualifying cases', 'อย่างน้อยร้อยละ 30 ของคดีที่เข้าเกณฑ์'), verification: t('AMLO case statistics', 'สถิติคดีของสำนักงาน ปปง.'),
    cost: 250_000, funding: IOM_SUPPORT,
    updates: [['2020-07-31', 'in_progress', 'Draft guideline discussed with AMLO.'], ['2021-03-31', 'completed', 'Guideline signed.']] },
  { key: 'a-financial-training', recommendation: 'r-financial', subAreaCode: 'C4', ...D,
    objective: t('Inquiry officers can trace the money in smuggling cases.', 'พนักงานสอบสวนสามารถติดตามเส้นทางการเงินในคดีลักลอบขนคน'),
    action: t('Train 120 inquiry officers and prosecutors on financial investigation in smuggling and trafficking cases.', 'ฝึกอบรมพนักงานสอบสวนและพนักงานอัยการ 120 คนเรื่องการสืบสวนทางการเงินในคดีลักลอบขนคนและค้ามนุษย์'),
    lead: 'RTP-CTIC', supporting: ['AMLO', 'OAG', 'IOM'], start: '2021-01-01', end: '2022-06-30', timeframe: 'medium', priority: 'high',
    indicator: t('Officers trained; post-test pass rate', 'จำนวนผู้ผ่านการอบรมและอัตราผ่านแบบทดสอบหลังอบรม'), baseline: t('0', '0'),
    target: t('120 trained; 80% pass', 'อบรม 120 คน ผ่านร้อยละ 80'), verification: t('Training records', 'บันทึกการฝึกอบรม'),
    cost: 45_000, currency: 'USD', funding: 'IOM project budget',
    updates: [['2021-06-30', 'delayed', 'Training of trainers moved to 2022 because of COVID-19.']] },
  { key: 'a-referral-sop', recommendation: 'r-referral', subAreaCode: 'C6', ...D, keyMeasure: true,
    objective: t('Every possible victim found at a checkpoint reaches protection.', 'ผู้ที่อาจเป็นผู้เสียหายทุกคนที่พบที่ด่านได้รับการคุ้มครอง'),
    action: t('Adopt the SOP for referral from checkpoints to MSDHS, with a referral form and 24-hour provincial contact points.', 'ประกาศใช้แนวทางปฏิบัติการส่งต่อจากด่านไปยังกระทรวงการพัฒนาสังคมฯ พร้อมแบบฟอร์มและจุดติดต่อระดับจังหวัดตลอด 24 ชั่วโมง'),
    lead: 'MSDHS', supporting: ['RTP-IB', 'RTP-ATPD', 'IOM'], start: '2020-06-01', end: '2021-06-30', timeframe: 'short', priority: 'high',
    indicator: t('SOP signed; referrals recorded on the form', 'ลงนามแนวทางปฏิบัติแล้วและมีการบันทึกการส่งต่อด้วยแบบฟอร์ม'),
    baseline: t('Referral by telephone, not recorded', 'ส่งต่อทางโทรศัพท์ ไม่มีบันทึก'), target: t('All checkpoints use the form', 'ทุกด่านใช้แบบฟอร์ม'),
    verification: t('MSDHS referral register', 'ทะเบียนการส่งต่อของกระทรวงการพัฒนาสังคมฯ'), cost: 300_000, funding: IOM_SUPPORT,
    updates: [['2020-09-01', 'in_progress', 'Draft SOP circulated to the technical working group.'],
      ['2021-04-30', 'in_progress', 'ทดลองใช้แบบฟอร์มที่ด่านแม่สอดและด่านสะเดา']] },
  { key: 'a-interpreters', recommendation: 'r-referral', subAreaCode: 'C6', ...D,
    objective: t('Screening interviews happen in the migrant’s language.', 'การสัมภาษณ์คัดแยกใช้ภาษาของผู้ย้ายถิ่น'),
    action: t('Set up a roster of interpreters for Burmese, Khmer and Lao available to checkpoints day and night.', 'จัดทำบัญชีล่ามภาษาพม่า เขมร และลาวที่ด่านเรียกใช้ได้ตลอดเวลา'),
    lead: 'MSDHS', supporting: ['MOL-DOE', 'IOM'], start: null, end: null, timeframe: 'short', priority: 'medium',
    indicator: t('Interpreter roster in use', 'มีบัญชีล่ามใช้งาน'), baseline: t('No roster', 'ไม่มีบัญชีล่าม'), target: t('Roster for 3 languages', 'มีบัญชีล่าม 3 ภาษา'),
    verification: t('Roster and call log', 'บัญชีล่ามและบันทึกการเรียกใช้'), cost: 600_000, funding: NATIONAL_BUDGET, updates: [] },
  { key: 'a-patrol-plan', recommendation: 'r-patrols', subAreaCode: 'C2', ...D,
    objective: t('Natural crossing points are watched where the risk is highest.', 'มีการเฝ้าระวังช่องทางธรรมชาติในจุดที่มีความเสี่ยงสูง'),
    action: t('Draw up joint risk-based patrol plans for the Tak and Sa Kaeo borders with the military and provincial police.', 'จัดทำแผนลาดตระเวนร่วมตามความเสี่ยงสำหรับชายแดนจังหวัดตากและสระแก้วกับทหารและตำรวจภูธร'),
    lead: 'RTP-IB', supporting: ['MIL-BORDER', 'RTP-PROV', 'ISOC'], start: '2020-05-01', end: '2020-12-31', timeframe: 'short', priority: 'medium',
    indicator: t('Joint patrol plans signed', 'แผนลาดตระเวนร่วมลงนามแล้ว'), baseline: t('None', 'ไม่มี'), target: t('2 provinces', '2 จังหวัด'),
    verification: t('Signed plans', 'แผนที่ลงนามแล้ว'), cost: 800_000, funding: NATIONAL_BUDGET,
    updates: [['2020-08-15', 'completed', 'Plans signed in both provinces during the COVID-19 closure.']] },
  { key: 'a-atd-briefing', recommendation: 'r-atd', subAreaCode: 'C5', ...D,
    objective: t('No child is held in an immigration detention room.', 'ไม่มีเด็กถูกควบคุมตัวในห้องกักของตรวจคนเข้าเมือง'),
    action: t('Brief all checkpoints on the MoU on alternatives to detention of children and report placements monthly.', 'ชี้แจงบันทึกความเข้าใจว่าด้วยทางเลือกแทนการกักตัวเด็กให้ทุกด่าน และรายงานการส่งตัวเด็กรายเดือน'),
    lead: 'RTP-IB', supporting: ['MSDHS'], start: '2020-03-01', end: '2020-09-30', timeframe: 'short', priority: 'high',
    indicator: t('Children in detention rooms at month end', 'จำนวนเด็กในห้องกัก ณ สิ้นเดือน'), baseline: t('Not reported', 'ไม่มีรายงาน'),
    target: t('Zero, reported monthly', 'ศูนย์ และรายงานทุกเดือน'), verification: t('Monthly report', 'รายงานรายเดือน'), cost: 90_000, funding: NATIONAL_BUDGET,
    updates: [['2020-05-31', 'in_progress', 'Briefings held in 3 of 6 divisions.'], ['2020-10-31', 'completed', 'ชี้แจงครบทุกกองบังคับการแล้ว']] },
  { key: 'a-risk-unit', recommendation: 'r-risk', subAreaCode: 'C7', ...D,
    objective: t('Operations are planned on analysed risk.', 'การปฏิบัติงานวางแผนจากการวิเคราะห์ความเสี่ยง'),
    action: t('Establish a risk-analysis unit at headquarters with four analysts.', 'จัดตั้งหน่วยวิเคราะห์ความเสี่ยงที่ส่วนกลางโดยมีนักวิเคราะห์สี่คน'),
    lead: 'RTP-IB', supporting: ['RTP-CTIC'], start: '2021-01-01', end: '2022-12-31', timeframe: 'medium', priority: 'medium',
    indicator: t('Quarterly risk analyses issued', 'จำนวนรายงานวิเคราะห์ความเสี่ยงรายไตรมาส'), baseline: t('None', 'ไม่มี'),
    target: t('4 a year', 'ปีละ 4 ฉบับ'), verification: t('Published analyses', 'รายงานที่เผยแพร่'), cost: 2_400_000, funding: NATIONAL_BUDGET, updates: [] },
];

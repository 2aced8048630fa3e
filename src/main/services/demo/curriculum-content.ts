import type { BloomLevel, TeachingMethod, TwgRole } from '../../../shared/curriculum';
import type { Bilingual } from './action-content';

/**
 * Component 3 of the demo: the TWG (12 seats, by agency, role, post and sex; never names) and
 * the curriculum it built: 8 modules citing the demo's training-addressable findings. Two of
 * those findings (f-detention-children, f-statistics) are left uncited on purpose, so the
 * coverage panel and the dashboard have a gap to show. Fixed content: not multiplied by --scale.
 */

export const TWG_SEATS: readonly { agency: string; role: TwgRole; position: Bilingual; sex: 'female' | 'male' }[] = [
  { agency: 'RTP-IB', role: 'chair', sex: 'male', position: { en: 'Deputy Commissioner, Immigration Bureau', th: 'รองผู้บัญชาการตรวจคนเข้าเมือง' } },
  { agency: 'RTP-IB', role: 'secretariat', sex: 'female', position: { en: 'Superintendent, Training Sub-Division, Immigration Bureau', th: 'ผู้กำกับการ ฝ่ายฝึกอบรม สำนักงานตรวจคนเข้าเมือง' } },
  { agency: 'IOM', role: 'secretariat', sex: 'female', position: { en: 'National Programme Officer, IOM Thailand', th: 'เจ้าหน้าที่โครงการ IOM ประเทศไทย' } },
  { agency: 'RTP-IB-DIV6', role: 'member', sex: 'male', position: { en: 'Deputy Superintendent, Immigration Division 6', th: 'รองผู้กำกับการ กองตรวจคนเข้าเมือง 6' } },
  { agency: 'RTP-ATPD', role: 'member', sex: 'female', position: { en: 'Inspector, Anti-Trafficking in Persons Division', th: 'สารวัตร กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการค้ามนุษย์' } },
  { agency: 'RTP-MARINE', role: 'member', sex: 'male', position: { en: 'Superintendent, Marine Police Division', th: 'ผู้กำกับการ กองบังคับการตำรวจน้ำ' } },
  { agency: 'RTP-PROV', role: 'member', sex: 'male', position: { en: 'Deputy Commander, Provincial Police Region 6', th: 'รองผู้บัญชาการ ตำรวจภูธรภาค 6' } },
  { agency: 'OAG', role: 'member', sex: 'female', position: { en: 'Senior Public Prosecutor, Office of the Attorney General', th: 'อัยการจังหวัด สำนักงานอัยการสูงสุด' } },
  { agency: 'MOI', role: 'member', sex: 'male', position: { en: 'Legal Officer, Ministry of Interior', th: 'นิติกร กระทรวงมหาดไทย' } },
  { agency: 'NSC', role: 'member', sex: 'female', position: { en: 'Policy and Plan Analyst, National Security Council', th: 'นักวิเคราะห์นโยบายและแผน สำนักงานสภาความมั่นคงแห่งชาติ' } },
  { agency: 'MOF-CUSTOMS', role: 'member', sex: 'male', position: { en: 'Customs Technical Officer, Customs Department', th: 'นักวิชาการศุลกากร กรมศุลกากร' } },
  { agency: 'MSDHS', role: 'member', sex: 'female', position: { en: 'Social Worker, Professional Level, MSDHS', th: 'นักสังคมสงเคราะห์ชำนาญการ กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์' } },
];

export const CURRICULUM_TITLE: Bilingual = {
  en: 'Training of Trainers curriculum on countering migrant smuggling',
  th: 'หลักสูตรการฝึกอบรมครูฝึกด้านการต่อต้านการลักลอบขนคนเข้าเมือง',
};
export const CURRICULUM_VERSION = '1.0';

type Outcome = readonly [en: string, th: string, bloom: BloomLevel];

export interface ModuleSpec {
  title: Bilingual;
  hours: number;
  methods: readonly TeachingMethod[];
  lead: string;
  findings: readonly string[];
  outcomes: readonly Outcome[];
}

export const MODULE_SPECS: readonly ModuleSpec[] = [
  {
    title: { en: 'Inter-agency cooperation', th: 'ความร่วมมือระหว่างหน่วยงาน' },
    hours: 4, methods: ['lecture', 'group_work'], lead: 'RTP-IB', findings: ['f-prosecutors-late'],
    outcomes: [
      ['Describe the mandates of the agencies that handle a smuggling case', 'อธิบายอำนาจหน้าที่ของหน่วยงานที่เกี่ยวข้องกับคดีลักลอบขนคน', 'understand'],
      ['Involve the prosecutor early in a smuggling inquiry', 'ประสานอัยการตั้งแต่ชั้นต้นของการสอบสวนคดีลักลอบขนคน', 'apply'],
    ],
  },
  {
    title: { en: 'Intelligence and information sharing', th: 'การข่าวและการแลกเปลี่ยนข้อมูล' },
    hours: 6, methods: ['lecture', 'case_study'], lead: 'NSC', findings: ['f-risk-analysis', 'f-data-sharing'],
    outcomes: [
      ['Produce a basic risk profile of a smuggling route', 'จัดทำข้อมูลความเสี่ยงเบื้องต้นของเส้นทางลักลอบขนคน', 'analyse'],
      ['Share case data lawfully with partner agencies', 'แลกเปลี่ยนข้อมูลคดีกับหน่วยงานพันธมิตรอย่างถูกต้องตามกฎหมาย', 'apply'],
      ['Explain the safeguards of the Personal Data Protection Act', 'อธิบายมาตรการคุ้มครองตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล', 'understand'],
    ],
  },
  {
    title: { en: 'Investigative interviewing', th: 'การสัมภาษณ์เชิงสืบสวน' },
    hours: 8, methods: ['role_play', 'simulation'], lead: 'RTP-IB', findings: ['f-secondary-check'],
    outcomes: [
      ['Plan a secondary-inspection interview', 'วางแผนการสัมภาษณ์ในการตรวจขั้นที่สอง', 'apply'],
      ['Conduct a non-coercive interview using the PEACE model', 'สัมภาษณ์โดยไม่ใช้การบังคับตามแบบจำลอง PEACE', 'apply'],
      ['Assess the reliability of an account', 'ประเมินความน่าเชื่อถือของคำให้การ', 'evaluate'],
    ],
  },
  {
    title: { en: 'Victim identification and referral', th: 'การคัดแยกผู้เสียหายและการส่งต่อ' },
    hours: 6, methods: ['case_study', 'role_play'], lead: 'MSDHS', findings: ['f-referral-sop'],
    outcomes: [
      ['Recognise indicators of trafficking among smuggled migrants', 'ระบุข้อบ่งชี้การค้ามนุษย์ในกลุ่มผู้ถูกลักลอบขน', 'understand'],
      ['Refer a suspected victim to MSDHS with the referral form', 'ส่งต่อผู้ที่อาจเป็นผู้เสียหายไปยัง พม. ด้วยแบบส่งต่อ', 'apply'],
    ],
  },
  {
    title: { en: 'Financial investigation', th: 'การสืบสวนทางการเงิน' },
    hours: 6, methods: ['lecture', 'case_study'], lead: 'OAG', findings: ['f-organisers'],
    outcomes: [
      ['Trace the proceeds of a smuggling network', 'ติดตามเส้นทางการเงินของเครือข่ายลักลอบขนคน', 'analyse'],
      ['Request asset information from AMLO', 'ขอข้อมูลทรัพย์สินจากสำนักงาน ปปง.', 'apply'],
    ],
  },
  {
    title: { en: 'Case building and prosecution', th: 'การรวบรวมพยานหลักฐานและการฟ้องคดี' },
    hours: 8, methods: ['case_study', 'simulation'], lead: 'OAG', findings: ['f-organisers', 'f-prosecutors-late'],
    outcomes: [
      ['Build a case file against organisers, not only drivers', 'รวบรวมสำนวนคดีต่อผู้จัดการขบวนการ ไม่ใช่เฉพาะผู้ขับรถ', 'apply'],
      ['Choose charges under the Immigration Act and related laws', 'เลือกฐานความผิดตามพระราชบัญญัติคนเข้าเมืองและกฎหมายที่เกี่ยวข้อง', 'evaluate'],
      ['Present evidence from a smuggled migrant without exposing them to prosecution', 'นำเสนอพยานหลักฐานจากผู้ถูกลักลอบขนโดยไม่ทำให้ถูกดำเนินคดี', 'apply'],
      ['Prepare a mock indictment', 'จัดทำคำฟ้องจำลอง', 'create'],
    ],
  },
  {
    title: { en: 'International cooperation', th: 'ความร่วมมือระหว่างประเทศ' },
    hours: 4, methods: ['lecture', 'group_work'], lead: 'OAG', findings: ['f-data-sharing'],
    outcomes: [
      ['Describe mutual legal assistance and police-to-police channels', 'อธิบายช่องทางความช่วยเหลือซึ่งกันและกันทางอาญาและช่องทางระหว่างตำรวจ', 'understand'],
      ['Draft a request to a border liaison office', 'ยกร่างคำขอถึงสำนักงานประสานงานชายแดน', 'create'],
    ],
  },
  {
    title: { en: 'Training skills and micro-teaching', th: 'ทักษะการเป็นครูฝึกและการฝึกสอนแบบจุลภาค' },
    hours: 8, methods: ['micro_teaching', 'group_work'], lead: 'RTP-IB', findings: ['f-elearning'],
    outcomes: [
      ['Plan a 20-minute session with a learning outcome', 'วางแผนการสอน 20 นาทีตามผลลัพธ์การเรียนรู้', 'create'],
      ['Deliver and reflect on a micro-teaching session', 'ฝึกสอนแบบจุลภาคและสะท้อนผล', 'apply'],
      ['Give structured feedback to a peer trainer', 'ให้ข้อมูลป้อนกลับอย่างเป็นระบบแก่ครูฝึกด้วยกัน', 'evaluate'],
    ],
  },
];

import type { AgencyPosition, AttendanceStatus, MinutesStatus, Sex } from '../../../shared/meetings';
import type { Bilingual } from './action-content';

/**
 * Component 2 of the demo: six consultations in 2563 B.E. (2020) on the draft new Immigration
 * Act, reviewing ten draft sections on migrant smuggling. Attendance is by agency, position
 * title and sex (never names). Fixed content: not multiplied by --scale.
 */

export const DRAFT_ACT = 'IMM-DRAFT-NEW';

export const DRAFT_PROVISIONS: readonly { section: string; title: Bilingual }[] = [
  { section: '64/1', title: { en: 'Offence of smuggling of migrants', th: 'ความผิดฐานลักลอบขนคนเข้าเมือง' } },
  { section: '64/2', title: { en: 'Aggravated smuggling endangering life or safety', th: 'เหตุฉกรรจ์ กรณีเป็นอันตรายต่อชีวิตหรือความปลอดภัย' } },
  { section: '64/3', title: { en: 'Aggravated smuggling by an organised group or of a child', th: 'เหตุฉกรรจ์ กรณีกระทำโดยกลุ่มองค์กรอาชญากรรมหรือต่อเด็ก' } },
  { section: '64/4', title: { en: 'Non-criminalisation of smuggled migrants', th: 'การไม่เอาผิดทางอาญาแก่ผู้ถูกลักลอบขน' } },
  { section: '64/5', title: { en: 'Protection and assistance of smuggled migrants', th: 'การคุ้มครองและช่วยเหลือผู้ถูกลักลอบขน' } },
  { section: '64/6', title: { en: 'Fraudulent travel and identity documents', th: 'เอกสารเดินทางและเอกสารแสดงตนปลอม' } },
  { section: '64/7', title: { en: 'Confiscation of the proceeds of smuggling', th: 'การริบทรัพย์สินที่ได้จากการลักลอบขนคน' } },
  { section: '64/8', title: { en: 'Liability of carriers', th: 'ความรับผิดของผู้ขนส่ง' } },
  { section: '64/9', title: { en: 'Sharing of data among agencies', th: 'การแลกเปลี่ยนข้อมูลระหว่างหน่วยงาน' } },
  { section: '64/10', title: { en: 'International cooperation and mutual legal assistance', th: 'ความร่วมมือระหว่างประเทศและความช่วยเหลือซึ่งกันและกันทางอาญา' } },
];

export interface AttendeeSpec {
  agency: string;
  position: string;
  sex: Sex;
  status: AttendanceStatus;
  absenceReason?: string;
  substituteFor?: string;
}

/** The usual table; each meeting varies it (an absence, a substitute). IOM observes throughout. */
const TABLE: readonly AttendeeSpec[] = [
  { agency: 'RTP-IB', position: 'Commissioner, Immigration Bureau (chair)', sex: 'male', status: 'present' },
  { agency: 'RTP-IB', position: 'Superintendent, Legal Affairs Sub-Division, Immigration Bureau', sex: 'female', status: 'present' },
  { agency: 'RTP-ATPD', position: 'Deputy Commander, Anti-Trafficking in Persons Division', sex: 'male', status: 'present' },
  { agency: 'OAG', position: 'Senior Expert Public Prosecutor, Office of the Attorney General', sex: 'female', status: 'present' },
  { agency: 'MOI', position: 'Director, Legal Affairs Division, Ministry of Interior', sex: 'male', status: 'present' },
  { agency: 'NSC', position: 'Senior Policy and Plan Analyst, National Security Council', sex: 'female', status: 'present' },
  { agency: 'MOF-CUSTOMS', position: 'Customs Technical Officer, Investigation and Suppression Bureau', sex: 'male', status: 'present' },
  { agency: 'MSDHS', position: 'Director, Anti-Trafficking in Persons Division, MSDHS', sex: 'female', status: 'present' },
  { agency: 'MFA', position: 'First Secretary, Department of Consular Affairs', sex: 'female', status: 'present' },
  { agency: 'MOL-DOE', position: 'Labour Specialist, Department of Employment', sex: 'male', status: 'present' },
  { agency: 'IOM', position: 'Project Officer, IOM Thailand', sex: 'female', status: 'observer' },
];

/** Per meeting (0-based): who was absent and why, and who sent a substitute. */
const ABSENT: readonly (readonly [agency: string, reason: string])[] = [
  ['MFA', 'Official mission abroad'],
  ['MOL-DOE', 'Clashing inter-ministerial meeting'],
  ['MOF-CUSTOMS', 'Sick leave'],
  ['NSC', 'Clashing NSC board meeting'],
  ['MFA', 'Official mission abroad'],
  ['MOL-DOE', 'No reply to the invitation'],
];
const SUBSTITUTE: Record<number, { agency: string; position: string; sex: Sex }> = {
  1: { agency: 'OAG', position: 'Public Prosecutor, Office of the Attorney General', sex: 'male' },
  3: { agency: 'MOI', position: 'Legal Officer, Legal Affairs Division, Ministry of Interior', sex: 'female' },
};

export function attendanceFor(meeting: number): AttendeeSpec[] {
  const [absentAgency, reason] = ABSENT[meeting] ?? ['', ''];
  const substitute = SUBSTITUTE[meeting];
  return TABLE.map((row): AttendeeSpec => {
    if (row.agency === absentAgency) return { ...row, status: 'absent', absenceReason: reason };
    if (substitute && row.agency === substitute.agency && row.status === 'present') {
      return { ...substitute, status: 'substitute', substituteFor: row.position };
    }
    return row;
  });
}

/** Positions on each section, by agency (only those seated at the meeting are recorded). */
type Stance = readonly [agency: string, position: AgencyPosition, note: string];

export interface ProvisionReview {
  section: string;
  stances: readonly Stance[];
  consensus: boolean;
}

const SUPPORT_ALL = (note: string): Stance[] => [
  ['RTP-IB', 'support', note],
  ['OAG', 'support', ''],
  ['RTP-ATPD', 'support', ''],
  ['MOI', 'support', ''],
  ['MSDHS', 'support', ''],
];

export interface MeetingSpec {
  date: string;
  title: Bilingual;
  venue: Bilingual;
  status: MinutesStatus;
  reviews: readonly ProvisionReview[];
  resolution: Bilingual;
  followUps: readonly { text: Bilingual; owner: string; due: string; status: 'open' | 'in_progress' | 'done'; action: string | null }[];
}

const VENUE = { en: 'Meeting room 1, Immigration Bureau, Bangkok', th: 'ห้องประชุม 1 สำนักงานตรวจคนเข้าเมือง กรุงเทพมหานคร' };

export const C2_MEETINGS: readonly MeetingSpec[] = [
  {
    date: '2020-02-20',
    title: { en: 'Consultation on the draft Immigration Act: the smuggling offence', th: 'การประชุมหารือร่างพระราชบัญญัติคนเข้าเมือง: ความผิดฐานลักลอบขนคน' },
    venue: VENUE,
    status: 'adopted',
    reviews: [
      { section: '64/1', stances: SUPPORT_ALL('Aligns the offence with the UN Smuggling Protocol.'), consensus: true },
      { section: '64/2', stances: [['RTP-IB', 'support', ''], ['OAG', 'support_with_amendments', 'Define "endangering life" to avoid doubt in court.'], ['MSDHS', 'support', '']], consensus: true },
    ],
    resolution: { en: 'The meeting agreed sections 64/1 and 64/2, with the OAG wording on endangering life.', th: 'ที่ประชุมเห็นชอบมาตรา 64/1 และ 64/2 โดยปรับถ้อยคำตามข้อเสนอของสำนักงานอัยการสูงสุด' },
    followUps: [
      { text: { en: 'Send the revised sections 64/1–64/2 to all agencies.', th: 'ส่งร่างมาตรา 64/1–64/2 ที่ปรับปรุงแล้วให้ทุกหน่วยงาน' }, owner: 'RTP-IB', due: '2020-03-15', status: 'done', action: 'a-smuggling-law' },
    ],
  },
  {
    date: '2020-06-18',
    title: { en: 'Consultation on aggravated forms and the position of smuggled migrants', th: 'การประชุมหารือเหตุฉกรรจ์และสถานะของผู้ถูกลักลอบขน' },
    venue: { en: 'Online (video conference, COVID-19 measures)', th: 'ประชุมออนไลน์ (มาตรการโควิด-19)' },
    status: 'adopted',
    reviews: [
      { section: '64/3', stances: SUPPORT_ALL(''), consensus: true },
      { section: '64/4', stances: [['RTP-IB', 'support_with_amendments', 'Keep the offence of illegal entry for repeat entries.'], ['OAG', 'support', ''], ['MOI', 'oppose', 'Concern about a pull factor at the border.'], ['MSDHS', 'support', '']], consensus: false },
    ],
    resolution: { en: 'Section 64/3 agreed. No consensus on section 64/4: the secretariat will draft an alternative.', th: 'เห็นชอบมาตรา 64/3 ส่วนมาตรา 64/4 ยังไม่ได้ข้อยุติ ให้ฝ่ายเลขานุการยกร่างทางเลือก' },
    followUps: [
      { text: { en: 'Draft an alternative wording of section 64/4.', th: 'ยกร่างถ้อยคำทางเลือกของมาตรา 64/4' }, owner: 'RTP-IB', due: '2020-07-15', status: 'done', action: 'a-smuggling-consult' },
    ],
  },
  {
    date: '2020-07-23',
    title: { en: 'Consultation on protection and fraudulent documents', th: 'การประชุมหารือการคุ้มครองผู้ถูกลักลอบขนและเอกสารปลอม' },
    venue: VENUE,
    status: 'adopted',
    reviews: [
      { section: '64/5', stances: [['RTP-IB', 'support', ''], ['MSDHS', 'support_with_amendments', 'Refer to the national referral mechanism.'], ['OAG', 'support', '']], consensus: true },
      { section: '64/6', stances: [['RTP-IB', 'support', ''], ['OAG', 'support', ''], ['MOI', 'support', '']], consensus: true },
    ],
    resolution: { en: 'Sections 64/5 and 64/6 agreed; MSDHS to propose the referral text.', th: 'เห็นชอบมาตรา 64/5 และ 64/6 ให้ พม. เสนอถ้อยคำเรื่องการส่งต่อ' },
    followUps: [
      { text: { en: 'Propose text on referral to the national referral mechanism.', th: 'เสนอถ้อยคำเรื่องการส่งต่อตามกลไกการส่งต่อระดับชาติ' }, owner: 'MSDHS', due: '2020-08-20', status: 'done', action: 'a-referral-sop' },
    ],
  },
  {
    date: '2020-08-27',
    title: { en: 'Consultation on proceeds of smuggling and carriers', th: 'การประชุมหารือการริบทรัพย์สินและความรับผิดของผู้ขนส่ง' },
    venue: VENUE,
    status: 'circulated',
    reviews: [
      { section: '64/7', stances: [['RTP-IB', 'support', ''], ['OAG', 'support_with_amendments', 'Link to the Anti-Money Laundering Act predicate offences.'], ['MOF-CUSTOMS', 'support', '']], consensus: true },
      { section: '64/8', stances: [['RTP-IB', 'support', ''], ['MOF-CUSTOMS', 'oppose', 'Fines on carriers duplicate the Customs Act.'], ['OAG', 'no_position', '']], consensus: false },
    ],
    resolution: { en: 'Section 64/7 agreed. Section 64/8 to be discussed again with the Marine Department.', th: 'เห็นชอบมาตรา 64/7 ส่วนมาตรา 64/8 ให้หารือร่วมกับกรมเจ้าท่าอีกครั้ง' },
    followUps: [
      { text: { en: 'Prepare guidance on financial investigation of smuggling networks.', th: 'จัดทำแนวทางการสืบสวนทางการเงินต่อเครือข่ายลักลอบขนคน' }, owner: 'OAG', due: '2020-12-31', status: 'in_progress', action: 'a-financial-guideline' },
      { text: { en: 'Invite the Marine Department to the next meeting.', th: 'เชิญกรมเจ้าท่าเข้าร่วมการประชุมครั้งต่อไป' }, owner: 'RTP-IB', due: '2020-10-15', status: 'done', action: null },
    ],
  },
  {
    date: '2020-10-22',
    title: { en: 'Consultation on data sharing and international cooperation', th: 'การประชุมหารือการแลกเปลี่ยนข้อมูลและความร่วมมือระหว่างประเทศ' },
    venue: VENUE,
    status: 'circulated',
    reviews: [
      { section: '64/9', stances: [['RTP-IB', 'support', ''], ['NSC', 'support_with_amendments', 'Add safeguards under the Personal Data Protection Act.'], ['MOI', 'support', ''], ['OAG', 'support', '']], consensus: true },
      { section: '64/10', stances: [['RTP-IB', 'support', ''], ['OAG', 'support', 'Central authority remains the OAG.'], ['MSDHS', 'no_position', '']], consensus: true },
    ],
    resolution: { en: 'Sections 64/9 and 64/10 agreed, with personal-data safeguards.', th: 'เห็นชอบมาตรา 64/9 และ 64/10 โดยเพิ่มมาตรการคุ้มครองข้อมูลส่วนบุคคล' },
    followUps: [
      { text: { en: 'Draft a data-sharing agreement among the agencies.', th: 'ยกร่างข้อตกลงการแลกเปลี่ยนข้อมูลระหว่างหน่วยงาน' }, owner: 'NSC', due: '2021-03-31', status: 'open', action: 'a-data-sharing' },
    ],
  },
  {
    date: '2020-12-17',
    title: { en: 'Review of the consolidated draft', th: 'การพิจารณาร่างที่ปรับปรุงรวมทุกมาตรา' },
    venue: VENUE,
    status: 'draft',
    reviews: [
      { section: '64/4', stances: [['RTP-IB', 'support', 'Alternative wording accepted.'], ['OAG', 'support', ''], ['MOI', 'support_with_amendments', 'Review after two years.'], ['MSDHS', 'support', '']], consensus: true },
      { section: '64/8', stances: [['RTP-IB', 'support', ''], ['OAG', 'support', ''], ['MOI', 'no_position', '']], consensus: false },
    ],
    resolution: { en: 'Section 64/4 agreed in the alternative wording; section 64/8 left to the Council of State.', th: 'เห็นชอบมาตรา 64/4 ตามถ้อยคำทางเลือก ส่วนมาตรา 64/8 ให้สำนักงานคณะกรรมการกฤษฎีกาพิจารณา' },
    followUps: [
      { text: { en: 'Submit the consolidated draft to the Council of State.', th: 'เสนอร่างที่ปรับปรุงแล้วต่อสำนักงานคณะกรรมการกฤษฎีกา' }, owner: 'RTP-IB', due: '2021-02-28', status: 'open', action: 'a-smuggling-law' },
      { text: { en: 'Plan joint training for investigators and prosecutors on the new offences.', th: 'วางแผนการฝึกอบรมร่วมพนักงานสอบสวนและอัยการเรื่องฐานความผิดใหม่' }, owner: 'OAG', due: '2021-06-30', status: 'open', action: 'a-joint-training' },
    ],
  },
];

/** The five parts of every agenda (items 1–3 and 5; item 4 carries the law review). */
export const STANDING_ITEMS: Record<1 | 2 | 3 | 5, Bilingual> = {
  1: { en: 'Matters the chair informs the meeting', th: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ' },
  2: { en: 'Adoption of the minutes of the previous meeting', th: 'เรื่องรับรองรายงานการประชุมครั้งที่แล้ว' },
  3: { en: 'Matters arising', th: 'เรื่องสืบเนื่อง' },
  5: { en: 'Other matters', th: 'เรื่องอื่น ๆ' },
};

/** TWG meetings in 2564 B.E. (2021), building the curriculum. */
export const TWG_MEETINGS: readonly { date: string; title: Bilingual; status: MinutesStatus; item: Bilingual; resolution: Bilingual }[] = [
  { date: '2021-03-11', status: 'adopted', title: { en: 'TWG meeting: terms of reference and training needs', th: 'การประชุมคณะทำงาน: ขอบเขตการดำเนินงานและความต้องการฝึกอบรม' }, item: { en: 'Training needs from the assessment findings', th: 'ความต้องการฝึกอบรมจากข้อค้นพบของการประเมิน' }, resolution: { en: 'Eight modules to be drafted.', th: 'ให้ยกร่างหน่วยการเรียนรู้ 8 หน่วย' } },
  { date: '2021-05-20', status: 'adopted', title: { en: 'TWG meeting: draft modules 1–4', th: 'การประชุมคณะทำงาน: ร่างหน่วยการเรียนรู้ที่ 1–4' }, item: { en: 'Review of draft modules 1–4', th: 'พิจารณาร่างหน่วยการเรียนรู้ที่ 1–4' }, resolution: { en: 'Modules 1–4 agreed with comments.', th: 'เห็นชอบหน่วยที่ 1–4 ตามข้อสังเกต' } },
  { date: '2021-08-19', status: 'circulated', title: { en: 'TWG meeting: draft modules 5–8', th: 'การประชุมคณะทำงาน: ร่างหน่วยการเรียนรู้ที่ 5–8' }, item: { en: 'Review of draft modules 5–8', th: 'พิจารณาร่างหน่วยการเรียนรู้ที่ 5–8' }, resolution: { en: 'Modules 5–8 agreed; micro-teaching added.', th: 'เห็นชอบหน่วยที่ 5–8 เพิ่มการฝึกสอนแบบจุลภาค' } },
  { date: '2021-11-25', status: 'draft', title: { en: 'TWG meeting: validation of the curriculum', th: 'การประชุมคณะทำงาน: รับรองหลักสูตร' }, item: { en: 'Validation of curriculum version 1.0', th: 'รับรองหลักสูตรฉบับที่ 1.0' }, resolution: { en: 'Curriculum 1.0 validated for the Training of Trainers.', th: 'รับรองหลักสูตรฉบับที่ 1.0 สำหรับการฝึกอบรมครูฝึก' } },
];

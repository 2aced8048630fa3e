import type { TotSessionSaveInput } from '../../shared/tot';

/**
 * The default 5-day ToT agenda (DOMAIN.md 4.2). Facilitators are positions and agencies,
 * never names; modules are free text until the curriculum can be linked. Each day runs
 * 08:30–16:30 with breaks left out of the grid (7 h 15 min of sessions at most), well
 * under the 9-hour day limit, and no facilitator has two sessions at once.
 */
export type TemplateSession = Omit<TotSessionSaveInput, 'eventId' | 'id' | 'expectedUpdatedAt'>;

type Row = [day: number, start: string, end: string, en: string, th: string, module: string, facilitator: string, method: string];

const ROWS: readonly Row[] = [
  [1, '08:30', '09:30', 'Registration and pre-test', 'ลงทะเบียนและทดสอบก่อนการอบรม', '', 'IOM training officer', 'Written test'],
  [1, '09:30', '10:15', 'Opening remarks (IB, IOM, donor)', 'พิธีเปิด (สตม. IOM ผู้ให้ทุน)', '', 'IB commander; IOM Chief of Mission', 'Plenary'],
  [1, '10:30', '11:15', 'Expectations and ground rules', 'ความคาดหวังและข้อตกลงร่วม', '', 'Lead facilitator (IOM)', 'Group discussion'],
  [1, '11:15', '12:15', 'TOC, smuggling and trafficking concepts; Thai legal framework', 'อาชญากรรมข้ามชาติ การลักลอบขนคนและการค้ามนุษย์ และกรอบกฎหมายไทย', 'M1', 'OAG prosecutor', 'Lecture and case study'],
  [1, '13:15', '14:45', 'Models of inter-agency cooperation', 'รูปแบบความร่วมมือระหว่างหน่วยงาน', 'M1', 'IOM border management specialist', 'Lecture and group work'],
  [1, '15:00', '16:30', 'Adult-learning principles', 'หลักการเรียนรู้ของผู้ใหญ่', 'TS', 'Lead facilitator (IOM)', 'Interactive exercise'],
  [2, '08:30', '10:15', 'Intelligence and information sharing', 'การข่าวและการแลกเปลี่ยนข้อมูล', 'M2', 'RTP intelligence officer', 'Lecture and exercise'],
  [2, '10:30', '12:15', 'Investigative interviewing (victim-centred)', 'การสัมภาษณ์เชิงสืบสวนโดยยึดผู้เสียหายเป็นศูนย์กลาง', 'M3', 'IOM protection specialist', 'Demonstration and role play'],
  [2, '13:15', '15:00', 'Victim identification and referral with MSDHS', 'การคัดแยกผู้เสียหายและการส่งต่อร่วมกับ พม.', 'M4', 'MSDHS social worker', 'Case study'],
  [2, '15:15', '16:30', 'Debrief: how each method was taught', 'สรุปบทเรียน: วิธีการสอนแต่ละแบบ', 'TS', 'Lead facilitator (IOM)', 'Plenary debrief'],
  [3, '08:30', '10:15', 'Financial investigation and asset seizure', 'การสืบสวนทางการเงินและการยึดทรัพย์', 'M5', 'AMLO officer', 'Lecture and case study'],
  [3, '10:30', '12:15', 'Case building and prosecution', 'การสร้างสำนวนคดีและการฟ้องคดี', 'M6', 'OAG prosecutor', 'Group work'],
  [3, '13:15', '15:00', 'International cooperation (MLA, INTERPOL, bilateral channels)', 'ความร่วมมือระหว่างประเทศ (ความช่วยเหลือทางอาญา อินเตอร์โพล ช่องทางทวิภาคี)', 'M7', 'RTP foreign affairs officer', 'Lecture'],
  [3, '15:15', '16:30', 'Debrief and reflection', 'สรุปบทเรียนและสะท้อนคิด', 'TS', 'Lead facilitator (IOM)', 'Plenary debrief'],
  [4, '08:30', '10:15', 'Session planning and learning objectives', 'การวางแผนการสอนและการเขียนวัตถุประสงค์การเรียนรู้', 'TS', 'Lead facilitator (IOM)', 'Workshop'],
  [4, '10:30', '12:15', 'Facilitation and questioning techniques; difficult groups', 'เทคนิคการเป็นวิทยากรกระบวนการและการตั้งคำถาม การรับมือกลุ่มที่ท้าทาย', 'TS', 'IOM training specialist', 'Demonstration and practice'],
  [4, '13:15', '16:30', 'Micro-teaching round 1 (15–20 min each, peer feedback)', 'ฝึกสอนแบบจุลภาค รอบที่ 1 (คนละ 15–20 นาที พร้อมข้อเสนอแนะ)', 'TS', 'Lead facilitator (IOM)', 'Micro-teaching'],
  [5, '08:30', '10:15', 'Joint-case simulation exercise', 'การฝึกจำลองคดีร่วม', 'M8', 'IOM border management specialist', 'Simulation'],
  [5, '10:30', '12:00', 'Micro-teaching round 2', 'ฝึกสอนแบบจุลภาค รอบที่ 2', 'TS', 'Lead facilitator (IOM)', 'Micro-teaching'],
  [5, '13:00', '14:00', 'Roll-out planning (who trains whom, where, when)', 'การวางแผนขยายผล (ใครอบรมใคร ที่ไหน เมื่อใด)', 'TS', 'IOM training specialist', 'Group work'],
  [5, '14:00', '15:00', 'Post-test and evaluation form', 'ทดสอบหลังการอบรมและแบบประเมิน', '', 'IOM training officer', 'Written test and survey'],
  [5, '15:15', '16:30', 'Certificates and closing', 'มอบวุฒิบัตรและพิธีปิด', '', 'IB commander; IOM Chief of Mission', 'Ceremony'],
];

export const DEFAULT_TOT_AGENDA: readonly TemplateSession[] = ROWS.map(
  ([day, startTime, endTime, en, th, module, facilitator, method]) => ({
    day,
    startTime,
    endTime,
    title: { en, th },
    module,
    facilitator,
    method,
  }),
);

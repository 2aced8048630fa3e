import type { AgencyPosition, AgendaCategory, FollowUpStatus, MinutesStatus, Sex } from '../../shared/meetings';
import type { Bilingual } from './locale';

/**
 * Words of the minutes (Form 11 of the Regulation on Official Correspondence, DOMAIN.md 5),
 * in Thai and English. The Thai ones are those Thai government minutes print; the English
 * ones are the labels IOM's English minutes use.
 */

export const MINUTES_LABELS = {
  /** "รายงานการประชุม" + the meeting's title, on one line in Thai. */
  minutesOf: { th: 'รายงานการประชุม', en: 'Minutes of the meeting' },
  number: { th: 'ครั้งที่', en: 'No.' },
  date: { th: 'เมื่อวัน', en: 'Date:' },
  venue: { th: 'ณ', en: 'Venue:' },
  present: { th: 'ผู้มาประชุม', en: 'Present' },
  absent: { th: 'ผู้ไม่มาประชุม', en: 'Absent' },
  observers: { th: 'ผู้เข้าร่วมประชุม', en: 'Also attending' },
  none: { th: '- ไม่มี -', en: '- None -' },
  substituteFor: { th: 'แทน', en: 'substituting for' },
  reason: { th: 'เนื่องจาก', en: 'reason:' },
  opened: { th: 'เริ่มประชุมเวลา', en: 'Opened at' },
  closed: { th: 'เลิกประชุมเวลา', en: 'Closed at' },
  timeNotRecorded: { th: '(ไม่ได้บันทึกเวลา)', en: '(time not recorded)' },
  chair: { th: 'ประธานที่ประชุม', en: 'Chair' },
  language: { th: 'ภาษาที่ใช้ในการประชุม', en: 'Language of the meeting' },
  code: { th: 'รหัสการประชุม', en: 'Meeting code' },
  interpretation: { th: 'มีล่ามแปล', en: 'with interpretation' },
  agenda: { th: 'ระเบียบวาระการประชุม', en: 'Agenda' },
  resolution: { th: 'มติที่ประชุม', en: 'Resolution' },
  noResolution: { th: '(ไม่ได้บันทึกมติ)', en: '(no resolution recorded)' },
  provisions: { th: 'บทบัญญัติที่พิจารณา', en: 'Provisions discussed' },
  positions: { th: 'ท่าทีของหน่วยงาน', en: 'Positions of the agencies' },
  noPositions: { th: 'ไม่ได้บันทึกท่าทีของหน่วยงาน', en: 'No agency positions recorded' },
  followUps: { th: 'การดำเนินการต่อเนื่อง', en: 'Follow-up actions' },
  minuteTaker: { th: 'ผู้จดรายงานการประชุม', en: 'Minutes taken by' },
  checker: { th: 'ผู้ตรวจรายงานการประชุม', en: 'Checked by' },
  signature: { th: 'ลงชื่อ', en: 'Signed' },
  notRecorded: { th: 'ไม่ได้บันทึก', en: 'Not recorded' },
  attendanceTable: {
    th: 'จำนวนผู้เข้าประชุม จำแนกตามหน่วยงานและเพศ',
    en: 'Attendees by agency and sex',
  },
  noAttendance: { th: 'ยังไม่มีการบันทึกผู้เข้าประชุม', en: 'No attendance recorded yet' },
  noAgenda: { th: 'ยังไม่มีระเบียบวาระการประชุม', en: 'No agenda items yet' },
  smallCellNote: {
    th: 'จำนวนที่น้อยกว่า {n} แสดงเป็น "<{n}" เพื่อไม่ให้ระบุตัวบุคคลได้',
    en: 'Counts below {n} are shown as "<{n}" so that no one can be identified',
  },
} satisfies Record<string, Bilingual>;

export const COLUMN_LABELS = {
  instrument: { th: 'กฎหมาย', en: 'Instrument' },
  section: { th: 'มาตรา', en: 'Section' },
  title: { th: 'สาระสำคัญ', en: 'Title' },
  consensus: { th: 'ฉันทามติ', en: 'Consensus' },
  agency: { th: 'หน่วยงาน', en: 'Agency' },
  position: { th: 'ท่าที', en: 'Position' },
  note: { th: 'หมายเหตุ', en: 'Note' },
  action: { th: 'การดำเนินการ', en: 'Action' },
  owner: { th: 'หน่วยงานรับผิดชอบ', en: 'Owner agency' },
  due: { th: 'กำหนดเสร็จ', en: 'Due' },
  status: { th: 'สถานะ', en: 'Status' },
  jap: { th: 'แผนปฏิบัติการร่วม', en: 'JAP item' },
  total: { th: 'รวม', en: 'Total' },
} satisfies Record<string, Bilingual>;

export const DRAFT_MARK: Bilingual = { th: '(ร่าง)', en: '(draft)' };

/** Thai weekday names as minutes write them ("เมื่อวันพฤหัสบดีที่ ..."), Sunday first like Date.getDay(). */
export const WEEKDAYS: readonly Bilingual[] = [
  { th: 'อาทิตย์', en: 'Sunday' },
  { th: 'จันทร์', en: 'Monday' },
  { th: 'อังคาร', en: 'Tuesday' },
  { th: 'พุธ', en: 'Wednesday' },
  { th: 'พฤหัสบดี', en: 'Thursday' },
  { th: 'ศุกร์', en: 'Friday' },
  { th: 'เสาร์', en: 'Saturday' },
];

/** The standard headings of the Thai five-part agenda; `{n}` is the category's number. */
export const CATEGORY_HEADINGS: Record<AgendaCategory, Bilingual> = {
  1: { th: 'ระเบียบวาระที่ {n} เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', en: 'Agenda item {n}: Announcements from the chair' },
  2: { th: 'ระเบียบวาระที่ {n} รับรองรายงานการประชุมครั้งที่แล้ว', en: 'Agenda item {n}: Adoption of the previous minutes' },
  3: { th: 'ระเบียบวาระที่ {n} เรื่องสืบเนื่อง', en: 'Agenda item {n}: Matters arising' },
  4: { th: 'ระเบียบวาระที่ {n} เรื่องเพื่อพิจารณา', en: 'Agenda item {n}: Matters for consideration' },
  5: { th: 'ระเบียบวาระที่ {n} เรื่องอื่น ๆ', en: 'Agenda item {n}: Other business' },
};

/** Shown discreetly under the title while the minutes are not adopted. */
export const STATUS_NOTES: Record<Exclude<MinutesStatus, 'adopted'>, Bilingual> = {
  draft: { th: 'ร่างรายงานการประชุม ยังไม่ได้รับรอง', en: 'Draft minutes, not yet adopted' },
  circulated: { th: 'เวียนรายงานการประชุมแล้ว ยังไม่ได้รับรอง', en: 'Circulated for comment, not yet adopted' },
};

export const POSITION_WORDS: Record<AgencyPosition, Bilingual> = {
  support: { th: 'เห็นด้วย', en: 'Support' },
  support_with_amendments: { th: 'เห็นด้วยโดยมีข้อแก้ไข', en: 'Support with amendments' },
  oppose: { th: 'ไม่เห็นด้วย', en: 'Oppose' },
  no_position: { th: 'ไม่แสดงท่าที', en: 'No position' },
};

export const CONSENSUS_WORDS: Record<'reached' | 'notReached' | 'unknown', Bilingual> = {
  reached: { th: 'ได้ข้อยุติ', en: 'Reached' },
  notReached: { th: 'ยังไม่ได้ข้อยุติ', en: 'Not reached' },
  unknown: { th: 'ไม่ได้บันทึก', en: 'Not recorded' },
};

export const FOLLOW_UP_WORDS: Record<FollowUpStatus, Bilingual> = {
  open: { th: 'ยังไม่เริ่ม', en: 'Open' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  done: { th: 'เสร็จแล้ว', en: 'Done' },
  dropped: { th: 'ยกเลิก', en: 'Dropped' },
};

export const SEX_WORDS: Record<Sex, Bilingual> = {
  female: { th: 'หญิง', en: 'Female' },
  male: { th: 'ชาย', en: 'Male' },
  other: { th: 'อื่น ๆ', en: 'Other' },
  not_recorded: { th: 'ไม่ได้บันทึก', en: 'Not recorded' },
};

export const LANGUAGE_WORDS: Record<'th' | 'en' | 'th_en', Bilingual> = {
  th: { th: 'ภาษาไทย', en: 'Thai' },
  en: { th: 'ภาษาอังกฤษ', en: 'English' },
  th_en: { th: 'ภาษาไทยและภาษาอังกฤษ', en: 'Thai and English' },
};

/** Fills "{n}" in each language of a label. */
export function fillN(value: Bilingual, n: string): Bilingual {
  return { th: value.th.replaceAll('{n}', n), en: value.en.replaceAll('{n}', n) };
}

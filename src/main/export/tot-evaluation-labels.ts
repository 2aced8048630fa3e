import type { L1Item, TotSex } from '../../shared/tot';
import type { Bilingual } from './locale';

/** Words of the Training of Trainers evaluation report, Thai and English (PRODUCT.md 9, DOMAIN.md 4.4). */

export const TOT_EVALUATION_TITLE: Bilingual = {
  th: 'รายงานผลการประเมินการฝึกอบรมวิทยากร',
  en: 'Training of Trainers evaluation report',
};

export const T = {
  event: { th: 'ข้อมูลการฝึกอบรม', en: 'The training event' },
  code: { th: 'รหัสกิจกรรม', en: 'Event code' },
  eventTitle: { th: 'ชื่อการฝึกอบรม', en: 'Title' },
  dates: { th: 'วันที่', en: 'Dates' },
  venue: { th: 'สถานที่', en: 'Venue' },
  days: { th: 'จำนวนวัน', en: 'Number of days' },
  passMark: { th: 'เกณฑ์ผ่าน', en: 'Pass mark' },

  participants: { th: 'ผู้เข้าอบรม', en: 'Participants' },
  bySex: { th: 'ผู้เข้าอบรมจำแนกตามเพศ', en: 'Participants by sex' },
  byAgency: { th: 'ผู้เข้าอบรมจำแนกตามหน่วยงาน', en: 'Participants by agency' },
  sex: { th: 'เพศ', en: 'Sex' },
  agency: { th: 'หน่วยงาน', en: 'Agency' },
  count: { th: 'จำนวน (คน)', en: 'Number' },
  total: { th: 'รวม', en: 'Total' },
  noParticipants: {
    th: 'ยังไม่มีผู้เข้าอบรมที่บันทึกไว้สำหรับการฝึกอบรมนี้',
    en: 'No participants are recorded for this event yet.',
  },

  learning: { th: 'ผลการเรียนรู้ (ระดับที่ 2)', en: 'Learning (Level 2)' },
  learningTable: { th: 'ผลการทดสอบก่อนและหลังการอบรม', en: 'Pre- and post-test results' },
  group: { th: 'กลุ่ม', en: 'Group' },
  n: { th: 'คน', en: 'n' },
  meanPre: { th: 'คะแนนเฉลี่ยก่อนอบรม (%)', en: 'Mean pre-test (%)' },
  meanPost: { th: 'คะแนนเฉลี่ยหลังอบรม (%)', en: 'Mean post-test (%)' },
  meanGain: { th: 'คะแนนเพิ่มขึ้นเฉลี่ย (จุดร้อยละ)', en: 'Mean gain, paired (points)' },
  improved: { th: 'ผู้มีคะแนนดีขึ้น', en: 'Improved' },
  passRate: { th: 'อัตราการผ่าน', en: 'Pass rate' },
  attendance: { th: 'อัตราการเข้าร่วม', en: 'Attended' },
  overall: { th: 'ภาพรวม', en: 'All participants' },
  sexGroup: { th: 'ตามเพศ', en: 'By sex' },
  agencyGroup: { th: 'ตามหน่วยงาน', en: 'By agency' },
  noTests: {
    th: 'ยังไม่มีคะแนนแบบทดสอบก่อนหรือหลังการอบรม',
    en: 'No pre-test or post-test scores are recorded yet.',
  },
  pre: { th: 'ก่อนอบรม', en: 'Pre-test' },
  post: { th: 'หลังอบรม', en: 'Post-test' },
  learningChart: {
    th: 'คะแนนเฉลี่ยก่อนและหลังการอบรม จำแนกตามกลุ่ม (ร้อยละของคะแนนเต็ม)',
    en: 'Mean pre-test and post-test score by group (percent of the maximum)',
  },

  reaction: { th: 'ความพึงพอใจต่อการอบรม (ระดับที่ 1)', en: 'Reaction (Level 1)' },
  reactionTable: { th: 'คะแนนเฉลี่ยความพึงพอใจรายข้อ (1–5)', en: 'Mean rating per item (1–5)' },
  item: { th: 'ข้อประเมิน', en: 'Item' },
  mean: { th: 'ค่าเฉลี่ย (1–5)', en: 'Mean (1–5)' },
  answered: { th: 'จำนวนผู้ตอบ', en: 'Answers' },
  noEvaluations: {
    th: 'ยังไม่ได้รับแบบประเมินความพึงพอใจ',
    en: 'No reaction forms have been received yet.',
  },
  reactionChart: {
    th: 'คะแนนเฉลี่ยความพึงพอใจรายข้อ (มาตร 1–5)',
    en: 'Mean reaction rating per item (scale 1–5)',
  },

  followUp: { th: 'การติดตามผลหลังการอบรม (ระดับที่ 3)', en: 'Follow-up (Level 3)' },
  followUpTable: { th: 'ผลการขยายผลการอบรม', en: 'Cascade training delivered' },
  measure: { th: 'รายการ', en: 'Measure' },
  value: { th: 'จำนวน', en: 'Number' },
  followUps: { th: 'จำนวนการติดตามผล', en: 'Follow-ups reported' },
  cascadeSessions: { th: 'จำนวนครั้งที่ขยายผลการอบรม', en: 'Cascade sessions delivered' },
  reached: { th: 'จำนวนผู้ได้รับการอบรมต่อ (คน)', en: 'People reached' },
  noFollowUps: { th: 'ยังไม่มีการติดตามผลหลังการอบรม', en: 'No follow-ups are recorded yet.' },
} satisfies Record<string, Bilingual>;

export const SEX_LABELS: Record<TotSex, Bilingual> = {
  female: { th: 'หญิง', en: 'Female' },
  male: { th: 'ชาย', en: 'Male' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const L1_LABELS: Record<L1Item, Bilingual> = {
  relevance: { th: 'ความสอดคล้องกับงาน', en: 'Relevance to the job' },
  trainer: { th: 'วิทยากร', en: 'Trainers' },
  methods: { th: 'วิธีการอบรม', en: 'Training methods' },
  logistics: { th: 'การจัดการและสถานที่', en: 'Logistics and venue' },
};

/** Sentences with figures; `{x}` places are filled by the caller, already in the profile's digits. */
export const SENTENCES = {
  participantsCounted: {
    th: 'ผู้เข้าอบรมที่นับในรายงานนี้มี {n} คน (ไม่นับวิทยากรและผู้สังเกตการณ์)',
    en: 'This report counts {n} participants (trainers and observers are not counted).',
  },
  othersRegistered: {
    th: 'นอกจากนี้มีผู้ลงทะเบียนในบทบาทอื่น {n} คน',
    en: 'A further {n} people were registered in other roles.',
  },
  smallCells: {
    th: 'กลุ่มที่มีจำนวนน้อยกว่า {min} คนแสดงเป็น "<{min}" และไม่แสดงผลสถิติ (–) เพื่อมิให้ระบุตัวบุคคลได้',
    en: 'Groups of fewer than {min} people are shown as "<{min}" with no figures (–), so that no one can be recognised.',
  },
  method: {
    th: 'คะแนนคิดเป็นร้อยละของคะแนนเต็ม คะแนนเพิ่มขึ้นเฉลี่ยและสัดส่วนผู้มีคะแนนดีขึ้นคำนวณจากผู้ที่มีทั้งคะแนนก่อนและหลังอบรม อัตราการผ่านคือสัดส่วนผู้ที่ได้คะแนนหลังอบรมตั้งแต่ร้อยละ {mark} ขึ้นไป อัตราการเข้าร่วมคือจำนวนวันที่เข้าร่วมต่อจำนวนวันทั้งหมดของการอบรม',
    en: 'Scores are percentages of the maximum score. The mean gain and the share improving use only participants with both tests. The pass rate is the share of post-tests at or above the pass mark of {mark}%. Attendance is days attended over all training days.',
  },
  missingPost: {
    th: 'ผู้เข้าอบรม {n} คนมีคะแนนก่อนอบรมแต่ไม่มีคะแนนหลังอบรม จึงไม่นับในคะแนนเพิ่มขึ้นแบบจับคู่',
    en: '{n} participants have a pre-test but no post-test and are excluded from the paired gain.',
  },
  missingPostOne: {
    th: 'ผู้เข้าอบรม {n} คนมีคะแนนก่อนอบรมแต่ไม่มีคะแนนหลังอบรม จึงไม่นับในคะแนนเพิ่มขึ้นแบบจับคู่',
    en: '{n} participant has a pre-test but no post-test and is excluded from the paired gain.',
  },
  noMissingPost: {
    th: 'ผู้เข้าอบรมทุกคนที่มีคะแนนก่อนอบรมมีคะแนนหลังอบรมด้วย',
    en: 'Every participant with a pre-test also has a post-test.',
  },
  formsReceived: {
    th: 'ได้รับแบบประเมินความพึงพอใจ {n} ฉบับ',
    en: '{n} reaction forms were received.',
  },
} satisfies Record<string, Bilingual>;

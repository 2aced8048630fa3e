import type { BloomLevel, TeachingMethod, TwgRole } from '../../shared/curriculum';
import type { Bilingual } from './locale';

/**
 * Words of the Word curriculum (PRODUCT.md 8, DOMAIN.md 4.1), in Thai and English. Roles,
 * methods and Bloom levels read as the TWG and curriculum tab names them (locales/curriculum.*).
 */

export const CURRICULUM_LABELS = {
  documentType: { th: 'หลักสูตรการฝึกอบรม', en: 'Training curriculum' },
  noTitle: { th: 'ยังไม่ได้ตั้งชื่อหลักสูตร', en: 'The curriculum has no title yet' },
  version: { th: 'ฉบับที่', en: 'Version' },
  classification: { th: 'ชั้นความลับ', en: 'Classification' },
  introduction: { th: 'บทนำ', en: 'Introduction' },
  howBuilt: {
    th:
      'คณะทำงานด้านเทคนิค (TWG) จัดทำหลักสูตรนี้จากข้อค้นพบของการประเมินการบริหารจัดการชายแดนและการย้ายถิ่น (BMMA) ' +
      'ที่ระบุว่าแก้ไขได้ด้วยการฝึกอบรม (ช่องว่างด้านทักษะหรือความรู้) โดยคัดเลือกข้อค้นพบเหล่านั้น ' +
      'เขียนผลลัพธ์การเรียนรู้ที่สังเกตได้ และจัดกลุ่มผลลัพธ์เป็นหน่วยการเรียนรู้',
    en:
      'The Technical Working Group (TWG) built this curriculum from the findings of the Border and Migration ' +
      'Management Assessment (BMMA) flagged as addressable by training (gaps in skills or knowledge): it ' +
      'selected those findings, wrote observable learning outcomes for them and grouped the outcomes into modules.',
  },
  extent: {
    th: 'หลักสูตรมี {modules} หน่วยการเรียนรู้ รวม {hours} ชั่วโมง ครอบคลุมข้อค้นพบที่แก้ไขได้ด้วยการฝึกอบรม {covered} จาก {total} ข้อ',
    en: 'The curriculum has {modules} modules, {hours} hours in all; they answer {covered} of the {total} training-addressable findings.',
  },
  twgHeading: { th: 'สมาชิกคณะทำงานด้านเทคนิค', en: 'Membership of the Technical Working Group' },
  twgNote: {
    th: 'สมาชิกปัจจุบันตามหน่วยงานและบทบาท ระบุตำแหน่ง ไม่ระบุชื่อบุคคล จำนวนที่น้อยกว่า {min} แสดงเป็น "<{min}"',
    en: 'Current members by agency and role, by post and never by name; counts under {min} print as "<{min}".',
  },
  table: { th: 'ตารางที่ {n}', en: 'Table {n}.' },
  twgTable: { th: 'สมาชิกคณะทำงานด้านเทคนิคตามหน่วยงาน', en: 'TWG members by agency' },
  noTwg: { th: 'ยังไม่มีสมาชิกคณะทำงานด้านเทคนิค', en: 'No Technical Working Group member recorded yet' },
  summaryHeading: { th: 'สรุปหน่วยการเรียนรู้', en: 'Summary of the modules' },
  summaryTable: { th: 'หน่วยการเรียนรู้และจำนวนชั่วโมง', en: 'Modules and hours' },
  noModules: { th: 'ยังไม่มีหน่วยการเรียนรู้ในหลักสูตร', en: 'The curriculum has no modules yet' },
  totalHours: { th: 'รวมจำนวนชั่วโมง', en: 'Total hours' },
  modulesHeading: { th: 'รายละเอียดหน่วยการเรียนรู้', en: 'The modules' },
  outcomes: { th: 'ผลลัพธ์การเรียนรู้', en: 'Learning outcomes' },
  noOutcomes: { th: 'ยังไม่ได้กำหนดผลลัพธ์การเรียนรู้', en: 'No learning outcome yet' },
  findingsAnswered: { th: 'ข้อค้นพบที่หน่วยนี้ตอบ', en: 'Findings answered' },
  noFindings: { th: 'หน่วยนี้ยังไม่ได้อ้างอิงข้อค้นพบ', en: 'This module cites no finding yet' },
  traceHeading: { th: 'การสอบย้อนกลับและความครอบคลุม', en: 'Traceability and coverage' },
  traceTable: {
    th: 'การสอบย้อนกลับ: หน่วยการเรียนรู้ → ข้อค้นพบ → ด้าน',
    en: 'Traceability: module → findings → areas',
  },
  noTrace: { th: 'ยังไม่มีหน่วยการเรียนรู้ที่อ้างอิงข้อค้นพบ', en: 'No module cites a finding yet' },
  coverageHeading: { th: 'ความครอบคลุม', en: 'Coverage' },
  coverageLine: {
    th: 'หน่วยการเรียนรู้ครอบคลุมข้อค้นพบที่แก้ไขได้ด้วยการฝึกอบรม {covered} จาก {total} ข้อ',
    en: 'The modules cover {covered} of the {total} training-addressable findings.',
  },
  gapsIntro: {
    th: 'ข้อค้นพบต่อไปนี้ยังไม่มีหน่วยการเรียนรู้ครอบคลุม (ช่องว่าง)',
    en: 'These findings are not covered by any module yet (gaps):',
  },
  gapsTable: { th: 'ช่องว่าง: ข้อค้นพบที่ยังไม่มีหน่วยครอบคลุม', en: 'Gaps: findings no module covers' },
  allCovered: {
    th: 'ข้อค้นพบที่แก้ไขได้ด้วยการฝึกอบรมทุกข้อมีหน่วยการเรียนรู้ครอบคลุมแล้ว',
    en: 'Every training-addressable finding is covered by at least one module.',
  },
  noAddressable: {
    th: 'ยังไม่มีข้อค้นพบที่ระบุว่าแก้ไขได้ด้วยการฝึกอบรม',
    en: 'No finding is flagged as addressable by training yet',
  },
} satisfies Record<string, Bilingual>;

/** Column headers and the labels of a module's details. */
export const CURRICULUM_COLUMNS = {
  agency: { th: 'หน่วยงาน', en: 'Agency' },
  role: { th: 'บทบาท', en: 'Role' },
  positions: { th: 'ตำแหน่ง', en: 'Posts' },
  total: { th: 'รวม', en: 'Total' },
  code: { th: 'รหัส', en: 'Code' },
  module: { th: 'หน่วยการเรียนรู้', en: 'Module' },
  title: { th: 'ชื่อหน่วยการเรียนรู้', en: 'Title' },
  hours: { th: 'ชั่วโมง', en: 'Hours' },
  audience: { th: 'กลุ่มเป้าหมาย', en: 'Audience' },
  lead: { th: 'หน่วยงานหลัก', en: 'Lead agency' },
  methods: { th: 'วิธีการสอน', en: 'Methods' },
  materials: { th: 'สื่อและเอกสาร', en: 'Materials' },
  assessment: { th: 'วิธีการประเมินผล', en: 'Assessment method' },
  trainer: { th: 'คุณสมบัติวิทยากร', en: 'Trainer profile' },
  outline: { th: 'โครงร่างเนื้อหา', en: 'Content outline' },
  number: { th: 'ที่', en: 'No.' },
  outcome: { th: 'ผลลัพธ์การเรียนรู้', en: 'Learning outcome' },
  bloom: { th: 'ระดับตามบลูม', en: 'Bloom level' },
  finding: { th: 'ข้อค้นพบ', en: 'Finding' },
  findings: { th: 'ข้อค้นพบที่ตอบ', en: 'Findings answered' },
  area: { th: 'ด้าน / ด้านย่อย', en: 'Area / sub-area' },
  areas: { th: 'ด้านของกรอบการประเมิน', en: 'Framework areas' },
  notSet: { th: 'ไม่ระบุ', en: 'Not set' },
} satisfies Record<string, Bilingual>;

export const ROLE_LABELS: Record<TwgRole, Bilingual> = {
  chair: { th: 'ประธาน', en: 'Chair' },
  member: { th: 'กรรมการ', en: 'Member' },
  secretariat: { th: 'ฝ่ายเลขานุการ', en: 'Secretariat' },
  observer: { th: 'ผู้สังเกตการณ์', en: 'Observer' },
};

export const SEX_LABELS: Record<'female' | 'male' | 'other', Bilingual> = {
  female: { th: 'หญิง', en: 'Female' },
  male: { th: 'ชาย', en: 'Male' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const METHOD_LABELS: Record<TeachingMethod, Bilingual> = {
  lecture: { th: 'การบรรยาย', en: 'Lecture' },
  case_study: { th: 'กรณีศึกษา', en: 'Case study' },
  simulation: { th: 'สถานการณ์จำลอง', en: 'Simulation' },
  role_play: { th: 'บทบาทสมมติ', en: 'Role play' },
  micro_teaching: { th: 'การสอนแบบจุลภาค', en: 'Micro-teaching' },
  group_work: { th: 'งานกลุ่ม', en: 'Group work' },
  field_visit: { th: 'การศึกษาดูงาน', en: 'Field visit' },
  e_learning: { th: 'การเรียนออนไลน์', en: 'E-learning' },
};

export const BLOOM_LABELS: Record<BloomLevel, Bilingual> = {
  remember: { th: 'จำ', en: 'Remember' },
  understand: { th: 'เข้าใจ', en: 'Understand' },
  apply: { th: 'ประยุกต์ใช้', en: 'Apply' },
  analyse: { th: 'วิเคราะห์', en: 'Analyse' },
  evaluate: { th: 'ประเมินค่า', en: 'Evaluate' },
  create: { th: 'สร้างสรรค์', en: 'Create' },
};

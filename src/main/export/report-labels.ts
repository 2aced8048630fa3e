import type { CONFIDENCE_LEVELS, FINDING_TYPES, SEVERITIES } from '../../shared/analysis';
import type { INTERVIEW_CATEGORIES } from '../../shared/evidence';
import type { DOCUMENT_TYPES } from '../../shared/evidence-items';
import type { NarrativeSection } from '../../shared/narrative';
import type { Bilingual } from './locale';

/**
 * The BMMA report's own wording in Thai and English (issue 4). Shared wording (plan columns,
 * statuses, priorities, page, of) stays in locale.ts.
 */

export const REPORT_TITLE: Bilingual = {
  th: 'รายงานการประเมินการบริหารจัดการชายแดนและการย้ายถิ่น',
  en: 'Border and Migration Management Assessment',
};

export const REPORT_LABELS = {
  subtitle: { th: 'ประเทศไทย', en: 'Thailand' },
  preparedBy: {
    th: 'องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน (IOM) และสำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    en: 'International Organization for Migration (IOM) and Royal Thai Police Immigration Bureau',
  },
  version: { th: 'ฉบับที่', en: 'Version' },
  date: { th: 'วันที่', en: 'Date' },
  classification: { th: 'ชั้นความลับ', en: 'Classification' },
  acronyms: { th: 'คำย่อ', en: 'Acronyms' },
  abbreviation: { th: 'คำย่อ', en: 'Abbreviation' },
  meaning: { th: 'ความหมาย', en: 'Meaning' },
  contents: { th: 'สารบัญ', en: 'Contents' },
  executiveSummary: { th: 'บทสรุปผู้บริหาร', en: 'Executive summary' },
  headlineFindings: { th: 'ข้อค้นพบสำคัญ', en: 'Headline findings' },
  priorityRecommendations: { th: 'ข้อเสนอแนะที่มีลำดับความสำคัญสูง', en: 'Priority recommendations' },
  background: { th: 'บทนำและความเป็นมา', en: 'Introduction and background' },
  methodology: { th: 'ระเบียบวิธีการประเมิน', en: 'Methodology' },
  methodologyIntro: {
    th: 'การประเมินใช้ข้อมูลจากการสัมภาษณ์ผู้ให้ข้อมูลสำคัญ การลงพื้นที่จุดผ่านแดน และการทบทวนเอกสาร ตัวเลขด้านล่างคำนวณจากข้อมูลของโครงการ ไม่มีการระบุชื่อบุคคล',
    en: 'The assessment draws on key-informant interviews, visits to crossing points and a review of documents. The figures below are computed from the project data; no person is named.',
  },
  smallCellNote: {
    th: 'จำนวนที่น้อยกว่า {n} แสดงเป็น "<{n}" เพื่อไม่ให้ระบุตัวบุคคลได้',
    en: 'Counts below {n} are shown as "<{n}" so that no person can be identified.',
  },
  interviewsByCategory: { th: 'การสัมภาษณ์จำแนกตามประเภทผู้ให้ข้อมูล', en: 'Interviews by category' },
  interviewsByAgencyType: {
    th: 'การสัมภาษณ์จำแนกตามประเภทผู้ให้ข้อมูลและประเภทหน่วยงาน',
    en: 'Interviews by category and agency type',
  },
  crossingPointsByMode: { th: 'จุดผ่านแดนที่ลงพื้นที่จำแนกตามประเภท', en: 'Crossing points visited by mode' },
  documentsByType: { th: 'เอกสารที่ทบทวนจำแนกตามประเภท', en: 'Documents reviewed by type' },
  category: { th: 'ประเภทผู้ให้ข้อมูล', en: 'Category' },
  agencyType: { th: 'ประเภทหน่วยงาน', en: 'Agency type' },
  noAgency: { th: 'ไม่สังกัดหน่วยงาน', en: 'No agency' },
  mode: { th: 'ประเภทจุดผ่านแดน', en: 'Mode' },
  documentType: { th: 'ประเภทเอกสาร', en: 'Document type' },
  count: { th: 'จำนวน', en: 'Count' },
  total: { th: 'รวม', en: 'Total' },
  siteVisitsLine: {
    th: 'การลงพื้นที่ {visits} ครั้ง ณ จุดผ่านแดน {points} แห่ง',
    en: '{visits} site visits to {points} crossing points',
  },
  interviewsLine: { th: 'การสัมภาษณ์ {n} ครั้ง', en: '{n} interviews' },
  documentsLine: { th: 'เอกสาร {n} รายการ', en: '{n} documents' },
  limitations: { th: 'ข้อจำกัดของการประเมิน', en: 'Limitations' },
  findings: { th: 'ผลการประเมินรายด้าน', en: 'Findings by area' },
  findingsIntro: {
    th: 'แผนภาพด้านล่างแสดงคะแนนเฉลี่ยของแต่ละด้าน (ร้อยละของระดับสูงสุดของมาตรวัด การประเมินระดับประเทศ)',
    en: 'The chart below shows each area’s mean score (percent of the scale maximum, national ratings).',
  },
  currentSituation: { th: 'สถานการณ์ปัจจุบัน', en: 'Current situation' },
  ratings: { th: 'ผลการประเมินตามตัวชี้วัด', en: 'Indicator ratings' },
  areaFindings: { th: 'ข้อค้นพบ', en: 'Findings' },
  areaRecommendations: { th: 'ข้อเสนอแนะ', en: 'Recommendations' },
  indicator: { th: 'ตัวชี้วัด', en: 'Indicator' },
  scope: { th: 'ระดับ', en: 'Scope' },
  rating: { th: 'ผลการประเมิน', en: 'Rating' },
  confidence: { th: 'ความเชื่อมั่น', en: 'Confidence' },
  code: { th: 'รหัส', en: 'Code' },
  severity: { th: 'ความรุนแรง', en: 'Severity' },
  type: { th: 'ประเภท', en: 'Type' },
  evidence: { th: 'หลักฐาน', en: 'Evidence' },
  answers: { th: 'ตอบข้อค้นพบ', en: 'Answers' },
  recommendation: { th: 'ข้อเสนอแนะ', en: 'Recommendation' },
  priority: { th: 'ลำดับความสำคัญ', en: 'Priority' },
  horizon: { th: 'กรอบเวลา', en: 'Horizon' },
  priorityHorizon: { th: 'ลำดับความสำคัญ / กรอบเวลา', en: 'Priority / horizon' },
  area: { th: 'ด้าน', en: 'Area' },
  crossCutting: { th: 'ประเด็นร่วม', en: 'Cross-cutting issues' },
  consolidated: { th: 'ข้อเสนอแนะโดยสรุป', en: 'Consolidated recommendations' },
  jointActionPlan: { th: 'แผนปฏิบัติการร่วม', en: 'Joint Action Plan' },
  annexes: { th: 'ภาคผนวก', en: 'Annexes' },
  annexAgencies: { th: 'ภาคผนวก ก หน่วยงานที่ให้ข้อมูล', en: 'Annex A. Agencies consulted' },
  annexCrossings: { th: 'ภาคผนวก ข จุดผ่านแดนที่ลงพื้นที่', en: 'Annex B. Crossing points visited' },
  annexDocuments: { th: 'ภาคผนวก ค เอกสารที่ทบทวน', en: 'Annex C. Documents reviewed' },
  annexFramework: { th: 'ภาคผนวก ง กรอบการประเมิน', en: 'Annex D. Assessment framework' },
  annexRatings: { th: 'ภาคผนวก จ ตารางผลการประเมิน', en: 'Annex E. Rating tables' },
  agency: { th: 'หน่วยงาน', en: 'Agency' },
  interviews: { th: 'จำนวนการสัมภาษณ์', en: 'Interviews' },
  crossingPoint: { th: 'จุดผ่านแดน', en: 'Crossing point' },
  province: { th: 'จังหวัด', en: 'Province' },
  region: { th: 'ภาค', en: 'Region' },
  visits: { th: 'จำนวนครั้ง', en: 'Visits' },
  period: { th: 'ช่วงเวลา', en: 'Period' },
  title: { th: 'ชื่อเอกสาร', en: 'Title' },
  issuer: { th: 'หน่วยงานที่ออก', en: 'Issued by' },
  frameworkVersion: { th: 'ฉบับของกรอบการประเมิน', en: 'Framework version' },
  frameworkHash: { th: 'ค่า SHA-256 ของกรอบการประเมิน', en: 'Framework SHA-256' },
  frameworkNote: {
    th: 'ค่า SHA-256 ใช้ตรวจสอบว่ากรอบการประเมินที่ใช้ตรงกับต้นฉบับ',
    en: 'The SHA-256 lets a reader check that the framework used is the published one.',
  },
  radarCaption: { th: 'คะแนนเฉลี่ยรายด้าน (ร้อยละ)', en: 'Mean score by area (percent)' },
  statusCaption: { th: 'สถานะของกิจกรรมในแผนปฏิบัติการร่วมจำแนกตามด้าน', en: 'Joint Action Plan: action status by area' },
  notRated: { th: 'ยังไม่ประเมิน', en: 'Not rated' },
  national: { th: 'ระดับประเทศ', en: 'National' },
  none: { th: 'ไม่มี', en: 'None' },
  actions: { th: 'กิจกรรม', en: 'Actions' },
  frameworkCount: { th: 'ตัวชี้วัด {indicators} ตัว ใน {areas} ด้าน', en: '{indicators} indicators in {areas} areas' },
  moreRatings: {
    th: 'ผลการประเมินระดับหน่วยงานและระดับจุดผ่านแดนอีก {n} รายการอยู่ในภาคผนวก จ',
    en: '{n} more ratings by agency and by crossing point are in Annex E.',
  },
} satisfies Record<string, Bilingual>;

/** Fills "{name}" slots of a label (values already in the profile's digits). */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** fill() in both languages. */
export function fillBoth(text: Bilingual, values: Record<string, string>): Bilingual {
  return { th: fill(text.th, values), en: fill(text.en, values) };
}

/** Placeholders of sections with nothing yet: visible, italic, and say where to fill them. */
export const NARRATIVE_PLACEHOLDERS: Record<NarrativeSection, Bilingual> = {
  executive_summary: {
    th: '[ยังไม่ได้เขียน: บทสรุปผู้บริหารเขียนได้ที่แท็บ "เนื้อหารายงาน"]',
    en: '[Not written yet: the executive summary is written in the Report text tab]',
  },
  background: {
    th: '[ยังไม่ได้เขียน: บทนำและความเป็นมาเขียนได้ที่แท็บ "เนื้อหารายงาน"]',
    en: '[Not written yet: the background is written in the Report text tab]',
  },
  methodology_limitations: {
    th: '[ยังไม่ได้เขียน: ข้อจำกัดของการประเมินเขียนได้ที่แท็บ "เนื้อหารายงาน"]',
    en: '[Not written yet: the limitations are written in the Report text tab]',
  },
  area_A: areaPlaceholder('A'),
  area_B: areaPlaceholder('B'),
  area_C: areaPlaceholder('C'),
  area_D: areaPlaceholder('D'),
  area_E: areaPlaceholder('E'),
  cross_cutting: {
    th: '[ยังไม่ได้เขียน: ประเด็นร่วมเขียนได้ที่แท็บ "เนื้อหารายงาน"]',
    en: '[Not written yet: the cross-cutting issues are written in the Report text tab]',
  },
};

function areaPlaceholder(code: string): Bilingual {
  return {
    th: `[ยังไม่ได้เขียน: สถานการณ์ปัจจุบันของด้าน ${code} เขียนได้ที่แท็บ "เนื้อหารายงาน"]`,
    en: `[Not written yet: the current situation of area ${code} is written in the Report text tab]`,
  };
}

/** Placeholders of data sections with nothing to show yet. */
export const DATA_PLACEHOLDERS = {
  findings: { th: '[ยังไม่มีข้อค้นพบในด้านนี้]', en: '[No findings recorded in this area yet]' },
  headlineFindings: { th: '[ยังไม่มีข้อค้นพบที่มีความรุนแรงสูง]', en: '[No high-severity findings recorded yet]' },
  ratings: { th: '[ยังไม่มีผลการประเมินในด้านนี้]', en: '[No ratings recorded in this area yet]' },
  recommendations: { th: '[ยังไม่มีข้อเสนอแนะ]', en: '[No recommendations recorded yet]' },
  priorityRecommendations: {
    th: '[ยังไม่มีข้อเสนอแนะที่มีลำดับความสำคัญสูง]',
    en: '[No high-priority recommendations recorded yet]',
  },
  actions: { th: '[ยังไม่มีกิจกรรมในแผนปฏิบัติการร่วม]', en: '[The Joint Action Plan has no actions yet]' },
  interviews: { th: '[ยังไม่มีการสัมภาษณ์]', en: '[No interviews recorded yet]' },
  siteVisits: { th: '[ยังไม่มีการลงพื้นที่]', en: '[No site visits recorded yet]' },
  documents: { th: '[ยังไม่มีเอกสารที่ทบทวน]', en: '[No documents reviewed yet]' },
  agencies: { th: '[ยังไม่มีหน่วยงานที่ให้ข้อมูล]', en: '[No agencies consulted yet]' },
  chart: { th: '[ยังไม่มีข้อมูลสำหรับแผนภาพ]', en: '[No data for this chart yet]' },
} satisfies Record<string, Bilingual>;

export const CATEGORY_LABELS: Record<(typeof INTERVIEW_CATEGORIES)[number], Bilingual> = {
  official: { th: 'เจ้าหน้าที่', en: 'Officials' },
  migrant: { th: 'ผู้ย้ายถิ่น', en: 'Migrants' },
  stakeholder: { th: 'ผู้มีส่วนได้ส่วนเสียอื่น', en: 'Other stakeholders' },
  focus_group: { th: 'สนทนากลุ่ม', en: 'Focus groups' },
};

/** How a citation names a group of interviews: "interviews with officials". */
export const CITATION_CATEGORY: Record<(typeof INTERVIEW_CATEGORIES)[number], Bilingual> = {
  official: { th: 'การสัมภาษณ์เจ้าหน้าที่', en: 'interviews with officials' },
  migrant: { th: 'การสัมภาษณ์ผู้ย้ายถิ่น', en: 'interviews with migrants' },
  stakeholder: { th: 'การสัมภาษณ์ผู้มีส่วนได้ส่วนเสีย', en: 'interviews with stakeholders' },
  focus_group: { th: 'การสนทนากลุ่ม', en: 'focus group discussions' },
};

export const CITATION_WORDS = {
  siteVisit: { th: 'การลงพื้นที่', en: 'site visit' },
  crossing: { th: 'จุดผ่านแดน', en: 'crossing point' },
  document: { th: 'เอกสาร', en: 'document' },
  region: { th: '{region}', en: '{region} region' },
} satisfies Record<string, Bilingual>;

export const DOCUMENT_TYPE_LABELS: Record<(typeof DOCUMENT_TYPES)[number], Bilingual> = {
  law: { th: 'กฎหมาย', en: 'Law' },
  regulation: { th: 'กฎ ระเบียบ', en: 'Regulation' },
  sop: { th: 'ขั้นตอนการปฏิบัติงานมาตรฐาน (SOP)', en: 'Standard operating procedure (SOP)' },
  mou: { th: 'บันทึกความเข้าใจ (MoU)', en: 'Memorandum of understanding (MoU)' },
  statistics: { th: 'สถิติ', en: 'Statistics' },
  report: { th: 'รายงาน', en: 'Report' },
  training: { th: 'เอกสารการฝึกอบรม', en: 'Training material' },
  questionnaire: { th: 'แบบสอบถาม', en: 'Questionnaire' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

export const FINDING_TYPE_LABELS: Record<(typeof FINDING_TYPES)[number], Bilingual> = {
  gap: { th: 'ช่องว่าง', en: 'Gap' },
  strength: { th: 'จุดแข็ง', en: 'Strength' },
  good_practice: { th: 'แนวปฏิบัติที่ดี', en: 'Good practice' },
};

export const SEVERITY_LABELS: Record<(typeof SEVERITIES)[number], Bilingual> = {
  high: { th: 'สูง', en: 'High' },
  medium: { th: 'ปานกลาง', en: 'Medium' },
  low: { th: 'ต่ำ', en: 'Low' },
};

export const CONFIDENCE_LABELS: Record<(typeof CONFIDENCE_LEVELS)[number], Bilingual> = {
  high: { th: 'สูง', en: 'High' },
  medium: { th: 'ปานกลาง', en: 'Medium' },
  low: { th: 'ต่ำ', en: 'Low' },
};

/** Acronyms every BMMA report uses, besides the agencies' own abbreviations. */
export const FIXED_ACRONYMS: { abbreviation: Bilingual; meaning: Bilingual }[] = [
  {
    abbreviation: { th: 'BMMA', en: 'BMMA' },
    meaning: { th: 'การประเมินการบริหารจัดการชายแดนและการย้ายถิ่น', en: 'Border and Migration Management Assessment' },
  },
  {
    abbreviation: { th: 'IOM', en: 'IOM' },
    meaning: { th: 'องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน', en: 'International Organization for Migration' },
  },
  { abbreviation: { th: 'JAP', en: 'JAP' }, meaning: { th: 'แผนปฏิบัติการร่วม', en: 'Joint Action Plan' } },
  { abbreviation: { th: 'BCP', en: 'BCP' }, meaning: { th: 'จุดผ่านแดน', en: 'Border crossing point' } },
  { abbreviation: { th: 'TWG', en: 'TWG' }, meaning: { th: 'คณะทำงานด้านวิชาการ', en: 'Technical Working Group' } },
  { abbreviation: { th: 'ToT', en: 'ToT' }, meaning: { th: 'การฝึกอบรมวิทยากร', en: 'Training of Trainers' } },
  { abbreviation: { th: 'ตร.', en: 'RTP' }, meaning: { th: 'สำนักงานตำรวจแห่งชาติ', en: 'Royal Thai Police' } },
  { abbreviation: { th: 'สตม.', en: 'IB' }, meaning: { th: 'สำนักงานตรวจคนเข้าเมือง', en: 'Immigration Bureau' } },
  { abbreviation: { th: 'KII', en: 'KII' }, meaning: { th: 'การสัมภาษณ์ผู้ให้ข้อมูลสำคัญ', en: 'Key-informant interview' } },
  {
    abbreviation: { th: 'SOP', en: 'SOP' },
    meaning: { th: 'ขั้นตอนการปฏิบัติงานมาตรฐาน', en: 'Standard operating procedure' },
  },
  { abbreviation: { th: 'MoU', en: 'MoU' }, meaning: { th: 'บันทึกความเข้าใจ', en: 'Memorandum of understanding' } },
];

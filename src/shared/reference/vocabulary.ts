/**
 * Closed vocabularies of the reference data (DOMAIN.md 1.6, 1.7, 2.2, 2.3, 2.4 and 6.1), each
 * with the Thai and English label a user sees. The zod schemas in ./schemas build their enums
 * from these lists, so a value can never be stored without a label to show for it.
 */

export interface Localized {
  en: string;
  th: string;
}

/** Evidence an indicator expects (DOMAIN.md 1.7: interviews, focus groups, site visits, documents, questionnaires, statistics, workshops). */
export const EVIDENCE_TYPES = [
  'interview',
  'focus_group',
  'site_visit',
  'observation',
  'document',
  'questionnaire',
  'statistics',
  'workshop',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, Localized> = {
  interview: { en: 'Key-informant interview', th: 'การสัมภาษณ์ผู้ให้ข้อมูลสำคัญ' },
  focus_group: { en: 'Focus group discussion', th: 'การสนทนากลุ่ม' },
  site_visit: { en: 'Site visit', th: 'การลงพื้นที่ตรวจเยี่ยม' },
  observation: { en: 'Direct observation', th: 'การสังเกตการณ์' },
  document: { en: 'Document review', th: 'การทบทวนเอกสาร' },
  questionnaire: { en: 'Self-assessment questionnaire', th: 'แบบสอบถามประเมินตนเอง' },
  statistics: { en: 'Statistics', th: 'ข้อมูลสถิติ' },
  workshop: { en: 'Workshop output', th: 'ผลการประชุมเชิงปฏิบัติการ' },
};

/** Where an indicator can be rated (DOMAIN.md 6.1: national / agency / crossing point). */
export const INDICATOR_SCOPES = ['national', 'agency', 'crossing_point'] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];

export const INDICATOR_SCOPE_LABELS: Record<IndicatorScope, Localized> = {
  national: { en: 'National', th: 'ระดับประเทศ' },
  agency: { en: 'Agency', th: 'ระดับหน่วยงาน' },
  crossing_point: { en: 'Crossing point', th: 'ระดับจุดผ่านแดน' },
};

export const CROSSING_MODES = ['air', 'land', 'sea', 'river', 'rail'] as const;
export type CrossingMode = (typeof CROSSING_MODES)[number];

export const CROSSING_MODE_LABELS: Record<CrossingMode, Localized> = {
  air: { en: 'Air', th: 'ทางอากาศ' },
  land: { en: 'Land', th: 'ทางบก' },
  sea: { en: 'Sea', th: 'ทางทะเล' },
  river: { en: 'River', th: 'ทางน้ำ (แม่น้ำ)' },
  rail: { en: 'Rail', th: 'ทางรถไฟ' },
};

/** Thai practice (DOMAIN.md 2.3): จุดผ่านแดนถาวร, จุดผ่านแดนชั่วคราว, จุดผ่อนปรนการค้า. */
export const CROSSING_STATUSES = ['permanent', 'temporary', 'trade_point'] as const;
export type CrossingStatus = (typeof CROSSING_STATUSES)[number];

export const CROSSING_STATUS_LABELS: Record<CrossingStatus, Localized> = {
  permanent: { en: 'Permanent crossing point', th: 'จุดผ่านแดนถาวร' },
  temporary: { en: 'Temporary crossing point', th: 'จุดผ่านแดนชั่วคราว' },
  trade_point: { en: 'Relaxation / trade point', th: 'จุดผ่อนปรนการค้า' },
};

export const AGENCY_TYPES = [
  'police',
  'prosecution',
  'ministry',
  'department',
  'office',
  'council',
  'committee',
  'security',
  'military',
  'international_organization',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_TYPE_LABELS: Record<AgencyType, Localized> = {
  police: { en: 'Police', th: 'ตำรวจ' },
  prosecution: { en: 'Prosecution', th: 'อัยการ' },
  ministry: { en: 'Ministry', th: 'กระทรวง' },
  department: { en: 'Department', th: 'กรม' },
  office: { en: 'Independent office', th: 'สำนักงานอิสระ' },
  council: { en: 'Council', th: 'สภา' },
  committee: { en: 'National committee', th: 'คณะกรรมการระดับชาติ' },
  security: { en: 'Security agency', th: 'หน่วยงานด้านความมั่นคง' },
  military: { en: 'Military', th: 'ทหาร' },
  international_organization: { en: 'International organization', th: 'องค์การระหว่างประเทศ' },
};

/** Kinds of legal instrument (DOMAIN.md 6.1: Act, Emergency Decree, Ministerial Regulation, MOI Notification, Police Order, MoU; plus treaties). */
export const INSTRUMENT_KINDS = [
  'act',
  'emergency_decree',
  'code',
  'ministerial_regulation',
  'moi_notification',
  'police_order',
  'regulation',
  'treaty',
  'protocol',
  'mou',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_KIND_LABELS: Record<InstrumentKind, Localized> = {
  act: { en: 'Act', th: 'พระราชบัญญัติ' },
  emergency_decree: { en: 'Emergency Decree (Royal Ordinance)', th: 'พระราชกำหนด' },
  code: { en: 'Code', th: 'ประมวลกฎหมาย' },
  ministerial_regulation: { en: 'Ministerial Regulation', th: 'กฎกระทรวง' },
  moi_notification: { en: 'Ministry of Interior Notification', th: 'ประกาศกระทรวงมหาดไทย' },
  police_order: { en: 'Police Order', th: 'คำสั่งสำนักงานตำรวจแห่งชาติ' },
  regulation: { en: 'Regulation', th: 'ระเบียบ' },
  treaty: { en: 'Convention / treaty', th: 'อนุสัญญา / สนธิสัญญา' },
  protocol: { en: 'Protocol', th: 'พิธีสาร' },
  mou: { en: 'Memorandum of Understanding', th: 'บันทึกความเข้าใจ' },
};

export const INSTRUMENT_STATUSES = ['in_force', 'repealed', 'draft', 'signed_not_ratified'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];

export const INSTRUMENT_STATUS_LABELS: Record<InstrumentStatus, Localized> = {
  in_force: { en: 'In force', th: 'มีผลใช้บังคับ' },
  repealed: { en: 'Repealed', th: 'ยกเลิกแล้ว' },
  draft: { en: 'Draft', th: 'ร่าง' },
  signed_not_ratified: { en: 'Signed, not ratified', th: 'ลงนามแล้ว ยังไม่ให้สัตยาบัน' },
};

/** The six geographical regions used by Thai agencies for provinces. */
export const REGIONS = ['north', 'northeast', 'central', 'east', 'west', 'south'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, Localized> = {
  north: { en: 'Northern', th: 'ภาคเหนือ' },
  northeast: { en: 'North-eastern', th: 'ภาคตะวันออกเฉียงเหนือ' },
  central: { en: 'Central', th: 'ภาคกลาง' },
  east: { en: 'Eastern', th: 'ภาคตะวันออก' },
  west: { en: 'Western', th: 'ภาคตะวันตก' },
  south: { en: 'Southern', th: 'ภาคใต้' },
};

import { z } from 'zod';

/**
 * The audit trail in the UI, the CLI and the Word annex (issue 6, SECURITY.md 24): the events'
 * shape, the filters and paging of audit.list, and what audit.verify says about a broken chain.
 *
 * Imports nothing but zod: schemas.ts re-exports these, so importing schemas.ts here would make
 * a cycle whose constants are read before they exist.
 */

/** An ISO instant as the events carry it ("2026-11-29T13:15:18.000Z"). */
const instant = z.string().max(64);
/** A filter value: one line, no control characters, short. */
const term = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: 'a single line without control characters' });

export const auditEventSchema = z.object({
  seq: z.number().int().positive(),
  at: instant,
  actor: z.string(),
  /** The name given to the actor's computer (device_labels), looked up when shown; null when none. */
  actorLabel: z.string().nullable().default(null),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The record's code when the event or the service knows it cheaply ("JAP-A2-01"), else null. */
  recordCode: z.string().nullable().default(null),
  /** The names of the fields changed (details.fields); never their values. */
  fields: z.array(z.string()).default([]),
});
export type AuditEventSummary = z.infer<typeof auditEventSchema>;

/**
 * Which events: every filter given must match (AND). `since` is inclusive and `until` exclusive,
 * both instants, so the renderer turns the user's local dates into a day-exact range.
 */
export const auditFilterSchema = z
  .object({
    actor: term.optional(),
    entity: term.optional(),
    entityId: term.optional(),
    /** An exact action code ("finding.updated"), or a prefix ending in "." ("finding."). */
    action: term.optional(),
    since: instant.optional(),
    until: instant.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/**
 * audit.list: newest first. `{ limit }` alone (the old input) still works. Paging: `beforeSeq` is
 * the seq of the last event already shown; the next page holds the events older than it.
 */
export const auditListSchema = z
  .object({
    limit: z.number().int().min(1).max(500).default(50),
    beforeSeq: z.number().int().positive().optional(),
    filter: auditFilterSchema.optional(),
  })
  .strict()
  .optional();
export type AuditListInput = z.input<typeof auditListSchema>;

/** What the filter lists offer: the values present in the trail. */
export const auditFacetsSchema = z.object({
  actors: z.array(z.string()),
  actions: z.array(z.string()),
  entities: z.array(z.string()),
  /** Events matching the filter given (all events without one). */
  matching: z.number().int().nonnegative(),
});
export const auditFacetsInput = z.object({ filter: auditFilterSchema.optional() }).strict().optional();

/**
 * Why the chain breaks: an event's hash does not match its content (edited), an event is missing
 * in the middle (deleted), events are out of order (reordered), or the last events are gone
 * (truncated: the trail is shorter than the head recorded in meta).
 */
export const AUDIT_BREAK_REASONS = ['edited', 'deleted', 'reordered', 'truncated'] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  /** Events checked before the verdict (all of them when ok). */
  events: z.number().int().nonnegative(),
  brokenAtSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  /** Events in the file now. */
  total: z.number().int().nonnegative().optional(),
  /** Events the file should hold according to its recorded head. */
  expected: z.number().int().nonnegative().optional(),
  /** The broken event's place in the file, counted from 1 ("event 1,234 of 5,000"). */
  position: z.number().int().positive().nullable().optional(),
  /** How many events are missing (deleted in the middle or removed from the end). */
  missing: z.number().int().nonnegative().optional(),
});
export type AuditVerification = z.infer<typeof auditVerifySchema>;

/* ---------- Actions in words (the timeline, the CLI and the annex share them) ---------- */

type Words = { th: string; en: string };

/** Kinds of record, by the first part of an action code and by the entity column. */
export const AUDIT_RECORD_WORDS: Record<string, Words> = {
  project: { th: 'โครงการ', en: 'Project' },
  reference: { th: 'ข้อมูลอ้างอิง', en: 'Reference data' },
  interview: { th: 'การสัมภาษณ์', en: 'Interview' },
  indicator: { th: 'ตัวชี้วัด', en: 'Indicator' },
  siteVisit: { th: 'การลงพื้นที่', en: 'Site visit' },
  site_visit: { th: 'การลงพื้นที่', en: 'Site visit' },
  document: { th: 'เอกสาร', en: 'Document' },
  attachment: { th: 'ไฟล์แนบ', en: 'Attachment' },
  passage: { th: 'ข้อความอ้างอิง', en: 'Passage' },
  passages: { th: 'ข้อความอ้างอิง', en: 'Passages' },
  rating: { th: 'การให้ระดับ', en: 'Rating' },
  finding: { th: 'ข้อค้นพบ', en: 'Finding' },
  recommendation: { th: 'ข้อเสนอแนะ', en: 'Recommendation' },
  action: { th: 'กิจกรรมในแผน', en: 'Action item' },
  action_item: { th: 'กิจกรรมในแผน', en: 'Action item' },
  narrative: { th: 'เนื้อหารายงาน', en: 'Report text' },
  meeting: { th: 'การประชุม', en: 'Meeting' },
  curriculum: { th: 'หลักสูตร', en: 'Curriculum' },
  curriculum_module: { th: 'หน่วยการเรียน', en: 'Curriculum module' },
  twg: { th: 'คณะทำงานด้านเทคนิค', en: 'Technical working group' },
  twg_member: { th: 'สมาชิกคณะทำงาน', en: 'TWG member' },
  tot: { th: 'การฝึกอบรมวิทยากร', en: 'Training of Trainers' },
  tot_event: { th: 'การฝึกอบรมวิทยากร', en: 'Training of Trainers event' },
  tot_participant: { th: 'ผู้เข้าอบรม', en: 'Participant' },
  tot_session: { th: 'ช่วงการอบรม', en: 'Training session' },
  export: { th: 'การส่งออก', en: 'Export' },
  exportProfile: { th: 'โปรไฟล์การส่งออก', en: 'Export profile' },
  export_profile: { th: 'โปรไฟล์การส่งออก', en: 'Export profile' },
  vault: { th: 'คลังข้อมูลตัวตน', en: 'Identity vault' },
  identity: { th: 'ข้อมูลตัวตน', en: 'Identity' },
  review: { th: 'การทบทวน', en: 'Review' },
  reviewCopy: { th: 'สำเนาเพื่อการทบทวน', en: 'Review copy' },
  review_copy: { th: 'สำเนาเพื่อการทบทวน', en: 'Review copy' },
  comment: { th: 'ความเห็น', en: 'Comment' },
  packet: { th: 'ชุดผลการทบทวน', en: 'Review packet' },
  merge: { th: 'การรวมไฟล์', en: 'Merge' },
  device: { th: 'ชื่อเครื่อง', en: 'Computer name' },
  // Parts of a record, named in the middle or at the start of an action's last word.
  module: { th: 'หน่วยการเรียน', en: 'Curriculum module' },
  member: { th: 'สมาชิกคณะทำงาน', en: 'TWG member' },
  agendaItem: { th: 'วาระการประชุม', en: 'Agenda item' },
  attendance: { th: 'การเข้าร่วม', en: 'Attendance' },
  position: { th: 'ท่าทีของหน่วยงาน', en: 'Agency position' },
  consensus: { th: 'ข้อสรุปร่วม', en: 'Consensus' },
  provision: { th: 'บทบัญญัติ', en: 'Legal provision' },
  legal_provision: { th: 'บทบัญญัติ', en: 'Legal provision' },
  followUp: { th: 'การติดตามผล', en: 'Follow-up' },
  event: { th: 'การฝึกอบรมวิทยากร', en: 'Training of Trainers event' },
  session: { th: 'ช่วงการอบรม', en: 'Training session' },
  participant: { th: 'ผู้เข้าอบรม', en: 'Participant' },
  evaluation: { th: 'แบบประเมิน', en: 'Evaluation' },
  test: { th: 'ผลการทดสอบ', en: 'Test score' },
  agenda: { th: 'กำหนดการ', en: 'Agenda' },
};

/** What happened, by the last part of an action code. */
export const AUDIT_VERB_WORDS: Record<string, Words> = {
  created: { th: 'เพิ่ม', en: 'added' },
  added: { th: 'เพิ่ม', en: 'added' },
  updated: { th: 'แก้ไข', en: 'changed' },
  saved: { th: 'บันทึก', en: 'saved' },
  deleted: { th: 'ลบ', en: 'deleted' },
  removed: { th: 'นำออก', en: 'removed' },
  retired: { th: 'เลิกใช้', en: 'retired' },
  unretired: { th: 'นำกลับมาใช้', en: 'restored' },
  opened: { th: 'เปิด', en: 'opened' },
  unlocked: { th: 'ปลดล็อก', en: 'unlocked' },
  locked: { th: 'ล็อก', en: 'locked' },
  restored: { th: 'กู้คืนจากสำรอง', en: 'restored from a backup' },
  passphraseChanged: { th: 'เปลี่ยนรหัสผ่าน', en: 'passphrase changed' },
  written: { th: 'ส่งออกเอกสาร Word', en: 'Word document exported' },
  exported: { th: 'ส่งออก', en: 'exported' },
  seeded: { th: 'บรรจุข้อมูลเริ่มต้น', en: 'loaded' },
  statusChanged: { th: 'เปลี่ยนสถานะ', en: 'status changed' },
  statusUpdated: { th: 'บันทึกความคืบหน้า', en: 'progress recorded' },
  reanchored: { th: 'ปรับตำแหน่งอ้างอิง', en: 're-anchored' },
  set: { th: 'บันทึก', en: 'recorded' },
  templateApplied: { th: 'ใช้แม่แบบ', en: 'template applied' },
  moved: { th: 'ย้ายลำดับ', en: 'moved' },
  linked: { th: 'เชื่อมโยง', en: 'linked' },
  unlinked: { th: 'ยกเลิกการเชื่อมโยง', en: 'unlinked' },
  imported: { th: 'นำเข้า', en: 'imported' },
  merged: { th: 'รวมไฟล์', en: 'merged' },
  accessed: { th: 'เข้าถึง', en: 'accessed' },
  viewed: { th: 'เปิดดู', en: 'viewed' },
  destroyed: { th: 'ทำลาย', en: 'destroyed' },
  commented: { th: 'แสดงความเห็น', en: 'commented' },
  approved: { th: 'อนุมัติ', en: 'approved' },
  resolved: { th: 'แก้ไขข้อขัดแย้ง', en: 'resolved' },
};

/** "moduleCreated" -> module + created; "updated" -> updated alone; null when the verb is not known. */
function splitVerb(last: string): { sub: string | null; verb: string } | null {
  if (AUDIT_VERB_WORDS[last]) return { sub: null, verb: last };
  const match = /^([a-z][A-Za-z]*?)([A-Z][a-z]+)$/.exec(last);
  if (!match) return null;
  const verb = (match[2] as string).toLowerCase();
  return AUDIT_VERB_WORDS[verb] ? { sub: match[1] as string, verb } : null;
}

/**
 * "finding.updated" -> "Finding: changed", "meeting.agendaItemAdded" -> "Agenda item: added",
 * "tot.session.created" -> "Training session: added"; an action whose words are not all known
 * shows its code, so a newer feature's events are still listed as they are recorded.
 */
export function auditActionWords(action: string, language: 'th' | 'en'): string {
  const parts = action.split('.');
  if (parts.length < 2) return action;
  const record = AUDIT_RECORD_WORDS[parts[0] as string];
  const split = splitVerb(parts.at(-1) as string);
  if (!record || !split) return action;
  const subs = [...parts.slice(1, -1), ...(split.sub ? [split.sub] : [])];
  const subWords = subs.map((sub) => AUDIT_RECORD_WORDS[sub]);
  if (subWords.some((w) => w === undefined)) return action;
  const subject = subWords.length > 0 ? (subWords.at(-1) as Words) : record;
  return `${subject[language]}: ${(AUDIT_VERB_WORDS[split.verb] as Words)[language]}`;
}

/** "finding" -> "Finding"; an unknown kind of record shows its code. */
export function auditRecordWords(entity: string, language: 'th' | 'en'): string {
  return AUDIT_RECORD_WORDS[entity]?.[language] ?? entity;
}

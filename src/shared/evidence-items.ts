import { z } from 'zod';
import { reliabilitySchema, SENSITIVITY_LEVELS, INTERVIEW_LANGUAGES } from './evidence';
import { localizedText } from './framework';
import { line, text, uuid } from './schemas';

/**
 * Evidence beyond interviews (PRODUCT.md 4, DOMAIN.md 1.7 and 6.1): coded passages of
 * interview notes, site visits to crossing points, documents, and their encrypted
 * attachments. Every evidence item carries a date, sensitivity, language and reliability.
 */

export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');

/** What a rating or finding can cite. A passage counts as interview evidence for triangulation. */
export const EVIDENCE_KINDS = ['interview', 'passage', 'site_visit', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const evidenceRef = z.object({ kind: z.enum(EVIDENCE_KINDS), id: uuid }).strict();
export type EvidenceRef = z.infer<typeof evidenceRef>;
export const evidenceRefs = z.array(evidenceRef).max(200);

/** A cited item as shown beside a rating or finding; `deleted` when it was tombstoned after linking. */
export const evidenceLinkOut = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  id: uuid,
  code: z.string(),
  /** English label (interviews: "category · agency or location" as keys the UI translates). */
  label: z.string(),
  /** Thai label: the Thai title or crossing-point name, else the same as `label`. */
  labelTh: z.string(),
  deleted: z.boolean(),
});
export type EvidenceLink = z.infer<typeof evidenceLinkOut>;

/** Fields every evidence item has (interviews keep their own, older, shape in evidence.ts). */
export const evidenceMetaFields = {
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  language: z.enum(INTERVIEW_LANGUAGES),
  reliability: reliabilitySchema,
};

// ---------------------------------------------------------------- passages (coding)

export const CODING_TARGETS = ['indicator', 'finding'] as const;
export type CodingTarget = (typeof CODING_TARGETS)[number];
/**
 * current: the passage is where it was coded; moved: the notes were edited and the same text
 * was found elsewhere (offsets follow it); changed: the text is no longer in the notes, so
 * the coding is flagged for the assessor to look at again.
 */
export const PASSAGE_STATES = ['current', 'moved', 'changed'] as const;

export const passageCreateSchema = z
  .object({
    interviewId: uuid,
    /** UTF-16 offsets into the notes, as the browser's selection gives them; end exclusive. */
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    targetType: z.enum(CODING_TARGETS),
    targetId: uuid,
    comment: text(1000).default(''),
  })
  .strict();

export const passageSchema = z.object({
  id: uuid,
  code: z.string(),
  interviewId: uuid,
  interviewCode: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  snippet: z.string(),
  state: z.enum(PASSAGE_STATES),
  targetType: z.enum(CODING_TARGETS),
  targetId: uuid,
  /** The indicator or finding code and its text, in both languages for the UI to choose. */
  targetCode: z.string(),
  targetLabel: z.object({ en: z.string(), th: z.string() }),
  comment: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Passage = z.infer<typeof passageSchema>;

export const passageListSchema = z
  .object({
    interviewId: uuid.optional(),
    targetType: z.enum(CODING_TARGETS).optional(),
    targetId: uuid.optional(),
  })
  .strict();

// ---------------------------------------------------------------- site visits

/** DOMAIN.md 1.1 and PRODUCT.md 4: what every visit inspects; the mode adds its own items. */
export const CHECKLIST_COMMON = [
  'process_flow',
  'document_examination',
  'it_systems',
  'equipment',
  'staffing',
  'holding_facilities',
  'referral_pathway',
  'signage_interpretation',
] as const;
export const CHECKLIST_BY_MODE = {
  air: ['api_pnr', 'transit_area', 'airline_liaison'],
  land: ['vehicle_lanes', 'pedestrian_flow', 'green_border_patrol'],
  sea: ['crew_and_vessel', 'port_security', 'blue_border_patrol'],
  river: ['boat_landing', 'blue_border_patrol'],
  rail: ['train_processing'],
} as const;
export type ChecklistItemKey =
  | (typeof CHECKLIST_COMMON)[number]
  | (typeof CHECKLIST_BY_MODE)[keyof typeof CHECKLIST_BY_MODE][number];
export const CHECKLIST_KEYS = [
  ...new Set<ChecklistItemKey>([...CHECKLIST_COMMON, ...Object.values(CHECKLIST_BY_MODE).flat()]),
] as [ChecklistItemKey, ...ChecklistItemKey[]];

/** The checklist a visit to a crossing of this mode shows, common items first. */
export function checklistFor(mode: keyof typeof CHECKLIST_BY_MODE): ChecklistItemKey[] {
  return [...CHECKLIST_COMMON, ...CHECKLIST_BY_MODE[mode]];
}

export const CHECKLIST_RATINGS = ['adequate', 'partial', 'inadequate', 'not_observed', 'not_applicable'] as const;
export const checklistEntry = z.object({ rating: z.enum(CHECKLIST_RATINGS), note: text(2000) }).strict();
export const checklistSchema = z.partialRecord(z.enum(CHECKLIST_KEYS), checklistEntry);

const siteVisitFields = {
  crossingPointCode: z.string().min(1).max(40),
  startDate: isoDate,
  endDate: isoDate,
  /** Team members by code or initials. */
  team: z.array(line(60)).max(20),
  checklist: checklistSchema,
  observations: text(100_000),
  ...evidenceMetaFields,
};

/** End before start is refused by the service with DATE_ORDER (also on partial updates). */
export const siteVisitCreateSchema = z.object(siteVisitFields).strict();
export const siteVisitUpdateSchema = siteVisitCreateSchema
  .partial()
  .extend({ id: uuid, expectedUpdatedAt: z.string().max(64).optional() })
  .strict();

export const attachmentSchema = z.object({
  id: uuid,
  ownerKind: z.enum(['site_visit', 'document']),
  ownerId: uuid,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the bytes at ingest, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Photos: the assessor confirmed no person is recognisable. */
  noPeopleConfirmed: z.boolean(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const siteVisitSchema = z.object({
  id: uuid,
  code: z.string(),
  ...siteVisitFields,
  team: z.array(z.string()),
  observations: z.string(),
  crossingPoint: z.object({ name: z.object({ en: z.string(), th: z.string() }), mode: z.string() }).nullable(),
  attachments: z.array(attachmentSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SiteVisit = z.infer<typeof siteVisitSchema>;

export const siteVisitSummarySchema = siteVisitSchema.omit({ observations: true, checklist: true, attachments: true }).extend({
  checklistDone: z.number().int().nonnegative(),
  checklistTotal: z.number().int().nonnegative(),
  photoCount: z.number().int().nonnegative(),
});
export const listPageInput = z
  .object({
    limit: z.number().int().min(1).max(10_000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .optional();
export const siteVisitListOutput = z.object({ total: z.number().int().nonnegative(), items: z.array(siteVisitSummarySchema) });

// ---------------------------------------------------------------- documents

export const DOCUMENT_TYPES = [
  'law',
  'regulation',
  'sop',
  'mou',
  'statistics',
  'report',
  'training',
  'questionnaire',
  'other',
] as const;

const documentFields = {
  title: localizedText(500).refine((t) => t.en.trim() !== '' || t.th.trim() !== '', 'a title in at least one language'),
  docType: z.enum(DOCUMENT_TYPES),
  issuerAgencyCode: z.string().max(40).nullable(),
  /** Optional link to a legal instrument of the reference data. */
  legalInstrumentCode: z.string().max(40).nullable(),
  documentDate: isoDate.nullable(),
  /** Citation: gazette reference, file number, URL as text (never fetched). */
  reference: text(1000),
  notes: text(100_000),
  ...evidenceMetaFields,
};
export const documentCreateSchema = z.object(documentFields).strict();
export const documentUpdateSchema = documentCreateSchema
  .partial()
  .extend({ id: uuid, expectedUpdatedAt: z.string().max(64).optional() })
  .strict();

export const documentSchema = z.object({
  id: uuid,
  code: z.string(),
  ...documentFields,
  title: z.object({ en: z.string(), th: z.string() }),
  reference: z.string(),
  notes: z.string(),
  attachments: z.array(attachmentSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentRecord = z.infer<typeof documentSchema>;
export const documentSummarySchema = documentSchema.omit({ notes: true, attachments: true }).extend({
  attachmentCount: z.number().int().nonnegative(),
});
export const documentListOutput = z.object({ total: z.number().int().nonnegative(), items: z.array(documentSummarySchema) });

// ---------------------------------------------------------------- attachments

/** 200 MB (issue 3). Stored in 1 MiB chunks so no file is ever wholly in memory. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;
/** Extension -> media type. The content's magic bytes are checked too where the format has them. */
export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
  txt: 'text/plain',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
} as const;

/** The file is chosen in a native dialog opened by the main process: the renderer never names a path. */
export const attachmentAddSchema = z
  .object({
    ownerKind: z.enum(['site_visit', 'document']),
    ownerId: uuid,
    noPeopleConfirmed: z.boolean().default(false),
  })
  .strict();
export const attachmentAddOutput = z.object({ attachment: attachmentSchema.nullable() });
export const attachmentExportOutput = z.object({ path: z.string().nullable(), sha256: z.string() });

// ---------------------------------------------------------------- links both ways

/** What cites an evidence item: ratings, findings, and (for interviews) its coded passages. */
export const evidenceUsageSchema = z.object({
  ratings: z.array(z.object({ id: uuid, indicatorCode: z.string(), scopeLabel: z.string() })),
  findings: z.array(z.object({ id: uuid, code: z.string() })),
  passages: z.array(z.object({ id: uuid, code: z.string(), targetCode: z.string() })),
});
export type EvidenceUsage = z.infer<typeof evidenceUsageSchema>;

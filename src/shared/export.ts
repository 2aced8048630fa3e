import { z } from 'zod';
import { SENSITIVITY_LEVELS } from './evidence';
import { isoDate } from './evidence-items';
import { line, text, uuid } from './schemas';

/**
 * Word exports for ministerial review (issue 4, PRODUCT.md 11, DOMAIN.md 2.5 and 3.5): which
 * document, and the export profile that decides its language, calendar, digits, marking,
 * DRAFT watermark and what is left out.
 */

export const EXPORT_DOCUMENTS = [
  'report',
  'action_plan',
  // Issue 5: Components 2–4.
  'minutes',
  'curriculum',
  'tot_agenda',
  'tot_evaluation',
  // --- Issue 6 audit: the audit trail as an annex.
  'audit_trail',
  // --- end audit
] as const;
export type ExportDocument = (typeof EXPORT_DOCUMENTS)[number];

/**
 * What a document is about: one meeting (minutes), one Training of Trainers event (its agenda
 * and evaluation report), or the whole project (null). The request names it by id (subjectId).
 */
export type ExportSubjectKind = 'meeting' | 'tot_event';
export const DOCUMENT_SUBJECT: Record<ExportDocument, ExportSubjectKind | null> = {
  report: null,
  action_plan: null,
  minutes: 'meeting',
  curriculum: null,
  tot_agenda: 'tot_event',
  tot_evaluation: 'tot_event',
  // --- Issue 6 audit
  audit_trail: null,
  // --- end audit
};

/** A document about one meeting or event needs its id; one about the project takes none. */
function subjectMatches(request: { document: ExportDocument; subjectId?: string | undefined }): boolean {
  return (DOCUMENT_SUBJECT[request.document] === null) === (request.subjectId === undefined);
}
const SUBJECT_RULE = { message: 'subjectId names the meeting or event, for those documents only', path: ['subjectId'] };

/** Thai, English, or both side by side. */
export const EXPORT_LANGUAGES = ['th', 'en', 'both'] as const;

/** Thai classification levels (ลับ, ลับมาก, ลับที่สุด), or an organisation's own label. */
export const MARKINGS = ['none', 'confidential', 'secret', 'top_secret', 'custom'] as const;
export type Marking = (typeof MARKINGS)[number];
export const MARKING_TEXT: Record<Exclude<Marking, 'none' | 'custom'>, { th: string; en: string }> = {
  confidential: { th: 'ลับ', en: 'CONFIDENTIAL' },
  secret: { th: 'ลับมาก', en: 'SECRET' },
  top_secret: { th: 'ลับที่สุด', en: 'TOP SECRET' },
};

export const exportProfileSchema = z
  .object({
    language: z.enum(EXPORT_LANGUAGES),
    calendar: z.enum(['BE', 'CE']),
    digits: z.enum(['thai', 'arabic']),
    marking: z.enum(MARKINGS),
    /** The organisation label when marking is 'custom' (e.g. "IOM – internal"). */
    markingLabel: text(80),
    draft: z
      .object({ enabled: z.boolean(), version: text(20), date: isoDate.nullable() })
      .strict(),
    /** Redaction level: evidence above this sensitivity is left out. */
    maxSensitivity: z.enum(SENSITIVITY_LEVELS),
    /** Disaggregated counts below this are shown as "<N" (DOMAIN.md 3.5). */
    minCellSize: z.number().int().min(2).max(20),
  })
  .strict()
  .refine((p) => p.marking !== 'custom' || p.markingLabel.trim() !== '', {
    message: 'a custom marking needs its label',
    path: ['markingLabel'],
  });
export type ExportProfile = z.infer<typeof exportProfileSchema>;

export const DEFAULT_EXPORT_PROFILE: ExportProfile = {
  language: 'th',
  calendar: 'BE',
  digits: 'arabic',
  marking: 'none',
  markingLabel: '',
  draft: { enabled: true, version: '0.1', date: null },
  maxSensitivity: 'internal',
  minCellSize: 5,
};

/** Why something is not in the document; the export screen shows a count per reason before exporting. */
export const OMISSION_REASONS = [
  'above_sensitivity',
  'consent_no_use',
  'consent_withdrawn',
  'paraphrase_only',
  'small_cell',
  'deleted',
] as const;
export type OmissionReason = (typeof OMISSION_REASONS)[number];

export const exportRequestSchema = z
  .object({ document: z.enum(EXPORT_DOCUMENTS), profile: exportProfileSchema, subjectId: uuid.optional() })
  .strict()
  .refine(subjectMatches, SUBJECT_RULE);

export const exportPreviewSchema = z.object({
  omissions: z.array(z.object({ reason: z.enum(OMISSION_REASONS), count: z.number().int().nonnegative() })),
  /** Sections that will show a visible placeholder because they have nothing yet. */
  emptySections: z.array(z.string()),
  /** Rows of the main table (action items, findings) that will be in the document. */
  included: z.number().int().nonnegative(),
  // --- Issue 6 review: items of the document not approved yet (a warning; the export still runs).
  unapproved: z.number().int().nonnegative().optional(),
  // --- end review
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

/**
 * export.run: the request and, optionally, a job id the renderer chose so it can ask for
 * progress (export.progress) and cancel (export.cancel) while the export runs.
 */
export const exportRunSchema = z
  .object({
    document: z.enum(EXPORT_DOCUMENTS),
    profile: exportProfileSchema,
    subjectId: uuid.optional(),
    jobId: uuid.optional(),
  })
  .strict()
  .refine(subjectMatches, SUBJECT_RULE);

/** The steps a progress bar names, in order; each builder reports the ones it has. */
export const EXPORT_STAGES = ['loading', 'charts', 'sections', 'tables', 'packing', 'writing'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];

export const exportJobInput = z.object({ jobId: uuid }).strict();
export const exportProgressSchema = z.object({
  /** unknown: no such job in this session (never started, or finished long ago). */
  state: z.enum(['unknown', 'running', 'done', 'cancelled', 'failed']),
  stage: z.enum(EXPORT_STAGES).nullable(),
  /** Work units done and in all; total 0 while not known yet. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

export const exportResultSchema = z.object({
  /** null when the save dialog was cancelled: nothing was written. */
  path: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
});

export const savedProfileSchema = z.object({ name: z.string(), profile: exportProfileSchema, updatedAt: z.string() });
export const profileSaveSchema = z.object({ name: line(80), profile: exportProfileSchema }).strict();
export const profileDeleteSchema = z.object({ name: line(80) }).strict();

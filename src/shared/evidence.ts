import { z } from 'zod';
import { line, text, uuid } from './schemas';

/**
 * Evidence as the API shows it (PRODUCT.md 4, DOMAIN.md 3.4 and 6.1). Interviews carry a
 * pseudonym code only: identities never sit here (they belong in the identity vault).
 */

/** Category -> pseudonym code prefix: KII-OFF-017, KII-MIG-004, KII-STK-002, FGD-03. */
export const INTERVIEW_CATEGORIES = ['official', 'migrant', 'stakeholder', 'focus_group'] as const;
export type InterviewCategory = (typeof INTERVIEW_CATEGORIES)[number];
export const INTERVIEW_CODE_PREFIX: Record<InterviewCategory, string> = {
  official: 'KII-OFF',
  migrant: 'KII-MIG',
  stakeholder: 'KII-STK',
  focus_group: 'FGD',
};

export const INTERVIEW_LANGUAGES = ['th', 'en', 'my', 'km', 'lo', 'other'] as const;
export const SENSITIVITY_LEVELS = ['public', 'internal', 'restricted', 'confidential', 'secret', 'top_secret'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];
export const CONSENT_MODES = ['oral', 'written'] as const;
export const PERMITTED_USES = ['quote', 'paraphrase', 'none'] as const;
/** Admiralty grading: source reliability A-F, information credibility 1-6. */
export const SOURCE_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const INFORMATION_GRADES = [1, 2, 3, 4, 5, 6] as const;

/** Notes are long, but not unbounded: 100,000 characters is about 40 pages of Thai text. */
export const MAX_NOTES_LENGTH = 100_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const consentSchema = z.object({
  mode: z.enum(CONSENT_MODES),
  infoSheetVersion: z.string().max(40),
  permittedUse: z.enum(PERMITTED_USES),
  recordingAllowed: z.boolean(),
  withdrawnAt: isoDate.nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const reliabilitySchema = z.object({
  source: z.enum(SOURCE_GRADES),
  information: z.number().int().min(1).max(6),
});
export type Reliability = z.infer<typeof reliabilitySchema>;

const interviewFields = {
  category: z.enum(INTERVIEW_CATEGORIES),
  /** Officials: the agency they speak for (reference code). */
  agencyCode: z.string().max(40).nullable(),
  /** Migrants: a generalised location (province or "northern land border"), never a village. */
  location: text(200),
  /** Migrants: the month only. */
  month: isoMonth.nullable(),
  /** Officials: the exact date may be kept. */
  interviewDate: isoDate.nullable(),
  /** Interviewers by team code or initials, never full names of interviewees. */
  interviewers: z.array(line(60)).max(10),
  interpreter: z.object({ used: z.boolean(), language: z.enum(INTERVIEW_LANGUAGES).nullable() }),
  language: z.enum(INTERVIEW_LANGUAGES),
  consent: consentSchema,
  notes: text(MAX_NOTES_LENGTH),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  reliability: reliabilitySchema,
};

export const interviewCreateSchema = z.object(interviewFields).strict();
export type InterviewCreateInput = z.input<typeof interviewCreateSchema>;

export const interviewUpdateSchema = interviewCreateSchema
  .partial()
  .extend({
    id: uuid,
    /** Optimistic concurrency: the updatedAt the editor loaded; a newer row answers CONFLICT. */
    expectedUpdatedAt: z.string().max(64).optional(),
  })
  .strict();

export const piiMatchSchema = z.object({
  kind: z.enum(['thai_national_id', 'passport', 'phone', 'plate']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const interviewSchema = z.object({
  id: uuid,
  code: z.string(),
  ...interviewFields,
  notes: z.string(),
  location: z.string(),
  interviewers: z.array(z.string()),
  /** What the PII guard found in the notes (offsets only, never the values). */
  pii: z.array(piiMatchSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interviewSchema>;

export const interviewSummarySchema = interviewSchema.omit({ notes: true, pii: true, consent: true }).extend({
  permittedUse: z.enum(PERMITTED_USES),
  consentWithdrawn: z.boolean(),
  piiCount: z.number().int().nonnegative(),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export const interviewListSchema = z
  .object({
    category: z.enum(INTERVIEW_CATEGORIES).optional(),
    agencyCode: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(10_000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .optional();

export const interviewListOutput = z.object({ total: z.number().int().nonnegative(), items: z.array(interviewSummarySchema) });

export const idInput = z.object({ id: uuid }).strict();

import { z } from 'zod';
import { SENSITIVITY_LEVELS } from './evidence';
import { isoDateTime, passphrase, uuid } from './schemas';

/**
 * Review copies (issue 6, PRODUCT.md 10): a new project file for a reviewer, with its own
 * passphrase, from which the vault, interview notes, evidence above a chosen sensitivity and
 * quotes whose consent forbids them are left out. These are the shapes that cross the bridge.
 */

/** Why something is left out of a review copy; each reason is counted and shown before creating. */
export const REVIEW_COPY_REASONS = [
  'vaultIdentities',
  'interviewNotes',
  'interviewsAboveSensitivity',
  'siteVisitsAboveSensitivity',
  'documentsAboveSensitivity',
  'attachmentsOfLeftOut',
  'passagesOfLeftOut',
  'passagesNoUse',
  'passagesWithdrawn',
  'passagesParaphraseOnly',
  'evidenceLinksToLeftOut',
] as const;
export type ReviewCopyReason = (typeof REVIEW_COPY_REASONS)[number];

const count = z.number().int().nonnegative();

/** Counts of live records by reason (a record left out for two reasons is counted under the first). */
export const reviewCopyExclusionsSchema = z.object(
  Object.fromEntries(REVIEW_COPY_REASONS.map((reason) => [reason, count])) as Record<ReviewCopyReason, typeof count>,
);
export type ReviewCopyExclusions = z.infer<typeof reviewCopyExclusionsSchema>;

export const maxSensitivitySchema = z.enum(SENSITIVITY_LEVELS);

export const reviewCopyPreviewInput = z.object({ maxSensitivity: maxSensitivitySchema }).strict();

/** The renderer checks the repeat; main checks length and that it differs from the project's. */
export const reviewCopyCreateInput = z.object({ maxSensitivity: maxSensitivitySchema, passphrase }).strict();

export const reviewCopyCreateOutput = z.object({
  /** Null when the user cancelled the save dialog: nothing was written. */
  path: z.string().nullable(),
  sha256: z.string().nullable(),
  excluded: reviewCopyExclusionsSchema,
});

/** What meta 'review_copy' holds in a copy (JSON). */
export const reviewCopyMarkSchema = z.object({
  copyId: uuid,
  sourceProjectId: z.string().min(1).max(64),
  sourceAuditHead: z.string().max(64),
  createdAt: isoDateTime,
  maxSensitivity: maxSensitivitySchema,
});
export type ReviewCopyMark = z.infer<typeof reviewCopyMarkSchema>;

/** reviewCopy: the file is a review copy (its content is read-only); mark: what it says about itself. */
export const reviewCopyStatusSchema = z.object({ reviewCopy: z.boolean(), mark: reviewCopyMarkSchema.nullable() });

import { z } from 'zod';
import { NARRATIVE_SECTIONS } from './narrative';
import { isoDateTime, passphrase, uuid } from './schemas';

/**
 * Review (issue 6, PRODUCT.md 10): a status per finding, recommendation, action-plan item and
 * report section (narrative: the target id is the section key), threaded comments, and the
 * review packet that carries a reviewer's comments and decisions back from a review copy.
 */

export const REVIEW_TARGET_TYPES = ['finding', 'recommendation', 'action', 'narrative'] as const;
export type ReviewTargetType = (typeof REVIEW_TARGET_TYPES)[number];

export const REVIEW_STATUSES = ['draft', 'ready', 'changes_requested', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * Allowed moves. "Approved" is left by an edit (back to draft, automatically) or by a reviewer
 * asking for changes after all; "changes requested" always carries a reason.
 */
export const REVIEW_TRANSITIONS: Record<ReviewStatus, readonly ReviewStatus[]> = {
  draft: ['ready'],
  ready: ['draft', 'changes_requested', 'approved'],
  changes_requested: ['draft', 'ready'],
  approved: ['changes_requested'],
};

export function canMove(from: ReviewStatus, to: ReviewStatus): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}

export const REVIEW_REASON_MAX = 2_000;
export const REVIEW_COMMENT_MAX = 10_000;

const targetId = z.string().min(1).max(64);

export const reviewTargetSchema = z
  .object({ targetType: z.enum(REVIEW_TARGET_TYPES), targetId })
  .strict()
  .refine((t) => t.targetType !== 'narrative' || (NARRATIVE_SECTIONS as readonly string[]).includes(t.targetId), {
    message: 'a report section is named by its key',
    path: ['targetId'],
  })
  .refine((t) => t.targetType === 'narrative' || uuid.safeParse(t.targetId).success, {
    message: 'a record is named by its id',
    path: ['targetId'],
  });
export type ReviewTarget = z.infer<typeof reviewTargetSchema>;

export const reviewSetStatusSchema = z
  .object({
    targetType: z.enum(REVIEW_TARGET_TYPES),
    targetId,
    status: z.enum(REVIEW_STATUSES),
    reason: z.string().max(REVIEW_REASON_MAX).optional(),
  })
  .strict();

export const reviewCommentSchema = z
  .object({
    targetType: z.enum(REVIEW_TARGET_TYPES),
    targetId,
    parentId: uuid.optional(),
    body: z.string().min(1).max(REVIEW_COMMENT_MAX),
  })
  .strict();

export const reviewCommentOut = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  author: z.string(),
  body: z.string(),
  origin: z.enum(['local', 'copy', 'packet']),
  createdAt: isoDateTime,
});
export type ReviewComment = z.infer<typeof reviewCommentOut>;

export const reviewStateOut = z.object({
  targetType: z.enum(REVIEW_TARGET_TYPES),
  targetId,
  status: z.enum(REVIEW_STATUSES),
  reason: z.string(),
  /** Set when an edit after approval sent the item back to draft. */
  reopenedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
  /** Where the status may go from here. */
  next: z.array(z.enum(REVIEW_STATUSES)),
  /** Oldest first; replies carry their parent's id. */
  comments: z.array(reviewCommentOut),
});
export type ReviewState = z.infer<typeof reviewStateOut>;

export const reviewQueueSchema = z
  .object({ status: z.enum(REVIEW_STATUSES).optional(), targetType: z.enum(REVIEW_TARGET_TYPES).optional() })
  .strict()
  .optional();

export const reviewConflictOut = z.object({
  id: uuid,
  targetType: z.enum(REVIEW_TARGET_TYPES),
  targetId,
  code: z.string(),
  status: z.enum(REVIEW_STATUSES),
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: isoDateTime,
  /** The record's version the reviewer saw, and the project's now (null: deleted since). */
  recordUpdatedAt: isoDateTime.nullable(),
  currentUpdatedAt: isoDateTime.nullable(),
});
export type ReviewConflict = z.infer<typeof reviewConflictOut>;

const bilingual = z.object({ en: z.string(), th: z.string() });

export const reviewQueueItemOut = z.object({
  targetType: z.enum(REVIEW_TARGET_TYPES),
  targetId,
  /** F-A1-01, R-.., A-..; the section key for a report section. */
  code: z.string(),
  /** The start of the statement / text / objective (empty for a report section). */
  title: bilingual,
  status: z.enum(REVIEW_STATUSES),
  reason: z.string(),
  reopenedAt: isoDateTime.nullable(),
  comments: z.number().int().nonnegative(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemOut>;

export const reviewQueueOut = z.object({
  items: z.array(reviewQueueItemOut),
  /** Over every item, whatever the filter. */
  counts: z.object({
    draft: z.number().int().nonnegative(),
    ready: z.number().int().nonnegative(),
    changes_requested: z.number().int().nonnegative(),
    approved: z.number().int().nonnegative(),
  }),
  conflicts: z.array(reviewConflictOut),
  isReviewCopy: z.boolean(),
});
export type ReviewQueue = z.infer<typeof reviewQueueOut>;

export const REVIEW_PACKET_EXTENSION = 'bmmareview';

export const packetPassphraseSchema = z.object({ passphrase }).strict();

export const packetExportOut = z.object({
  /** null when the save dialog was cancelled (nothing written). */
  path: z.string().nullable(),
  comments: z.number().int().nonnegative(),
  decisions: z.number().int().nonnegative(),
});

export const packetImportOut = z.object({
  /** null when the open dialog was cancelled (nothing read). */
  path: z.string().nullable(),
  alreadyImported: z.boolean(),
  comments: z.number().int().nonnegative(),
  decisions: z.number().int().nonnegative(),
  conflicts: z.array(reviewConflictOut),
});
export type PacketImportResult = z.infer<typeof packetImportOut>;

export const resolveConflictSchema = z.object({ id: uuid, resolution: z.enum(['accept', 'dismiss']) }).strict();

export const resolveConflictOut = z.object({ conflicts: z.array(reviewConflictOut) });

import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  REVIEW_STATUSES,
  REVIEW_TRANSITIONS,
  canMove,
  reviewCommentSchema,
  reviewQueueSchema,
  reviewSetStatusSchema,
  type ReviewComment,
  type ReviewConflict,
  type ReviewQueue,
  type ReviewState,
  type ReviewStatus,
  type ReviewTargetType,
} from '../../shared/review';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { parseInput } from './records';
import { findReviewTarget, listReviewTargets, requireReviewTarget } from './review-targets';

/**
 * Review (issue 6, PRODUCT.md 10): the status of each finding, recommendation, action-plan item
 * and report section, and the comments on it. Comment text and reasons are free text: they are
 * stored, never logged nor put in the audit trail (which names the target and the status only).
 * In a review copy these are the only writes allowed (allowInReviewCopy), and they are marked
 * origin 'copy' so the packet can carry exactly what the reviewer added.
 */

interface StateRow {
  status: ReviewStatus;
  reason: string;
  reopened_at: string | null;
  updated_at: string;
  updated_by: string;
}

interface CommentRow {
  id: string;
  parent_id: string | null;
  author: string;
  body: string;
  origin: ReviewComment['origin'];
  created_at: string;
}

export function readStateRow(db: Db, targetType: ReviewTargetType, targetId: string): StateRow | undefined {
  return db
    .prepare(
      'SELECT status, reason, reopened_at, updated_at, updated_by FROM review_states WHERE target_type = ? AND target_id = ? AND deleted = 0',
    )
    .get(targetType, targetId) as StateRow | undefined;
}

function readComments(db: Db, targetType: ReviewTargetType, targetId: string): ReviewComment[] {
  const rows = db
    .prepare(
      `SELECT id, parent_id, author, body, origin, created_at FROM review_comments
       WHERE target_type = ? AND target_id = ? AND deleted = 0 ORDER BY created_at, id`,
    )
    .all(targetType, targetId) as CommentRow[];
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    origin: row.origin,
    createdAt: row.created_at,
  }));
}

function readState(db: Db, targetType: ReviewTargetType, targetId: string): ReviewState {
  const row = readStateRow(db, targetType, targetId);
  const status = row?.status ?? 'draft';
  return {
    targetType,
    targetId,
    status,
    reason: row?.reason ?? '',
    reopenedAt: row?.reopened_at ?? null,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
    next: [...REVIEW_TRANSITIONS[status]],
    comments: readComments(db, targetType, targetId),
  };
}

/** The origin of what is written in this file: a review copy's own work goes into its packet. */
export function localOrigin(project: ProjectFile): 'local' | 'copy' {
  return project.isReviewCopy ? 'copy' : 'local';
}

export function getReview(
  project: ProjectFile,
  input: { targetType: ReviewTargetType; targetId: string },
): ReviewState {
  return project.read((db) => {
    requireReviewTarget(db, input.targetType, input.targetId);
    return readState(db, input.targetType, input.targetId);
  });
}

/**
 * The id of an item's status row, the same in every file: derived from the target (a name-based
 * UUID, RFC 4122 version 5 layout over SHA-256), so that merging two assessors' files joins
 * their status rows for one finding by id instead of colliding on (target_type, target_id).
 */
export function reviewStateId(targetType: ReviewTargetType, targetId: string): string {
  const hash = crypto.createHash('sha256').update(`bmma-review-state:${targetType}:${targetId}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Writes a status (and the decision behind it) inside the caller's transaction, without the
 * transition check: the packet import applies a reviewer's decision whatever the assessor's
 * status was meanwhile.
 */
export function writeStatusIn(
  ctx: WriteContext,
  target: { targetType: ReviewTargetType; targetId: string; recordUpdatedAt: string | null },
  status: ReviewStatus,
  reason: string,
  decision: { id: string; origin: 'local' | 'copy' | 'packet'; decidedAt: string; decidedBy: string },
): void {
  const { db } = ctx;
  const from = readStateRow(db, target.targetType, target.targetId)?.status ?? 'draft';
  db.prepare(
    `INSERT INTO review_states (id, target_type, target_id, status, reason, reopened_at, created_at, updated_at, updated_by)
     VALUES (@id, @targetType, @targetId, @status, @reason, NULL, @now, @now, @actor)
     ON CONFLICT (target_type, target_id) DO UPDATE SET status = @status, reason = @reason, reopened_at = NULL,
       deleted = 0, updated_at = @now, updated_by = @actor`,
  ).run({
    id: reviewStateId(target.targetType, target.targetId),
    targetType: target.targetType,
    targetId: target.targetId,
    status,
    reason,
    now: ctx.now,
    actor: decision.decidedBy,
  });
  db.prepare(
    `INSERT OR IGNORE INTO review_decisions (id, target_type, target_id, status, reason, record_updated_at, origin,
       decided_at, decided_by, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    decision.id,
    target.targetType,
    target.targetId,
    status,
    reason,
    target.recordUpdatedAt,
    decision.origin,
    decision.decidedAt,
    decision.decidedBy,
    ctx.now,
    ctx.now,
    ctx.actor,
  );
  ctx.audit('review.statusChanged', target.targetType, target.targetId, { from, to: status, origin: decision.origin });
}

export function setReviewStatus(project: ProjectFile, input: z.input<typeof reviewSetStatusSchema>): ReviewState {
  const { targetType, targetId, status, reason = '' } = parseInput(reviewSetStatusSchema, input);
  const trimmed = reason.trim();
  const origin = localOrigin(project);
  return project.write(
    (ctx) => {
      const target = requireReviewTarget(ctx.db, targetType, targetId);
      const from = readStateRow(ctx.db, targetType, targetId)?.status ?? 'draft';
      if (!canMove(from, status)) throw new AppError('REVIEW_TRANSITION', undefined, { from, to: status });
      if (status === 'changes_requested' && trimmed === '')
        throw new AppError('REVIEW_REASON_REQUIRED', undefined, { field: 'reason' });
      writeStatusIn(
        ctx,
        { targetType, targetId, recordUpdatedAt: target.updatedAt },
        status,
        status === 'changes_requested' ? trimmed : '',
        {
          id: crypto.randomUUID(),
          origin,
          decidedAt: ctx.now,
          decidedBy: ctx.actor,
        },
      );
      return readState(ctx.db, targetType, targetId);
    },
    { allowInReviewCopy: true },
  );
}

/** A comment, or a reply to one on the same target. The author is the session's actor label. */
export function addReviewComment(project: ProjectFile, input: z.input<typeof reviewCommentSchema>): ReviewState {
  const { targetType, targetId, parentId, body } = parseInput(reviewCommentSchema, input);
  if (body.trim() === '')
    throw new AppError('VALIDATION', undefined, { issues: [{ path: ['body'], code: 'too_small' }] });
  const origin = localOrigin(project);
  return project.write(
    (ctx) => {
      requireReviewTarget(ctx.db, targetType, targetId);
      if (parentId !== undefined) {
        const parent = ctx.db
          .prepare('SELECT target_type, target_id FROM review_comments WHERE id = ? AND deleted = 0')
          .get(parentId) as { target_type: string; target_id: string } | undefined;
        if (!parent || parent.target_type !== targetType || parent.target_id !== targetId) {
          throw new AppError('LINK_TARGET_MISSING', undefined, { field: 'parentId' });
        }
      }
      const id = crypto.randomUUID();
      ctx.db
        .prepare(
          `INSERT INTO review_comments (id, target_type, target_id, parent_id, author, body, origin, created_at, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, targetType, targetId, parentId ?? null, ctx.actor, body, origin, ctx.now, ctx.now, ctx.actor);
      ctx.audit('review.commented', targetType, targetId, { comment: id, reply: parentId !== undefined });
      return readState(ctx.db, targetType, targetId);
    },
    { allowInReviewCopy: true },
  );
}

/**
 * Called by the update services inside their own transaction, after a content edit: an
 * approved item goes back to draft and remembers when, so the UI can say "edited after
 * approval on <date>". Anything not approved is left as it is.
 */
export function reopenAfterEdit(ctx: WriteContext, targetType: ReviewTargetType, targetId: string): void {
  const row = readStateRow(ctx.db, targetType, targetId);
  if (row?.status !== 'approved') return;
  ctx.db
    .prepare(
      `UPDATE review_states SET status = 'draft', reason = '', reopened_at = ?, updated_at = ?, updated_by = ?
       WHERE target_type = ? AND target_id = ? AND deleted = 0`,
    )
    .run(ctx.now, ctx.now, ctx.actor, targetType, targetId);
  ctx.audit('review.reopened', targetType, targetId, { from: 'approved', to: 'draft' });
}

interface ConflictRow {
  id: string;
  target_type: ReviewTargetType;
  target_id: string;
  status: ReviewStatus;
  reason: string;
  decided_by: string;
  decided_at: string;
  record_updated_at: string | null;
  current_updated_at: string | null;
}

export function openConflicts(db: Db, packetId?: string): ReviewConflict[] {
  const rows = db
    .prepare(
      `SELECT id, target_type, target_id, status, reason, decided_by, decided_at, record_updated_at, current_updated_at
       FROM review_conflicts WHERE resolution IS NULL AND deleted = 0 ${packetId ? 'AND packet_id = @packetId' : ''} ORDER BY decided_at, id`,
    )
    .all(packetId ? { packetId } : {}) as ConflictRow[];
  return rows.map((row) => ({
    id: row.id,
    targetType: row.target_type,
    targetId: row.target_id,
    code: findReviewTarget(db, row.target_type, row.target_id)?.code ?? '',
    status: row.status,
    reason: row.reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    recordUpdatedAt: row.record_updated_at,
    currentUpdatedAt: row.current_updated_at,
  }));
}

/** The review queue: every reviewable item with its status, counts by status, open conflicts. */
export function reviewQueue(project: ProjectFile, input?: z.input<typeof reviewQueueSchema>): ReviewQueue {
  const filter = parseInput(reviewQueueSchema, input) ?? {};
  return project.read((db) => {
    const states = new Map(
      (
        db
          .prepare('SELECT target_type, target_id, status, reason, reopened_at FROM review_states WHERE deleted = 0')
          .all() as {
          target_type: string;
          target_id: string;
          status: ReviewStatus;
          reason: string;
          reopened_at: string | null;
        }[]
      ).map((row) => [`${row.target_type}:${row.target_id}`, row]),
    );
    const comments = new Map(
      (
        db
          .prepare(
            'SELECT target_type, target_id, count(*) AS n FROM review_comments WHERE deleted = 0 GROUP BY target_type, target_id',
          )
          .all() as { target_type: string; target_id: string; n: number }[]
      ).map((row) => [`${row.target_type}:${row.target_id}`, row.n]),
    );
    const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as ReviewQueue['counts'];
    const items: ReviewQueue['items'] = [];
    for (const target of listReviewTargets(db)) {
      const key = `${target.targetType}:${target.targetId}`;
      const state = states.get(key);
      // A report section never written and never reviewed is not something to review yet.
      if (target.targetType === 'narrative' && target.updatedAt === null && !state) continue;
      const status = state?.status ?? 'draft';
      counts[status] += 1;
      if (filter.status !== undefined && filter.status !== status) continue;
      if (filter.targetType !== undefined && filter.targetType !== target.targetType) continue;
      items.push({
        targetType: target.targetType,
        targetId: target.targetId,
        code: target.code,
        title: target.title,
        status,
        reason: state?.reason ?? '',
        reopenedAt: state?.reopened_at ?? null,
        comments: comments.get(key) ?? 0,
      });
    }
    return { items, counts, conflicts: openConflicts(db), isReviewCopy: project.isReviewCopy };
  });
}

/** Live items of the given types that are not approved (the export preview's warning). */
export function countUnapproved(project: ProjectFile, types: readonly ReviewTargetType[]): number {
  return project.read((db) => {
    const approved = new Set(
      (
        db
          .prepare("SELECT target_type, target_id FROM review_states WHERE status = 'approved' AND deleted = 0")
          .all() as {
          target_type: string;
          target_id: string;
        }[]
      ).map((row) => `${row.target_type}:${row.target_id}`),
    );
    return listReviewTargets(db)
      .filter((t) => types.includes(t.targetType))
      .filter((t) => !(t.targetType === 'narrative' && t.updatedAt === null))
      .filter((t) => !approved.has(`${t.targetType}:${t.targetId}`)).length;
  });
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  REVIEW_STATUSES,
  REVIEW_PACKET_EXTENSION,
  REVIEW_TARGET_TYPES,
  packetPassphraseSchema,
  resolveConflictSchema,
  type PacketImportResult,
  type ReviewConflict,
} from '../../shared/review';
import { deviceLabelProblem, normaliseDeviceLabel } from '../../shared/device-labels';
import { MIN_PASSPHRASE_LENGTH, isoDateTime, uuid } from '../../shared/schemas';
import { writeFileAtomic } from '../project/atomic';
import type { Db } from '../project/cipher';
import { ioError } from '../project/fs-errors';
import { openPacket, readPacketHeader, sealPacket, type PacketKdf } from '../project/packet-crypto';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { parseInput } from './records';
import { openConflicts, writeStatusIn } from './review';
import { findReviewTarget } from './review-targets';

/**
 * Review packets (issue 6): what a reviewer wrote in a review copy (comments and decisions,
 * origin 'copy') leaves as a small encrypted file (packet-crypto.ts) that the assessor imports
 * into the project the copy was made from. Comments join by id, so importing twice adds
 * nothing; a decision applies only if its record is still at the version the reviewer saw,
 * otherwise it waits as a conflict until the user accepts or dismisses it.
 */

const MAX_PACKET_BYTES = 64 * 1024 * 1024;

const packetComment = z.object({
  id: uuid,
  targetType: z.enum(REVIEW_TARGET_TYPES),
  targetId: z.string().min(1).max(64),
  parentId: uuid.nullable(),
  author: z.string().max(200),
  body: z.string().min(1).max(10_000),
  createdAt: isoDateTime,
});
const packetDecision = z.object({
  id: uuid,
  targetType: z.enum(REVIEW_TARGET_TYPES),
  targetId: z.string().min(1).max(64),
  status: z.enum(REVIEW_STATUSES),
  reason: z.string().max(2_000),
  recordUpdatedAt: isoDateTime.nullable(),
  decidedAt: isoDateTime,
  decidedBy: z.string().max(200),
});
/** The name the reviewer gave their computer (absent from packets made before names existed). */
const packetDevice = z.object({
  id: z.string().min(1).max(200),
  label: z.string().refine((label) => deviceLabelProblem(label) === null),
  updatedAt: isoDateTime,
});
const packetBody = z.object({
  packetId: uuid,
  projectId: z.string(),
  copyId: z.string(),
  comments: z.array(packetComment),
  decisions: z.array(packetDecision),
  devices: z.array(packetDevice).max(1_000).optional(),
});
type PacketBody = z.infer<typeof packetBody>;

interface CopyMark {
  projectId: string;
  copyId: string;
}

/** The review copy's mark (meta 'review_copy', written when the copy was made). */
function readCopyMark(db: Db): CopyMark {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'review_copy'").get() as { value: string } | undefined;
  if (!row) throw new AppError('NOT_A_REVIEW_COPY');
  let mark: Record<string, unknown>;
  try {
    mark = JSON.parse(row.value) as Record<string, unknown>;
  } catch {
    // An unreadable mark still marks a review copy; the ids then come from the project row.
    mark = {};
  }
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  const projectId = text(mark['sourceProjectId']) ?? projectIdOf(db);
  const copyId = text(mark['copyId']) ?? text(mark['id']) ?? projectIdOf(db);
  return { projectId, copyId };
}

function projectIdOf(db: Db): string {
  const row = db.prepare('SELECT id FROM project LIMIT 1').get() as { id: string } | undefined;
  if (!row) throw new AppError('NOT_A_PROJECT');
  return row.id;
}

function readPacketBody(db: Db, mark: CopyMark, packetId: string): PacketBody {
  const comments = (
    db
      .prepare(
        `SELECT id, target_type, target_id, parent_id, author, body, created_at FROM review_comments
         WHERE origin = 'copy' AND deleted = 0 ORDER BY created_at, id`,
      )
      .all() as Record<string, string | null>[]
  ).map((row) => ({
    id: String(row['id']),
    targetType: row['target_type'] as PacketBody['comments'][number]['targetType'],
    targetId: String(row['target_id']),
    parentId: row['parent_id'] ?? null,
    author: String(row['author']),
    body: String(row['body']),
    createdAt: String(row['created_at']),
  }));
  const decisions = (
    db
      .prepare(
        `SELECT id, target_type, target_id, status, reason, record_updated_at, decided_at, decided_by FROM review_decisions
         WHERE origin = 'copy' ORDER BY decided_at, id`,
      )
      .all() as Record<string, string | null>[]
  ).map((row) => ({
    id: String(row['id']),
    targetType: row['target_type'] as PacketBody['decisions'][number]['targetType'],
    targetId: String(row['target_id']),
    status: row['status'] as PacketBody['decisions'][number]['status'],
    reason: String(row['reason']),
    recordUpdatedAt: row['record_updated_at'] ?? null,
    decidedAt: String(row['decided_at']),
    decidedBy: String(row['decided_by']),
  }));
  // The names of the computers that wrote them, so the assessor sees "Reviewer – MFA laptop".
  const writers = new Set([...comments.map((c) => c.author), ...decisions.map((d) => d.decidedBy)]);
  const hasLabels = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'device_labels'").get();
  const devices = hasLabels
    ? (db.prepare('SELECT id, label, updated_at AS updatedAt FROM device_labels WHERE deleted = 0').all() as {
        id: string;
        label: string;
        updatedAt: string;
      }[]).filter((device) => writers.has(device.id))
    : [];
  return { packetId, projectId: mark.projectId, copyId: mark.copyId, comments, decisions, devices };
}

/** A reviewer's computer name from a packet: added, or taken when newer than the one here. */
function importDevices(ctx: WriteContext, devices: NonNullable<PacketBody['devices']>): void {
  const find = ctx.db.prepare('SELECT updated_at FROM device_labels WHERE id = ?');
  for (const device of devices) {
    const label = normaliseDeviceLabel(device.label);
    const here = find.get(device.id) as { updated_at: string } | undefined;
    if (here && here.updated_at >= device.updatedAt) continue;
    if (here) {
      ctx.db
        .prepare('UPDATE device_labels SET label = ?, deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(label, device.updatedAt, ctx.actor, device.id);
      ctx.audit('device.updated', 'device', device.id, { fields: ['label'] });
    } else {
      ctx.db
        .prepare('INSERT INTO device_labels (id, label, deleted, created_at, updated_at, updated_by) VALUES (?, ?, 0, ?, ?, ?)')
        .run(device.id, label, ctx.now, device.updatedAt, ctx.actor);
      ctx.audit('device.created', 'device', device.id, { fields: ['label'] });
    }
  }
}

export interface PacketOptions {
  /** Tests pass a cheap scrypt cost; the app uses the default. */
  kdf?: Omit<PacketKdf, 'salt'>;
}

/** Writes the review copy's comments and decisions to `file` (atomically), sealed with `passphrase`. */
export function exportReviewPacket(
  project: ProjectFile,
  input: z.input<typeof packetPassphraseSchema>,
  file: string,
  options: PacketOptions = {},
): { path: string; comments: number; decisions: number } {
  const { passphrase } = parseInput(packetPassphraseSchema, input);
  if (!project.isReviewCopy) throw new AppError('NOT_A_REVIEW_COPY');
  // The packet travels on its own (USB stick, e-mail): the same minimum as a project passphrase.
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('WEAK_PASSPHRASE', undefined, { minLength: MIN_PASSPHRASE_LENGTH });
  }
  const packetId = crypto.randomUUID();
  const body = project.read((db) => readPacketBody(db, readCopyMark(db), packetId));
  const bytes = sealPacket(
    { packetId, projectId: body.projectId, copyId: body.copyId, createdAt: project.now().toISOString() },
    body,
    passphrase,
    options.kdf,
  );
  writeFileAtomic(file, bytes);
  project.write(
    (ctx) =>
      ctx.audit('review.packetExported', 'review_packet', packetId, {
        comments: body.comments.length,
        decisions: body.decisions.length,
      }),
    { allowInReviewCopy: true },
  );
  return { path: file, comments: body.comments.length, decisions: body.decisions.length };
}

function readPacketFile(file: string): Buffer {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_PACKET_BYTES) throw new AppError('PACKET_TAMPERED', undefined, { reason: 'size' });
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw ioError(error, file);
  }
}

function insertComments(ctx: WriteContext, comments: PacketBody['comments']): number {
  const { db } = ctx;
  const exists = db.prepare('SELECT 1 FROM review_comments WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO review_comments (id, target_type, target_id, parent_id, author, body, origin, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, 'packet', ?, ?, ?)`,
  );
  const inPacket = new Set(comments.map((comment) => comment.id));
  let pending = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  let added = 0;
  // Parents before replies: two comments written in the same millisecond may come in either order.
  for (let progress = true; pending.length > 0 && progress;) {
    progress = false;
    const waiting: PacketBody['comments'] = [];
    for (const comment of pending) {
      const parentWaits = comment.parentId !== null && inPacket.has(comment.parentId) && !exists.get(comment.parentId);
      if (parentWaits && pending.some((other) => other.id === comment.parentId)) {
        waiting.push(comment);
        continue;
      }
      progress = true;
      if (exists.get(comment.id)) continue;
      // A comment on a record deleted since is kept (the thread is history); an unknown section is not.
      if (comment.targetType === 'narrative' && !findReviewTarget(db, 'narrative', comment.targetId)) continue;
      // A reply whose parent never reached this file becomes a comment of its own.
      const parentId = comment.parentId !== null && exists.get(comment.parentId) ? comment.parentId : null;
      insert.run(
        comment.id,
        comment.targetType,
        comment.targetId,
        parentId,
        comment.author,
        comment.body,
        comment.createdAt,
        ctx.now,
        ctx.actor,
      );
      added += 1;
    }
    pending = waiting;
  }
  return added;
}

/** The reviewer's last word per record: earlier decisions in the same packet are superseded. */
function latestDecisions(decisions: PacketBody['decisions']): PacketBody['decisions'] {
  const latest = new Map<string, PacketBody['decisions'][number]>();
  for (const decision of [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))) {
    latest.set(`${decision.targetType}:${decision.targetId}`, decision);
  }
  return [...latest.values()];
}

function applyDecisions(
  ctx: WriteContext,
  packetId: string,
  decisions: PacketBody['decisions'],
): { applied: number; conflicts: number } {
  const { db } = ctx;
  const known = db.prepare(
    'SELECT 1 FROM review_decisions WHERE id = ? UNION ALL SELECT 1 FROM review_conflicts WHERE id = ?',
  );
  let applied = 0;
  let conflicts = 0;
  for (const decision of latestDecisions(decisions)) {
    if (known.get(decision.id, decision.id)) continue;
    const target = findReviewTarget(db, decision.targetType, decision.targetId);
    const current = target?.updatedAt ?? null;
    if (target && current === decision.recordUpdatedAt) {
      writeStatusIn(ctx, { ...decision, recordUpdatedAt: current }, decision.status, decision.reason, {
        id: decision.id,
        origin: 'packet',
        decidedAt: decision.decidedAt,
        decidedBy: decision.decidedBy,
      });
      applied += 1;
      continue;
    }
    // The conflict takes the decision's id: the same decision in a later packet is not listed twice.
    db.prepare(
      `INSERT INTO review_conflicts (id, packet_id, target_type, target_id, status, reason, record_updated_at,
         current_updated_at, decided_at, decided_by, created_at, updated_at, updated_by)
       VALUES (@id, @packetId, @targetType, @targetId, @status, @reason, @recordUpdatedAt, @current, @decidedAt, @decidedBy,
         @now, @now, @actor)`,
    ).run({ ...decision, packetId, current, now: ctx.now, actor: ctx.actor });
    conflicts += 1;
  }
  return { applied, conflicts };
}

/**
 * Imports a packet into the open project. Refused before anything is written: another
 * project's packet (PACKET_WRONG_PROJECT), a wrong passphrase (PACKET_WRONG_PASSPHRASE), a
 * damaged or altered file (PACKET_TAMPERED); a review copy cannot import (REVIEW_COPY_READ_ONLY).
 */
export function importReviewPacket(
  project: ProjectFile,
  input: z.input<typeof packetPassphraseSchema>,
  file: string,
): PacketImportResult & { path: string } {
  const { passphrase } = parseInput(packetPassphraseSchema, input);
  if (project.isReviewCopy) throw new AppError('REVIEW_COPY_READ_ONLY');
  const bytes = readPacketFile(file);
  const header = readPacketHeader(bytes);
  const projectId = project.read(projectIdOf);
  if (header.projectId !== projectId) throw new AppError('PACKET_WRONG_PROJECT');
  const opened = openPacket(bytes, passphrase);
  const parsed = packetBody.safeParse(opened.body);
  // The body is authenticated, so a mismatch here is a foreign writer, not a flipped bit.
  if (!parsed.success || parsed.data.packetId !== header.packetId || parsed.data.projectId !== projectId) {
    throw new AppError('PACKET_TAMPERED', undefined, { reason: 'body' });
  }
  const body = parsed.data;
  return project.write((ctx) => {
    const seen = ctx.db.prepare('SELECT 1 FROM review_packets WHERE id = ?').get(body.packetId);
    if (seen) return { path: file, alreadyImported: true, comments: 0, decisions: 0, conflicts: [] };
    ctx.db
      .prepare(
        `INSERT INTO review_packets (id, copy_id, comments, decisions, conflicts, created_at, updated_at, updated_by)
         VALUES (?, ?, 0, 0, 0, ?, ?, ?)`,
      )
      .run(body.packetId, body.copyId, ctx.now, ctx.now, ctx.actor);
    importDevices(ctx, body.devices ?? []);
    const comments = insertComments(ctx, body.comments);
    const { applied, conflicts } = applyDecisions(ctx, body.packetId, body.decisions);
    ctx.db
      .prepare('UPDATE review_packets SET comments = ?, decisions = ?, conflicts = ? WHERE id = ?')
      .run(comments, applied, conflicts, body.packetId);
    ctx.audit('review.packetImported', 'review_packet', body.packetId, { comments, decisions: applied, conflicts });
    return {
      path: file,
      alreadyImported: false,
      comments,
      decisions: applied,
      conflicts: openConflicts(ctx.db, body.packetId),
    };
  });
}

/** Accept (the reviewer's decision applies now) or dismiss (the current status stays). */
export function resolveReviewConflict(
  project: ProjectFile,
  input: z.input<typeof resolveConflictSchema>,
): { conflicts: ReviewConflict[] } {
  const { id, resolution } = parseInput(resolveConflictSchema, input);
  return project.write((ctx) => {
    const conflict = openConflicts(ctx.db).find((c) => c.id === id);
    if (!conflict) throw new AppError('NOT_FOUND', undefined, { entity: 'review_conflict' });
    if (resolution === 'accept') {
      const target = findReviewTarget(ctx.db, conflict.targetType, conflict.targetId);
      if (!target) throw new AppError('NOT_FOUND', undefined, { entity: conflict.targetType });
      writeStatusIn(ctx, { ...conflict, recordUpdatedAt: target.updatedAt }, conflict.status, conflict.reason, {
        id: conflict.id,
        origin: 'packet',
        decidedAt: conflict.decidedAt,
        decidedBy: conflict.decidedBy,
      });
    }
    ctx.db
      .prepare(
        'UPDATE review_conflicts SET resolution = ?, resolved_at = ?, updated_at = ?, updated_by = ? WHERE id = ?',
      )
      .run(resolution === 'accept' ? 'accepted' : 'dismissed', ctx.now, ctx.now, ctx.actor, id);
    ctx.audit('review.conflictResolved', conflict.targetType, conflict.targetId, { resolution });
    return { conflicts: openConflicts(ctx.db) };
  });
}

/** The save dialog's suggestion: no title or name in it (file names travel), only the date. */
export function reviewPacketName(project: ProjectFile): string {
  return `review-${project.now().toISOString().slice(0, 10)}.${REVIEW_PACKET_EXTENSION}`;
}

/**
 * Review packets end to end on real encrypted files: a project, a review copy of it (marked
 * here the way the review-copy service marks one), the reviewer's comments and decisions in the
 * copy, the packet, and its import into the project — comments on the right records and
 * threads, decisions applied unless the record changed since (then a conflict, kept until
 * resolved), importing twice changing nothing, and a packet for another project, with a wrong
 * passphrase or with a flipped byte refused with its own code and nothing changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { labelsOf, syncDeviceLabel } from '../../../src/main/services/device-labels';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createFinding, updateFinding, type FindingCreateInput } from '../../../src/main/services/findings';
import { addReviewComment, getReview, reviewQueue, setReviewStatus } from '../../../src/main/services/review';
import {
  exportReviewPacket,
  importReviewPacket,
  resolveReviewConflict,
} from '../../../src/main/services/review-packet';
import type { Finding } from '../../../src/shared/analysis';
import { ACTOR, PASSPHRASE, contentHash, makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { findingInput } from '../analysis/fixtures';

const PACKET_PASSPHRASE = 'packet passphrase for the USB stick';
const CHEAP = { kdf: { name: 'scrypt', N: 1024, r: 8, p: 1 } as const };
const REPLY = 'Agreed; the 2561 figures are in annex 3 — เห็นด้วย';
const REASON = 'Say which checkpoints: ระบุด่านตรวจ';

let root: string;
let projectPath: string;
let packetPath: string;
let project: ProjectFile;
let approvedLater: Finding;
let changedSince: Finding;
let untouched: Finding;
let assessorCommentId: string;

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an error');
}

/** A review copy as the review-copy service makes one: the file copied, then marked in meta. */
function makeReviewCopy(source: ProjectFile, file: string): ProjectFile {
  const projectId = source.read((db) => (db.prepare('SELECT id FROM project').get() as { id: string }).id);
  source.checkpoint();
  fs.copyFileSync(source.path, file);
  const copy = ProjectFile.open(file, PASSPHRASE, { actor: 'reviewer-laptop' });
  copy.read((db) =>
    db
      .prepare("INSERT INTO meta (key, value) VALUES ('review_copy', ?)")
      .run(
        JSON.stringify({
          copyId: crypto.randomUUID(),
          sourceProjectId: projectId,
          createdAt: new Date().toISOString(),
        }),
      ),
  );
  copy.close();
  // A frozen clock: everything the reviewer writes carries the same millisecond, so the packet
  // cannot rely on time order to put a reply after its parent.
  return ProjectFile.open(file, PASSPHRASE, {
    actor: 'reviewer-laptop',
    now: () => new Date('2030-01-02T03:04:05.006Z'),
  });
}

const REVIEWER_NAME = 'ผู้ทบทวน – แล็ปท็อป กต.';

const hash = (): string => project.read((db) => contentHash(db));
const status = (finding: Finding): string => getReview(project, { targetType: 'finding', targetId: finding.id }).status;

beforeAll(() => {
  root = makeTempDir('review-packet');
  project = makeProject(root, 'project.bmma');
  projectPath = project.path;
  approvedLater = createFinding(project, findingInput() as FindingCreateInput);
  changedSince = createFinding(project, findingInput({ severity: 'low' }) as FindingCreateInput);
  untouched = createFinding(project, findingInput({ type: 'strength' }) as FindingCreateInput);
  for (const finding of [approvedLater, changedSince]) {
    setReviewStatus(project, { targetType: 'finding', targetId: finding.id, status: 'ready' });
  }
  assessorCommentId = addReviewComment(project, {
    targetType: 'finding',
    targetId: approvedLater.id,
    body: 'Please check the figures.',
  }).comments[0]!.id;

  // The reviewer's side: a copy, their comments and decisions, the packet.
  const copy = makeReviewCopy(project, path.join(root, 'copy.bmma'));
  try {
    expect(copy.isReviewCopy).toBe(true);
    expect(codeOf(() => updateFinding(copy, { id: untouched.id, severity: 'high' }))).toBe('REVIEW_COPY_READ_ONLY');
    // The reviewer named their computer: the name travels with the packet.
    syncDeviceLabel(copy, REVIEWER_NAME);
    addReviewComment(copy, {
      targetType: 'finding',
      targetId: approvedLater.id,
      parentId: assessorCommentId,
      body: REPLY,
    });
    const question = addReviewComment(copy, {
      targetType: 'finding',
      targetId: changedSince.id,
      body: 'Which checkpoints?',
    });
    const questionId = question.comments[0]!.id;
    // The reviewer answers their own question: a reply whose parent travels in the same packet.
    addReviewComment(copy, {
      targetType: 'finding',
      targetId: changedSince.id,
      parentId: questionId,
      body: 'Mae Sot and Sadao.',
    });
    addReviewComment(copy, { targetType: 'narrative', targetId: 'executive_summary', body: 'Shorten to one page.' });
    setReviewStatus(copy, { targetType: 'finding', targetId: approvedLater.id, status: 'approved' });
    setReviewStatus(copy, {
      targetType: 'finding',
      targetId: changedSince.id,
      status: 'changes_requested',
      reason: REASON,
    });
    packetPath = path.join(root, 'review.bmmareview');
    expect(codeOf(() => exportReviewPacket(copy, { passphrase: 'short' }, packetPath, CHEAP))).toBe('WEAK_PASSPHRASE');
    expect(fs.existsSync(packetPath)).toBe(false);
    expect(exportReviewPacket(copy, { passphrase: PACKET_PASSPHRASE }, packetPath, CHEAP)).toMatchObject({
      comments: 4,
      decisions: 2,
    });
  } finally {
    copy.close();
  }
  // Meanwhile the assessor edits one of the findings the reviewer decided on.
  changedSince = updateFinding(project, { id: changedSince.id, severity: 'medium' });
}, 60_000);

afterAll(() => {
  project.close();
  removeTempDir(root);
});

describe('the packet file', () => {
  it('holds none of the comment text readable', () => {
    const bytes = fs.readFileSync(packetPath);
    expect(bytes.includes(Buffer.from('annex 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('ระบุด่านตรวจ'))).toBe(false);
  });

  it('is only exported from a review copy', () => {
    expect(
      codeOf(() =>
        exportReviewPacket(project, { passphrase: PACKET_PASSPHRASE }, path.join(root, 'x.bmmareview'), CHEAP),
      ),
    ).toBe('NOT_A_REVIEW_COPY');
    expect(fs.existsSync(path.join(root, 'x.bmmareview'))).toBe(false);
  });
});

describe('refused packets change nothing', () => {
  it('refuses a packet for another project', () => {
    const other = makeProject(root, 'other.bmma');
    try {
      const before = other.read((db) => contentHash(db));
      expect(codeOf(() => importReviewPacket(other, { passphrase: PACKET_PASSPHRASE }, packetPath))).toBe(
        'PACKET_WRONG_PROJECT',
      );
      expect(other.read((db) => contentHash(db))).toBe(before);
    } finally {
      other.close();
    }
  });

  it('refuses a wrong passphrase', () => {
    const before = hash();
    expect(codeOf(() => importReviewPacket(project, { passphrase: 'not the packet passphrase' }, packetPath))).toBe(
      'PACKET_WRONG_PASSPHRASE',
    );
    expect(hash()).toBe(before);
  });

  it('refuses a packet with one flipped byte', () => {
    const bytes = fs.readFileSync(packetPath);
    const tampered = path.join(root, 'tampered.bmmareview');
    bytes[bytes.length - 60] = (bytes[bytes.length - 60] ?? 0) ^ 0x10;
    fs.writeFileSync(tampered, bytes);
    const before = hash();
    expect(codeOf(() => importReviewPacket(project, { passphrase: PACKET_PASSPHRASE }, tampered))).toBe(
      'PACKET_TAMPERED',
    );
    expect(hash()).toBe(before);
  });
});

describe('importing', () => {
  it('puts the comments on the right records and threads, applies a decision, lists a conflict', () => {
    const result = importReviewPacket(project, { passphrase: PACKET_PASSPHRASE }, packetPath);
    expect(result).toMatchObject({ alreadyImported: false, comments: 4, decisions: 1 });
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({
      targetType: 'finding',
      targetId: changedSince.id,
      code: changedSince.code,
      status: 'changes_requested',
      reason: REASON,
      decidedBy: 'reviewer-laptop',
      currentUpdatedAt: changedSince.updatedAt,
    });

    const thread = getReview(project, { targetType: 'finding', targetId: approvedLater.id });
    expect(thread.status).toBe('approved');
    expect(thread.comments.map((c) => [c.parentId, c.body, c.author, c.origin])).toEqual([
      [null, 'Please check the figures.', ACTOR, 'local'],
      [assessorCommentId, REPLY, 'reviewer-laptop', 'packet'],
    ]);
    // Same millisecond: found by text, not by position.
    const thread2 = getReview(project, { targetType: 'finding', targetId: changedSince.id }).comments;
    const question = thread2.find((c) => c.body === 'Which checkpoints?');
    const answer = thread2.find((c) => c.body === 'Mae Sot and Sadao.');
    expect(thread2).toHaveLength(2);
    expect(question?.parentId).toBeNull();
    expect(answer?.parentId).toBe(question?.id);
    expect(getReview(project, { targetType: 'narrative', targetId: 'executive_summary' }).comments).toHaveLength(1);
    expect(getReview(project, { targetType: 'finding', targetId: untouched.id }).comments).toEqual([]);
    // The decision on the record edited since waits: the assessor's status is kept.
    expect(status(changedSince)).toBe('ready');
    // Their comments show the reviewer's computer name, not its id.
    expect(project.read((db) => labelsOf(db, ['reviewer-laptop']).get('reviewer-laptop'))).toBe(REVIEWER_NAME);
  });

  it('keeps the conflict in the Review queue until it is resolved', () => {
    expect(reviewQueue(project).conflicts.map((c) => c.targetId)).toEqual([changedSince.id]);
  });

  it('changes nothing when the same packet is imported again', () => {
    const before = hash();
    expect(importReviewPacket(project, { passphrase: PACKET_PASSPHRASE }, packetPath)).toMatchObject({
      alreadyImported: true,
      comments: 0,
      decisions: 0,
      conflicts: [],
    });
    expect(hash()).toBe(before);
  });

  it('applies the reviewer decision when the user accepts the conflict', () => {
    const [conflict] = reviewQueue(project).conflicts;
    expect(resolveReviewConflict(project, { id: conflict!.id, resolution: 'accept' }).conflicts).toEqual([]);
    const state = getReview(project, { targetType: 'finding', targetId: changedSince.id });
    expect(state).toMatchObject({ status: 'changes_requested', reason: REASON });
    expect(reviewQueue(project).conflicts).toEqual([]);
    expect(codeOf(() => resolveReviewConflict(project, { id: conflict!.id, resolution: 'dismiss' }))).toBe('NOT_FOUND');
  });

  it('records the import in the audit trail without any comment text', () => {
    const events = project.read((db) =>
      db.prepare("SELECT action, details FROM audit_events WHERE action LIKE 'review.%'").all(),
    );
    const text = JSON.stringify(events);
    expect(text).toContain('review.packetImported');
    expect(text).toContain('review.conflictResolved');
    expect(text).not.toContain('annex 3');
    expect(text).not.toContain('checkpoints');
    expect(projectPath).toBe(project.path);
  });
});

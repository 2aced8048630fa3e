import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { mergeFromFile } from '../../../src/main/merge/merge';
import { listMergeConflicts, resolveMergeConflict } from '../../../src/main/merge/merge-conflicts';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createFinding, getFinding, updateFinding, type FindingCreateInput } from '../../../src/main/services/findings';
import { findingInput } from '../analysis/fixtures';
import { createInterview, createInterviews, deleteInterview, getInterview, updateInterview } from '../../../src/main/services/interviews';
import { writeReviewCopy } from '../../../src/main/services/review-copy';
import { search } from '../../../src/main/services/search';
import { interviewInput } from '../../helpers/interviews';
import { contentHash, makeProject, openRaw, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/project';
import { LATEST_FORMAT_VERSION } from '../../../src/main/project/migrations';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let dir: string;
let into: ProjectFile;
let from: ProjectFile;
let ids: string[];

function codeOf(error: unknown): string {
  return error instanceof AppError ? error.code : String(error);
}

function openConflicts(project: ProjectFile): { table_name: string; record_id: string; field: string; from_value: string }[] {
  return project.read((db) =>
    db.prepare("SELECT table_name, record_id, field, from_value FROM merge_conflicts WHERE status = 'open' ORDER BY record_id, field").all(),
  ) as never;
}

/** Two copies of one project: a.bmma (INTO, kept open) and b.bmma (FROM, edited, then closed). */
beforeEach(() => {
  dir = makeTempDir('merge');
  const base = makeProject(dir, 'a.bmma', { backupOnOpen: false });
  ids = [1, 2, 3, 4].map((n) => createInterview(base, interviewInput('official', { location: `Gate ${n}`, notes: `Notes ${n}` })).id);
  base.close();
  fs.copyFileSync(path.join(dir, 'a.bmma'), path.join(dir, 'b.bmma'));
  into = ProjectFile.open(path.join(dir, 'a.bmma'), PASSPHRASE, { actor: 'assessor-a' });
  from = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'assessor-b' });
});

afterEach(() => {
  if (into.isOpen) into.close();
  if (from.isOpen) from.close();
  removeTempDir(dir);
});

function mergeB() {
  if (from.isOpen) from.close();
  return mergeFromFile(into, path.join(dir, 'b.bmma'), PASSPHRASE);
}

describe('merging a copy of the project', () => {
  it('brings in a record added on the other side, searchable, and an edit made there only', () => {
    const added = createInterview(from, interviewInput('stakeholder', { notes: 'Mekong ferry queue observed' }));
    updateInterview(from, { id: ids[0]!, location: 'Mae Sot bridge' });
    const counts = mergeB();
    expect(counts).toEqual({ added: 1, updated: 1, conflicts: 0, pending: 0 });
    expect(getInterview(into, added.id).notes).toBe('Mekong ferry queue observed');
    expect(getInterview(into, ids[0]!).location).toBe('Mae Sot bridge');
    expect(search(into, { query: 'Mekong' }).hits.map((h) => h.id)).toEqual([added.id]);
    expect(into.checkIntegrity().ok).toBe(true);
  });

  it("copies a large batch (the rollback-journal path) without touching the other file, and stays in WAL mode", () => {
    const batch = Array.from({ length: 600 }, (_v, n) => interviewInput('official', { notes: `Batch note ${n} Khlong Yai` }));
    const theirs = createInterviews(from, batch as never);
    from.close();
    const fromFile = path.join(dir, 'b.bmma');
    const before = crypto.createHash('sha256').update(fs.readFileSync(fromFile)).digest('hex');
    expect(mergeB()).toMatchObject({ added: 600, conflicts: 0 });
    expect(crypto.createHash('sha256').update(fs.readFileSync(fromFile)).digest('hex')).toBe(before);
    expect(fs.existsSync(`${fromFile}-wal`)).toBe(false);
    expect(getInterview(into, theirs[599]!.id).notes).toBe('Batch note 599 Khlong Yai');
    expect(search(into, { query: `Khlong ${theirs[599]!.code}` }).hits.map((h) => h.id)).toEqual([theirs[599]!.id]);
    expect(into.read((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    expect(into.checkIntegrity().ok).toBe(true);
  });

  it('gives a record added on both sides under the same code the next free code, keeping both', () => {
    const ours = createInterview(into, interviewInput('official', { notes: 'Ours' }));
    const theirs = createInterview(from, interviewInput('official', { notes: 'Theirs' }));
    expect(theirs.code).toBe(ours.code);
    expect(mergeB()).toMatchObject({ added: 1, conflicts: 0 });
    const merged = getInterview(into, theirs.id);
    expect(merged.notes).toBe('Theirs');
    expect(merged.code).not.toBe(ours.code);
    expect(getInterview(into, ours.id).code).toBe(ours.code);
    // The counter moved past it: the next interview made here gets a code of its own.
    const next = createInterview(into, interviewInput('official'));
    expect([ours.code, merged.code]).not.toContain(next.code);
    expect(search(into, { query: merged.code }).hits.map((h) => h.id)).toContain(theirs.id);
    const after = into.read((db) => contentHash(db));
    expect(mergeB()).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(into.read((db) => contentHash(db))).toBe(after);
  });

  it('renumbers only the records whose code is taken here, not the ones coming after them', () => {
    const ours = [1, 2].map(() => createInterview(into, interviewInput('official')));
    const theirs = [1, 2, 3, 4].map(() => createInterview(from, interviewInput('official')));
    expect(theirs.slice(0, 2).map((t) => t.code)).toEqual(ours.map((o) => o.code));
    expect(mergeB()).toMatchObject({ added: 4, conflicts: 0 });
    const merged = theirs.map((t) => getInterview(into, t.id).code);
    // Their third and fourth keep their codes; the two clashing ones go past every code.
    expect(merged.slice(2)).toEqual(theirs.slice(2).map((t) => t.code));
    expect(new Set([...ours.map((o) => o.code), ...merged]).size).toBe(6);
  });

  it('parks a record whose place is taken (one live rating per indicator and scope) as a conflict, losing nothing', () => {
    const rate = (project: ProjectFile, value: number) =>
      project.write((ctx) => {
        const indicator = (ctx.db.prepare('SELECT id FROM indicators ORDER BY code LIMIT 1').get() as { id: string }).id;
        const id = crypto.randomUUID();
        ctx.db
          .prepare(
            `INSERT INTO ratings (id, indicator_id, scope_type, scope_code, value, confidence, rated_on, created_at, updated_at, updated_by)
             VALUES (?, ?, 'national', '', ?, 'high', '2026-03-01', ?, ?, ?)`,
          )
          .run(id, indicator, value, ctx.now, ctx.now, ctx.actor);
        ctx.audit('rating.created', 'rating', id, {});
        return id;
      });
    const ours = rate(into, 2);
    const theirs = rate(from, 3);
    expect(mergeB()).toMatchObject({ added: 1, conflicts: 1, pending: 1 });
    const ratings = into.read((db) => db.prepare('SELECT id, value, deleted FROM ratings ORDER BY value').all());
    expect(ratings).toEqual([
      { id: ours, value: 2, deleted: 0 },
      { id: theirs, value: 3, deleted: 1 },
    ]);
    expect(openConflicts(into)).toEqual([{ table_name: 'ratings', record_id: theirs, field: 'deleted', from_value: '0' }]);
    expect(mergeB()).toMatchObject({ added: 0, updated: 0, conflicts: 0, pending: 1 });
    // Taking theirs: their rating becomes the live one, ours a tombstone.
    const [conflict] = listMergeConflicts(into).conflicts;
    expect(resolveMergeConflict(into, { id: conflict!.id, choice: 'take' })).toEqual({ pending: 0 });
    expect(into.read((db) => db.prepare('SELECT id, deleted FROM ratings ORDER BY value').all())).toEqual([
      { id: ours, deleted: 1 },
      { id: theirs, deleted: 0 },
    ]);
  });

  it('keeps this file\'s own edits when the other side did not touch the record', () => {
    updateInterview(into, { id: ids[0]!, location: 'Ours' });
    expect(mergeB()).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(getInterview(into, ids[0]!).location).toBe('Ours');
  });

  it('reports a conflict when both sides changed the same field to different values, keeping ours meanwhile', () => {
    updateInterview(into, { id: ids[1]!, location: 'Gate A' });
    updateInterview(from, { id: ids[1]!, location: 'Gate B' });
    expect(mergeB()).toMatchObject({ conflicts: 1, pending: 1 });
    expect(getInterview(into, ids[1]!).location).toBe('Gate A');
    expect(openConflicts(into)).toEqual([
      { table_name: 'interviews', record_id: ids[1], field: 'location', from_value: JSON.stringify('Gate B') },
    ]);
  });

  it('keeps both sides when they changed different fields of one record', () => {
    updateInterview(into, { id: ids[2]!, location: 'Changed here' });
    updateInterview(from, { id: ids[2]!, notes: 'Changed there' });
    expect(mergeB()).toMatchObject({ updated: 1, conflicts: 0 });
    const merged = getInterview(into, ids[2]!);
    expect([merged.location, merged.notes]).toEqual(['Changed here', 'Changed there']);
  });

  it('reports a conflict when one side deleted a record the other edited', () => {
    updateInterview(into, { id: ids[3]!, location: 'Edited here' });
    deleteInterview(from, ids[3]!);
    const counts = mergeB();
    expect(counts.conflicts).toBeGreaterThanOrEqual(1);
    expect(openConflicts(into).map((c) => c.field)).toContain('deleted');
    expect(getInterview(into, ids[3]!).location).toBe('Edited here');
  });

  it('takes a deletion made on the other side only', () => {
    deleteInterview(from, ids[0]!);
    expect(mergeB()).toMatchObject({ updated: 1, conflicts: 0 });
    expect(codeOf((() => { try { getInterview(into, ids[0]!); return null; } catch (e) { return e; } })())).toBe('NOT_FOUND');
  });

  it('changes nothing when the same file is imported twice', () => {
    createInterview(from, interviewInput('migrant'));
    updateInterview(into, { id: ids[1]!, location: 'Gate A' });
    updateInterview(from, { id: ids[1]!, location: 'Gate B' });
    mergeB();
    const after = into.read((db) => contentHash(db));
    expect(mergeB()).toEqual({ added: 0, updated: 0, conflicts: 0, pending: 1 });
    expect(into.read((db) => contentHash(db))).toBe(after);
  });

  it('merges later edits of the same file since they last met, without raising old conflicts again', () => {
    updateInterview(from, { id: ids[0]!, location: 'First' });
    mergeB();
    updateInterview(into, { id: ids[0]!, location: 'Ours after' });
    from = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'assessor-b' });
    updateInterview(from, { id: ids[1]!, notes: 'Later there' });
    expect(mergeB()).toMatchObject({ updated: 1, conflicts: 0 });
    expect(getInterview(into, ids[0]!).location).toBe('Ours after');
    expect(getInterview(into, ids[1]!).notes).toBe('Later there');
  });

  it('audits the merge with counts and the other file\'s head, never values', () => {
    updateInterview(from, { id: ids[0]!, location: 'Secret-ish place' });
    mergeB();
    const events = into.read((db) =>
      db.prepare("SELECT details FROM audit_events WHERE action = 'merge.completed'").all(),
    ) as { details: string }[];
    expect(events).toHaveLength(1);
    const details = JSON.parse(events[0]!.details) as Record<string, unknown>;
    expect(details).toMatchObject({ added: 0, updated: 1, conflicts: 0 });
    expect(details['fromAuditHead']).toMatch(/^[0-9a-f]{64}$/);
    expect(events[0]!.details).not.toContain('Secret-ish');
    expect(into.verifyAudit().ok).toBe(true);
  });
});

describe('conflicts as the user reads them', () => {
  it('names the record a set of child rows belongs to (a finding for its evidence links), with its code', () => {
    const finding = createFinding(into, findingInput() as FindingCreateInput);
    into.read((db) =>
      db
        .prepare(
          `INSERT INTO merge_conflicts (id, table_name, record_id, field, into_value, from_value, status, created_at)
           VALUES (?, 'evidence_links', ?, '@evidence_links', '[]', '[]', 'open', ?)`,
        )
        .run(crypto.randomUUID(), finding.id, new Date().toISOString()),
    );
    const [conflict] = listMergeConflicts(into).conflicts;
    expect(conflict).toMatchObject({ table: 'evidence_links', recordTable: 'findings', recordCode: finding.code });
  });
});

describe("a finding's evidence links (a set of rows following their finding)", () => {
  let findingId: string;

  /** The finding, citing two interviews, is in both copies before either side edits it. */
  beforeEach(() => {
    findingId = createFinding(
      into,
      findingInput({ evidence: [{ kind: 'interview', id: ids[0]! }, { kind: 'interview', id: ids[1]! }] }) as FindingCreateInput,
    ).id;
    into.close();
    from.close();
    fs.copyFileSync(path.join(dir, 'a.bmma'), path.join(dir, 'b.bmma'));
    into = ProjectFile.open(path.join(dir, 'a.bmma'), PASSPHRASE, { actor: 'assessor-a' });
    from = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'assessor-b' });
  });

  const cited = (project: ProjectFile) =>
    getFinding(project, findingId)
      .evidence.map((link) => link.id)
      .sort();
  const setEvidence = (project: ProjectFile, ...interviews: number[]) =>
    updateFinding(project, { id: findingId, evidence: interviews.map((n) => ({ kind: 'interview' as const, id: ids[n]! })) });

  it('stay removed when this side removed them all and the other side left the finding alone', () => {
    setEvidence(into);
    expect(mergeB()).toMatchObject({ added: 0, conflicts: 0, pending: 0 });
    expect(cited(into)).toEqual([]);
  });

  it('stay as this side left them when the other side edited only the statement', () => {
    setEvidence(into, 1);
    updateFinding(from, { id: findingId, statement: { en: 'Edited there', th: 'แก้ไขที่อีกเครื่อง' } });
    expect(mergeB()).toMatchObject({ updated: 1, conflicts: 0, pending: 0 });
    expect(cited(into)).toEqual([ids[1]!]);
    expect(getFinding(into, findingId).statement.en).toBe('Edited there');
  });

  it('follow the other side when only it changed them, down to none', () => {
    setEvidence(from);
    expect(mergeB()).toMatchObject({ updated: 1, conflicts: 0 });
    expect(cited(into)).toEqual([]);
  });

  it('are no conflict when both sides chose the same evidence, and a conflict when they chose differently', () => {
    setEvidence(into, 2);
    setEvidence(from, 2);
    expect(mergeB()).toMatchObject({ conflicts: 0, pending: 0 });
    expect(cited(into)).toEqual([ids[2]!]);
    from = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'assessor-b' });
    setEvidence(into, 3);
    setEvidence(from, 0, 3);
    expect(mergeB()).toMatchObject({ conflicts: 1, pending: 1 });
    expect(cited(into)).toEqual([ids[3]!]);
    const [conflict] = listMergeConflicts(into).conflicts;
    expect(conflict).toMatchObject({ table: 'evidence_links', recordTable: 'findings' });
    expect(resolveMergeConflict(into, { id: conflict!.id, choice: 'take' })).toEqual({ pending: 0 });
    expect(cited(into)).toEqual([ids[0]!, ids[3]!].sort());
  });
});

describe('refusing a merge, changing nothing', () => {
  it('refuses the file itself', () => {
    const before = into.read((db) => contentHash(db));
    let error: unknown;
    try {
      mergeFromFile(into, path.join(dir, 'a.bmma'), PASSPHRASE);
    } catch (e) {
      error = e;
    }
    expect(codeOf(error)).toBe('MERGE_SAME_FILE');
    expect(into.read((db) => contentHash(db))).toBe(before);
  });

  it('refuses a file of another project', () => {
    makeProject(dir, 'other.bmma', { backupOnOpen: false }).close();
    const before = into.read((db) => contentHash(db));
    let error: unknown;
    try {
      mergeFromFile(into, path.join(dir, 'other.bmma'), PASSPHRASE);
    } catch (e) {
      error = e;
    }
    expect(codeOf(error)).toBe('MERGE_OTHER_PROJECT');
    expect(into.read((db) => contentHash(db))).toBe(before);
  });

  it('refuses a review copy as the other file and as the open one', () => {
    // A review copy carries the project's id but leaves restricted records out: merging it
    // would read their absence as deletions. Refused both ways with the same clear message.
    createInterview(from, interviewInput('migrant', { notes: 'Only in B' }));
    const copy = path.join(dir, 'b-review-copy.bmma');
    writeReviewCopy(from, copy, { maxSensitivity: 'internal', passphrase: OTHER_PASSPHRASE });
    from.close();
    const before = into.read((db) => contentHash(db));
    let error: unknown;
    try {
      mergeFromFile(into, copy, OTHER_PASSPHRASE);
    } catch (e) {
      error = e;
    }
    expect(codeOf(error)).toBe('MERGE_REVIEW_COPY');
    expect(into.read((db) => contentHash(db))).toBe(before);
    expect(listMergeConflicts(into).conflicts).toHaveLength(0);

    const reviewer = ProjectFile.open(copy, OTHER_PASSPHRASE, { actor: 'reviewer' });
    try {
      const copyBefore = reviewer.read((db) => contentHash(db));
      error = undefined;
      try {
        mergeFromFile(reviewer, path.join(dir, 'b.bmma'), PASSPHRASE);
      } catch (e) {
        error = e;
      }
      expect(codeOf(error)).toBe('MERGE_REVIEW_COPY');
      expect(reviewer.read((db) => contentHash(db))).toBe(copyBefore);
    } finally {
      reviewer.close();
    }
  });

  it('refuses a wrong passphrase for the other file', () => {
    createInterview(from, interviewInput('migrant'));
    from.close();
    const before = into.read((db) => contentHash(db));
    let error: unknown;
    try {
      mergeFromFile(into, path.join(dir, 'b.bmma'), OTHER_PASSPHRASE);
    } catch (e) {
      error = e;
    }
    expect(codeOf(error)).toBe('WRONG_PASSPHRASE');
    expect(into.read((db) => contentHash(db))).toBe(before);
  });
});



describe('formats of the other file', () => {
  it('merges from an older format through a migrated temporary copy, leaving the file itself as it was', () => {
    const added = createInterview(from, interviewInput('stakeholder', { notes: 'From an older version' }));
    from.close();
    // Format 14: the file as the previous version left it (no merge tables, no device names yet).
    const raw = openRaw(path.join(dir, 'b.bmma'));
    raw.exec('DROP TABLE merge_conflicts; DROP TABLE merge_bases; DROP TABLE device_labels;');
    raw.pragma('user_version = 14');
    raw.close();
    const before = fs.readFileSync(path.join(dir, 'b.bmma'));
    expect(mergeFromFile(into, path.join(dir, 'b.bmma'), PASSPHRASE)).toMatchObject({ added: 1, conflicts: 0 });
    expect(getInterview(into, added.id).notes).toBe('From an older version');
    expect(fs.readFileSync(path.join(dir, 'b.bmma')).equals(before)).toBe(true);
  });

  it('refuses a newer format, changing nothing', () => {
    from.close();
    const raw = openRaw(path.join(dir, 'b.bmma'));
    raw.pragma(`user_version = ${LATEST_FORMAT_VERSION + 1}`);
    raw.close();
    const before = into.read((db) => contentHash(db));
    let error: unknown;
    try {
      mergeFromFile(into, path.join(dir, 'b.bmma'), PASSPHRASE);
    } catch (e) {
      error = e;
    }
    expect(codeOf(error)).toBe('NEWER_FORMAT');
    expect(into.read((db) => contentHash(db))).toBe(before);
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';
import { LATEST_FORMAT_VERSION } from '../project/migrations';
import { ProjectFile, type WriteContext } from '../project/project-file';
import { readChain, meetingPoint } from './merge-points';
import { planMerge, type MergePlan } from './merge-plan';
import { indexedBodies, reindexMerged, searchKindOf } from './merge-search';
import { attachFrom, copyIndexEntries, copyRows, detachFrom, sourceRow } from './merge-copy';
import { mergeTable } from './tables';
import { CodeNumbers, dropTakenCode, insertFromOther } from './merge-codes';
import { insertRow, keyText, quoteId, toJson, updateRow } from './merge-values';

/**
 * Merging another assessor's copy of the project (FROM) into the open one (INTO), issue 6.
 * FROM is only read. Planning reads both files; applying is one transaction on INTO with
 * foreign keys checked at the commit (a child may arrive before its parent's change). Nothing
 * is written when FROM brings nothing new since the two last met, so importing the same file
 * twice changes nothing.
 */

export interface MergeCounts {
  added: number;
  updated: number;
  /** Conflicts this merge found. */
  conflicts: number;
  /** Conflicts waiting for the user in INTO after the merge (this merge's and earlier ones). */
  pending: number;
}

function projectId(db: Db): string {
  const row = db.prepare('SELECT id FROM project ORDER BY created_at LIMIT 1').get() as { id: string } | undefined;
  if (!row) throw new AppError('NOT_A_PROJECT', undefined, { reason: 'no-project-record' });
  return row.id;
}

/** From this many records on, the merge is written through the rollback journal (ProjectFile.write bulk). */
const BULK_RECORDS = 500;

function pendingConflicts(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM merge_conflicts WHERE status = 'open'").get() as { n: number }).n;
}

function sameFile(a: string, b: string): boolean {
  try {
    if (fs.realpathSync(a) === fs.realpathSync(b)) return true;
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** Merges FROM (an open project file of the current format) into INTO. */
export function mergeProjects(into: ProjectFile, from: ProjectFile, passphrase: string): MergeCounts {
  if (sameFile(into.path, from.path)) throw new AppError('MERGE_SAME_FILE');
  // A review copy lacks restricted records (their absence would read as deletions) and is
  // read-only; what a reviewer adds comes back as a review packet instead.
  if (into.isReviewCopy || from.isReviewCopy) throw new AppError('MERGE_REVIEW_COPY');
  if (into.readOnly) throw new AppError('READ_ONLY');
  if (from.formatVersion > LATEST_FORMAT_VERSION) {
    throw new AppError('NEWER_FORMAT', undefined, { fileVersion: from.formatVersion, appVersion: LATEST_FORMAT_VERSION });
  }
  const planned = into.read((intoDb) =>
    from.read((fromDb) => {
      const id = projectId(intoDb);
      if (projectId(fromDb) !== id) throw new AppError('MERGE_OTHER_PROJECT');
      const intoChain = readChain(intoDb);
      const fromChain = readChain(fromDb);
      const point = meetingPoint(intoDb, intoChain, fromChain);
      const head = fromChain[fromChain.length - 1];
      const plan = planMerge(intoDb, fromDb, intoChain, fromChain, point);
      const newConflicts = plan.conflicts.filter((c) => !sameOpenConflict(intoDb, c));
      const atHead = head !== undefined && point.fromIndex === fromChain.length - 1;
      const inserted = new Set(plan.inserts.map((i) => `${i.table}\u0000${String(i.row['id'])}`));
      const bodies = indexedBodies(fromDb, plan.takenWhole.filter((t) => !inserted.has(`${t.table}\u0000${t.id}`)));
      return { id, plan, head, atHead, bodies, newConflicts: newConflicts.length };
    }),
  );
  const { plan, head } = planned;
  const nothingNew = plan.inserts.length + plan.updates.length + plan.setReplacements.length + plan.setAdditions.length === 0;
  if (nothingNew && planned.newConflicts === 0 && planned.atHead) {
    return { added: 0, updated: 0, conflicts: 0, pending: into.read(pendingConflicts) };
  }
  into.read((db) => attachFrom(db, from.path, passphrase));
  try {
    const bulk = plan.inserts.length + plan.updates.length >= BULK_RECORDS;
    return into.write((ctx) => applyAndRecord(ctx), { deferred: true, bulk });
  } finally {
    into.read(detachFrom);
  }

  function applyAndRecord(ctx: WriteContext): MergeCounts {
    const { renumbered, parked } = applyPlan(ctx.db, plan, ctx.now, new Map(planned.bodies));
    const conflicts = planned.newConflicts + parked;
    const fromHash = head
      ? (from.read((db) => db.prepare('SELECT hash FROM audit_events WHERE id = ?').get(head.id)) as { hash: string }).hash
      : '';
    // Counts and FROM's head (hash and event id) only: never a value of any record.
    ctx.audit('merge.completed', 'project', planned.id, {
      added: plan.added,
      renumbered,
      updated: plan.updated,
      conflicts,
      fromAuditHead: fromHash || null,
      fromAuditEvent: head?.id ?? null,
    });
    const seq = (ctx.db.prepare('SELECT max(seq) AS seq FROM audit_events').get() as { seq: number }).seq;
    ctx.db
      .prepare('INSERT INTO merge_bases (id, from_event_id, from_hash, into_seq, merged_at) VALUES (?, ?, ?, ?, ?)')
      .run(crypto.randomUUID(), head?.id ?? '', fromHash, seq, ctx.now);
    return { added: plan.added, updated: plan.updated, conflicts, pending: pendingConflicts(ctx.db) };
  }
}

function sameOpenConflict(db: Db, c: MergePlan['conflicts'][number]): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM merge_conflicts WHERE status = 'open' AND table_name = ? AND record_id = ? AND field = ?
           AND into_value = ? AND from_value = ?`,
      )
      .get(c.table, c.recordId, c.field, c.intoValue, c.fromValue) !== undefined
  );
}

/** Applies the plan; answers how many incoming records got a new code or came in parked. */
function applyPlan(
  db: Db,
  plan: MergePlan,
  now: string,
  bodies: Map<string, string | null>,
): { renumbered: number; parked: number } {
  db.pragma('defer_foreign_keys = ON');
  let renumbered = 0;
  let parked = 0;
  const codes = new CodeNumbers(db, plan.inserts);
  // Records copied exactly as FROM has them: their search entries come from FROM's index.
  const asIs = new Map<string, string[]>();
  for (const [table, items] of groupByTable(plan.inserts)) {
    const key = mergeTableKey(table);
    const { columns } = items[0]!;
    const ids = items.map((item) => String(item.row['id']));
    if (key.length === 1 && key[0] === 'id' && copyRows(db, table, columns, ids)) {
      asIs.set(table, ids);
      continue;
    }
    const copied: string[] = [];
    for (const item of items) {
      const row = sourceRow(db, table, key, item.row);
      const outcome = insertFromOther(db, codes, table, columns, row);
      if (outcome === 'inserted') {
        copied.push(keyText(row, key));
        continue;
      }
      if (outcome === 'renumbered') renumbered += 1;
      else {
        parked += 1;
        plan.conflicts.push({ table, recordId: keyText(row, key), field: 'deleted', intoValue: toJson(1), fromValue: toJson(0) });
      }
    }
    asIs.set(table, copied);
  }
  for (const { table, row, set } of plan.updates) {
    dropTakenCode(db, table.name, row['id'], set);
    updateRow(db, table.name, table.key, table.key.map((k) => row[k]), set);
  }
  for (const { table, columns, parentId, rows } of plan.setReplacements) {
    db.prepare(`DELETE FROM ${quoteId(table.name)} WHERE ${quoteId(table.parentColumn)} = ?`).run(parentId);
    for (const row of rows) insertRow(db, table.name, columns, row);
  }
  for (const { table, columns, rows } of plan.setAdditions) for (const row of rows) insertRow(db, table.name, columns, row);
  for (const c of plan.conflicts) {
    // One open conflict per field: a newer merge replaces the values shown side by side.
    const updated = db
      .prepare(
        `UPDATE merge_conflicts SET into_value = ?, from_value = ?, created_at = ?
         WHERE status = 'open' AND table_name = ? AND record_id = ? AND field = ?`,
      )
      .run(c.intoValue, c.fromValue, now, c.table, c.recordId, c.field);
    if (updated.changes === 0) {
      db.prepare(
        `INSERT INTO merge_conflicts (id, table_name, record_id, field, into_value, from_value, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'open', ?)`,
      ).run(crypto.randomUUID(), c.table, c.recordId, c.field, c.intoValue, c.fromValue, now);
    }
  }
  const indexed = new Set<string>();
  for (const [table, ids] of asIs) {
    const kind = searchKindOf(table);
    if (!kind || ids.length === 0) continue;
    copyIndexEntries(db, kind, ids);
    for (const id of ids) indexed.add(id);
  }
  reindexMerged(db, plan.touched, bodies, indexed);
  return { renumbered, parked };
}

function groupByTable(inserts: MergePlan['inserts']): Map<string, MergePlan['inserts']> {
  const groups = new Map<string, MergePlan['inserts']>();
  for (const item of inserts) {
    const group = groups.get(item.table);
    if (group) group.push(item);
    else groups.set(item.table, [item]);
  }
  return groups;
}

function mergeTableKey(name: string): readonly string[] {
  const table = mergeTable(name);
  return table && table.kind !== 'skip' ? table.key : ['id'];
}

/**
 * Opens FROM for a merge and runs it: refused when it is INTO itself; a file of an older
 * format is copied to a private temporary folder and opened there (which migrates the copy,
 * never the assessor's file); a newer format is refused by the open (NEWER_FORMAT).
 */
export function mergeFromFile(into: ProjectFile, fromPath: string, passphrase: string): MergeCounts {
  if (sameFile(into.path, fromPath)) throw new AppError('MERGE_SAME_FILE');
  const options = { actor: into.actor, now: () => into.now() };
  const from = ProjectFile.open(fromPath, passphrase, { ...options, readOnly: true });
  if (from.formatVersion === LATEST_FORMAT_VERSION) {
    try {
      return mergeProjects(into, from, passphrase);
    } finally {
      from.close();
    }
  }
  from.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-merge-'));
  try {
    fs.chmodSync(dir, 0o700);
    const copy = path.join(dir, 'from.bmma');
    fs.copyFileSync(fromPath, copy);
    if (fs.existsSync(`${fromPath}-wal`)) fs.copyFileSync(`${fromPath}-wal`, `${copy}-wal`);
    // Opening writable migrates the copy; it is then reopened read-only, as FROM always is,
    // because a writable open holds the file exclusively and the merge attaches it.
    ProjectFile.open(copy, passphrase, options).close();
    const migrated = ProjectFile.open(copy, passphrase, { ...options, readOnly: true });
    try {
      return mergeProjects(into, migrated, passphrase);
    } finally {
      migrated.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

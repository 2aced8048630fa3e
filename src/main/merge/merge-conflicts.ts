import { AppError } from '../../shared/errors';
import { mergeResolveInput, type MergeConflict } from '../../shared/merge';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { parseInput } from '../services/records';
import { reindexMerged } from './merge-search';
import { fromJson, insertRow, keyValues, quoteId, updateRow, type Row } from './merge-values';
import { mergeTable } from './tables';

/**
 * The conflicts a merge left for the user (issue 6), resolved field by field: keep this file's
 * value, or take the other assessor's. Taking writes the value into the record (or replaces the
 * set of child rows) with a new updated_at, so the next merge sees it as this file's change.
 */

interface ConflictRow {
  id: string;
  table_name: string;
  record_id: string;
  field: string;
  into_value: string;
  from_value: string;
}

function display(json: string): string {
  const value = fromJson(json);
  if (typeof value === 'string') return value;
  return JSON.stringify(value, (_k, v: unknown) => (Buffer.isBuffer(v) ? `[${v.length} bytes]` : v));
}

function codeOf(db: Db, table: string, id: string): string | null {
  const entry = mergeTable(table);
  if (!entry || entry.kind !== 'record' || entry.key.length !== 1) return null;
  const hasCode = db.prepare("SELECT 1 FROM pragma_table_info(?) WHERE name = 'code'").get(table);
  if (!hasCode) return null;
  const row = db.prepare(`SELECT code FROM ${quoteId(table)} WHERE id = ?`).get(id) as { code: string } | undefined;
  return row?.code ?? null;
}

/** The record a conflict is about: for a set of child rows, the parent record holding them. */
function ownerOf(db: Db, table: string, id: string): { recordTable: string; recordCode: string | null } {
  const entry = mergeTable(table);
  if (entry?.kind === 'set') {
    for (const parent of entry.parents) {
      const exists = db.prepare(`SELECT 1 FROM ${quoteId(parent)} WHERE id = ?`).get(id);
      if (exists) return { recordTable: parent, recordCode: codeOf(db, parent, id) };
    }
  }
  return { recordTable: table, recordCode: codeOf(db, table, id) };
}

export function listMergeConflicts(project: ProjectFile): { conflicts: MergeConflict[] } {
  return project.read((db) => {
    const rows = db
      .prepare(
        "SELECT id, table_name, record_id, field, into_value, from_value FROM merge_conflicts WHERE status = 'open' ORDER BY created_at, table_name, record_id, field",
      )
      .all() as ConflictRow[];
    return {
      conflicts: rows.map((r) => ({
        id: r.id,
        table: r.table_name,
        recordId: r.record_id,
        ...ownerOf(db, r.table_name, r.record_id),
        field: r.field,
        intoValue: display(r.into_value),
        fromValue: display(r.from_value),
      })),
    };
  });
}

/**
 * Taking back a record parked as a tombstone (its place was held by a live record: one rating
 * per indicator and scope...): the live record holding that place is tombstoned, as the user
 * chose the other assessor's. The places are the table's unique indexes over live rows.
 */
function tombstoneRivals(db: Db, table: string, id: string, now: string, actor: string): void {
  const row = db.prepare(`SELECT * FROM ${quoteId(table)} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) return;
  const indexes = db.prepare(`PRAGMA index_list(${quoteId(table)})`).all() as { name: string; unique: number; partial: number }[];
  for (const index of indexes.filter((i) => i.unique === 1 && i.partial === 1)) {
    const columns = (db.prepare(`PRAGMA index_info(${quoteId(index.name)})`).all() as { name: string | null }[]).map((c) => c.name);
    if (columns.length === 0 || columns.some((c) => c === null)) continue;
    const where = (columns as string[]).map((c) => `${quoteId(c)} IS ?`).join(' AND ');
    db.prepare(
      `UPDATE ${quoteId(table)} SET deleted = 1, updated_at = ?, updated_by = ? WHERE deleted = 0 AND id <> ? AND ${where}`,
    ).run(now, actor, id, ...(columns as string[]).map((c) => row[c]));
  }
}

function pending(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM merge_conflicts WHERE status = 'open'").get() as { n: number }).n;
}

export function resolveMergeConflict(project: ProjectFile, input: unknown): { pending: number } {
  const { id, choice } = parseInput(mergeResolveInput, input);
  return project.write((ctx) => {
    const row = ctx.db.prepare("SELECT * FROM merge_conflicts WHERE id = ? AND status = 'open'").get(id) as
      | ConflictRow
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', undefined, { entity: 'mergeConflict' });
    const table = mergeTable(row.table_name);
    if (!table || table.kind === 'skip') throw new AppError('NOT_FOUND', undefined, { entity: 'mergeConflict' });
    if (choice === 'take') {
      if (table.kind === 'set') {
        const rows = fromJson(row.from_value) as Row[];
        ctx.db.prepare(`DELETE FROM ${quoteId(table.name)} WHERE ${quoteId(table.parentColumn)} = ?`).run(row.record_id);
        ctx.db.pragma('defer_foreign_keys = ON');
        for (const r of rows) insertRow(ctx.db, table.name, Object.keys(r), r);
      } else {
        if (row.field === 'deleted' && fromJson(row.from_value) === 0 && table.key.length === 1) {
          tombstoneRivals(ctx.db, table.name, row.record_id, ctx.now, ctx.actor);
        }
        const set: Row = { [row.field]: fromJson(row.from_value) };
        set['updated_at'] = ctx.now;
        set['updated_by'] = ctx.actor;
        updateRow(ctx.db, table.name, table.key, keyValues(row.record_id, table.key), set);
        reindexMerged(ctx.db, [{ table: table.name, id: row.record_id }]);
      }
    }
    ctx.db
      .prepare('UPDATE merge_conflicts SET status = ?, resolved_at = ? WHERE id = ?')
      .run(choice === 'take' ? 'taken' : 'kept', ctx.now, id);
    ctx.audit('merge.conflictResolved', 'mergeConflict', id, { table: table.name, field: row.field, choice });
    return { pending: pending(ctx.db) };
  });
}

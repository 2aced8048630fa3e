import { isSqliteCode } from '../project/sqlite-errors';
import type { Db } from '../project/cipher';
import { prepared } from '../services/statement-cache';
import { insertRow, quoteId, type Row } from './merge-values';

/**
 * Record codes (KII-OFF-017, SV-2026-01, F-1.2-03...) are numbered by each file's own counter,
 * so two assessors adding records of one kind give different records the same code. The record
 * from FROM then takes the next free number of that code's prefix in INTO (the counter in
 * `meta`, if the prefix has one, is moved past it so the services never hand it out again).
 * Its id, and so everything linked to it, stays the same.
 */

/**
 * Free codes for records coming from FROM, per table and code prefix: past every code INTO holds
 * and every code FROM brings in this merge (so a renumbered record never takes the code of one
 * still to come, which would then clash in turn), and past the prefix's counter in `meta`.
 */
export class CodeNumbers {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly incoming: readonly { table: string; row: Row }[],
  ) {}

  take(table: string, code: string): string {
    const match = /^(.*?)(\d+)$/.exec(code);
    const prefix = match ? match[1]! : `${code}-`;
    const width = match ? match[2]!.length : 2;
    const counterKey = `code-counter:${prefix.replace(/-$/, '')}`;
    const key = `${table}\u0000${prefix}`;
    let next = this.next.get(key);
    if (next === undefined) {
      const taken = this.db
        .prepare(`SELECT code FROM ${quoteId(table)} WHERE substr(code, 1, ?) = ?`)
        .all(prefix.length, prefix) as { code: string }[];
      const codes = [
        ...taken.map((r) => r.code),
        ...this.incoming.filter((i) => i.table === table && typeof i.row['code'] === 'string').map((i) => i.row['code'] as string),
      ];
      let highest = 0;
      for (const other of codes) {
        if (!other.startsWith(prefix)) continue;
        const rest = other.slice(prefix.length);
        if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
      }
      const counter = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(counterKey) as { value: string } | undefined;
      if (counter) highest = Math.max(highest, Number(counter.value) || 0);
      next = highest + 1;
    }
    this.next.set(key, next + 1);
    this.db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(String(next), counterKey);
    return `${prefix}${String(next).padStart(width, '0')}`;
  }
}

/**
 * Inserts a row from FROM: 'renumbered' when its code had to change; 'parked' when another
 * live record holds its place in a one-live-per-... rule (one rating per indicator and scope,
 * one narrative per section and language...): it comes in as a tombstone, nothing lost, and
 * the caller lists it as a conflict on 'deleted' for the user to choose.
 */
export function insertFromOther(
  db: Db,
  codes: CodeNumbers,
  table: string,
  columns: readonly string[],
  row: Row,
): 'inserted' | 'renumbered' | 'parked' {
  try {
    insertRow(db, table, columns, row);
    return 'inserted';
  } catch (error) {
    if (!isSqliteCode(error, 'SQLITE_CONSTRAINT')) throw error;
    const code = row['code'];
    const clash =
      typeof code === 'string' &&
      prepared(db, `SELECT 1 FROM ${quoteId(table)} WHERE code = ? AND id <> ?`).get(code, row['id']) !== undefined;
    let next = clash ? { ...row, code: codes.take(table, code) } : row;
    try {
      insertRow(db, table, columns, next);
      return 'renumbered';
    } catch (again) {
      if (!isSqliteCode(again, 'SQLITE_CONSTRAINT') || row['deleted'] !== 0 || !columns.includes('deleted')) throw again;
      next = { ...next, deleted: 1 };
      insertRow(db, table, columns, next);
      return 'parked';
    }
  }
}

/** A code FROM changed is not taken when another record in INTO holds it (renumbered earlier). */
export function dropTakenCode(db: Db, table: string, id: unknown, set: Row): void {
  if (typeof set['code'] !== 'string') return;
  const hasCode = prepared(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = 'code'").get(table);
  if (!hasCode) return;
  const clash = prepared(db, `SELECT 1 FROM ${quoteId(table)} WHERE code = ? AND id <> ?`).get(set['code'], id);
  if (clash) delete set['code'];
}

import type { Db } from '../project/cipher';
import { prepared } from '../services/statement-cache';

/** One row as better-sqlite3 returns it. */
export type Row = Record<string, unknown>;

export const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  return a === b || (a == null && b == null);
}

/** A record's key as text: the id, or a JSON array for a composite key. */
export function keyText(row: Row, key: readonly string[]): string {
  return key.length === 1 ? String(row[key[0]!]) : JSON.stringify(key.map((k) => row[k]));
}

/** The key values back from keyText (for a stored conflict). */
export function keyValues(text: string, key: readonly string[]): unknown[] {
  return key.length === 1 ? [text] : (JSON.parse(text) as unknown[]);
}

/** JSON for conflict storage: blobs as { $base64 }. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { type?: unknown }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data)) {
      return { $base64: Buffer.from((v as { data: number[] }).data).toString('base64') };
    }
    return v;
  });
}

export function fromJson(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) =>
    v && typeof v === 'object' && typeof (v as { $base64?: unknown }).$base64 === 'string'
      ? Buffer.from((v as { $base64: string }).$base64, 'base64')
      : v,
  );
}

export function columnsOf(db: Db, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((r) => r.name);
}

export function allRows(db: Db, table: string): Row[] {
  return db.prepare(`SELECT * FROM ${quoteId(table)}`).all() as Row[];
}

/** Key columns, code and updated_at (when the table has them) of every row: enough to plan by. */
export function metaRows(db: Db, table: { name: string; key: readonly string[] }, columns: ReadonlySet<string>): Row[] {
  const wanted = [...table.key, ...['code', 'updated_at'].filter((c) => columns.has(c) && !table.key.includes(c))];
  return db.prepare(`SELECT ${wanted.map(quoteId).join(', ')} FROM ${quoteId(table.name)}`).all() as Row[];
}

/**
 * Whole rows by key, for `count` rows of a table: looked up one by one when few are wanted, or
 * read in one scan when many are (a scan reads each page once; lookups pay an index seek each).
 * The lookup throws for a key the table does not hold (the caller read the keys from it).
 */
export function wholeRows(
  db: Db,
  table: { name: string; key: readonly string[] },
  count: number,
): (keyRow: Row) => Row {
  const total = (db.prepare(`SELECT count(*) AS n FROM ${quoteId(table.name)}`).get() as { n: number }).n;
  const missing = (keyRow: Row): never => {
    throw new Error(`merge: ${table.name} row ${keyText(keyRow, table.key)} vanished while planning`);
  };
  if (count * 2 >= total) {
    const rows = new Map(allRows(db, table.name).map((row) => [keyText(row, table.key), row]));
    return (keyRow) => rows.get(keyText(keyRow, table.key)) ?? missing(keyRow);
  }
  const select = db.prepare(
    `SELECT * FROM ${quoteId(table.name)} WHERE ${table.key.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`,
  );
  return (keyRow) => (select.get(...table.key.map((k) => keyRow[k])) as Row | undefined) ?? missing(keyRow);
}

/** INSERT statements by table and column list (one list per table in a plan): built once, not per row. */
const insertSql = new WeakMap<readonly string[], Map<string, string>>();

export function insertRow(db: Db, table: string, columns: readonly string[], row: Row): void {
  let byTable = insertSql.get(columns);
  if (!byTable) insertSql.set(columns, (byTable = new Map()));
  let sql = byTable.get(table);
  if (sql === undefined) {
    sql = `INSERT INTO ${quoteId(table)} (${columns.map(quoteId).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    byTable.set(table, sql);
  }
  prepared(db, sql).run(...columns.map((c) => row[c] ?? null));
}

export function updateRow(db: Db, table: string, key: readonly string[], keyVals: readonly unknown[], set: Row): void {
  const columns = Object.keys(set);
  if (columns.length === 0) return;
  prepared(
    db,
    `UPDATE ${quoteId(table)} SET ${columns.map((c) => `${quoteId(c)} = ?`).join(', ')}
     WHERE ${key.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`,
  ).run(...columns.map((c) => set[c] ?? null), ...keyVals);
}

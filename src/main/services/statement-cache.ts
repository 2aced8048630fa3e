import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../project/cipher';

type Statement = Database.Statement;

/**
 * Prepared statements kept per connection. Preparing costs tens of microseconds per call,
 * which a search answering in about a millisecond cannot spend a dozen times over. A statement
 * stays valid after the schema changes (SQLite prepares it again by itself) and is dropped
 * with its connection (a WeakMap does not keep the connection alive).
 */
const cache = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

// Lengths an IN list is padded to (with NULLs, which match nothing), so that a few prepared
// statements serve every list: binding values this way costs less than json_each.
const LIST_LENGTHS = [4, 16, 64, 256] as const;

/** The padded length for `count` values (at most 256). */
export function listLength(count: number): number {
  const length = LIST_LENGTHS.find((candidate) => candidate >= count);
  if (length === undefined) throw new RangeError(`an IN list of ${count} values is longer than ${LIST_LENGTHS.at(-1)}`);
  return length;
}

/** "?, ?, …" for an IN list of `length` placeholders. */
export function placeholders(length: number): string {
  return Array.from({ length }, () => '?').join(', ');
}

/** The values padded with NULLs to `length` (by default their list length). */
export function listValues<T>(values: readonly T[], length = listLength(values.length)): Array<T | null> {
  return [...values, ...Array<null>(length - values.length).fill(null)];
}

/** `build`, remembering each SQL text it made: a search asks for the same few texts every time. */
export function sqlCache<K>(build: (key: K) => string): (key: K) => string {
  const made = new Map<K, string>();
  return (key) => {
    let sql = made.get(key);
    if (sql === undefined) {
      sql = build(key);
      made.set(key, sql);
    }
    return sql;
  };
}

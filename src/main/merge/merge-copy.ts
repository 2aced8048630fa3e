import { passphraseKey, type Db } from '../project/cipher';
import { isSqliteCode } from '../project/sqlite-errors';
import { prepared } from '../services/statement-cache';
import { quoteId, type Row } from './merge-values';

/**
 * Copying records that FROM brings as they are, in SQL, from FROM attached to INTO's connection:
 * a merge of an assessor's file adds thousands of records (notes of several kilobytes, their
 * segmented search text), and passing every value through JavaScript and back cost more than
 * the second key derivation the attachment needs. FROM stays read-only: only SELECTs name it.
 */

const SOURCE = 'merge_from';

/** Attaches FROM (outside any transaction: SQLite refuses ATTACH inside one). */
export function attachFrom(db: Db, file: string, passphrase: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${SOURCE} KEY ?`).run(file, passphraseKey(passphrase));
}

export function detachFrom(db: Db): void {
  db.exec(`DETACH DATABASE ${SOURCE}`);
}

/**
 * Copies the rows with these ids in one statement. False when one of them breaks a constraint
 * (its code or its place is taken here): the statement then leaves nothing behind, and the
 * caller takes the rows one by one.
 */
export function copyRows(db: Db, table: string, columns: readonly string[], ids: readonly string[]): boolean {
  const list = columns.map(quoteId).join(', ');
  db.exec('SAVEPOINT merge_copy');
  try {
    db.prepare(
      `INSERT INTO main.${quoteId(table)} (${list})
       SELECT ${list} FROM ${SOURCE}.${quoteId(table)} WHERE id IN (SELECT value FROM json_each(?))`,
    ).run(JSON.stringify(ids));
    db.exec('RELEASE merge_copy');
    return true;
  } catch (error) {
    db.exec('ROLLBACK TO merge_copy');
    db.exec('RELEASE merge_copy');
    if (!isSqliteCode(error, 'SQLITE_CONSTRAINT')) throw error;
    return false;
  }
}

/** One whole row of FROM by its key. */
export function sourceRow(db: Db, table: string, key: readonly string[], keyRow: Row): Row {
  const row = prepared(
    db,
    `SELECT * FROM ${SOURCE}.${quoteId(table)} WHERE ${key.map((k) => `${quoteId(k)} = ?`).join(' AND ')}`,
  ).get(...key.map((k) => keyRow[k])) as Row | undefined;
  if (!row) throw new Error(`merge: ${table} row vanished from the other file`);
  return row;
}

/**
 * Index entries for records copied as they are: FROM's segmented text (Thai word
 * segmentation is the costly part of indexing, and FROM has done it). A record FROM has no
 * entry for (a tombstone) gets none.
 */
export function copyIndexEntries(db: Db, kind: string, ids: readonly string[]): void {
  const json = JSON.stringify(ids);
  db.prepare(
    `DELETE FROM main.search_index WHERE rowid IN (
       SELECT rowid FROM main.search_index_keys WHERE kind = ? AND entity_id IN (SELECT value FROM json_each(?)))`,
  ).run(kind, json);
  db.prepare(
    `INSERT OR IGNORE INTO main.search_index_keys (kind, entity_id)
     SELECT kind, entity_id FROM ${SOURCE}.search_index_keys WHERE kind = ? AND entity_id IN (SELECT value FROM json_each(?))`,
  ).run(kind, json);
  db.prepare(
    `INSERT INTO main.search_index (rowid, kind, entity_id, body)
     SELECT mk.rowid, sk.kind, sk.entity_id, s.body
     FROM ${SOURCE}.search_index_keys sk
     JOIN ${SOURCE}.search_index s ON s.rowid = sk.rowid
     JOIN main.search_index_keys mk ON mk.kind = sk.kind AND mk.entity_id = sk.entity_id
     WHERE sk.kind = ? AND sk.entity_id IN (SELECT value FROM json_each(?))`,
  ).run(kind, json);
}

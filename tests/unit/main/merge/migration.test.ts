/** Migration 15 on a version-14 file: the merge tables arrive empty and nothing else changes. */
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/project/cipher';
import { migrate } from '../../../../src/main/project/migrate';
import { MIGRATIONS } from '../../../../src/main/project/migrations';
import { contentHash, tableNames } from '../../../helpers/project';

describe('migration 0015 (merge)', () => {
  it('adds merge_conflicts and merge_bases to a version-14 file and leaves the rest as it was', () => {
    const db = new Database(':memory:') as unknown as Db;
    try {
      migrate(db, MIGRATIONS.slice(0, 14));
      expect(tableNames(db).filter((name) => name.startsWith('merge_'))).toEqual([]);
      const before = contentHash(db);
      migrate(db, MIGRATIONS.slice(0, 15));
      expect(db.pragma('user_version', { simple: true })).toBe(15);
      expect(tableNames(db).filter((name) => name.startsWith('merge_'))).toEqual(['merge_bases', 'merge_conflicts']);
      expect(contentHash(db, ['merge_bases', 'merge_conflicts'])).toBe(before);
      // One open conflict per field: a second open row for the same field is refused.
      const insert = db.prepare(
        `INSERT INTO merge_conflicts (id, table_name, record_id, field, into_value, from_value, created_at)
         VALUES (?, 'interviews', 'r1', 'notes', '"a"', '"b"', '2026-01-01T00:00:00.000Z')`,
      );
      insert.run('c1');
      expect(() => insert.run('c2')).toThrow();
    } finally {
      db.close();
    }
  });
});

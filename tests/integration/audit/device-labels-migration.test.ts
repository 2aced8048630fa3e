/**
 * Migration 16 (computer names, issue 6) on a version-15 file: device_labels arrives empty,
 * nothing else changes, and the table refuses an empty or over-long name and a bad tombstone.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/project/cipher';
import { formatVersion, migrate } from '../../../src/main/project/migrate';
import { MIGRATIONS } from '../../../src/main/project/migrations';
import { contentHash, tableNames } from '../../helpers/project';

const NOW = '2026-11-29T08:00:00.000Z';

describe('migration 0016 (device labels)', () => {
  it('adds an empty device_labels table to a version-15 file and leaves the rest as it was', () => {
    const db = new Database(':memory:') as unknown as Db;
    try {
      migrate(db, MIGRATIONS.slice(0, 15), () => new Date(NOW));
      expect(tableNames(db)).not.toContain('device_labels');
      const before = contentHash(db);
      migrate(db, MIGRATIONS.slice(0, 16), () => new Date(NOW));
      expect(formatVersion(db)).toBe(16);
      expect(tableNames(db)).toContain('device_labels');
      expect(contentHash(db, ['device_labels'])).toBe(before);
      expect(db.prepare('SELECT count(*) AS n FROM device_labels').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('holds one row per device with a name of 1 to 80 characters (Thai counted as characters)', () => {
    const db = new Database(':memory:') as unknown as Db;
    try {
      migrate(db, MIGRATIONS.slice(0, 16), () => new Date(NOW));
      const insert = db.prepare(
        `INSERT INTO device_labels (id, label, deleted, created_at, updated_at, updated_by) VALUES (?, ?, ?, '${NOW}', '${NOW}', 'dev')`,
      );
      insert.run('d1', 'ผู้ประเมิน'.repeat(8), 0);
      expect(() => insert.run('d1', 'again', 0)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => insert.run('d2', '', 0)).toThrow(/CHECK/);
      expect(() => insert.run('d3', 'x'.repeat(81), 0)).toThrow(/CHECK/);
      expect(() => insert.run('d4', 'ok', 2)).toThrow(/CHECK/);
      // STRICT: bytes are not a name.
      expect(() => insert.run('d5', Buffer.from('name'), 0)).toThrow(/cannot store BLOB/);
    } finally {
      db.close();
    }
  });
});

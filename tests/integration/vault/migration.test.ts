/**
 * Migration 13 (identity vault): seed a version-12 project, migrate, and the vault tables
 * exist, empty, with their constraints; what was there is unchanged.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/project/cipher';
import { formatVersion, migrate } from '../../../src/main/project/migrate';
import { MIGRATIONS } from '../../../src/main/project/migrations';
import { contentHash } from '../../helpers/project';

let db: Db;
afterEach(() => db?.close());

const NOW = '2026-11-29T08:00:00.000Z';

function insertIdentity(id: string, kind: string, subject: string, deleted = 0): void {
  db.prepare(
    `INSERT INTO vault_identities (id, subject_kind, subject_id, nonce, ciphertext, deleted, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, X'00', X'00', ?, ?, ?, 'dev')`,
  ).run(id, kind, subject, deleted, NOW, NOW);
}

describe('migration 0013 (identity vault)', () => {
  it('adds empty vault tables to a version-12 project and keeps everything else', () => {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 12), () => new Date(NOW));
    expect(formatVersion(db)).toBe(12);
    const before = contentHash(db);
    migrate(db, MIGRATIONS.slice(0, 13), () => new Date(NOW));
    expect(formatVersion(db)).toBe(13);
    expect(contentHash(db, ['vault_meta', 'vault_identities'])).toBe(before);
    expect(db.prepare('SELECT count(*) AS n FROM vault_meta').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM vault_identities').get()).toEqual({ n: 0 });
  });

  it('holds one live record per subject, only known subject kinds, and one vault', () => {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 13), () => new Date(NOW));
    insertIdentity('a', 'interview', 's1');
    expect(() => insertIdentity('b', 'interview', 's1')).toThrow(/UNIQUE/);
    insertIdentity('c', 'interview', 's1', 1);
    expect(() => insertIdentity('d', 'person', 's2')).toThrow(/CHECK/);
    const meta = db.prepare(
      `INSERT INTO vault_meta (id, kdf, kdf_params, salt, verifier, created_at, updated_at, updated_by)
       VALUES (?, ?, '{}', X'00', X'00', '${NOW}', '${NOW}', 'dev')`,
    );
    expect(() => meta.run(1, 'md5')).toThrow(/CHECK/);
    meta.run(1, 'scrypt');
    expect(() => meta.run(2, 'scrypt')).toThrow(/CHECK/);
  });
});

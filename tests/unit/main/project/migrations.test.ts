/**
 * SECURITY.md item 9 (unit): migrations are numbered, forward-only and transactional; each one
 * has a seed-old-shape -> migrate -> assert test. The SQL is the same with or without the
 * cipher, so these run on in-memory SQLite (the encrypted-file tests are in
 * tests/integration/project/format-version.test.ts).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAuditEvent, verifyAuditChain } from '../../../../src/main/project/audit';
import type { Db } from '../../../../src/main/project/cipher';
import { assertNotNewer, formatVersion, migrate } from '../../../../src/main/project/migrate';
import {
  LATEST_FORMAT_VERSION,
  MIGRATIONS,
  assertMigrationOrder,
  type Migration,
} from '../../../../src/main/project/migrations';
import { migration0001 } from '../../../../src/main/project/migrations/0001_core';
import { migration0002 } from '../../../../src/main/project/migrations/0002_interviews';
import { domainTables } from '../../../../src/main/services/project';
import { contentHash } from '../../../helpers/project';

const NOW = '2026-11-29T08:00:00.000Z';
const PROJECT_ID = '0b7c0f5e-4a4f-4f39-9d8e-2b1f1f6c9a01';
let db: Db;

afterEach(() => db?.close());

function columns(table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

function names(type: 'table' | 'index' | 'trigger'): string[] {
  return (
    db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]
  ).map((r) => r.name);
}

describe('the migration list', () => {
  it('is numbered 1, 2, ... without gaps, and the newest number is the format version', () => {
    expect(() => assertMigrationOrder(MIGRATIONS)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(LATEST_FORMAT_VERSION).toBe(MIGRATIONS.length);
  });

  const fake = (version: number): Migration => ({ version, name: `m${version}`, sql: 'SELECT 1' });
  it.each([
    ['a gap', [fake(1), fake(3)]],
    ['a wrong order', [fake(2), fake(1)]],
    ['a duplicate', [fake(1), fake(1)]],
    ['not starting at 1', [fake(2), fake(3)]],
  ])('rejects %s', (_label, list) => {
    expect(() => assertMigrationOrder(list)).toThrow(/expected/);
  });
});

describe('migration 0001 (core)', () => {
  it('turns an empty database into version 1 with the project, meta and append-only audit tables', () => {
    db = new Database(':memory:');
    expect(formatVersion(db)).toBe(0);
    expect(migrate(db, [migration0001])).toBe(1);
    expect(formatVersion(db)).toBe(1);
    expect(names('table')).toEqual(['audit_events', 'meta', 'project', 'sqlite_sequence']);
    expect(names('trigger')).toEqual(['audit_events_no_delete', 'audit_events_no_update']);
    expect(columns('project')).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'description',
        'language',
        'calendar',
        'created_at',
        'updated_at',
        'updated_by',
        'deleted',
      ]),
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO project (id, title, language, created_at, updated_at, updated_by) VALUES ('x', 't', 'fr', ?, ?, 'me')",
        )
        .run(NOW, NOW),
    ).toThrow(/CHECK/);
  });
});

describe('migration 0002 (interviews)', () => {
  it('adds interviews to a version-1 project and keeps its records and audit chain', () => {
    // Seed the old shape: a version-1 file with a project and audit events.
    db = new Database(':memory:');
    migrate(db, [migration0001]);
    db.transaction(() => {
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES (?, 'โครงการเก่า', 'th', 'BE', ?, ?, 'device')",
      ).run(PROJECT_ID, NOW, NOW);
      appendAuditEvent(db, {
        actor: 'device',
        action: 'project.created',
        entity: 'project',
        entityId: PROJECT_ID,
        at: NOW,
      });
      appendAuditEvent(db, {
        actor: 'device',
        action: 'project.updated',
        entity: 'project',
        entityId: PROJECT_ID,
        at: NOW,
      });
    })();
    const oldContent = contentHash(db);

    expect(migrate(db)).toBe(2);
    expect(formatVersion(db)).toBe(2);
    expect(columns('interviews')).toEqual([
      'id',
      'code',
      'category',
      'agency_code',
      'location',
      'month',
      'interview_date',
      'language',
      'interpreter',
      'consent',
      'notes',
      'sensitivity',
      'created_at',
      'updated_at',
      'updated_by',
      'deleted',
    ]);
    expect(names('index')).toEqual(expect.arrayContaining(['interviews_agency', 'interviews_category']));
    // Everything that was there is still there, unchanged, and the chain still verifies.
    expect(contentHash(db, ['interviews'])).toBe(oldContent);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, events: 2 });
    expect(db.prepare('SELECT title FROM project').get()).toEqual({ title: 'โครงการเก่า' });
    // Running it again applies nothing.
    expect(migrate(db)).toBe(2);
    expect(contentHash(db, ['interviews'])).toBe(oldContent);
  });

  it('every domain table has a UUID id, timestamps, updated_by and a tombstone', () => {
    db = new Database(':memory:');
    migrate(db);
    expect(domainTables(db)).toEqual(expect.arrayContaining(['interviews', 'project']));
    for (const table of domainTables(db)) {
      expect(columns(table), table).toEqual(
        expect.arrayContaining(['id', 'created_at', 'updated_at', 'updated_by', 'deleted']),
      );
    }
  });
});

describe('failures', () => {
  it('a failing migration leaves version and data as they were', () => {
    db = new Database(':memory:');
    migrate(db, [migration0001]);
    const before = contentHash(db);
    const failing: Migration = {
      version: 2,
      name: 'failing',
      sql: `${migration0002.sql}; INSERT INTO nowhere VALUES (1);`,
    };
    expect(() => migrate(db, [migration0001, failing])).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(formatVersion(db)).toBe(1);
    expect(names('table')).not.toContain('interviews');
    expect(contentHash(db)).toBe(before);
  });

  it('assertNotNewer refuses a version above the newest migration, and accepts the current one', () => {
    db = new Database(':memory:');
    migrate(db);
    expect(() => assertNotNewer(db)).not.toThrow();
    db.pragma(`user_version = ${LATEST_FORMAT_VERSION + 1}`);
    expect(() => assertNotNewer(db)).toThrow(expect.objectContaining({ code: 'NEWER_FORMAT' }));
  });
});

/**
 * SECURITY.md item 9 (unit): migrations are numbered, forward-only and transactional; each one
 * has a seed-old-shape -> migrate -> assert test. The SQL is the same with or without the
 * cipher, so these run on in-memory SQLite (the encrypted-file tests are in
 * tests/integration/project/format-version.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
import { migration0003 } from '../../../../src/main/project/migrations/0003_framework';
import { migration0004 } from '../../../../src/main/project/migrations/0004_interview_evidence';
import { migration0005 } from '../../../../src/main/project/migrations/0005_search';
import { buildMatchQuery } from '../../../../src/main/services/search-text';
import { domainTables } from '../../../../src/main/services/project';
import { canonicalJson } from '../../../../src/shared/reference/canonical';
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

    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
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
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
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

describe('migration 0003 (framework and reference data)', () => {
  const LATER = '2027-01-15T03:00:00.000Z';
  const NEW_TABLES = [
    'agencies',
    'crossing_points',
    'framework_areas',
    'framework_subareas',
    'indicators',
    'legal_instruments',
    'legal_provisions',
    'provinces',
    'scales',
  ];
  const shipped = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../../../resources/reference/${name}`, import.meta.url), 'utf8'));
  const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const meta = (key: string): string | undefined =>
    (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;

  /** The old shape: a version-2 file with a project, an interview and their audit events. */
  function seedFormat2(): void {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.transaction(() => {
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES (?, 'ประเมินด่านแม่สอด', 'th', 'BE', ?, ?, 'device')",
      ).run(PROJECT_ID, NOW, NOW);
      db.prepare(
        "INSERT INTO interviews (id, code, category, notes, created_at, updated_at, updated_by) VALUES ('1d6c3c1e-0c8b-4d8a-9f3e-5a1b2c3d4e5f', 'KII-OFF-001', 'official', 'บันทึกเดิม', ?, ?, 'device')",
      ).run(NOW, NOW);
      appendAuditEvent(db, {
        actor: 'device',
        action: 'project.created',
        entity: 'project',
        entityId: PROJECT_ID,
        at: NOW,
      });
      appendAuditEvent(db, {
        actor: 'device',
        action: 'interview.created',
        entity: 'interview',
        entityId: null,
        at: NOW,
      });
    })();
  }

  it('adds the framework and reference tables to a version-2 project, copies the shipped data in and keeps what was there', () => {
    seedFormat2();
    const kept = contentHash(db, [...NEW_TABLES, 'meta', 'audit_events', 'sqlite_sequence']);
    const oldEvents = db.prepare('SELECT * FROM audit_events ORDER BY seq').all();

    expect(migrate(db, MIGRATIONS.slice(0, 3), () => new Date(LATER))).toBe(3);
    expect(formatVersion(db)).toBe(3);
    expect(names('table')).toEqual(expect.arrayContaining(NEW_TABLES));
    expect(columns('indicators')).toEqual([
      'id',
      'code',
      'subarea_code',
      'text_en',
      'text_th',
      'guidance_en',
      'guidance_th',
      'scale',
      'rubric',
      'expected_evidence',
      'scope',
      'origin',
      'retired',
      'sort_order',
      'created_at',
      'updated_at',
      'updated_by',
      'deleted',
    ]);

    // The shipped data, complete: what the assessor browses on day one.
    const framework = shipped('framework-default.json') as { version: string; scales: object };
    expect({
      scales: count('scales'),
      areas: count('framework_areas'),
      subAreas: count('framework_subareas'),
      indicators: count('indicators'),
      provinces: count('provinces'),
      agencies: count('agencies'),
      crossingPoints: count('crossing_points'),
      legalInstruments: count('legal_instruments'),
    }).toEqual({
      scales: Object.keys(framework.scales).length,
      areas: 5,
      subAreas: 26,
      indicators: 87,
      provinces: 77,
      agencies: (shipped('agencies.json') as { agencies: unknown[] }).agencies.length,
      crossingPoints: (shipped('crossing-points.json') as { crossingPoints: unknown[] }).crossingPoints.length,
      legalInstruments: (shipped('legal-instruments.json') as { instruments: unknown[] }).instruments.length,
    });
    expect(count('legal_provisions')).toBeGreaterThan(0);
    expect(db.prepare("SELECT count(*) AS n FROM indicators WHERE origin = 'template' AND retired = 0").get()).toEqual({
      n: 87,
    });
    for (const table of NEW_TABLES) {
      const stamps = db.prepare(`SELECT DISTINCT updated_by, created_at, updated_at, deleted FROM ${table}`).all();
      expect(stamps, table).toEqual([{ updated_by: 'system', created_at: LATER, updated_at: LATER, deleted: 0 }]);
      const ids = db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[];
      expect(
        ids.every(({ id }) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
        table,
      ).toBe(true);
    }

    // The project's copy is stamped with the template's version and content hash.
    expect(meta('framework_template_version')).toBe(framework.version);
    expect(meta('framework_template_hash')).toBe(
      createHash('sha256').update(canonicalJson(framework), 'utf8').digest('hex'),
    );

    // Old records and events unchanged (meta and the AUTOINCREMENT counter move with the new
    // event); one new event for the whole copy, and the chain verifies.
    expect(contentHash(db, [...NEW_TABLES, 'meta', 'audit_events', 'sqlite_sequence'])).toBe(kept);
    expect(db.prepare('SELECT * FROM audit_events WHERE seq <= 2 ORDER BY seq').all()).toEqual(oldEvents);
    const seeded = db.prepare('SELECT actor, action, details FROM audit_events WHERE seq = 3').get() as {
      actor: string;
      action: string;
      details: string;
    };
    expect(seeded).toMatchObject({ actor: 'system', action: 'reference.seeded' });
    expect(JSON.parse(seeded.details)).toMatchObject({ areas: 5, subAreas: 26, indicators: 87, provinces: 77 });
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, events: 3 });

    // Running it again applies nothing.
    const migrated = contentHash(db);
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(contentHash(db)).toBe(migrated);
  });

  it('a seed step that fails half-way leaves version 2, no new tables and the data as they were', () => {
    seedFormat2();
    const before = contentHash(db);
    const seed = migration0003.seed;
    const failing: Migration = {
      ...migration0003,
      seed: (database, now) => {
        seed(database, now);
        throw new Error('disk pulled out after the copy');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS.slice(0, 2), failing])).toThrow(
      expect.objectContaining({ code: 'INTERNAL', details: { migration: 3, stage: 'migration' } }),
    );
    expect(formatVersion(db)).toBe(2);
    expect(names('table')).not.toContain('indicators');
    expect(contentHash(db)).toBe(before);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, events: 2 });
  });
});

describe('migration 0004 (interview evidence)', () => {
  const OFFICIAL = '1d6c3c1e-0c8b-4d8a-9f3e-5a1b2c3d4e5f';
  const GROUP = '2e7d4d2f-1d9c-4e9b-8a4f-6b2c3d4e5f60';
  const MIGRANT = '3f8e5e30-2e0d-4fac-9b50-7c3d4e5f6071';
  // 1-1037-00012-34-6: a Thai national ID with a valid check digit.
  const NOTES = 'แจ้งเลขบัตร 1103700012346 โทร 081-234-5678 / ID and phone in the notes';

  type Row = Record<string, unknown>;
  const row = (id: string): Row => db.prepare('SELECT * FROM interviews WHERE id = ?').get(id) as Row;
  const json = (value: unknown): unknown => JSON.parse(String(value));

  /** The old shape: a version-3 file with interviews as format 3 wrote them. */
  function seedFormat3(): void {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3), () => new Date(NOW));
    const insert = db.prepare(
      `INSERT INTO interviews (id, code, category, agency_code, location, month, interview_date, language, interpreter,
        consent, notes, sensitivity, created_at, updated_at, updated_by, deleted)
       VALUES (@id, @code, @category, @agency, @location, @month, @date, @language, @interpreter, @consent, @notes,
        @sensitivity, @now, @now, 'old-laptop', @deleted)`,
    );
    db.transaction(() => {
      const base = {
        agency: null,
        location: '',
        month: null,
        date: null,
        language: 'th',
        interpreter: '',
        consent: '{}',
      };
      const common = { ...base, notes: '', sensitivity: 'internal', now: NOW, deleted: 0 };
      insert.run({
        ...common,
        id: OFFICIAL,
        code: 'KII-OFF-001',
        category: 'official',
        agency: 'RTP-IB',
        date: '2026-03-12',
        notes: NOTES,
        sensitivity: 'restricted',
      });
      insert.run({
        ...common,
        id: GROUP,
        code: 'FGD-01',
        category: 'focusGroup',
        interpreter: 'km',
        consent: '{"permittedUse":"quote","recordingAllowed":true,"mode":"written"}',
        deleted: 1,
      });
      insert.run({
        ...common,
        id: MIGRANT,
        code: 'KII-MIG-001',
        category: 'migrant',
        location: 'Tak',
        date: '2026-02-14',
        language: 'my',
      });
      db.prepare("INSERT INTO meta (key, value) VALUES ('code-counter:KII-OFF', '1'), ('code-counter:FGD', '1')").run();
    })();
  }

  it('rebuilds interviews with consent, interviewers, interpreter, reliability and a PII count, keeping every row', () => {
    seedFormat3();
    const others = contentHash(db, ['interviews']);

    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(formatVersion(db)).toBe(4);
    expect(columns('interviews')).toEqual([
      'id',
      'code',
      'category',
      'agency_code',
      'location',
      'month',
      'interview_date',
      'interviewers',
      'interpreter',
      'language',
      'consent',
      'sensitivity',
      'reliability_source',
      'reliability_information',
      'pii_count',
      'created_at',
      'updated_at',
      'updated_by',
      'deleted',
      'notes',
    ]);
    expect(names('index')).toEqual(
      expect.arrayContaining(['interviews_agency', 'interviews_category', 'interviews_live']),
    );
    expect(
      (db.prepare('PRAGMA index_info(interviews_category)').all() as { name: string }[]).map((c) => c.name),
    ).toEqual(['category', 'deleted', 'code']);
    expect((db.prepare('PRAGMA index_info(interviews_agency)').all() as { name: string }[]).map((c) => c.name)).toEqual(
      ['agency_code', 'deleted', 'code'],
    );

    // The safe defaults: oral consent, paraphrase only, no recording, reliability "cannot be judged".
    const official = row(OFFICIAL);
    expect({ ...official, consent: json(official['consent']), interpreter: json(official['interpreter']) }).toEqual({
      id: OFFICIAL,
      code: 'KII-OFF-001',
      category: 'official',
      agency_code: 'RTP-IB',
      location: '',
      month: '2026-03',
      interview_date: '2026-03-12',
      interviewers: '[]',
      interpreter: { used: false, language: null },
      language: 'th',
      consent: {
        mode: 'oral',
        infoSheetVersion: '',
        permittedUse: 'paraphrase',
        recordingAllowed: false,
        withdrawnAt: null,
      },
      sensitivity: 'restricted',
      reliability_source: 'F',
      reliability_information: 6,
      pii_count: 2,
      created_at: NOW,
      updated_at: NOW,
      updated_by: 'old-laptop',
      deleted: 0,
      notes: NOTES,
    });
    // What an old row did say is kept; the category key follows src/shared/evidence.ts.
    const group = row(GROUP);
    expect([group['category'], group['deleted'], json(group['interpreter']), json(group['consent'])]).toEqual([
      'focus_group',
      1,
      { used: true, language: 'km' },
      { mode: 'written', infoSheetVersion: '', permittedUse: 'quote', recordingAllowed: true, withdrawnAt: null },
    ]);
    // DOMAIN.md 3.4: a migrant interview keeps the month, not the day.
    expect(row(MIGRANT)).toMatchObject({ month: '2026-02', interview_date: null, language: 'my', pii_count: 0 });

    // Nothing else moved (the code counters included); running it again applies nothing.
    expect(contentHash(db, ['interviews'])).toBe(others);
    const migrated = contentHash(db);
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(contentHash(db)).toBe(migrated);
  });

  it('the new table refuses an unknown category, grade or sensitivity, bad JSON and a migrant with a date', () => {
    seedFormat3();
    migrate(db, MIGRATIONS.slice(0, 4));
    const insert = (values: Row): unknown =>
      db
        .prepare(
          `INSERT INTO interviews (id, code, category, interview_date, consent, sensitivity, reliability_source,
            reliability_information, interviewers, created_at, updated_at, updated_by)
           VALUES (@id, @code, @category, @date, @consent, @sensitivity, @source, @information, @interviewers,
            '${NOW}', '${NOW}', 'x')`,
        )
        .run(values);
    const good = {
      id: 'a',
      code: 'KII-OFF-002',
      category: 'official',
      date: null,
      consent: '{}',
      sensitivity: 'internal',
      source: 'A',
      information: 1,
      interviewers: '[]',
    };
    for (const bad of [
      { category: 'focusGroup' },
      { category: 'migrant', date: '2026-01-01' },
      { source: 'G' },
      { information: 7 },
      { sensitivity: 'classified' },
      { consent: 'oral' },
      { interviewers: '{}' },
    ]) {
      expect(() => insert({ ...good, ...bad }), JSON.stringify(bad)).toThrow(/CHECK/);
    }
    expect(() => insert(good)).not.toThrow();
  });

  it('a failure half-way leaves version 3 and the old interviews as they were', () => {
    seedFormat3();
    const before = contentHash(db);
    const failing: Migration = { ...migration0004, sql: `${migration0004.sql}; INSERT INTO nowhere VALUES (1);` };
    expect(() => migrate(db, [...MIGRATIONS.slice(0, 3), failing])).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    expect(formatVersion(db)).toBe(3);
    expect(columns('interviews')).not.toContain('pii_count');
    expect(contentHash(db)).toBe(before);
  });
});

describe('migration 0005 (search index)', () => {
  const LIVE = '1d6c3c1e-0c8b-4d8a-9f3e-5a1b2c3d4e5f';
  const DELETED = '2e7d4d2f-1d9c-4e9b-8a4f-6b2c3d4e5f60';

  /** The old shape: a version-4 file with a live and a deleted interview (unspaced Thai notes). */
  function seedFormat4(): void {
    db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4), () => new Date(NOW));
    const insert = db.prepare(
      `INSERT INTO interviews (id, code, category, location, consent, notes, deleted, created_at, updated_at, updated_by)
       VALUES (?, ?, 'stakeholder', ?, '{}', ?, ?, ?, ?, 'old')`,
    );
    insert.run(LIVE, 'KII-STK-001', 'Ranong pier', 'ผู้เสียหายจากการค้ามนุษย์ถูกส่งต่อที่ด่านพรมแดน', 0, NOW, NOW);
    insert.run(DELETED, 'KII-STK-002', 'Ranong pier', 'ค้ามนุษย์ในบันทึกที่ลบแล้ว', 1, NOW, NOW);
  }
  const matches = (query: string): string[] =>
    (
      db
        .prepare('SELECT kind, entity_id FROM search_index WHERE search_index MATCH ? ORDER BY rank')
        .all(buildMatchQuery(query)) as { kind: string; entity_id: string }[]
    ).map((row) => `${row.kind}:${row.entity_id}`);

  it('indexes the live interviews and every indicator already in the file, and changes nothing else', () => {
    seedFormat4();
    const before = contentHash(db);
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
    expect(formatVersion(db)).toBe(5);

    // A Thai word inside unspaced notes is found; the tombstoned interview is not indexed.
    expect(matches('ค้ามนุษย์').filter((hit) => hit.startsWith('interview:'))).toEqual([`interview:${LIVE}`]);
    expect(matches('ranong')).toEqual([`interview:${LIVE}`]);
    const indicators = (db.prepare('SELECT count(*) AS n FROM indicators WHERE deleted = 0').get() as { n: number }).n;
    expect(db.prepare("SELECT count(*) AS n FROM search_index WHERE kind = 'indicator'").get()).toEqual({
      n: indicators,
    });
    expect(db.prepare('SELECT count(*) AS n FROM search_index_keys').get()).toEqual({ n: indicators + 1 });

    // The index is derived data: not a domain table, and every record is as it was.
    expect(domainTables(db).filter((table) => table.startsWith('search_index'))).toEqual([]);
    const searchTables = names('table').filter((table) => table.startsWith('search_index'));
    expect(searchTables).toEqual(expect.arrayContaining(['search_index', 'search_index_keys']));
    expect(contentHash(db, searchTables)).toBe(before);

    // Running it again applies nothing.
    const migrated = contentHash(db);
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
    expect(contentHash(db)).toBe(migrated);
  });

  it('a failure in the seed step leaves version 4 and no index', () => {
    seedFormat4();
    const before = contentHash(db);
    const failing: Migration = {
      ...migration0005,
      seed: () => {
        throw new Error('segmenter missing');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS.slice(0, 4), failing])).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    expect(formatVersion(db)).toBe(4);
    expect(names('table').filter((table) => table.startsWith('search_index'))).toEqual([]);
    expect(contentHash(db)).toBe(before);
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

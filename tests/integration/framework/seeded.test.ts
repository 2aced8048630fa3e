/**
 * PRODUCT.md 2 and 3: each project holds its own copy of the default framework and of the
 * reference data, stamped with the template's version and content hash. Checked on a real
 * encrypted file through the api handler table, for a new project and for a project created
 * under format 2 that is opened by this version.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, configureWritable, connectNew, passphraseKey } from '../../../src/main/project/cipher';
import { appendAuditEvent } from '../../../src/main/project/audit';
import { listBackups } from '../../../src/main/project/backups';
import { migrate } from '../../../src/main/project/migrate';
import { LATEST_FORMAT_VERSION, MIGRATIONS } from '../../../src/main/project/migrations';
import { canonicalJson } from '../../../src/shared/reference/canonical';
import type {
  AgenciesFile,
  CrossingPointsFile,
  Framework,
  LegalInstrumentsFile,
  ProvincesFile,
} from '../../../src/shared/reference/schemas';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { sha256File } from '../../helpers/files';
import { PASSPHRASE, openRaw } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

const REFERENCE = new URL('../../../resources/reference/', import.meta.url);
function shipped<T>(name: string): T {
  return JSON.parse(fs.readFileSync(new URL(name, REFERENCE), 'utf8')) as T;
}
const framework = shipped<Framework>('framework-default.json');
const agencies = shipped<AgenciesFile>('agencies.json').agencies;
const crossingPoints = shipped<CrossingPointsFile>('crossing-points.json').crossingPoints;
const provinces = shipped<ProvincesFile>('provinces.json').provinces;
const instruments = shipped<LegalInstrumentsFile>('legal-instruments.json').instruments;
/** Computed here from the file itself, not by the code under test. */
const TEMPLATE_HASH = createHash('sha256').update(canonicalJson(framework), 'utf8').digest('hex');

const byCode = <T extends { code: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.code < b.code ? -1 : 1));
const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;

let root: string;
let api: TestApi;
let projectPath: string;

beforeAll(async () => {
  root = makeTempDir('framework-seed');
  api = makeApi(makeSubDir(root, 'app'));
  projectPath = path.join(makeSubDir(root, 'new'), 'assessment.bmma');
  expectValue(
    await api.call('project.create', {
      path: projectPath,
      title: 'ประเมินชายแดน 2570',
      language: 'th',
      passphrase: PASSPHRASE,
    }),
  );
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

/** The project open in the session (the new one stays open across its tests: each open costs a key derivation). */
async function openProject(file: string) {
  if (api.session.status().path !== file) {
    api.session.close();
    return expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
  }
  return expectValue(await api.call('project.info'));
}

describe('a new project', () => {
  it('holds the whole default framework, in Thai and English, stamped with the template version and hash', async () => {
    await openProject(projectPath);
    const tree = expectValue(await api.call('framework.tree'));
    expect(tree.templateVersion).toBe(framework.version);
    expect(tree.templateHash).toBe(TEMPLATE_HASH);
    expect(tree.scales.map((scale) => scale.id)).toEqual(Object.keys(framework.scales));
    expect(tree.areas.map((area) => area.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const subAreas = tree.areas.flatMap((area) => area.subAreas);
    const indicators = subAreas.flatMap((subArea) => subArea.indicators);
    expect(subAreas).toHaveLength(26);
    expect(indicators).toHaveLength(87);

    // Exactly what the template says, in the template's order, every one from the template.
    const expected = framework.areas.flatMap((area) =>
      area.subAreas.flatMap((subArea) =>
        subArea.indicators.map((indicator) => ({
          code: indicator.code,
          subAreaCode: subArea.code,
          text: indicator.text,
          guidance: indicator.guidance,
          scale: indicator.scale,
          rubric: indicator.rubric ?? null,
          expectedEvidence: indicator.expectedEvidence,
          scope: indicator.scope,
          origin: 'template',
          retired: false,
        })),
      ),
    );
    expect(indicators.map(({ id: _id, updatedAt: _at, ...rest }) => rest)).toEqual(expected);
    expect(tree.areas[2]?.name).toEqual(framework.areas[2]?.name);
  });

  it('holds the agencies, crossing points, 77 provinces and legal instruments shipped with the app', async () => {
    await openProject(projectPath);
    const seededAgencies = expectValue(await api.call('reference.agencies'));
    expect(seededAgencies.map(withoutId)).toEqual(byCode(agencies));

    const seededPoints = expectValue(await api.call('reference.crossingPoints'));
    expect(seededPoints.map(withoutId)).toEqual(byCode(crossingPoints).map((point) => ({ aliases: [], ...point })));

    const seededProvinces = expectValue(await api.call('reference.provinces'));
    expect(seededProvinces).toHaveLength(77);
    expect(seededProvinces.map(withoutId)).toEqual(byCode(provinces).map((province) => ({ aliases: [], ...province })));
    expect(seededProvinces.find((province) => province.code === 'TH-10')?.name.th).toBe('กรุงเทพมหานคร');

    const seededInstruments = expectValue(await api.call('reference.legalInstruments'));
    expect(seededInstruments.map(withoutId)).toEqual(byCode(instruments));
    expect(
      new Set([...seededAgencies, ...seededPoints, ...seededProvinces, ...seededInstruments].map((r) => r.id)).size,
    ).toBe(agencies.length + crossingPoints.length + provinces.length + instruments.length);
  });

  it('shows the copied records in its counts and one audit event for the whole copy, by the system', async () => {
    const info = await openProject(projectPath);
    expect(info.counts).toMatchObject({
      framework_areas: 5,
      framework_subareas: 26,
      indicators: 87,
      provinces: 77,
      agencies: agencies.length,
      crossing_points: crossingPoints.length,
      legal_instruments: instruments.length,
    });
    const events = expectValue(await api.call('audit.list', { limit: 500 }));
    const seeded = events.filter((event) => event.action === 'reference.seeded');
    expect(seeded).toEqual([expect.objectContaining({ actor: 'system', entity: 'reference' })]);
    expect(
      events
        .map((event) => event.action)
        .reverse()
        .slice(0, 2),
    ).toEqual(['reference.seeded', 'project.created']);
    expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true, brokenAtSeq: null });
  });
});

/** What an earlier release left on disk: a keyed format-2 file with a project, an interview and their events. */
function makeFormat2Project(file: string): void {
  const db = connectNew(file, passphraseKey(PASSPHRASE));
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configureWritable(db);
    migrate(db, MIGRATIONS.slice(0, 2));
    const now = '2026-06-01T02:00:00.000Z';
    db.transaction(() => {
      const id = '5a0f8f44-2f8e-4c41-9a57-0c7d1c3b9e10';
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES (?, 'Format 2 project', 'en', 'BE', ?, ?, 'old-laptop')",
      ).run(id, now, now);
      db.prepare(
        "INSERT INTO interviews (id, code, category, notes, created_at, updated_at, updated_by) VALUES ('7c1e0b7a-93a2-4c55-8a59-2f0b6d1f4e21', 'KII-OFF-001', 'official', 'notes kept across the upgrade', ?, ?, 'old-laptop')",
      ).run(now, now);
      appendAuditEvent(db, {
        actor: 'old-laptop',
        action: 'project.created',
        entity: 'project',
        entityId: id,
        at: now,
      });
      appendAuditEvent(db, {
        actor: 'old-laptop',
        action: 'interview.created',
        entity: 'interview',
        entityId: null,
        at: now,
      });
    }).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
}

describe('a project created under format 2', () => {
  beforeEach(() => api.session.close());

  it('is brought to format 3 on open, gets the framework and keeps its records; the backup keeps format 2', async () => {
    const file = path.join(makeSubDir(root, 'format2'), 'old.bmma');
    makeFormat2Project(file);

    const info = await openProject(file);
    expect(info).toMatchObject({ formatVersion: LATEST_FORMAT_VERSION, title: 'Format 2 project' });
    expect(LATEST_FORMAT_VERSION).toBeGreaterThanOrEqual(3);
    expect(info.counts).toMatchObject({ interviews: 1, indicators: 87, provinces: 77 });
    const tree = expectValue(await api.call('framework.tree'));
    expect(tree.templateHash).toBe(TEMPLATE_HASH);
    expect(tree.areas.flatMap((area) => area.subAreas)).toHaveLength(26);
    expect(expectValue(await api.call('reference.agencies'))).toHaveLength(agencies.length);
    const actions = expectValue(await api.call('audit.list', { limit: 500 }))
      .map((event) => event.action)
      .reverse();
    expect(actions).toEqual(['project.created', 'interview.created', 'reference.seeded', 'project.opened']);
    expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true, events: 4 });
    api.session.close();

    // The backup taken on open, before migrating, is the file as it was.
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    const raw = openRaw(backups[0]?.path ?? 'missing');
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(2);
      expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'indicators'").get()).toEqual({ n: 0 });
    } finally {
      raw.close();
    }
  });

  it('a file from a newer format is still refused with NEWER_FORMAT and left as it was', async () => {
    const file = path.join(makeSubDir(root, 'newer'), 'newer.bmma');
    fs.copyFileSync(projectPath, file);
    const raw = openRaw(file);
    raw.pragma(`user_version = ${LATEST_FORMAT_VERSION + 1}`);
    raw.close();
    const hash = sha256File(file);
    const error = expectError(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
    expect(error).toMatchObject({
      code: 'NEWER_FORMAT',
      details: { fileVersion: LATEST_FORMAT_VERSION + 1, appVersion: LATEST_FORMAT_VERSION },
    });
    expect(sha256File(file)).toBe(hash);
  });
});

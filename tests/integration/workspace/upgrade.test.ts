/**
 * Migration 0006 on a real encrypted file: a project written by format 5 (interviews,
 * indicators, the search index) opens in this version, its records come back unchanged, and
 * the new kinds of record (site visits, ratings, findings, actions) can be written at once,
 * citing the interview that was there before the upgrade.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APPLICATION_ID, configureWritable, connectNew, passphraseKey } from '../../../src/main/project/cipher';
import { migrate } from '../../../src/main/project/migrate';
import { LATEST_FORMAT_VERSION, MIGRATIONS } from '../../../src/main/project/migrations';
import { indexEntity, interviewSearchText } from '../../../src/main/services/search';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const NOW = '2026-06-01T02:00:00.000Z';
const INTERVIEW = '7c1e0b7a-93a2-4c55-8a59-2f0b6d1f4e21';
const NOTES = 'เจ้าหน้าที่ด่านแม่สอดส่งต่อผู้เสียหายไปยังกระทรวงพัฒนาสังคม / referral by phone, no written SOP';

let root: string;
let api: TestApi;

/** What format 5 left on disk: a keyed file with one official interview, indexed for search. */
function makeFormat5Project(file: string): void {
  const db = connectNew(file, passphraseKey(PASSPHRASE));
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configureWritable(db);
    migrate(db, MIGRATIONS.slice(0, 5), () => new Date(NOW));
    db.transaction(() => {
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES ('5a0f8f44-2f8e-4c41-9a57-0c7d1c3b9e10', 'Format 5 project', 'th', 'BE', ?, ?, 'old-laptop')",
      ).run(NOW, NOW);
      db.prepare(
        `INSERT INTO interviews (id, code, category, agency_code, interview_date, consent, sensitivity, created_at, updated_at, updated_by, notes)
         VALUES (?, 'KII-OFF-001', 'official', 'RTP-IB', '2019-08-14',
           '{"mode":"oral","infoSheetVersion":"v2","permittedUse":"paraphrase","recordingAllowed":false,"withdrawnAt":null}',
           'restricted', ?, ?, 'old-laptop', ?)`,
      ).run(INTERVIEW, NOW, NOW, NOTES);
      // Two codes past 999, to see the list keep number order after the upgrade.
      for (const [id, code] of [
        ['1b2c3d4e-0000-4000-8000-000000000999', 'KII-OFF-999'],
        ['1b2c3d4e-0000-4000-8000-000000001000', 'KII-OFF-1000'],
      ] as const) {
        db.prepare(
          `INSERT INTO interviews (id, code, category, agency_code, consent, created_at, updated_at, updated_by)
           VALUES (?, ?, 'official', 'RTP-IB',
             '{"mode":"oral","infoSheetVersion":"","permittedUse":"none","recordingAllowed":false,"withdrawnAt":null}',
             ?, ?, 'old-laptop')`,
        ).run(id, code, NOW, NOW);
      }
      db.prepare("INSERT INTO meta (key, value) VALUES ('code-counter:KII-OFF', '1000')").run();
      indexEntity(db, 'interview', INTERVIEW, interviewSearchText({ code: 'KII-OFF-001', location: '', notes: NOTES }));
    }).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  root = makeTempDir('workspace-upgrade');
  api = makeApi(root);
  const file = path.join(root, 'format5.bmma');
  makeFormat5Project(file);
  const info = expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
  expect(info.formatVersion).toBe(LATEST_FORMAT_VERSION);
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

it('keeps the interview and its search entry across the upgrade', async () => {
  const interview = expectValue(await api.call('interviews.get', { id: INTERVIEW }));
  expect(interview).toMatchObject({ code: 'KII-OFF-001', agencyCode: 'RTP-IB', notes: NOTES });
  const hits = expectValue(await api.call('search.query', { query: 'แม่สอด' }));
  expect(hits.hits.map((hit) => hit.code)).toEqual(['KII-OFF-001']);
});

it('lists interview codes in number order: KII-OFF-999 before KII-OFF-1000', async () => {
  const list = expectValue(await api.call('interviews.list', {}));
  expect(list.items.map((item) => item.code)).toEqual(['KII-OFF-001', 'KII-OFF-999', 'KII-OFF-1000']);
  const officials = expectValue(await api.call('interviews.list', { category: 'official', limit: 1, offset: 2 }));
  expect(officials.items.map((item) => item.code)).toEqual(['KII-OFF-1000']);
});

it('writes the new kinds of record, citing the old interview', async () => {
  const tree = expectValue(await api.call('framework.tree', {}));
  const indicator = tree.areas
    .flatMap((area) => area.subAreas.flatMap((sub) => sub.indicators))
    .find((candidate) => candidate.scope.includes('national') && !candidate.retired);
  if (!indicator) throw new Error('the seeded framework has a national indicator');
  const scale = tree.scales.find((candidate) => candidate.id === indicator.scale);
  const top = scale?.levels.at(-1)?.value ?? 0;

  const rating = expectValue(
    await api.call('ratings.create', {
      indicatorId: indicator.id,
      scope: { type: 'national', code: null },
      value: top,
      justification: { en: 'Seen in the SOP binder', th: '' },
      confidence: 'medium',
      state: 'draft',
      ratedOn: '2019-08-14',
      assessor: 'AT',
      evidence: [{ kind: 'interview', id: INTERVIEW }],
    }),
  );
  expect(rating.evidence.map((link) => link.code)).toEqual(['KII-OFF-001']);

  const visit = expectValue(
    await api.call('siteVisits.create', {
      crossingPointCode: 'BCP-TAK-MSOT2',
      startDate: '2019-08-14',
      endDate: '2019-08-15',
      team: ['AT'],
      checklist: {},
      observations: '',
      sensitivity: 'internal',
      language: 'th',
      reliability: { source: 'B', information: 2 },
    }),
  );
  expect(visit.code).toBe('SV-2019-01');

  const finding = expectValue(
    await api.call('findings.create', {
      subAreaCode: indicator.subAreaCode,
      type: 'gap',
      severity: 'high',
      statement: { en: 'Referral is done by phone; there is no written SOP.', th: '' },
      trainingAddressable: true,
      scopes: [],
      evidence: [
        { kind: 'interview', id: INTERVIEW },
        { kind: 'site_visit', id: visit.id },
      ],
    }),
  );
  expect(finding.triangulation.supported).toBe(true);
  // The site visit is named in each language beside the finding.
  const visitLink = finding.evidence.find((link) => link.kind === 'site_visit');
  expect(visitLink?.label).toMatch(/Mae Sot/);
  expect(visitLink?.labelTh).toMatch(/แม่สอด/);

  const verify = expectValue(await api.call('audit.verify', {}));
  expect(verify.ok).toBe(true);
});

it('refuses an action whose end is before its start, and keeps nothing of it', async () => {
  const before = expectValue(await api.call('actions.list', {}));
  const error = expectError(
    await api.call('actions.create', {
      subAreaCode: 'B3',
      recommendationId: null,
      objective: { en: 'Anti-smuggling provisions adopted', th: '' },
      action: { en: 'Finalise the anti-smuggling provisions of the draft Immigration Act', th: '' },
      leadAgencyCode: null,
      supportingAgencyCodes: [],
      startDate: '2021-12-31',
      endDate: '2020-01-01',
      timeframe: 'medium',
      priority: 'high',
      keyMeasure: true,
      indicator: { en: 'Draft submitted to Cabinet', th: '' },
      baseline: { en: '', th: '' },
      target: { en: '', th: '' },
      meansOfVerification: { en: '', th: '' },
      estimatedCost: null,
      currency: 'THB',
      fundingSource: '',
      risks: { en: '', th: '' },
    }),
  );
  expect(error.code).toBe('DATE_ORDER');
  expect(expectValue(await api.call('actions.list', {})).total).toBe(before.total);
});

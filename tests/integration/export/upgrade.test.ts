/**
 * Migration 0007 on a real encrypted file: a project written by format 6 opens in this
 * version with its interview intact, has no saved export profiles, and can save one at once.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APPLICATION_ID, configureWritable, connectNew, passphraseKey } from '../../../src/main/project/cipher';
import { migrate } from '../../../src/main/project/migrate';
import { LATEST_FORMAT_VERSION, MIGRATIONS } from '../../../src/main/project/migrations';
import { DEFAULT_EXPORT_PROFILE } from '../../../src/shared/export';
import { expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const NOW = '2026-06-01T02:00:00.000Z';
const INTERVIEW = '7c1e0b7a-93a2-4c55-8a59-2f0b6d1f4e21';

let root: string;
let api: TestApi;

/** What format 6 left on disk: a keyed file with one official interview withdrawn from use. */
function makeFormat6Project(file: string): void {
  const db = connectNew(file, passphraseKey(PASSPHRASE));
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configureWritable(db);
    migrate(db, MIGRATIONS.slice(0, 6), () => new Date(NOW));
    db.transaction(() => {
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES ('5a0f8f44-2f8e-4c41-9a57-0c7d1c3b9e10', 'Format 6 project', 'th', 'BE', ?, ?, 'old-laptop')",
      ).run(NOW, NOW);
      db.prepare(
        `INSERT INTO interviews (id, code, category, agency_code, interview_date, consent, sensitivity, created_at, updated_at, updated_by, notes)
         VALUES (?, 'KII-OFF-001', 'official', 'RTP-IB', '2019-08-14',
           '{"mode":"oral","infoSheetVersion":"v2","permittedUse":"quote","recordingAllowed":false,"withdrawnAt":"2019-09-01"}',
           'internal', ?, ?, 'old-laptop', 'notes')`,
      ).run(INTERVIEW, NOW, NOW);
    }).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  root = makeTempDir('export-upgrade');
  api = makeApi(root);
  const file = path.join(root, 'format6.bmma');
  makeFormat6Project(file);
  const info = expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
  expect(info.formatVersion).toBe(LATEST_FORMAT_VERSION);
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

it('opens a format-6 project with no saved profiles, previews its old interview and saves a profile', async () => {
  expect(expectValue(await api.call('export.profiles', {}))).toEqual([]);
  const preview = expectValue(await api.call('export.preview', { document: 'report', profile: DEFAULT_EXPORT_PROFILE }));
  expect(preview.omissions).toEqual([{ reason: 'consent_withdrawn', count: 1 }]);
  const saved = expectValue(await api.call('export.saveProfile', { name: 'หน่วยงาน', profile: DEFAULT_EXPORT_PROFILE }));
  expect(saved.map((p) => p.name)).toEqual(['หน่วยงาน']);
});

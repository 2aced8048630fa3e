/**
 * Migration 0004 on a real encrypted file: a project written by format 3 (interviews in the
 * old shape) is opened through the api, brought to the newest format, and its interviews come
 * back through the contract with the safe defaults; their codes keep counting from where they were.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendAuditEvent } from '../../../src/main/project/audit';
import { APPLICATION_ID, configureWritable, connectNew, passphraseKey } from '../../../src/main/project/cipher';
import { migrate } from '../../../src/main/project/migrate';
import { LATEST_FORMAT_VERSION, MIGRATIONS } from '../../../src/main/project/migrations';
import { expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const NOW = '2026-06-01T02:00:00.000Z';
const OFFICIAL = '7c1e0b7a-93a2-4c55-8a59-2f0b6d1f4e21';
const GROUP = '8d2f1c8b-a4b3-4d66-9b6a-3a1c7e2f5f32';
const MIGRANT = '9e3a2d9c-b5c4-4e77-8c7b-4b2d8f3a6a43';
const NOTES = 'ผู้ให้ข้อมูลโทร 081-234-5678 / notes kept across the upgrade';

let root: string;
let api: TestApi;

/** What the previous version (format 3) left on disk: a keyed file with old-shape interviews. */
function makeFormat3Project(file: string): void {
  const db = connectNew(file, passphraseKey(PASSPHRASE));
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configureWritable(db);
    migrate(db, MIGRATIONS.slice(0, 3), () => new Date(NOW));
    db.transaction(() => {
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES ('5a0f8f44-2f8e-4c41-9a57-0c7d1c3b9e10', 'Format 3 project', 'en', 'BE', ?, ?, 'old-laptop')",
      ).run(NOW, NOW);
      const insert = db.prepare(
        `INSERT INTO interviews (id, code, category, agency_code, notes, sensitivity, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, 'restricted', ?, ?, 'old-laptop')`,
      );
      insert.run(OFFICIAL, 'KII-OFF-001', 'official', 'RTP-IB', NOTES, NOW, NOW);
      insert.run(GROUP, 'FGD-01', 'focusGroup', null, 'กลุ่มสนทนา', NOW, NOW);
      // Format 3 did not ask a migrant's month.
      insert.run(MIGRANT, 'KII-MIG-001', 'migrant', null, 'ไม่มีเดือน', NOW, NOW);
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('code-counter:KII-OFF', '1'), ('code-counter:FGD', '1'), ('code-counter:KII-MIG', '1')",
      ).run();
      for (const action of ['project.created', 'interview.created', 'interview.created', 'interview.created']) {
        appendAuditEvent(db, { actor: 'old-laptop', action, entity: 'project', entityId: null, at: NOW });
      }
    }).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  root = makeTempDir('interviews-upgrade');
  api = makeApi(root);
  const file = path.join(root, 'old.bmma');
  makeFormat3Project(file);
  const info = expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
  expect(info.formatVersion).toBe(LATEST_FORMAT_VERSION);
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

it('opens a format-3 project and shows its interviews with the safe defaults', async () => {
  const official = expectValue(await api.call('interviews.get', { id: OFFICIAL }));
  expect(official).toMatchObject({
    code: 'KII-OFF-001',
    category: 'official',
    agencyCode: 'RTP-IB',
    interviewers: [],
    interpreter: { used: false, language: null },
    consent: {
      mode: 'oral',
      infoSheetVersion: '',
      permittedUse: 'paraphrase',
      recordingAllowed: false,
      withdrawnAt: null,
    },
    reliability: { source: 'F', information: 6 },
    sensitivity: 'restricted',
    notes: NOTES,
    pii: [{ kind: 'phone', start: NOTES.indexOf('081'), end: NOTES.indexOf('081') + 12 }],
  });
  const list = expectValue(await api.call('interviews.list', {}));
  expect(list.items.map((i) => [i.code, i.category, i.piiCount])).toEqual([
    ['FGD-01', 'focus_group', 0],
    ['KII-MIG-001', 'migrant', 0],
    ['KII-OFF-001', 'official', 1],
  ]);
  expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true });
});

it('keeps counting codes from the old counters and lets the old rows be edited', async () => {
  expect(expectValue(await api.call('interviews.create', interviewInput('official'))).code).toBe('KII-OFF-002');
  expect(expectValue(await api.call('interviews.create', interviewInput('focus_group'))).code).toBe('FGD-02');
  // An old migrant record without a month can still take a note; giving it a month is checked.
  const edited = expectValue(await api.call('interviews.update', { id: MIGRANT, notes: 'เพิ่มเติม' }));
  expect(edited).toMatchObject({ notes: 'เพิ่มเติม', category: 'migrant', month: null });
  const dated = await api.call('interviews.update', { id: MIGRANT, month: '2026-13' });
  expect(dated.ok).toBe(false);
  expect(expectValue(await api.call('interviews.update', { id: MIGRANT, month: '2026-05' })).month).toBe('2026-05');
  expect(expectValue(await api.call('interviews.update', { id: GROUP, notes: 'กลุ่ม' })).category).toBe('focus_group');
});

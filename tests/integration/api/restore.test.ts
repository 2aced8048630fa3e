/**
 * SECURITY.md item 7 through the api: 'backups.restore' restores into a NEW file, never over
 * an existing one, and the restored project opens with the passphrase the backup was made with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInterview } from '../../../src/main/services/interviews';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { fileMode, sha256File } from '../../helpers/files';
import { interviewInput } from '../../helpers/interviews';
import { OTHER_PASSPHRASE, PASSPHRASE, contentHash } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

/** Opening, restoring and changing the passphrase add audit events; the records must match. */
const RECORDS_ONLY = ['audit_events', 'meta', 'sqlite_sequence'];

let root: string;
let api: TestApi;

beforeAll(() => {
  root = makeTempDir('restore');
  api = makeApi(root);
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

it('restores a backup into a new file only, which opens with the backup passphrase', async () => {
  const work = makeSubDir(root, 'work');
  const original = path.join(work, 'assessment.bmma');
  expectValue(
    await api.call('project.create', { path: original, title: 'Restore test', language: 'th', passphrase: PASSPHRASE }),
  );
  for (let i = 0; i < 5; i += 1)
    createInterview(api.session.require(), interviewInput('focus_group', { notes: `บันทึก ${i}` }));
  const backup = expectValue(await api.call('backups.create', {}));
  const recordsInBackup = api.session.require().read((db) => contentHash(db, RECORDS_ONLY));
  // After the backup: more work, and a new passphrase (its own backup is made with it).
  createInterview(api.session.require(), interviewInput('official', { notes: 'after the backup' }));
  expectValue(await api.call('project.changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE }));
  const listed = expectValue(await api.call('backups.list', {}));
  expect(listed.map((b) => b.name)).toContain(backup.name);

  // An existing file is never overwritten.
  const existing = path.join(work, 'existing.bmma');
  fs.writeFileSync(existing, 'a file the user wants to keep');
  const existingHash = sha256File(existing);
  const refused = expectError(
    await api.call('backups.restore', {
      projectPath: original,
      name: backup.name,
      targetPath: existing,
      passphrase: PASSPHRASE,
    }),
  );
  expect(refused.code).toBe('FILE_EXISTS');
  expect(sha256File(existing)).toBe(existingHash);
  expect(api.session.status()).toMatchObject({ state: 'open', path: original });

  // The backup was made under the old passphrase: the current one does not open it.
  const target = path.join(work, 'restored.bmma');
  const wrong = expectError(
    await api.call('backups.restore', {
      projectPath: original,
      name: backup.name,
      targetPath: target,
      passphrase: OTHER_PASSPHRASE,
    }),
  );
  expect(wrong.code).toBe('WRONG_PASSPHRASE');
  expect(fs.existsSync(target)).toBe(false);

  // A name is a name, not a path.
  const traversal = expectError(
    await api.call('backups.restore', {
      projectPath: original,
      name: '../assessment.bmma',
      targetPath: target,
      passphrase: PASSPHRASE,
    }),
  );
  expect(traversal.code).toBe('VALIDATION');

  const restored = expectValue(
    await api.call('backups.restore', {
      projectPath: original,
      name: backup.name,
      targetPath: target,
      passphrase: PASSPHRASE,
    }),
  );
  expect(restored).toMatchObject({ path: target, title: 'Restore test', counts: { interviews: 5 } });
  expect(api.session.status()).toMatchObject({ state: 'open', path: target });
  if (process.platform !== 'win32') expect(fileMode(target)).toBe(0o600);

  expectValue(await api.call('project.close', {}));
  expect(expectError(await api.call('project.open', { path: target, passphrase: OTHER_PASSPHRASE })).code).toBe(
    'WRONG_PASSPHRASE',
  );
  const reopened = expectValue(await api.call('project.open', { path: target, passphrase: PASSPHRASE }));
  // Besides the records, every project holds its copy of the framework and reference data.
  expect(reopened.counts).toMatchObject({ interviews: 5, project: 1, indicators: 87 });
  expect(api.session.require().read((db) => contentHash(db, RECORDS_ONLY))).toBe(recordsInBackup);
  expect(api.session.require().checkIntegrity().ok).toBe(true);
  expectValue(await api.call('project.close', {}));

  // The original is untouched by the restore and still opens with its current passphrase.
  const current = expectValue(await api.call('project.open', { path: original, passphrase: OTHER_PASSPHRASE }));
  expect(current.counts).toMatchObject({ interviews: 6, project: 1, indicators: 87 });
  expectValue(await api.call('project.close', {}));
});

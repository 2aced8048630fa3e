/**
 * SECURITY.md item 12 — file permissions: 0600 for the project file, its WAL and backups;
 * 0700 for the backups folder and the settings folder; 0600 for settings.json. Checked under
 * a wide-open umask (000), so the modes come from the code, not from the environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupsDirFor } from '../../../src/main/project/backups';
import { createInterview } from '../../../src/main/services/interviews';
import { expectValue, makeApi } from '../../helpers/api';
import { fileMode } from '../../helpers/files';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let previousUmask: number;

beforeAll(() => {
  root = makeTempDir('permissions');
  previousUmask = process.umask(0o000);
});

afterAll(() => {
  process.umask(previousUmask);
  removeTempDir(root);
});

it.skipIf(process.platform === 'win32')('project, WAL, backups and settings are private to the user', async () => {
  const work = makeSubDir(root, 'work');
  const app = path.join(root, 'app');
  const api = makeApi(app);
  const file = path.join(work, 'assessment.bmma');
  try {
    expectValue(
      await api.call('project.create', { path: file, title: 'Permissions', language: 'en', passphrase: PASSPHRASE }),
    );
    createInterview(api.session.require(), interviewInput('official', { notes: 'makes a WAL' }));
    expectValue(await api.call('backups.create', {}));
    createInterview(api.session.require(), interviewInput('official', { notes: 'and some more' }));

    expect(fileMode(file)).toBe(0o600);
    expect(fileMode(`${file}-wal`)).toBe(0o600);
    const backups = backupsDirFor(file);
    expect(fileMode(backups)).toBe(0o700);
    const names = fs.readdirSync(backups);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(fileMode(path.join(backups, name)), name).toBe(0o600);

    // The settings folder and file exist: creating the project put it on the recent list.
    expect(fileMode(path.join(app, 'settings'))).toBe(0o700);
    expect(fileMode(path.join(app, 'settings', 'settings.json'))).toBe(0o600);
    expectValue(await api.call('settings.update', { idleLockMinutes: 5 }));
    expect(fileMode(path.join(app, 'settings', 'settings.json'))).toBe(0o600);
  } finally {
    api.session.close();
  }
  expect(fileMode(file)).toBe(0o600);
});

/**
 * SECURITY.md item 10 — single writer: a project held open by another process is refused
 * with FILE_IN_USE (not a wrong passphrase, not a corrupt file), and it is not damaged.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import type { Result } from '../../../src/shared/errors';
import { expectError, makeApi } from '../../helpers/api';
import { ProjectWorker } from '../../helpers/child';
import { ACTOR, PASSPHRASE, makeProject } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let file: string;

beforeAll(() => {
  root = makeTempDir('single-writer');
  const project = makeProject(makeSubDir(root, 'project'));
  file = project.path;
  project.close();
});

afterAll(() => removeTempDir(root));

it('refuses a project open in another process with FILE_IN_USE, and the other process keeps working', async () => {
  const worker = new ProjectWorker({ env: { BMMA_TEST_SETTINGS_DIR: path.join(root, 'worker-settings') } });
  try {
    await worker.ready();
    const opened = await worker.run<Result<unknown>>('api', {
      channel: 'project.open',
      input: { path: file, passphrase: PASSPHRASE },
    });
    expect(opened.ok).toBe(true);
    await worker.run('createInterview', { notes: 'written by the first window' });

    const api = makeApi(makeSubDir(root, 'app'));
    const error = expectError(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
    expect(error.code).toBe('FILE_IN_USE');
    expect(api.session.status().state).toBe('closed');

    // The first process did not notice: it goes on writing, then closes normally.
    await worker.run('createInterview', { notes: 'written after the refusal' });
    const closed = await worker.run<Result<{ state: string }>>('api', { channel: 'project.close', input: {} });
    expect(closed).toMatchObject({ ok: true, value: { state: 'closed' } });
  } finally {
    await worker.kill9();
  }

  const project = ProjectFile.open(file, PASSPHRASE, { actor: ACTOR });
  try {
    expect(project.checkIntegrity()).toMatchObject({ ok: true, cipher: 'ok', sqlite: 'ok', audit: 'ok' });
    const notes = project.read((db) =>
      (db.prepare('SELECT notes FROM interviews ORDER BY code').all() as { notes: string }[]).map((r) => r.notes),
    );
    expect(notes).toEqual(['written by the first window', 'written after the refusal']);
  } finally {
    project.close();
  }
}, 60_000);

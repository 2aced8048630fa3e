/**
 * SECURITY.md item 6 — no plaintext temp data. SQLite's temp files (sorts, index builds,
 * temp tables) are not encrypted by the cipher; with temp_store=MEMORY they are never created.
 * The workload runs in a child process whose TMPDIR / SQLITE_TMPDIR is a fresh folder that this
 * test watches. SQLite unlinks its temp files right after creating them, so listing the folder
 * afterwards would prove nothing: the watch sees every create, however short-lived.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InterviewCreateInput } from '../../../src/main/services/interviews';
import { createInterviews } from '../../../src/main/services/interviews';
import { ProjectWorker, sleep } from '../../helpers/child';
import { interviewInput } from '../../helpers/interviews';
import { listFilesRecursive } from '../../helpers/files';
import { PASSPHRASE, fieldNotes, makeProject } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

const ROWS = 20_000;
const LARGE_SORT = 'SELECT id, notes FROM interviews ORDER BY substr(notes, 9) || id';

let root: string;
let file: string;

beforeAll(() => {
  root = makeTempDir('tempfiles');
  const project = makeProject(makeSubDir(root, 'project'));
  for (let done = 0; done < ROWS; done += 1000) {
    const batch: InterviewCreateInput[] = [];
    for (let i = done; i < done + 1000; i += 1) batch.push(interviewInput('official', { notes: fieldNotes(300, i) }));
    createInterviews(project, batch);
  }
  file = project.path;
  project.close();
});

afterAll(() => removeTempDir(root));

/** Names created in dir while fn runs (inotify via fs.watch), after the events have arrived. */
async function filesCreatedDuring(dir: string, fn: () => Promise<unknown>): Promise<string[]> {
  const seen = new Set<string>();
  const watcher = fs.watch(dir, (_event, name) => {
    if (name) seen.add(String(name));
  });
  try {
    await fn();
    await sleep(300);
  } finally {
    watcher.close();
  }
  return [...seen];
}

it('sorts and builds indexes without writing temp files, and would have written them with temp_store=FILE', async () => {
  const tmp = makeSubDir(root, 'tmp');
  const worker = new ProjectWorker({
    env: {
      TMPDIR: tmp,
      SQLITE_TMPDIR: tmp,
      TSX_DISABLE_CACHE: '1',
      BMMA_TEST_SETTINGS_DIR: path.join(root, 'settings'),
    },
  });
  try {
    await worker.ready();
    await worker.run('openFile', { path: file, passphrase: PASSPHRASE });
    // 2 = MEMORY, 1 = ON, read back from the project's own connection.
    expect(await worker.run('pragma', { name: 'temp_store' })).toBe(2);
    expect(await worker.run('pragma', { name: 'secure_delete' })).toBe(1);
    // A page cache far smaller than the data, so that these really are "large" operations:
    // SQLite's sorter spills to temp files once its data outgrows the cache.
    await worker.run('exec', { sql: 'PRAGMA cache_size = -256' });

    const created = await filesCreatedDuring(tmp, async () => {
      const sorted = await worker.run<{ rows: number }>('timeQuery', { sql: LARGE_SORT });
      expect(sorted.rows).toBe(ROWS);
      await worker.run('exec', { sql: 'CREATE INDEX interviews_notes_tail ON interviews (substr(notes, 5), id)' });
      await worker.run('exec', { sql: 'CREATE TEMP TABLE scratch AS SELECT notes FROM interviews' });
      await worker.run('exec', { sql: 'DROP TABLE temp.scratch; DROP INDEX interviews_notes_tail' });
    });
    expect(created).toEqual([]);
    expect(listFilesRecursive(tmp)).toEqual([]);

    // Control: the same sort with SQLite's default (temp files on disk) does create them here.
    await worker.run('exec', { sql: 'PRAGMA temp_store = FILE' });
    const createdWithFiles = await filesCreatedDuring(tmp, () => worker.run('timeQuery', { sql: LARGE_SORT }));
    expect(createdWithFiles.length).toBeGreaterThan(0);
  } finally {
    await worker.kill9();
  }
});

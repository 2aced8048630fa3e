/**
 * SECURITY.md item 3 — a wrong passphrase is a passphrase problem — and item 5 — changing
 * the passphrase is safe, including a kill -9 at random points during the change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { AppError } from '../../../src/shared/errors';
import { ProjectWorker, seededRandom, sleep } from '../../helpers/child';
import { listNames, sha256File } from '../../helpers/files';
import {
  ACTOR,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  fillInterviews,
  interviewsHash,
  makeProject,
  rowCounts,
} from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;

beforeAll(() => {
  root = makeTempDir('passphrase');
});

afterAll(() => removeTempDir(root));

function tryOpen(file: string, passphrase: string): { project: ProjectFile | null; error: string | null } {
  try {
    return { project: ProjectFile.open(file, passphrase, { actor: ACTOR }), error: null };
  } catch (error) {
    if (error instanceof AppError) return { project: null, error: error.code };
    throw error;
  }
}

function openError(file: string, passphrase: string): string | null {
  try {
    ProjectFile.open(file, passphrase, { actor: ACTOR }).close();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

interface Snapshot {
  interviews: string;
  counts: Record<string, number>;
}

function snapshot(project: ProjectFile): Snapshot {
  return project.read((db) => {
    const counts = rowCounts(db);
    // Opening and changing the passphrase add audit events and move the audit head: compare the rest.
    delete counts['audit_events'];
    return { interviews: interviewsHash(db), counts };
  });
}

describe('a wrong passphrase (item 3)', () => {
  it('is reported as WRONG_PASSPHRASE and leaves the file and its folder exactly as they were', () => {
    const dir = makeSubDir(root, 'wrong');
    const project = makeProject(dir);
    fillInterviews(project, 20_000);
    project.close();
    const before = { hash: sha256File(project.path), names: listNames(dir) };

    expect(openError(project.path, `${PASSPHRASE}x`)).toBe('WRONG_PASSPHRASE');
    expect(openError(project.path, 'รหัสผ่านผิด ภาษาไทย 123')).toBe('WRONG_PASSPHRASE');

    // No -wal, -shm or -journal appeared, and not one byte of the file changed.
    expect({ hash: sha256File(project.path), names: listNames(dir) }).toEqual(before);
    expect(openError(project.path, PASSPHRASE)).toBeNull();
  });
});

describe('changing the passphrase (item 5)', () => {
  it('opens with the new passphrase only, with the same rows and content', () => {
    const dir = makeSubDir(root, 'change');
    const project = makeProject(dir);
    fillInterviews(project, 200_000);
    const before = snapshot(project);

    expect(() => project.changePassphrase('not the passphrase 123', OTHER_PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    expect(() => project.changePassphrase(PASSPHRASE, 'short')).toThrow(
      expect.objectContaining({ code: 'WEAK_PASSPHRASE' }),
    );
    project.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(snapshot(project)).toEqual(before);
    project.close();

    expect(openError(project.path, PASSPHRASE)).toBe('WRONG_PASSPHRASE');
    const reopened = ProjectFile.open(project.path, OTHER_PASSPHRASE, { actor: ACTOR });
    try {
      expect(snapshot(reopened)).toEqual(before);
      const integrity = reopened.checkIntegrity();
      expect(integrity.ok).toBe(true);
      const lastAction = reopened.read(
        (db) =>
          (db.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { action: string }).action,
      );
      expect(lastAction).toBe('project.passphraseChanged');
      expect(reopened.read((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    } finally {
      reopened.close();
    }
  });

  it('leaves a file that exactly one of {old, new} opens after a kill -9 at random points of the change', async () => {
    const ITERATIONS = 20;
    const dir = makeSubDir(root, 'kill');
    const template = makeProject(dir, 'template.bmma');
    fillInterviews(template, 1_000_000); // Thai notes: about 2 MB on disk
    const expected = snapshot(template);
    template.close();
    expect(fs.statSync(template.path).size).toBeGreaterThan(1_900_000);

    let serial = 0;
    const workers: ProjectWorker[] = [];
    /** A child that has opened a fresh copy of the template and waits for the command. */
    async function prepare(): Promise<{ worker: ProjectWorker; file: string }> {
      serial += 1;
      const file = path.join(dir, `copy-${serial}.bmma`);
      fs.copyFileSync(template.path, file);
      const worker = new ProjectWorker({ env: { BMMA_TEST_SETTINGS_DIR: path.join(dir, 'settings') } });
      workers.push(worker);
      await worker.ready();
      await worker.run('openFile', { path: file, passphrase: PASSPHRASE });
      return { worker, file };
    }

    // Measure one complete change first (key derivation for the new key + rewriting every page).
    const calibration = await prepare();
    const fullMs = await calibration.worker.run<number>('changePassphrase', {
      current: PASSPHRASE,
      next: OTHER_PASSPHRASE,
    });
    await calibration.worker.kill9();
    expect(openError(calibration.file, OTHER_PASSPHRASE)).toBeNull();

    const seed = Date.now() >>> 0;
    const random = seededRandom(seed);
    const outcomes: { delay: string; opened: 'old' | 'new'; leftover: string[] }[] = [];
    let next = prepare();
    try {
      for (let i = 0; i < ITERATIONS; i += 1) {
        const { worker, file } = await next;
        const pending = worker.start('changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
        pending.catch(() => undefined);
        let delay: string;
        if (i === 0) {
          delay = 'at once';
        } else if (i === ITERATIONS - 1) {
          await pending;
          delay = 'after the change';
        } else {
          // Stratified, so every phase gets kills: half over the whole change (checkpoint, switch
          // to a rollback journal, key derivation), half over its second half and beyond, where
          // the pages are rewritten under the new key and the file switches back to WAL.
          const half = Math.floor((ITERATIONS - 2) / 2);
          const k = i - 1;
          const ms =
            k < half
              ? ((k + random()) / half) * fullMs
              : fullMs * (0.5 + ((k - half + random()) / (ITERATIONS - 2 - half)) * 0.9);
          await sleep(ms);
          delay = `${Math.round(ms)} ms`;
        }
        await worker.kill9();
        // The next child starts while this file is checked (not during the kill window, where
        // it would slow the change down and skew the schedule).
        if (i + 1 < ITERATIONS) next = prepare();
        const leftover = listNames(dir)
          .filter((name) => name.startsWith(`${path.basename(file)}-`))
          .map((name) => `${name.slice(path.basename(file).length)}:${fs.statSync(path.join(dir, name)).size}`);

        const order = random() < 0.5 ? [PASSPHRASE, OTHER_PASSPHRASE] : [OTHER_PASSPHRASE, PASSPHRASE];
        // Each attempt opens, checks and closes (an open project holds its exclusive lock).
        const attempts = order.map((passphrase) => {
          const { project, error } = tryOpen(file, passphrase);
          if (!project) return { passphrase, error, integrityOk: false, content: null };
          try {
            return { passphrase, error, integrityOk: project.checkIntegrity().ok, content: snapshot(project) };
          } finally {
            project.close();
          }
        });
        const context = `iteration ${i}, kill ${delay}, seed ${seed}, leftover [${leftover.join(' ')}], errors ${JSON.stringify(attempts.map((a) => a.error))}`;
        const opened = attempts.filter((a) => a.error === null);
        expect(opened, context).toHaveLength(1);
        expect(attempts.find((a) => a.error !== null)?.error, context).toBe('WRONG_PASSPHRASE');
        expect(opened[0]?.integrityOk, context).toBe(true);
        expect(opened[0]?.content, context).toEqual(expected);
        // Recovery is complete: the closed project is one file again (no journal, no WAL).
        expect(
          listNames(dir).filter((name) => name.startsWith(`${path.basename(file)}-`)),
          context,
        ).toEqual([]);
        outcomes.push({ delay, opened: opened[0]?.passphrase === PASSPHRASE ? 'old' : 'new', leftover });
        fs.rmSync(file);
      }
    } finally {
      // If an assertion failed, the child prepared for the next round is still running.
      await next.catch(() => undefined);
      await Promise.all(workers.map((worker) => worker.kill9()));
    }

    // The schedule covered the whole change: some kills came before it took effect, some after.
    expect(outcomes.some((o) => o.opened === 'old')).toBe(true);
    expect(outcomes.some((o) => o.opened === 'new')).toBe(true);
    console.info(
      `passphrase change: ${Math.round(fullMs)} ms; outcomes ${outcomes.map((o) => `${o.delay}->${o.opened}${o.leftover.length ? `[${o.leftover.join(',')}]` : ''}`).join('; ')}`,
    );
  }, 180_000);
});

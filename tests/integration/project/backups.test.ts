/**
 * SECURITY.md item 7 — backups are encrypted and restorable, and rotate (keep 10).
 * (Restoring through the api is in tests/integration/api/restore.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUPS_TO_KEEP, backupsDirFor, listBackups } from '../../../src/main/project/backups';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview } from '../../../src/main/services/interviews';
import { AppError } from '../../../src/shared/errors';
import { fileMode, listNames } from '../../helpers/files';
import { interviewInput } from '../../helpers/interviews';
import { ACTOR, PASSPHRASE, contentHash, fillInterviews, makeProject } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;

beforeAll(() => {
  root = makeTempDir('backups');
});

afterAll(() => removeTempDir(root));

describe('backups (item 7)', () => {
  it('a backup opens with the same passphrase, passes the integrity check and holds the same content', () => {
    const project = makeProject(makeSubDir(root, 'content'));
    fillInterviews(project, 50_000);
    const hashAtBackup = project.read((db) => contentHash(db));
    const entry = project.backupNow();
    // Changes after the backup are not in it.
    createInterview(project, interviewInput('migrant', { notes: 'after the backup' }));
    project.close();

    expect(fs.readFileSync(entry.path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(() => ProjectFile.open(entry.path, 'not the passphrase 99', { actor: ACTOR, readOnly: true })).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    const backup = ProjectFile.open(entry.path, PASSPHRASE, { actor: ACTOR, readOnly: true });
    try {
      expect(backup.checkIntegrity()).toMatchObject({ ok: true, cipher: 'ok', sqlite: 'ok', audit: 'ok' });
      expect(backup.read((db) => contentHash(db))).toBe(hashAtBackup);
    } finally {
      backup.close();
    }
    // Reading a backup leaves nothing beside it (no -wal or -shm in the backups folder).
    expect(listNames(backupsDirFor(project.path)).filter((name) => !name.endsWith('.bmma'))).toEqual([]);
  });

  it(`rotates: after 12 backups the newest ${BACKUPS_TO_KEEP} are kept, each 0600 in a 0700 folder`, () => {
    // A clock that moves a minute per call, so each backup gets its own time stamp.
    let minutes = 0;
    const now = () => new Date(Date.UTC(2026, 10, 29, 8, 0) + minutes++ * 60_000);
    const project = makeProject(makeSubDir(root, 'rotation'), 'assessment.bmma', { now });
    const made: string[] = [];
    try {
      for (let i = 0; i < 12; i += 1) {
        createInterview(project, interviewInput('official', { notes: `change ${i}` }));
        made.push(project.backupNow().name);
      }
      // Backing up leaves no journal beside the open project.
      expect(listNames(path.dirname(project.path)).filter((name) => name.endsWith('-journal'))).toEqual([]);
    } finally {
      project.close();
    }
    expect(listNames(path.dirname(project.path))).toEqual(['assessment.bmma', 'assessment.bmma-backups']);
    const kept = listBackups(project.path);
    expect(kept).toHaveLength(BACKUPS_TO_KEEP);
    expect(kept.map((b) => b.name).sort()).toEqual(made.slice(-BACKUPS_TO_KEEP).sort());
    // Newest first, as the restore list shows them.
    expect(kept[0]?.name).toBe(made.at(-1));
    // Nothing but the backups themselves in the folder (no temp files from the atomic copies).
    expect(listNames(backupsDirFor(project.path))).toEqual(made.slice(-BACKUPS_TO_KEEP).sort());
    if (process.platform !== 'win32') {
      expect(fileMode(backupsDirFor(project.path))).toBe(0o700);
      for (const backup of kept) expect(fileMode(backup.path), backup.name).toBe(0o600);
    }
  });

  it('keeps the newest backups when many fall in the same second (e.g. "Back up now" clicked quickly)', () => {
    const now = () => new Date(Date.UTC(2026, 10, 29, 8, 0, 0));
    const project = makeProject(makeSubDir(root, 'same-second'), 'assessment.bmma', { now });
    const made: string[] = [];
    try {
      for (let i = 0; i < 13; i += 1) {
        const entry = project.backupNow();
        expect(fs.existsSync(entry.path), entry.name).toBe(true);
        made.push(entry.name);
      }
    } finally {
      project.close();
    }
    expect(new Set(made).size).toBe(13);
    expect(listBackups(project.path).map((b) => b.name)).toEqual(made.slice(-BACKUPS_TO_KEEP).reverse());
  });

  it('the newest backup after a passphrase change opens with the new passphrase only', () => {
    const project = makeProject(makeSubDir(root, 'rekeyed'), 'assessment.bmma', { backupOnOpen: true });
    const next = 'a brand new passphrase 2569';
    project.changePassphrase(PASSPHRASE, next);
    const newest = project.backups()[0];
    project.close();
    expect(newest).toBeDefined();
    const file = newest?.path ?? '';
    expect(() => ProjectFile.open(file, PASSPHRASE, { actor: ACTOR, readOnly: true })).toThrow(AppError);
    const backup = ProjectFile.open(file, next, { actor: ACTOR, readOnly: true });
    try {
      expect(backup.checkIntegrity().ok).toBe(true);
    } finally {
      backup.close();
    }
    expect(path.dirname(file)).toBe(backupsDirFor(project.path));
  });
});

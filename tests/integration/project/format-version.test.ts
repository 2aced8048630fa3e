/**
 * SECURITY.md item 9 — refuses the future; a failing migration changes nothing. On a real
 * encrypted file (the per-migration seed tests are in tests/unit/main/project/migrations.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/project/migrate';
import { LATEST_FORMAT_VERSION, MIGRATIONS } from '../../../src/main/project/migrations';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview } from '../../../src/main/services/interviews';
import { AppError } from '../../../src/shared/errors';
import { listNames, sha256File } from '../../helpers/files';
import { interviewInput } from '../../helpers/interviews';
import { ACTOR, PASSPHRASE, contentHash, makeProject, openRaw } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let original: string;

beforeAll(() => {
  root = makeTempDir('format');
  const project = makeProject(makeSubDir(root, 'original'));
  createInterview(project, interviewInput('official', { notes: 'before any upgrade' }));
  original = project.path;
  project.close();
});

afterAll(() => removeTempDir(root));

function copyOf(name: string): string {
  const file = path.join(makeSubDir(root, name), 'assessment.bmma');
  fs.copyFileSync(original, file);
  return file;
}

function openCode(file: string, readOnly: boolean): string {
  try {
    ProjectFile.open(file, PASSPHRASE, { actor: ACTOR, readOnly }).close();
    return 'opened';
  } catch (error) {
    return error instanceof AppError ? error.code : 'thrown';
  }
}

describe('format version (item 9)', () => {
  it('refuses a file from a newer version with NEWER_FORMAT and writes nothing', () => {
    const file = copyOf('newer');
    // What a newer BMMA Workbench would leave: the same file with a higher user_version.
    const raw = openRaw(file);
    raw.pragma(`user_version = ${LATEST_FORMAT_VERSION + 1}`);
    raw.close();
    const before = { hash: sha256File(file), names: listNames(path.dirname(file)) };

    expect(openCode(file, false)).toBe('NEWER_FORMAT');
    expect(openCode(file, true)).toBe('NEWER_FORMAT');
    expect({ hash: sha256File(file), names: listNames(path.dirname(file)) }).toEqual(before);
  });

  it('leaves version and data unchanged when a migration fails half-way', () => {
    const file = copyOf('failing');
    const raw = openRaw(file);
    try {
      const before = { version: raw.pragma('user_version', { simple: true }), content: contentHash(raw) };
      expect(before.version).toBe(LATEST_FORMAT_VERSION);
      const broken = {
        version: LATEST_FORMAT_VERSION + 1,
        name: 'broken',
        // The first statement works, the second fails: the first must be rolled back too.
        sql: "CREATE TABLE broken_probe (id TEXT PRIMARY KEY); INSERT INTO broken_probe VALUES ('x'); INSERT INTO no_such_table VALUES (1);",
      };
      expect(() => migrate(raw, [...MIGRATIONS, broken])).toThrow(
        expect.objectContaining({
          code: 'INTERNAL',
          details: { migration: LATEST_FORMAT_VERSION + 1, stage: 'migration' },
        }),
      );
      expect({ version: raw.pragma('user_version', { simple: true }), content: contentHash(raw) }).toEqual(before);
      expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'broken_probe'").get()).toEqual({ n: 0 });
    } finally {
      raw.close();
    }
    // The file still opens and passes every check.
    const project = ProjectFile.open(file, PASSPHRASE, { actor: ACTOR });
    try {
      expect(project.formatVersion).toBe(LATEST_FORMAT_VERSION);
      expect(project.checkIntegrity().ok).toBe(true);
    } finally {
      project.close();
    }
  });
});

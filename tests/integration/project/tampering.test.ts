/**
 * SECURITY.md item 4 — tampering is detected, never "fixed": one flipped bit in page 1 or in
 * a page of interview data is reported as FILE_TAMPERED / a failed page check, never as a
 * wrong passphrase, and the tampered file is not rewritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../src/main/project/cipher';
import { ProjectFile, type IntegrityResult } from '../../../src/main/project/project-file';
import { AppError } from '../../../src/shared/errors';
import { flipByte, listNames, sha256File } from '../../helpers/files';
import { ACTOR, PASSPHRASE, fillInterviews, makeProject, openRaw } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let original: string;
/** Pages (1-based) holding interview rows. */
let interviewPages: number[];

beforeAll(() => {
  root = makeTempDir('tamper');
  const project = makeProject(makeSubDir(root, 'original'));
  fillInterviews(project, 60_000, 1000);
  original = project.path;
  project.close();
  const raw = openRaw(original);
  try {
    interviewPages = (
      raw
        .prepare("SELECT pageno FROM dbstat WHERE name = 'interviews' AND pagetype = 'leaf' ORDER BY pageno")
        .all() as {
        pageno: number;
      }[]
    ).map((r) => r.pageno);
  } finally {
    raw.close();
  }
});

afterAll(() => removeTempDir(root));

let copies = 0;
function tamperedCopy(offset: number): string {
  copies += 1;
  const dir = makeSubDir(root, `copy-${copies}`);
  const file = path.join(dir, 'assessment.bmma');
  fs.copyFileSync(original, file);
  flipByte(file, offset);
  return file;
}

/** What the app sees on opening the file and checking it: an error code, or the integrity report. */
function openAndCheck(
  file: string,
  options: { readOnly?: boolean } = {},
): { error: string } | { report: IntegrityResult } {
  let project: ProjectFile;
  try {
    project = ProjectFile.open(file, PASSPHRASE, { actor: ACTOR, ...options });
  } catch (error) {
    if (error instanceof AppError) return { error: error.code };
    throw error;
  }
  try {
    return { report: project.checkIntegrity() };
  } finally {
    project.close();
  }
}

describe('tampering (item 4)', () => {
  it('the untouched original opens and passes every check (control)', () => {
    expect(interviewPages.length).toBeGreaterThan(5);
    const result = openAndCheck(tamperedCopyOf(original));
    expect(result).toEqual({ report: expect.objectContaining({ ok: true, cipher: 'ok', sqlite: 'ok', audit: 'ok' }) });
  });

  // Offsets inside page 1: the b-tree header, free space and the schema's cells at the end.
  // (The salt, bytes 0-15, and the first encrypted block, bytes 16-31, are the exception: a
  // change there makes the header undecryptable, which looks exactly like a wrong key.)
  it.each([100, 2000, 3900])(
    'a flipped byte at offset %i of page 1 is FILE_TAMPERED, and the file is not rewritten',
    (offset) => {
      const file = tamperedCopy(offset);
      const before = { hash: sha256File(file), names: listNames(path.dirname(file)) };
      expect(openAndCheck(file)).toEqual({ error: 'FILE_TAMPERED' });
      expect(openAndCheck(file, { readOnly: true })).toEqual({ error: 'FILE_TAMPERED' });
      expect({ hash: sha256File(file), names: listNames(path.dirname(file)) }).toEqual(before);
    },
  );

  it('a flipped byte in a page of interview data fails the check read-only (bmma verify), and the file is not rewritten', () => {
    const page = interviewPages[Math.floor(interviewPages.length / 2)] ?? 0;
    const file = tamperedCopy((page - 1) * PAGE_SIZE + 1500);
    const before = { hash: sha256File(file), names: listNames(path.dirname(file)) };
    const result = openAndCheck(file, { readOnly: true });
    if ('error' in result) {
      expect(result.error).toBe('FILE_TAMPERED');
    } else {
      expect(result.report).toMatchObject({ ok: false, cipher: 'failed' });
      expect(result.report.problems).toContain('page-authentication');
    }
    expect({ hash: sha256File(file), names: listNames(path.dirname(file)) }).toEqual(before);
  });

  it('a flipped byte in a page of interview data, opened for work: the check fails, reads are refused, the page stays as found', () => {
    const page = interviewPages[1] ?? 0;
    const offset = (page - 1) * PAGE_SIZE;
    const file = tamperedCopy(offset + 700);
    const tamperedPage = () => fs.readFileSync(file).subarray(offset, offset + PAGE_SIZE);
    const before = tamperedPage();
    const result = openAndCheck(file);
    if ('error' in result) {
      expect(result.error).toBe('FILE_TAMPERED');
    } else {
      expect(result.report).toMatchObject({ ok: false, cipher: 'failed' });
      expect(result.report.problems).toContain('page-authentication');
    }
    const project = ProjectFile.open(file, PASSPHRASE, { actor: ACTOR });
    try {
      // Reading the damaged rows is refused, rather than returning altered data.
      expect(() => project.read((db) => db.prepare('SELECT notes FROM interviews').all())).toThrow(
        expect.objectContaining({ code: 'FILE_TAMPERED' }),
      );
    } finally {
      project.close();
    }
    // Never "fixed": the damaged page is byte-for-byte as it was found. (The whole file's hash
    // is not compared here: a writable open switches the file to WAL and back on close, which
    // re-encrypts page 1 with a fresh IV. The read-only check above leaves every byte alone.)
    expect(tamperedPage().equals(before)).toBe(true);
  });
});

function tamperedCopyOf(file: string): string {
  copies += 1;
  const target = path.join(makeSubDir(root, `copy-${copies}`), 'assessment.bmma');
  fs.copyFileSync(file, target);
  return target;
}

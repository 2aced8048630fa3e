/**
 * SECURITY.md item 26 (and 3, 9) at the api: files that are not an openable project get their
 * own error, the file is left byte-for-byte as it was and nothing appears beside it; unusual
 * but valid passphrases work.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_FORMAT_VERSION } from '../../../src/main/project/migrations';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { listNames, sha256File } from '../../helpers/files';
import { PASSPHRASE, fillInterviews, makeProject, openRaw } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let files: string;
let api: TestApi;
let project: string;

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function truncatedCopy(name: string, bytes: number): string {
  const file = path.join(files, name);
  fs.writeFileSync(file, fs.readFileSync(project).subarray(0, bytes));
  return file;
}

beforeAll(() => {
  root = makeTempDir('badinput');
  files = makeSubDir(root, 'files');
  api = makeApi(makeSubDir(root, 'app'));
  const made = makeProject(makeSubDir(root, 'source'));
  fillInterviews(made, 40_000, 1000);
  project = made.path;
  made.close();

  fs.writeFileSync(path.join(files, 'empty.bmma'), '');
  truncatedCopy('cut-6000.bmma', 6000);
  truncatedCopy('cut-3-pages.bmma', 4096 * 3);
  const plain = new Database(path.join(files, 'plain.bmma'));
  plain.exec("CREATE TABLE interviews (notes TEXT); INSERT INTO interviews VALUES ('not encrypted')");
  plain.close();
  fs.writeFileSync(path.join(files, 'photo.bmma'), Buffer.concat([PNG, Buffer.alloc(8192 - PNG.length, 7)]));
  fs.copyFileSync(project, path.join(files, 'newer.bmma'));
  const raw = openRaw(path.join(files, 'newer.bmma'));
  raw.pragma(`user_version = ${LATEST_FORMAT_VERSION + 1}`);
  raw.close();
  fs.mkdirSync(path.join(files, 'folder.bmma'));
});

afterEach(() => {
  api.session.close();
});

afterAll(() => removeTempDir(root));

describe('files that are not an openable project', () => {
  const cases = [
    { name: 'a zero-byte file', file: 'empty.bmma', code: 'NOT_A_PROJECT', reason: 'empty' },
    { name: 'a file cut to 6000 bytes', file: 'cut-6000.bmma', code: 'NOT_A_PROJECT', reason: 'truncated' },
    { name: 'a file cut to three whole pages', file: 'cut-3-pages.bmma', code: 'FILE_TAMPERED', reason: undefined },
    { name: 'a plain SQLite file', file: 'plain.bmma', code: 'NOT_A_PROJECT', reason: 'unencrypted' },
    { name: 'a PNG renamed .bmma', file: 'photo.bmma', code: 'NOT_A_PROJECT', reason: 'png' },
    { name: 'a file from a newer version', file: 'newer.bmma', code: 'NEWER_FORMAT', reason: undefined },
    { name: 'a path that does not exist', file: 'missing.bmma', code: 'FILE_NOT_FOUND', reason: undefined },
    { name: 'a folder', file: 'folder.bmma', code: 'NOT_A_PROJECT', reason: 'not-a-file' },
  ] as const;

  it.each(cases)('$name: $code, and the file is untouched', async ({ file, code, reason }) => {
    const target = path.join(files, file);
    const hash = fs.existsSync(target) && fs.statSync(target).isFile() ? sha256File(target) : null;
    const before = listNames(files);
    const error = expectError(await api.call('project.open', { path: target, passphrase: PASSPHRASE }));
    expect(error.code).toBe(code);
    if (reason) expect(error.details).toMatchObject({ reason });
    if (code === 'NEWER_FORMAT')
      expect(error.details).toEqual({ fileVersion: LATEST_FORMAT_VERSION + 1, appVersion: LATEST_FORMAT_VERSION });
    // Untouched: same bytes, and no -wal, -shm, -journal or backups folder appeared beside it.
    if (hash) expect(sha256File(target)).toBe(hash);
    expect(listNames(files)).toEqual(before);
    expect(api.session.status().state).toBe('closed');
    // The message is the translated one for the code: nothing from SQLite, no path.
    expect(error.message).not.toContain(files);
  });

  it('tells the cases apart: each kind of file gets its own code or reason', async () => {
    const answers = new Set<string>();
    for (const { file } of cases) {
      const error = expectError(
        await api.call('project.open', { path: path.join(files, file), passphrase: PASSPHRASE }),
      );
      answers.add(`${error.code}/${String((error.details as { reason?: unknown } | undefined)?.reason ?? '')}`);
    }
    expect(answers.size).toBe(cases.length);
  });
});

describe('unusual but valid passphrases', () => {
  const LONG = 'ก'.repeat(5_000) + 'x'.repeat(4_999) + '!';
  const QUOTED = 'pass\'word"ไทย 12345';

  it.each([
    { name: '10,000 characters', passphrase: LONG, wrong: `${LONG.slice(0, -1)}?` },
    { name: 'quotes and Thai characters', passphrase: QUOTED, wrong: 'pass\'word"ไทย 12346' },
  ])(
    'a passphrase of $name creates and reopens a project; one character off is a wrong passphrase',
    async ({ passphrase, wrong }) => {
      const file = path.join(makeSubDir(root, `pass-${passphrase.length}`), 'assessment.bmma');
      expectValue(await api.call('project.create', { path: file, title: 'รหัสผ่านแปลก', language: 'th', passphrase }));
      expectValue(await api.call('project.close', {}));
      const hash = sha256File(file);
      expect(expectError(await api.call('project.open', { path: file, passphrase: wrong })).code).toBe(
        'WRONG_PASSPHRASE',
      );
      expect(sha256File(file)).toBe(hash);
      const info = expectValue(await api.call('project.open', { path: file, passphrase }));
      expect(info.title).toBe('รหัสผ่านแปลก');
    },
  );

  it('a passphrase over 10,000 characters is refused before anything is read', async () => {
    const error = expectError(await api.call('project.open', { path: project, passphrase: 'x'.repeat(10_001) }));
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error)).not.toContain('xxxxxxxx');
  });
});

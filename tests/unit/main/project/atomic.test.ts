/**
 * SECURITY.md item 11 — atomic writes: temp file in the same folder, fsync, rename. A failure
 * injected between the write and the rename leaves the old file intact and no temp file behind.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileAtomic, ensurePrivateDir, writeFileAtomic } from '../../../../src/main/project/atomic';
import { AppError } from '../../../../src/shared/errors';
import { fileMode, listNames } from '../../../helpers/files';
import { makeSubDir, makeTempDir, removeTempDir } from '../../../helpers/temp';

let root: string;

beforeAll(() => {
  root = makeTempDir('atomic');
});

afterAll(() => removeTempDir(root));

const failBeforeRename = {
  beforeRename: (temp: string) => {
    // The temp file really is there when the rename would happen.
    expect(fs.existsSync(temp)).toBe(true);
    throw new Error('power cut between write and rename');
  },
};

describe('writeFileAtomic', () => {
  it('replaces the file, with mode 0600, leaving nothing else in the folder', () => {
    const dir = makeSubDir(root, 'write');
    const target = path.join(dir, 'settings.json');
    fs.writeFileSync(target, 'old');
    writeFileAtomic(target, '{"language":"th"}');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"language":"th"}');
    expect(listNames(dir)).toEqual(['settings.json']);
    if (process.platform !== 'win32') expect(fileMode(target)).toBe(0o600);
  });

  it('keeps the old file and removes the temp file when the write fails before the rename', () => {
    const dir = makeSubDir(root, 'write-fail');
    const target = path.join(dir, 'settings.json');
    fs.writeFileSync(target, 'old content ไทย');
    let tempSeen = '';
    expect(() =>
      writeFileAtomic(target, 'new content', {
        hooks: {
          beforeRename: (temp) => {
            tempSeen = temp;
            expect(path.dirname(temp)).toBe(dir);
            expect(fs.readFileSync(temp, 'utf8')).toBe('new content');
            throw new Error('power cut between write and rename');
          },
        },
      }),
    ).toThrow(AppError);
    expect(tempSeen).not.toBe('');
    expect(fs.readFileSync(target, 'utf8')).toBe('old content ไทย');
    expect(listNames(dir)).toEqual(['settings.json']);
  });

  it('refuses to overwrite when asked not to, leaving the existing file as it was', () => {
    const dir = makeSubDir(root, 'no-overwrite');
    const target = path.join(dir, 'export.docx');
    fs.writeFileSync(target, 'keep me');
    expect(() => writeFileAtomic(target, 'replacement', { overwrite: false })).toThrow(
      expect.objectContaining({ code: 'FILE_EXISTS' }),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    expect(listNames(dir)).toEqual(['export.docx']);
  });
});

describe('copyFileAtomic', () => {
  it('copies into a new file with mode 0600, and never over an existing one', () => {
    const dir = makeSubDir(root, 'copy');
    const source = path.join(dir, 'source.bmma');
    fs.writeFileSync(source, Buffer.alloc(8192, 3));
    fs.chmodSync(source, 0o644);
    const target = path.join(dir, 'copy.bmma');
    copyFileAtomic(source, target);
    expect(fs.readFileSync(target).equals(fs.readFileSync(source))).toBe(true);
    if (process.platform !== 'win32') expect(fileMode(target)).toBe(0o600);
    expect(() => copyFileAtomic(source, target)).toThrow(expect.objectContaining({ code: 'FILE_EXISTS' }));
    expect(listNames(dir)).toEqual(['copy.bmma', 'source.bmma']);
  });

  it('copies from an open descriptor too (how a locked project is backed up)', () => {
    const dir = makeSubDir(root, 'copy-fd');
    const source = path.join(dir, 'source.bmma');
    // Larger than the 1 MiB copy buffer, so the read loop runs more than once.
    fs.writeFileSync(source, crypto.randomBytes(3 * 1024 * 1024 + 17));
    const fd = fs.openSync(source, 'r');
    try {
      copyFileAtomic(source, path.join(dir, 'copy.bmma'), { sourceFd: fd });
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(path.join(dir, 'copy.bmma')).equals(fs.readFileSync(source))).toBe(true);
  });

  it('leaves no target and no temp file when the copy fails before the rename', () => {
    const dir = makeSubDir(root, 'copy-fail');
    const source = path.join(dir, 'source.bmma');
    fs.writeFileSync(source, 'ciphertext');
    expect(() => copyFileAtomic(source, path.join(dir, 'backup.bmma'), { hooks: failBeforeRename })).toThrow(AppError);
    expect(listNames(dir)).toEqual(['source.bmma']);
    // And an existing target is left as it was.
    fs.writeFileSync(path.join(dir, 'backup.bmma'), 'older backup');
    expect(() =>
      copyFileAtomic(source, path.join(dir, 'backup.bmma'), { overwrite: true, hooks: failBeforeRename }),
    ).toThrow(AppError);
    expect(fs.readFileSync(path.join(dir, 'backup.bmma'), 'utf8')).toBe('older backup');
    expect(listNames(dir)).toEqual(['backup.bmma', 'source.bmma']);
  });
});

describe('ensurePrivateDir', () => {
  it.skipIf(process.platform === 'win32')('creates the folder 0700, and tightens an existing one', () => {
    const dir = path.join(root, 'private', 'nested');
    ensurePrivateDir(dir);
    expect(fileMode(dir)).toBe(0o700);
    fs.chmodSync(dir, 0o755);
    ensurePrivateDir(dir);
    expect(fileMode(dir)).toBe(0o700);
  });
});

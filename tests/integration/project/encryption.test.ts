/**
 * SECURITY.md item 1 — Really encrypted — and item 2 — Stock format.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, CIPHER, PAGE_SIZE } from '../../../src/main/project/cipher';
import { LATEST_FORMAT_VERSION } from '../../../src/main/project/migrations';
import { ProjectFile } from '../../../src/main/project/project-file';
import { updateProject } from '../../../src/main/services/project';
import type { Result } from '../../../src/shared/errors';
import { ProjectWorker } from '../../helpers/child';
import { findLeaks, listFilesRecursive } from '../../helpers/files';
import { ACTOR, PASSPHRASE, makeProject } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

const CANARY = 'CANARY-7f3a9c-field-note-that-must-never-be-on-disk-in-clear';
const THAI_CANARY = 'นกขมิ้นเหลืองอ่อน-บันทึกลับมาก-7f3a9c';
const CANARIES = [CANARY, THAI_CANARY];

let root: string;

beforeAll(() => {
  root = makeTempDir('encryption');
});

afterAll(() => removeTempDir(root));

function expectOk<T>(result: unknown): T {
  const answer = result as Result<T>;
  if (!answer.ok) throw new Error(`api answered ${answer.error.code}`);
  return answer.value;
}

describe('really encrypted (item 1)', () => {
  it('the canary scan finds a canary in a file written without the key (control)', () => {
    // Same code path with a null key (the benchmark's mode): proves the scan below can fail.
    const dir = makeSubDir(root, 'control');
    const project = makeProject(dir, 'plain.bmma', { unencrypted: true });
    updateProject(project, { description: `${CANARY} ${THAI_CANARY}` });
    project.close();
    const leaks = findLeaks([dir], CANARIES);
    expect(leaks.some((leak) => leak.includes('plain.bmma') && leak.includes('utf8'))).toBe(true);
    expect(leaks.filter((leak) => leak.includes('plain.bmma'))).toHaveLength(2);
  });

  it('keeps canaries out of the file, the WAL, backups and TMPDIR: while open, after a checkpoint, after kill -9', async () => {
    const work = makeSubDir(root, 'work');
    const tmp = makeSubDir(root, 'tmp');
    const file = path.join(work, 'canary.bmma');
    // SQLite puts its temp files in SQLITE_TMPDIR / TMPDIR: give the child its own, empty one.
    // TSX_DISABLE_CACHE keeps tsx's transform cache out of it, so anything found there is SQLite's.
    const worker = new ProjectWorker({
      env: {
        TMPDIR: tmp,
        SQLITE_TMPDIR: tmp,
        TSX_DISABLE_CACHE: '1',
        BMMA_TEST_SETTINGS_DIR: path.join(work, 'settings'),
      },
    });
    try {
      await worker.ready();
      expectOk(
        await worker.run('api', {
          channel: 'project.create',
          input: { path: file, title: 'Canary test', language: 'th', passphrase: PASSPHRASE },
        }),
      );
      expectOk(
        await worker.run('api', { channel: 'project.update', input: { description: `${CANARY}\n${THAI_CANARY}` } }),
      );
      for (let i = 0; i < 20; i += 1) await worker.run('createInterview', { notes: `${i} ${CANARY} ${THAI_CANARY}` });

      // While open, before any checkpoint: the changes are in the WAL only.
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
      expect(findLeaks([work, tmp], CANARIES)).toEqual([]);

      // A backup checkpoints first (WAL emptied into the file), then copies the ciphertext.
      expectOk(await worker.run('api', { channel: 'backups.create', input: {} }));
      expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
      const backups = fs.readdirSync(`${file}-backups`).filter((name) => name.endsWith('.bmma'));
      expect(backups.length).toBeGreaterThanOrEqual(2);
      expect(findLeaks([work, tmp], CANARIES)).toEqual([]);

      // More changes, then the app dies without closing: the WAL is left as it was.
      for (let i = 20; i < 25; i += 1) await worker.run('createInterview', { notes: `${i} ${CANARY} ${THAI_CANARY}` });
      await worker.kill9();
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      expect(findLeaks([work, tmp], CANARIES)).toEqual([]);
      // SQLite never put a file in the child's temp dir.
      expect(listFilesRecursive(tmp)).toEqual([]);
    } finally {
      await worker.kill9();
    }

    // The canaries really were saved: the project reopens (recovering the WAL) and holds them.
    const project = ProjectFile.open(file, PASSPHRASE, { actor: ACTOR });
    try {
      const stored = project.read((db) => ({
        description: (db.prepare('SELECT description FROM project').get() as { description: string }).description,
        withCanary: (
          db.prepare('SELECT count(*) AS n FROM interviews WHERE instr(notes, ?) > 0').get(THAI_CANARY) as { n: number }
        ).n,
      }));
      expect(stored).toEqual({ description: `${CANARY}\n${THAI_CANARY}`, withCanary: 25 });
      expect(project.checkIntegrity().ok).toBe(true);
    } finally {
      project.close();
    }
    expect(findLeaks([work, tmp], CANARIES)).toEqual([]);
  });
});

/**
 * SQLCipher 4's page format, re-implemented here with node:crypto from the published spec, so
 * the test shows that the file is stock SQLCipher 4 (what `sqlcipher` with only `PRAGMA key`
 * opens) without needing the sqlcipher binary, which is not installed on the build machines:
 * - salt: the first 16 bytes of the file;
 * - key: PBKDF2-HMAC-SHA512(passphrase, salt, 256000 iterations, 32 bytes);
 * - HMAC key: PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes);
 * - each 4096-byte page ends with 80 reserved bytes: a 16-byte IV, then a 64-byte HMAC-SHA512
 *   over ciphertext || IV || page number (uint32 little-endian);
 * - the ciphertext is AES-256-CBC without padding; page 1's starts after the salt, and its
 *   plaintext is the SQLite header from byte 16 on.
 */
const RESERVE = 80;
const IV_SIZE = 16;

interface SqlCipherKeys {
  key: Buffer;
  hmacKey: Buffer;
}

function deriveKeys(passphrase: string, salt: Buffer): SqlCipherKeys {
  const key = crypto.pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 256_000, 32, 'sha512');
  const hmacSalt = Buffer.from(salt.map((byte) => byte ^ 0x3a));
  return { key, hmacKey: crypto.pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512') };
}

function pageParts(file: Buffer, pageNo: number): { ciphertext: Buffer; iv: Buffer; hmac: Buffer } {
  const start = (pageNo - 1) * PAGE_SIZE;
  const page = file.subarray(start, start + PAGE_SIZE);
  const end = PAGE_SIZE - RESERVE;
  return {
    ciphertext: page.subarray(pageNo === 1 ? 16 : 0, end),
    iv: page.subarray(end, end + IV_SIZE),
    hmac: page.subarray(end + IV_SIZE, PAGE_SIZE),
  };
}

function pageHmac(keys: SqlCipherKeys, ciphertext: Buffer, iv: Buffer, pageNo: number): Buffer {
  const pgno = Buffer.alloc(4);
  pgno.writeUInt32LE(pageNo);
  return crypto.createHmac('sha512', keys.hmacKey).update(ciphertext).update(iv).update(pgno).digest();
}

function decryptPage(keys: SqlCipherKeys, file: Buffer, pageNo: number): Buffer {
  const { ciphertext, iv } = pageParts(file, pageNo);
  const decipher = crypto.createDecipheriv('aes-256-cbc', keys.key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

describe('stock SQLCipher 4 format (item 2)', () => {
  let file: string;
  let cipherPragmas: unknown[];

  beforeAll(() => {
    const project = makeProject(makeSubDir(root, 'format'));
    file = project.path;
    cipherPragmas = project.read((db) =>
      ['cipher', 'legacy', 'kdf_iter'].map((name) => db.pragma(name, { simple: true })),
    );
    project.close();
  });

  it('takes its cipher settings from the one CIPHER constant: SQLCipher, version 4 defaults', () => {
    expect(CIPHER).toEqual({ cipher: 'sqlcipher', legacy: 4 });
    // Read back from an open project's connection: what was set before the key is what we decrypt below.
    expect(cipherPragmas).toEqual([CIPHER.cipher, String(CIPHER.legacy), '256000']);
  });

  it('decrypts page 1 and page 2 with an independent implementation of the SQLCipher 4 spec', () => {
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.length % PAGE_SIZE).toBe(0);
    const keys = deriveKeys(PASSPHRASE, bytes.subarray(0, 16));

    for (const pageNo of [1, 2]) {
      const { ciphertext, iv, hmac } = pageParts(bytes, pageNo);
      expect(pageHmac(keys, ciphertext, iv, pageNo).equals(hmac), `HMAC of page ${pageNo}`).toBe(true);
    }
    // The HMAC check is real: one changed ciphertext byte no longer matches.
    const { ciphertext, iv, hmac } = pageParts(bytes, 2);
    const altered = Buffer.from(ciphertext);
    altered[100] = (altered[100] ?? 0) ^ 1;
    expect(pageHmac(keys, altered, iv, 2).equals(hmac)).toBe(false);

    // Page 1 plaintext starts at header byte 16.
    const header = decryptPage(keys, bytes, 1);
    const at = (offset: number) => offset - 16;
    expect(header.readUInt16BE(at(16))).toBe(PAGE_SIZE);
    expect(header[at(20)]).toBe(RESERVE);
    expect(header.readUInt32BE(at(60))).toBe(LATEST_FORMAT_VERSION);
    expect(header.readUInt32BE(at(68))).toBe(APPLICATION_ID);
    expect(header.subarray(at(68), at(72)).toString('latin1')).toBe('BMMA');
    // Page 2 is a b-tree page: its first byte is one of SQLite's four page types.
    expect([0x02, 0x05, 0x0a, 0x0d]).toContain(decryptPage(keys, bytes, 2)[0]);
  });
});

import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { CIPHER, type Db } from '../../src/main/project/cipher';
import { ProjectFile, type OpenOptions } from '../../src/main/project/project-file';
import { createInterviews, type InterviewCreateInput } from '../../src/main/services/interviews';
import { interviewInput } from './interviews';

/** Test passphrases: long enough for the 12-character minimum, distinctive enough to search for. */
export const PASSPHRASE = 'correct-horse-battery-staple-7261';
export const OTHER_PASSPHRASE = 'tiger lily pavement 4471 otter';
export const ACTOR = 'test-device';

export interface MakeProjectOptions extends Partial<OpenOptions> {
  passphrase?: string;
  title?: string;
  language?: 'en' | 'th';
}

/** Creates a real encrypted project (two key derivations: create, then open). */
export function makeProject(dir: string, name = 'assessment.bmma', options: MakeProjectOptions = {}): ProjectFile {
  const { passphrase = PASSPHRASE, title = 'Test assessment', language = 'en', ...open } = options;
  return ProjectFile.create(
    path.join(dir, name),
    { title, language, calendar: 'BE', passphrase },
    { actor: ACTOR, ...open },
  );
}

/** Interview notes of about `bytes` bytes, Thai and English mixed like real field notes. */
export function fieldNotes(bytes: number, seed = 0): string {
  const sentence = `Interview ${seed}: ด่านตรวจคนเข้าเมืองรายงานว่ามีผู้เดินทางเพิ่มขึ้น / officers report more travellers. `;
  return sentence.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(sentence)))).slice(0, bytes);
}

/** Adds interviews in transactions of 100 until about `totalBytes` of notes are stored. */
export function fillInterviews(project: ProjectFile, totalBytes: number, notesBytes = 2000): number {
  const count = Math.ceil(totalBytes / notesBytes);
  for (let done = 0; done < count; done += 100) {
    const batch: InterviewCreateInput[] = [];
    for (let i = done; i < Math.min(count, done + 100); i += 1) {
      batch.push(interviewInput('official', { notes: fieldNotes(notesBytes, i), location: `Checkpoint ${i % 7}` }));
    }
    createInterviews(project, batch);
  }
  return count;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (Buffer.isBuffer(v) ? `blob:${v.toString('base64')}` : v));
}

/** The user tables of the database, sorted by name (sqlite_master, not a fixed list). */
export function tableNames(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

/**
 * SHA-256 over every row of every table (ordered by rowid): changes if and only if the
 * content of the project changes. `except` leaves out tables that legitimately change,
 * e.g. the audit trail when a test compares across an open.
 */
export function contentHash(db: Db, except: readonly string[] = []): string {
  const hash = crypto.createHash('sha256');
  for (const table of tableNames(db).filter((t) => !except.includes(t))) {
    // Rows sorted by their JSON, not by rowid: FTS5's shadow tables (search_index_config,
    // search_index_idx) are WITHOUT ROWID tables.
    const rows = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).all().map(stableJson).sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** SHA-256 of all interviews, ordered by id. */
export function interviewsHash(db: Db): string {
  return crypto
    .createHash('sha256')
    .update(stableJson(db.prepare('SELECT * FROM interviews ORDER BY id').all()))
    .digest('hex');
}

export function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    tableNames(db).map((t) => [
      t,
      (db.prepare(`SELECT count(*) AS n FROM "${t.replace(/"/g, '""')}"`).get() as { n: number }).n,
    ]),
  );
}

/**
 * A raw connection, bypassing ProjectFile: the stock driver, the cipher pragmas from the
 * CIPHER constant, then the key. Tests use it to do what the app never does (set a future
 * user_version, drop the audit triggers, find the pages of a table).
 */
export function openRaw(file: string, passphrase: string = PASSPHRASE): Db {
  const db = new Database(file, { fileMustExist: true });
  db.pragma(`cipher='${CIPHER.cipher}'`);
  db.pragma(`legacy=${CIPHER.legacy}`);
  db.key(Buffer.from(passphrase.normalize('NFC'), 'utf8'));
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return db;
}

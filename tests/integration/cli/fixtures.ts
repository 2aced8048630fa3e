import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { connect, passphraseKey } from '../../../src/main/project/cipher';
import { ProjectFile } from '../../../src/main/project/project-file';

/** A real project, made by the same code the app uses (about half a second: two key derivations). */
export function makeProject(file: string, passphrase: string, title = 'Fixture assessment'): void {
  ProjectFile.create(file, { title, language: 'en', calendar: 'BE', passphrase }, { actor: 'test' }).close();
}

/** A project whose user_version says it was written by a newer version of the app. */
export function makeNewerFormat(file: string, passphrase: string): void {
  const db = connect(file, passphraseKey(passphrase));
  try {
    db.pragma('user_version = 99');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Rewrites the first audit event's action behind the app's back, as someone holding the
 * passphrase could: lift the append-only triggers, edit, put them back. The hash chain must notice.
 */
export function editFirstAuditEvent(file: string, passphrase: string): void {
  const db = connect(file, passphraseKey(passphrase));
  try {
    const triggers = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'")
      .all() as { name: string; sql: string }[];
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      db.prepare("UPDATE audit_events SET action = 'project.tampered' WHERE seq = 1").run();
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** An ordinary, unencrypted SQLite database. */
export function makePlainSqlite(file: string): void {
  const db = new Database(file);
  try {
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('plain text');");
  } finally {
    db.close();
  }
}

/** A 1x1 PNG image, as someone might rename a scan to .bmma by mistake. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Flips every bit of one byte of a copy. */
export function flipByte(source: string, target: string, offset: number): void {
  const bytes = fs.readFileSync(source);
  bytes[offset] = (bytes[offset] as number) ^ 0xff;
  fs.writeFileSync(target, bytes, { mode: 0o600 });
}

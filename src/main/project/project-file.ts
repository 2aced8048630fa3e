import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/schemas';
import { logger } from '../logger';
import { FILE_MODE, fsyncFile, publish, tempPathFor } from './atomic';
import { appendAuditEvent, verifyAuditChain, type AuditVerificationResult } from './audit';
import { BACKUP_INTERVAL_MS, listBackups, writeBackup, type BackupEntry } from './backups';
import {
  APPLICATION_ID,
  applyReadPragmas,
  configureWritable,
  connect,
  connectNew,
  passphraseKey,
  type Db,
} from './cipher';
import { assertOurs, schemaReads, verifyKey } from './key-check';
import { removeStaleJournal, restorePageOneFromHotJournal } from './journal';
import { assertNotNewer, formatVersion, migrate } from './migrate';
import { preflightNewFile, preflightProjectFile } from './preflight';
import { isSqliteCode, sqliteError } from './sqlite-errors';

export interface OpenOptions {
  /** Who is working: stored as updated_by and in the audit trail (a device/user label, never a name). */
  actor: string;
  readOnly?: boolean;
  nativeBinding?: string | undefined;
  /** Take a rotating backup right after opening (the app does; read-only CLI commands do not). */
  backupOnOpen?: boolean;
  now?: () => Date;
  /** Benchmark only: open without encryption to compare the same code path. */
  unencrypted?: boolean;
}

export interface NewProject {
  title: string;
  language: 'en' | 'th';
  calendar: 'BE' | 'CE';
  passphrase: string;
}

export interface WriteContext {
  readonly db: Db;
  readonly now: string;
  readonly actor: string;
  audit(action: string, entity: string, entityId?: string | null, details?: Record<string, unknown>): void;
}

export interface IntegrityResult {
  ok: boolean;
  cipher: 'ok' | 'failed';
  sqlite: 'ok' | 'failed';
  audit: 'ok' | 'failed';
  problems: string[];
  pagesChecked: number;
  auditEvents: number;
  checkedAt: string;
}

function assertStrongPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('WEAK_PASSPHRASE', undefined, { minLength: MIN_PASSPHRASE_LENGTH });
  }
}

function keyFor(passphrase: string, options: OpenOptions): Buffer | null {
  return options.unencrypted ? null : passphraseKey(passphrase);
}

/**
 * One open project file: an exclusive, keyed SQLCipher connection. Services write through
 * `write()`, which runs an IMMEDIATE transaction and appends the audit event inside it.
 */
export class ProjectFile {
  private reviewCopy: boolean | null = null;
  private lastBackupAt: number;
  private changedSinceBackup = false;
  /**
   * Our own descriptor of the project file, open as long as the connection, for the backup
   * copy: on POSIX, opening and closing the file anywhere in this process would drop all the
   * locks SQLite holds on it (fcntl semantics), and with them the exclusive lock that keeps a
   * second process out. It is closed only after the connection.
   */
  private readonly fileDescriptor: number | null;

  private constructor(
    readonly path: string,
    private readonly db: Db,
    private verifier: (passphrase: string) => boolean,
    private readonly options: OpenOptions,
  ) {
    this.lastBackupAt = this.now().getTime();
    this.fileDescriptor = options.readOnly ? null : fs.openSync(path, 'r');
  }

  private releaseFileDescriptor(): void {
    if (this.fileDescriptor !== null) fs.closeSync(this.fileDescriptor);
  }

  static open(file: string, passphrase: string, options: OpenOptions): ProjectFile {
    const readOnly = options.readOnly ?? false;
    preflightProjectFile(file, { writable: !readOnly, allowUnencrypted: options.unencrypted ?? false });
    const key = keyFor(passphrase, options);
    let db: Db;
    try {
      db = connect(file, key, { readonly: readOnly, nativeBinding: options.nativeBinding });
    } catch (error) {
      throw sqliteError(error);
    }
    try {
      // Exclusive: a second process gets SQLITE_BUSY (FILE_IN_USE), and WAL needs no -shm file.
      if (!readOnly) db.pragma('locking_mode=EXCLUSIVE');
      if (!readOnly && key && !schemaReads(db) && restorePageOneFromHotJournal(file)) {
        // An interrupted passphrase change (see journal.ts): the failed read kept our exclusive
        // lock while page 1 was restored; the key must be derived again from the restored salt.
        db.close();
        db = connect(file, key, { nativeBinding: options.nativeBinding });
        db.pragma('locking_mode=EXCLUSIVE');
      }
      verifyKey(db, file, key, options);
      assertOurs(db);
      assertNotNewer(db);
      // Nothing above wrote to the file. From here on the key is known to be right.
      if (readOnly) applyReadPragmas(db);
      else {
        configureWritable(db);
        removeStaleJournal(file);
      }
      const project = new ProjectFile(file, db, makeVerifier(passphrase), options);
      if (!readOnly) {
        try {
          // Back up before migrating, so an older file can always be recovered as it was.
          if (options.backupOnOpen) project.backupNow();
          migrate(db, undefined, options.now);
        } catch (error) {
          db.close();
          project.releaseFileDescriptor();
          throw error;
        }
      }
      return project;
    } catch (error) {
      db.close();
      throw sqliteError(error);
    }
  }

  /**
   * Creates the file under a temporary name in the same folder and links it into place
   * only when it is complete, so a failed create leaves nothing behind and never
   * overwrites an existing file.
   */
  static create(file: string, input: NewProject, options: OpenOptions): ProjectFile {
    assertStrongPassphrase(input.passphrase);
    preflightNewFile(file);
    const temp = tempPathFor(file);
    const now = (options.now ?? (() => new Date()))().toISOString();
    try {
      const db = connectNew(temp, keyFor(input.passphrase, options), options.nativeBinding);
      try {
        db.pragma('locking_mode=EXCLUSIVE');
        db.pragma(`application_id = ${APPLICATION_ID}`);
        configureWritable(db);
        migrate(db, undefined, options.now);
        const id = crypto.randomUUID();
        db.transaction(() => {
          db.prepare(
            `INSERT INTO project (id, title, description, language, calendar, created_at, updated_at, updated_by)
             VALUES (?, ?, '', ?, ?, ?, ?, ?)`,
          ).run(id, input.title, input.language, input.calendar, now, now, options.actor);
          appendAuditEvent(db, { actor: options.actor, action: 'project.created', entity: 'project', entityId: id, at: now });
        }).immediate();
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.pragma('journal_mode=DELETE');
      } finally {
        db.close();
      }
      fs.chmodSync(temp, FILE_MODE);
      fsyncFile(temp);
      publish(temp, file, false);
    } catch (error) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
      throw sqliteError(error);
    }
    return ProjectFile.open(file, input.passphrase, options);
  }

  get readOnly(): boolean {
    return this.options.readOnly ?? false;
  }

  get actor(): string {
    return this.options.actor;
  }

  now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  get formatVersion(): number {
    return formatVersion(this.db);
  }

  matchesPassphrase(passphrase: string): boolean {
    return this.verifier(passphrase);
  }

  /** Reads run on the open connection; SQLite errors are sorted into the closed list. */
  read<T>(fn: (db: Db) => T): T {
    try {
      return fn(this.db);
    } catch (error) {
      throw sqliteError(error);
    }
  }

  /**
   * True when this file is a review copy (issue 6): its content is read-only; only comments,
   * review decisions and the session's own events (opened, exported) may be written. Read once
   * from `meta` (key review_copy), where the copy was marked when it was made.
   */
  get isReviewCopy(): boolean {
    if (this.reviewCopy === null) {
      const row = this.read((db) => db.prepare("SELECT value FROM meta WHERE key = 'review_copy'").get()) as
        | { value: string }
        | undefined;
      this.reviewCopy = row !== undefined;
    }
    return this.reviewCopy;
  }

  /**
   * Runs fn in a BEGIN IMMEDIATE transaction; the audit events it records commit with it.
   * Every 15 minutes of changes a rotating backup is taken after the commit. In a review copy
   * only writes marked `allowInReviewCopy` run (comments, decisions, session events);
   * anything else is refused with REVIEW_COPY_READ_ONLY before the transaction starts.
   */
  write<T>(
    fn: (ctx: WriteContext) => T,
    options: { allowInReviewCopy?: boolean; deferred?: boolean; bulk?: boolean } = {},
  ): T {
    if (this.readOnly) throw new AppError('READ_ONLY');
    if (!options.allowInReviewCopy && this.isReviewCopy) throw new AppError('REVIEW_COPY_READ_ONLY');
    const now = this.now().toISOString();
    const ctx: WriteContext = {
      db: this.db,
      now,
      actor: this.options.actor,
      audit: (action, entity, entityId, details) =>
        appendAuditEvent(this.db, { actor: this.options.actor, action, entity, entityId: entityId ?? null, details: details ?? {}, at: now }),
    };
    let result: T;
    try {
      // Deferred only for a merge reading another file attached to this connection: BEGIN
      // IMMEDIATE would ask for a write lock on that file too (refused on a read-only stick).
      // This connection holds its own file exclusively, so nothing can come in between.
      const transaction = this.db.transaction(() => fn(ctx));
      // A bulk write (a merge bringing thousands of records) goes through the rollback journal:
      // appended pages are written once, where WAL writes them to the log and again at the
      // checkpoint. Equally durable (synchronous=FULL); a crash rolls back from the journal.
      // main. only: without it the pragmas would switch a database attached for reading too.
      if (options.bulk) {
        this.db.pragma('main.wal_checkpoint(TRUNCATE)');
        this.db.pragma('main.journal_mode=DELETE');
      }
      try {
        result = options.deferred ? transaction.deferred() : transaction.immediate();
      } finally {
        if (options.bulk) this.db.pragma('main.journal_mode=WAL');
      }
    } catch (error) {
      throw sqliteError(error);
    }
    this.changedSinceBackup = true;
    this.maybePeriodicBackup();
    return result;
  }

  private maybePeriodicBackup(): void {
    if (!this.options.backupOnOpen || !this.changedSinceBackup) return;
    if (this.now().getTime() - this.lastBackupAt < BACKUP_INTERVAL_MS) return;
    try {
      this.backupNow();
    } catch (error) {
      // The edit itself committed; a failed backup must not turn it into an error.
      logger.warn('periodic backup failed', { code: (error as AppError).code });
    }
  }

  checkpoint(): void {
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      throw sqliteError(error);
    }
  }

  backupNow(): BackupEntry {
    if (this.readOnly) throw new AppError('READ_ONLY');
    this.checkpoint();
    // Copy the file with a rollback-mode header, like a closed file: reading a backup (the
    // restore check, bmma verify) then creates no -wal/-shm files in the backups folder.
    let entry: BackupEntry;
    try {
      this.db.pragma('journal_mode=DELETE');
    } catch (error) {
      throw sqliteError(error);
    }
    try {
      entry = writeBackup(this.path, this.now(), this.fileDescriptor ?? undefined);
    } finally {
      this.db.pragma('journal_mode=WAL');
    }
    this.lastBackupAt = this.now().getTime();
    this.changedSinceBackup = false;
    return entry;
  }

  backups(): BackupEntry[] {
    return listBackups(this.path);
  }

  /**
   * Checkpoint -> rollback journal -> rekey -> WAL. SQLite3MultipleCiphers cannot rekey a
   * database in WAL mode; in DELETE mode the rekey is one journalled transaction, so a crash
   * leaves a file that exactly one of the two passphrases opens.
   */
  changePassphrase(current: string, next: string): void {
    if (this.readOnly) throw new AppError('READ_ONLY');
    // Refused before the rekey: afterwards the audit write would be, leaving a file that
    // opens only with a passphrase the user was told had not been set.
    if (this.isReviewCopy) throw new AppError('REVIEW_COPY_READ_ONLY');
    if (!this.matchesPassphrase(current)) throw new AppError('WRONG_PASSPHRASE');
    assertStrongPassphrase(next);
    if (this.options.unencrypted) throw new AppError('INTERNAL');
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.pragma('journal_mode=DELETE');
      this.db.rekey(passphraseKey(next));
      this.db.pragma('journal_mode=WAL');
    } catch (error) {
      throw sqliteError(error);
    }
    this.verifier = makeVerifier(next);
    this.write((ctx) => ctx.audit('project.passphraseChanged', 'project', null));
    // The newest backup should open with the passphrase the user now knows.
    if (this.options.backupOnOpen) this.backupNow();
  }

  verifyAudit(): AuditVerificationResult {
    return this.read((db) => verifyAuditChain(db));
  }

  /**
   * Reads every page: the page cache is emptied first so each page is read from disk, its
   * HMAC checked by the cipher, then `integrity_check` walks the b-trees and `dbstat`
   * touches every page of every table and index.
   */
  checkIntegrity(): IntegrityResult {
    const problems: string[] = [];
    let cipher: 'ok' | 'failed' = 'ok';
    let sqlite: 'ok' | 'failed' = 'ok';
    let audit: 'ok' | 'failed' = 'ok';
    let pagesChecked = 0;
    let auditEvents = 0;
    try {
      this.db.pragma('shrink_memory');
      pagesChecked = Number(this.db.pragma('page_count', { simple: true }));
      const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
      if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
        sqlite = 'failed';
        problems.push('sqlite-integrity');
      }
      this.db.prepare('SELECT count(*) AS n, sum(pgsize) AS bytes FROM dbstat').get();
    } catch (error) {
      if (isSqliteCode(error, 'SQLITE_CORRUPT') || isSqliteCode(error, 'SQLITE_NOTADB')) {
        cipher = 'failed';
        sqlite = 'failed';
        problems.push('page-authentication');
      } else {
        throw sqliteError(error);
      }
    }
    if (cipher === 'ok') {
      try {
        const chain = verifyAuditChain(this.db);
        auditEvents = chain.events;
        if (!chain.ok) {
          audit = 'failed';
          problems.push(`audit-${chain.reason ?? 'broken'}`);
        }
      } catch (error) {
        audit = 'failed';
        problems.push(isSqliteCode(error, 'SQLITE_CORRUPT') ? 'page-authentication' : 'audit-unreadable');
      }
    } else {
      audit = 'failed';
    }
    return {
      ok: cipher === 'ok' && sqlite === 'ok' && audit === 'ok',
      cipher,
      sqlite,
      audit,
      problems,
      pagesChecked,
      auditEvents,
      checkedAt: this.now().toISOString(),
    };
  }

  /**
   * Checkpoints and leaves WAL mode, so the closed file is one self-contained rollback-mode
   * database: safe to copy to USB, and readable (info, verify) from read-only media without
   * SQLite creating -wal/-shm files beside it. open() switches it back to WAL.
   */
  close(): void {
    if (!this.db.open) return;
    try {
      if (!this.readOnly) {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
        this.db.pragma('journal_mode=DELETE');
      }
    } catch (error) {
      logger.warn('checkpoint on close failed', { code: sqliteError(error).code });
    } finally {
      this.db.close();
      this.releaseFileDescriptor();
    }
  }

  get isOpen(): boolean {
    return this.db.open;
  }
}

/**
 * Lets changePassphrase check the current passphrase without keeping it: an HMAC under a
 * random key that lives only in this process.
 */
function makeVerifier(passphrase: string): (candidate: string) => boolean {
  const secret = crypto.randomBytes(32);
  const digest = (value: string) => crypto.createHmac('sha256', secret).update(value.normalize('NFC')).digest();
  const expected = digest(passphrase);
  return (candidate) => crypto.timingSafeEqual(digest(candidate), expected);
}

import { AppError } from '../../shared/errors';
import { APPLICATION_ID, connect, type Db } from './cipher';
import { isSqliteCode, sqliteError } from './sqlite-errors';

/**
 * The key check of open(): a read before anything else, and when it fails, the diagnosis
 * that tells a wrong passphrase from a damaged page 1 (SECURITY.md 3 and 4).
 */

export interface KeyCheckOptions {
  nativeBinding?: string | undefined;
}

/**
 * After the key check failed: was it the passphrase, or is page 1 damaged? Read page 1 again
 * without its HMAC check (read-only, nothing written). SQLite answers SQLITE_NOTADB only when
 * the header does not decrypt into a valid SQLite header, i.e. the key is wrong. If the schema
 * reads, or fails in any other way (a malformed schema when the altered byte is in the
 * schema's cells, "unsupported file format"), the key is right and the page was altered:
 * tampered, not a wrong passphrase.
 */
function diagnoseKeyFailure(file: string, key: Buffer, options: KeyCheckOptions): AppError {
  let probe: Db | undefined;
  try {
    probe = connect(file, key, { readonly: true, skipHmacCheck: true, nativeBinding: options.nativeBinding });
    // Exclusive, so that a -wal left by a crash is read without creating a -shm file beside it.
    probe.pragma('locking_mode=EXCLUSIVE');
    probe.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return new AppError('FILE_TAMPERED', undefined, { page: 1 });
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_CORRUPT') || isSqliteCode(error, 'SQLITE_ERROR') || isSqliteCode(error, 'SQLITE_FORMAT')) {
      return new AppError('FILE_TAMPERED', undefined, { page: 1 });
    }
    return new AppError('WRONG_PASSPHRASE');
  } finally {
    probe?.close();
  }
}

/**
 * The key check's read: false only when it fails the way a wrong key (or an interrupted
 * rekey) does. Anything else is thrown at once (SQLITE_BUSY: FILE_IN_USE), not retried.
 */
export function schemaReads(db: Db): boolean {
  try {
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return true;
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_NOTADB')) return false;
    throw sqliteError(error);
  }
}

export function verifyKey(db: Db, file: string, key: Buffer | null, options: KeyCheckOptions): void {
  try {
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_NOTADB') && key) {
      // Release our lock first (exclusive mode keeps it after a failed read), or the
      // diagnosis's second connection would wait out the busy timeout.
      db.close();
      throw diagnoseKeyFailure(file, key, options);
    }
    if (isSqliteCode(error, 'SQLITE_NOTADB')) throw new AppError('NOT_A_PROJECT');
    throw sqliteError(error);
  }
}

export function assertOurs(db: Db): void {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  if (applicationId !== APPLICATION_ID) throw new AppError('NOT_A_PROJECT', undefined, { reason: 'application-id' });
}

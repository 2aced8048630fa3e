import Database from 'better-sqlite3-multiple-ciphers';

/**
 * The one place the cipher is chosen. SQLCipher 4 defaults (AES-256-CBC, HMAC-SHA512,
 * PBKDF2-HMAC-SHA512 with 256,000 iterations, 4096-byte pages), so stock SQLCipher 4
 * opens a project file with nothing but `PRAGMA key`.
 */
export const CIPHER = { cipher: 'sqlcipher', legacy: 4 } as const;

/** 'BMMA' in ASCII: marks the file as ours in the SQLite header (application_id). */
export const APPLICATION_ID = 0x424d4d41;

export const PAGE_SIZE = 4096;

/** Page cache per connection, in KiB (negative cache_size): holds a whole assessment. */
export const CACHE_KIB = 131_072;

export type Db = Database.Database;

export const BUSY_TIMEOUT_MS = 500;

export interface ConnectionOptions {
  readonly?: boolean;
  /** Path to the native module built for Electron (see scripts/build-electron-native.mjs). */
  nativeBinding?: string | undefined;
  /** Only for the diagnosis of a failed key check: read page 1 without its HMAC. */
  skipHmacCheck?: boolean;
}

/** The passphrase is NFC-normalised so that the same Thai text typed on two keyboards matches. */
export function passphraseKey(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

/**
 * Opens a connection and applies the cipher settings, then the key. The key is passed as
 * a Buffer through db.key(), never interpolated into a PRAGMA string. A null key opens the
 * file unencrypted: only the benchmark does that, to compare like with like.
 */
export function connect(file: string, key: Buffer | null, options: ConnectionOptions = {}): Db {
  const db = new Database(file, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    // The file is held with an exclusive lock for as long as it is open; waiting longer for
    // another process to let go only delays the FILE_IN_USE answer.
    timeout: BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (key) {
      db.pragma(`cipher='${CIPHER.cipher}'`);
      db.pragma(`legacy=${CIPHER.legacy}`);
      if (options.skipHmacCheck) db.pragma('hmac_check=0');
      db.key(key);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Creates a new, empty encrypted database file (the file must not exist). */
export function connectNew(file: string, key: Buffer | null, nativeBinding?: string): Db {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  if (key) {
    db.pragma(`cipher='${CIPHER.cipher}'`);
    db.pragma(`legacy=${CIPHER.legacy}`);
    db.key(key);
  }
  return db;
}

/** Pragmas for a writable connection: only after the key has been verified. */
export function configureWritable(db: Db): void {
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  applyReadPragmas(db);
}

export function applyReadPragmas(db: Db): void {
  db.pragma('temp_store=MEMORY');
  db.pragma('secure_delete=ON');
  db.pragma(`cache_size=-${CACHE_KIB}`);
  db.pragma('foreign_keys=ON');
  db.pragma('trusted_schema=OFF');
}

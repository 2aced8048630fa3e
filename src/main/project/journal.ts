import fs from 'node:fs';
import { logger } from '../logger';
import { PAGE_SIZE } from './cipher';

/** SQLite's rollback-journal header magic (see "The Rollback Journal" in SQLite's file format). */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');
const SALT_BYTES = 16;

function readAll(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * Recovery of a passphrase change killed half-way (SECURITY.md item 5).
 *
 * The change is one journalled transaction (rollback-journal mode), so SQLite rolls it back
 * on the next open. But SQLite3MultipleCiphers gives page 1 a new random salt when it rekeys,
 * and it derives the key from the salt on page 1 of the file *before* SQLite looks at the hot
 * journal. Once the new page 1 is on disk, neither passphrase can open the file: the old one
 * is stretched with the new salt, and the new key cannot decrypt the journal (written under
 * the old key). Putting the journal's copy of page 1 back (which is exactly the first thing
 * the rollback would do) restores the old salt: the old passphrase then derives the old key
 * and SQLite rolls back the rest, and the new passphrase is refused as wrong.
 *
 * Only call this while holding the exclusive lock on the database (a failed read in
 * locking_mode=EXCLUSIVE keeps it), so no live process can be in the middle of that change.
 * Returns true if page 1 was restored (the caller must then reconnect: the key was derived).
 */
export function restorePageOneFromHotJournal(file: string): boolean {
  const journal = readAll(`${file}-journal`);
  if (!journal || journal.length < 28 || !journal.subarray(0, 8).equals(JOURNAL_MAGIC)) return false;
  // A hot journal with no records (nRec 0) has written nothing to the file yet.
  const records = journal.readUInt32BE(8);
  const sectorSize = journal.readUInt32BE(20);
  const pageSize = journal.readUInt32BE(24);
  if (records === 0 || pageSize !== PAGE_SIZE || sectorSize < 512 || sectorSize > 65_536) return false;
  // The first record: page number (4 bytes), the page as it was on disk, checksum (4 bytes).
  if (journal.length < sectorSize + 4 + PAGE_SIZE + 4 || journal.readUInt32BE(sectorSize) !== 1) return false;
  const pageOne = journal.subarray(sectorSize + 4, sectorSize + 4 + PAGE_SIZE);
  const fd = fs.openSync(file, 'r+');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    fs.readSync(fd, salt, 0, SALT_BYTES, 0);
    // Same salt: not an interrupted rekey; SQLite's own rollback handles it.
    if (salt.equals(pageOne.subarray(0, SALT_BYTES))) return false;
    fs.writeSync(fd, pageOne, 0, PAGE_SIZE, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  logger.warn('restored page 1 from the journal of an interrupted passphrase change');
  return true;
}

/**
 * In exclusive locking mode SQLite keeps a used rollback journal (header zeroed) instead of
 * deleting it: after rolling back the hot journal of a passphrase change killed half-way, the
 * `-journal` file stays beside the project for good. Once the file is open in WAL mode under
 * our exclusive lock (any hot journal already rolled back by the key check's read), that
 * journal is never read again: remove it, so the closed project is a single file again.
 */
export function removeStaleJournal(file: string): void {
  try {
    fs.rmSync(`${file}-journal`, { force: true });
  } catch (error) {
    logger.warn('could not remove a stale rollback journal', { code: (error as NodeJS.ErrnoException).code });
  }
}

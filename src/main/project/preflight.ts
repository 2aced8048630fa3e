import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { PAGE_SIZE } from './cipher';
import { ioError } from './fs-errors';

const PLAIN_SQLITE = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Magic numbers of files people rename by mistake: refused before any key derivation. */
const KNOWN_MAGIC: { kind: string; bytes: Buffer }[] = [
  { kind: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  { kind: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff]) },
  { kind: 'pdf', bytes: Buffer.from('%PDF', 'latin1') },
  { kind: 'zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
  { kind: 'gif', bytes: Buffer.from('GIF8', 'latin1') },
];

/**
 * Checks a path before SQLite sees it, so that a file that cannot be ours is refused with
 * NOT_A_PROJECT and never touched. (SQLite would happily turn a zero-byte file into a new
 * database.) Reads at most 16 bytes.
 */
export function preflightProjectFile(
  file: string,
  options: { writable: boolean; /** Benchmark only (OpenOptions.unencrypted). */ allowUnencrypted?: boolean },
): { size: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw ioError(error, file);
  }
  if (!stat.isFile()) throw new AppError('NOT_A_PROJECT', undefined, { reason: 'not-a-file' });
  if (stat.size === 0) throw new AppError('NOT_A_PROJECT', undefined, { reason: 'empty' });

  const header = Buffer.alloc(16);
  try {
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, header, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw ioError(error, file);
  }
  if (header.equals(PLAIN_SQLITE) && !options.allowUnencrypted) {
    throw new AppError('NOT_A_PROJECT', undefined, { reason: 'unencrypted' });
  }
  const magic = KNOWN_MAGIC.find((m) => header.subarray(0, m.bytes.length).equals(m.bytes));
  if (magic) throw new AppError('NOT_A_PROJECT', undefined, { reason: magic.kind });
  if (stat.size < PAGE_SIZE || stat.size % PAGE_SIZE !== 0) {
    throw new AppError('NOT_A_PROJECT', undefined, { reason: 'truncated' });
  }

  if (options.writable) {
    try {
      fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
      // The WAL and backups are written beside the file.
      fs.accessSync(path.dirname(file), fs.constants.W_OK);
    } catch (error) {
      throw ioError(error, file);
    }
  }
  return { size: stat.size };
}

/** Checks that a new project can be written at this path, before any work is done. */
export function preflightNewFile(file: string): void {
  if (fs.existsSync(file)) throw new AppError('FILE_EXISTS');
  const dir = path.dirname(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    throw ioError(error, dir);
  }
  if (!stat.isDirectory()) throw new AppError('FILE_NOT_FOUND');
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw ioError(error, dir);
  }
}

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import { ioError } from './fs-errors';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Test hook: lets a fault test fail the write between the data and the rename. */
export interface AtomicWriteHooks {
  beforeRename?: (tempPath: string) => void;
}

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/** Flushes a finished file to disk before it is published under its real name. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncDirectory(dir: string): void {
  // Directories cannot be opened for fsync on Windows; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a whole file atomically: temp file in the same folder, fsync, rename, fsync of
 * the folder. If anything fails the old file is intact and the temp file is removed.
 */
export function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { mode?: number; overwrite?: boolean; hooks?: AtomicWriteHooks } = {},
): void {
  const mode = options.mode ?? FILE_MODE;
  const temp = tempPathFor(target);
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temp, mode);
    options.hooks?.beforeRename?.(temp);
    publish(temp, target, options.overwrite ?? true);
    fsyncDirectory(path.dirname(target));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw ioError(error, target);
  }
}

/** Moves a finished temp file into place; without overwrite an existing target is refused. */
export function publish(temp: string, target: string, overwrite: boolean): void {
  if (overwrite) {
    fs.renameSync(temp, target);
    return;
  }
  // link() fails with EEXIST instead of replacing: a no-clobber rename.
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('FILE_EXISTS');
    if ((error as NodeJS.ErrnoException).code === 'EPERM' || (error as NodeJS.ErrnoException).code === 'ENOTSUP') {
      // File systems without hard links (FAT on USB sticks): check, then rename.
      if (fs.existsSync(target)) throw new AppError('FILE_EXISTS');
      fs.renameSync(temp, target);
      return;
    }
    throw error;
  }
  fs.rmSync(temp, { force: true });
}

/** Copies everything readable from an open descriptor into a new file. */
function copyFromDescriptor(sourceFd: number, temp: string, mode: number): void {
  const out = fs.openSync(temp, 'wx', mode);
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let position = 0; ; ) {
      const read = fs.readSync(sourceFd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      fs.writeSync(out, buffer, 0, read);
      position += read;
    }
  } finally {
    fs.closeSync(out);
  }
}

/**
 * Copies a file atomically (temp + fsync + rename), with the given mode. `sourceFd` reads the
 * source through a descriptor that is already open: needed for a file SQLite holds locked,
 * because on POSIX closing *any* descriptor of a file drops all of the process's locks on it.
 */
export function copyFileAtomic(
  source: string,
  target: string,
  options: { mode?: number; overwrite?: boolean; hooks?: AtomicWriteHooks; sourceFd?: number } = {},
): void {
  const mode = options.mode ?? FILE_MODE;
  const temp = tempPathFor(target);
  try {
    if (options.sourceFd === undefined) fs.copyFileSync(source, temp, fs.constants.COPYFILE_EXCL);
    else copyFromDescriptor(options.sourceFd, temp, mode);
    fs.chmodSync(temp, mode);
    fsyncFile(temp);
    options.hooks?.beforeRename?.(temp);
    publish(temp, target, options.overwrite ?? false);
    fsyncDirectory(path.dirname(target));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw ioError(error, target);
  }
}

export function ensurePrivateDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    if (process.platform !== 'win32') fs.chmodSync(dir, DIR_MODE);
  } catch (error) {
    throw ioError(error, dir);
  }
}

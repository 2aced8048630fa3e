import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { copyFileAtomic, ensurePrivateDir } from './atomic';
import { ioError } from './fs-errors';

export const BACKUPS_TO_KEEP = 10;
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupEntry {
  name: string;
  path: string;
  createdAt: string;
  size: number;
}

/** Backups live beside the project, in "<file>-backups/", so a USB copy of the file is just the file. */
export function backupsDirFor(projectPath: string): string {
  return `${projectPath}-backups`;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

const NAME_PATTERN = /^(.*)-(\d{8}T\d{6}Z)(?:-(\d+))?\.bmma$/;

function createdAtFromName(name: string, fallback: Date): string {
  const match = NAME_PATTERN.exec(name);
  const raw = match?.[2];
  if (!raw) return fallback.toISOString();
  const iso = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}T${raw.slice(9, 11)}:${raw.slice(11, 13)}:${raw.slice(13, 15)}Z`;
  return new Date(iso).toISOString();
}

/** Newest first: by time stamp, then by the counter added when two fall in one second. */
function sortKey(name: string): string {
  const match = NAME_PATTERN.exec(name);
  return match ? `${match[2]}-${(match[3] ?? '1').padStart(6, '0')}` : `0-${name}`;
}

export function listBackups(projectPath: string): BackupEntry[] {
  const dir = backupsDirFor(projectPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError(error, dir);
  }
  return names
    .filter((name) => name.endsWith('.bmma') && !name.startsWith('.'))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return { name, path: file, createdAt: createdAtFromName(name, stat.mtime), size: stat.size };
    })
    .sort((a, b) => sortKey(b.name).localeCompare(sortKey(a.name)));
}

export function backupPath(projectPath: string, name: string): string {
  if (name.includes('/') || name.includes('\\') || !name.endsWith('.bmma') || name.startsWith('.')) {
    throw new AppError('VALIDATION', undefined, { field: 'name' });
  }
  const file = path.join(backupsDirFor(projectPath), name);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND');
  return file;
}

/**
 * Copies the (already checkpointed) ciphertext of the project file into the backups folder,
 * atomically, then keeps the newest BACKUPS_TO_KEEP. The caller must hold the exclusive
 * lock and have checkpointed the WAL, so the main file alone is the whole project, and pass
 * its own open descriptor of the file (see copyFileAtomic: opening and closing the project
 * file here would silently drop SQLite's exclusive lock).
 */
export function writeBackup(projectPath: string, now: Date, sourceFd?: number): BackupEntry {
  const dir = backupsDirFor(projectPath);
  ensurePrivateDir(dir);
  const name = nextBackupName(dir, path.basename(projectPath).replace(/\.bmma$/i, ''), stamp(now));
  const target = path.join(dir, name);
  copyFileAtomic(projectPath, target, { overwrite: false, ...(sourceFd === undefined ? {} : { sourceFd }) });
  rotateBackups(projectPath, BACKUPS_TO_KEEP);
  const size = fs.statSync(target).size;
  return { name, path: target, createdAt: now.toISOString(), size };
}

/**
 * The name of a new backup: "<base>-<stamp>.bmma", or with a counter above every one already
 * used in that second. (Not the first free counter: once rotation has removed the oldest of
 * that second, the free name would sort as the oldest and be rotated away at once.)
 */
function nextBackupName(dir: string, base: string, stamped: string): string {
  let highest = 0;
  for (const existing of fs.readdirSync(dir)) {
    const match = NAME_PATTERN.exec(existing);
    if (match?.[1] === base && match[2] === stamped) highest = Math.max(highest, Number(match[3] ?? '1'));
  }
  return highest === 0 ? `${base}-${stamped}.bmma` : `${base}-${stamped}-${highest + 1}.bmma`;
}

export function rotateBackups(projectPath: string, keep: number): void {
  for (const old of listBackups(projectPath).slice(keep)) fs.rmSync(old.path, { force: true });
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every regular file under dir, recursively (absolute paths, sorted). */
export function listFilesRecursive(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFilesRecursive(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

/** Names in a folder (not recursive), sorted: what a user would see in a file manager. */
export function listNames(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** POSIX permission bits, e.g. 0o600. */
export function fileMode(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

/** Flips one bit of the byte at offset, in place: a minimal, realistic tampering. */
export function flipByte(file: string, offset: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const byte = Buffer.alloc(1);
    if (fs.readSync(fd, byte, 0, 1, offset) !== 1) throw new Error(`offset ${offset} is past the end of the file`);
    byte[0] = (byte[0] ?? 0) ^ 0x01;
    fs.writeSync(fd, byte, 0, 1, offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The byte patterns a plaintext leak of `text` would leave: UTF-8 and UTF-16LE. */
export function leakPatterns(text: string): { encoding: string; bytes: Buffer }[] {
  return [
    { encoding: 'utf8', bytes: Buffer.from(text, 'utf8') },
    { encoding: 'utf16le', bytes: Buffer.from(text, 'utf16le') },
  ];
}

/** Files (under any of dirs) whose bytes contain any of the texts, in UTF-8 or UTF-16LE. */
export function findLeaks(dirs: readonly string[], texts: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const file of dirs.flatMap((dir) => listFilesRecursive(dir))) {
    const bytes = fs.readFileSync(file);
    for (const text of texts) {
      for (const pattern of leakPatterns(text)) {
        if (bytes.includes(pattern.bytes)) leaks.push(`${file} (${pattern.encoding}: ${text.slice(0, 12)}…)`);
      }
    }
  }
  return leaks;
}

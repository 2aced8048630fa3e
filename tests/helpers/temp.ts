import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A fresh folder under the system temp dir for one test (or one file of tests). Every test
 * project, backup and child-process TMPDIR lives in one of these, so nothing leaks between tests.
 */
export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `bmma-${label}-`));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A child folder that exists and is empty (e.g. a per-test TMPDIR for a child process). */
export function makeSubDir(parent: string, name: string): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

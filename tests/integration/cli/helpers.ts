import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const BIN = path.join(ROOT, 'bin', 'bmma.cjs');

/** Builds out/cli/bmma.cjs exactly as `npm run build:cli` does (about a second). */
export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Added to a minimal environment (PATH only); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Sets BMMA_LANG; default 'en'. Pass null to leave BMMA_LANG unset. */
  lang?: 'en' | 'th' | null;
  cwd?: string;
  /** Run as nobody (65534), so that folder permissions hold even when the tests run as root. */
  asNobody?: boolean;
}

const NOBODY = 65534;

/** The child's environment starts nearly empty so that the runner's LANG or BMMA_* never leak in. */
export function childEnv(options: RunOptions = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
  if (options.lang !== null) env['BMMA_LANG'] = options.lang ?? 'en';
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function collect(child: ChildProcess): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `node bin/bmma.cjs ...args` with stdin a pipe (not a TTY) that is closed at once. */
export function bmma(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const asNobody = options.asNobody === true && process.getuid?.() === 0;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  child.stdin?.end();
  return collect(child);
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs bmma under a pseudo-terminal (util-linux `script`), typing `answers` one by one,
 * each after its prompt (a line ending in ": ") has appeared: what a person at a terminal does.
 * "\u0003" as an answer is Ctrl+C. Output is the terminal's, stdout and stderr together.
 */
export function bmmaInTerminal(args: string[], answers: string[], options: RunOptions = {}): Promise<RunResult> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending = [...answers];
  let seen = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    seen += chunk;
    if (pending.length > 0 && seen.endsWith(': ')) {
      const answer = pending.shift() as string;
      child.stdin?.write(answer === '\u0003' ? answer : `${answer}\r`);
    }
  });
  const result = collect(child);
  return result.then((r) => ({ ...r, stdout: seen }));
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Sidecar files SQLite may leave beside a file it opened read-only; everything else must be as it was. */
export function newFilesIn(dir: string, before: string[]): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => !before.includes(name))
    .filter(
      (name) => !(name.endsWith('-shm') || (name.endsWith('-wal') && fs.statSync(path.join(dir, name)).size === 0)),
    );
}

/** No stack trace, SQL, SQLite error code or passphrase in what the user sees. */
export function expectNoLeaks(result: RunResult, secrets: string[] = []): string[] {
  const text = result.stdout + result.stderr;
  const problems: string[] = [];
  if (/\n\s+at .+:\d+:\d+/.test(text)) problems.push('stack trace');
  if (/SQLITE_|\bSELECT\b|\bPRAGMA\b|sqlite_master/.test(text)) problems.push('SQL');
  for (const secret of secrets) if (text.includes(secret)) problems.push('passphrase');
  return problems;
}

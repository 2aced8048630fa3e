import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HELPERS_DIR = path.join(REPO_ROOT, 'tests/helpers');

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnOptions {
  args?: readonly string[];
  /** Added to (and overriding) the parent's environment. */
  env?: Record<string, string>;
}

/**
 * How children load TypeScript. `node --import tsx` registers tsx's ESM and CommonJS hooks;
 * this package is CommonJS-typed (no "type": "module"), so .ts files load through the
 * CommonJS hook alone, and `--require tsx/cjs` starts about 0.25 s of CPU faster per child,
 * which matters for the kill loops (70 children). `--import tsx/esm` alone does not work here:
 * it turns the entry script into an ES module that the CommonJS graph then require()s in a cycle.
 * If the package ever becomes "type": "module", switch this to ['--import', 'tsx'].
 */
export const TSX_LOADER = ['--require', 'tsx/cjs'] as const;

/**
 * A TypeScript script run in a real child process with tsx, importing the same src/ modules
 * the tests do. Lines on stdout are the protocol; stderr is kept for failure messages.
 */
export class ChildScript {
  readonly lines: string[] = [];
  readonly exited: Promise<ChildExit>;
  private stderr = '';
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  private exitInfo: ChildExit | null = null;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(script: string, options: SpawnOptions = {}) {
    this.child = spawn(process.execPath, [...TSX_LOADER, path.resolve(HELPERS_DIR, script), ...(options.args ?? [])], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    // A killed child cannot read what we write: ignore EPIPE on its stdin.
    this.child.stdin.on('error', () => undefined);
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.lines.push(line);
      const waiter = this.waiters.find((w) => w.test(line));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(line);
      }
    });
    this.exited = new Promise((resolve) => {
      // 'close', not 'exit': it comes after stdout is drained, so no printed line is missed.
      this.child.on('close', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get errorOutput(): string {
    return this.stderr;
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** The first line (already received or still to come) that passes test. */
  waitForLine(test: (line: string) => boolean, timeoutMs = 30_000): Promise<string> {
    const seen = this.lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`child ${this.pid} gave no matching line within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      const waiter = {
        test,
        resolve: (line: string) => {
          clearTimeout(timer);
          resolve(line);
        },
      };
      this.waiters.push(waiter);
      void this.exited.then((exit) => {
        if (!this.waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`child exited (${exit.code ?? exit.signal}) before a matching line; stderr: ${this.stderr}`));
      });
    });
  }

  /** kill -9: the process gets no chance to clean up, exactly like a power cut of the app. */
  async kill9(): Promise<ChildExit> {
    if (!this.exitInfo) this.child.kill('SIGKILL');
    return this.exited;
  }
}

interface WorkerReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/**
 * The command worker (tests/helpers/project-worker.ts): one JSON command per line in, one
 * JSON reply per line out. Lets one long-lived child run a workload step by step while the
 * parent looks at the files in between.
 */
export class ProjectWorker {
  private nextId = 1;
  readonly child: ChildScript;

  constructor(options: SpawnOptions = {}) {
    this.child = new ChildScript('project-worker.ts', options);
  }

  async ready(): Promise<void> {
    await this.child.waitForLine((line) => line === 'ready');
  }

  /** Sends a command without waiting for its reply (e.g. to kill the child half-way). */
  start(op: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    this.child.send(JSON.stringify({ id, op, ...params }));
    return this.child
      .waitForLine((line) => line.startsWith('{') && (JSON.parse(line) as WorkerReply).id === id, 60_000)
      .then((line) => {
        const reply = JSON.parse(line) as WorkerReply;
        if (!reply.ok) throw new Error(`worker ${op} failed: ${reply.error ?? 'unknown'}`);
        return reply.value;
      });
  }

  run<T = unknown>(op: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.start(op, params) as Promise<T>;
  }

  kill9(): Promise<ChildExit> {
    return this.child.kill9();
  }

  async exit(): Promise<ChildExit> {
    this.child.send(JSON.stringify({ id: 0, op: 'exit' }));
    return this.child.exited;
  }
}

/** A small seeded PRNG (mulberry32), so a failing random schedule can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

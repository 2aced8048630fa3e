/**
 * A child process that drives the real app code on command, for tests that must kill it
 * (kill -9), give it its own TMPDIR, or hold a project open from another process.
 * Protocol: one JSON command per line on stdin, `{ id, ok, value | error }` per line on stdout.
 * Run with `node --import tsx tests/helpers/project-worker.ts` (see ChildScript in child.ts).
 */
import path from 'node:path';
import readline from 'node:readline';
import { createApi, type HandlerTable } from '../../src/main/api';
import { noDialogs } from '../../src/main/dialogs';
import { ProjectFile } from '../../src/main/project/project-file';
import { createInterview, type InterviewCategory } from '../../src/main/services/interviews';
import { Session } from '../../src/main/session';
import { SettingsStore } from '../../src/main/settings';
import type { Channel } from '../../src/shared/contract';
import { interviewInput } from './interviews';

interface Command {
  id: number;
  op: string;
  [key: string]: unknown;
}

// Required, so that a worker never writes settings into the repository.
const settingsDir = process.env['BMMA_TEST_SETTINGS_DIR'];
if (!settingsDir || !path.isAbsolute(settingsDir)) throw new Error('BMMA_TEST_SETTINGS_DIR must be an absolute path');
const settings = new SettingsStore(settingsDir);
const session = new Session({ settings });
const handlers: HandlerTable = createApi({
  session,
  settings,
  dialogs: noDialogs,
  runtime: 'test',
  version: '0.0.0-test',
});
/** A project opened directly (no session, no backups), for the passphrase-change tests. */
let direct: ProjectFile | null = null;

function current(): ProjectFile {
  return direct ?? session.require();
}

function text(command: Command, key: string): string {
  const value = command[key];
  if (typeof value !== 'string') throw new Error(`${key} must be a string`);
  return value;
}

async function run(command: Command): Promise<unknown> {
  switch (command.op) {
    case 'api':
      return handlers[text(command, 'channel') as Channel](command['input']);
    case 'createInterview': {
      const category = (command['category'] as InterviewCategory | undefined) ?? 'official';
      return createInterview(current(), interviewInput(category, { notes: text(command, 'notes') })).code;
    }
    case 'openFile':
      direct = ProjectFile.open(text(command, 'path'), text(command, 'passphrase'), { actor: 'worker' });
      return true;
    case 'changePassphrase': {
      const started = performance.now();
      current().changePassphrase(text(command, 'current'), text(command, 'next'));
      return performance.now() - started;
    }
    case 'exec': {
      // Test-only: e.g. shrink the page cache or switch temp_store to show what it guards against.
      const sql = text(command, 'sql');
      current().read((db) => db.exec(sql));
      return true;
    }
    case 'timeQuery': {
      // Runs a query to its end and reports how long it took and how many rows it returned.
      const sql = text(command, 'sql');
      const started = performance.now();
      const rows = current().read((db) => db.prepare(sql).all().length);
      return { rows, ms: performance.now() - started };
    }
    case 'pragma':
      return current().read((db) => db.pragma(text(command, 'name'), { simple: true }));
    default:
      throw new Error(`unknown op ${command.op}`);
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as Command;
  if (command.op === 'exit') {
    direct?.close();
    session.close();
    process.exit(0);
  }
  // Commands run one at a time: each is synchronous SQLite work behind a resolved promise.
  void run(command).then(
    (value) => process.stdout.write(`${JSON.stringify({ id: command.id, ok: true, value: value ?? null })}\n`),
    (error: unknown) =>
      process.stdout.write(
        `${JSON.stringify({ id: command.id, ok: false, error: `${(error as Error).name}: ${(error as { code?: string }).code ?? (error as Error).message}` })}\n`,
      ),
  );
});

process.stdout.write('ready\n');

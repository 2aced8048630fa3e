/**
 * Progress, cancel and "Open folder" of Word exports (issue 4), on the scale-1 demo through the
 * real handler table with scripted native dialogs: a watched export reports its stages and ends
 * "done"; a cancel mid-run fails the export with CANCELLED and leaves no file, no temp file and
 * no export.written event; "Open folder" shows the file just written, and nothing before.
 * Documents about one meeting or training event (issue 5) need its id, refuse an unknown one
 * before the save dialog opens, and suggest a file name carrying its code.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, dispatch } from '../../../src/main/api';
import type { DialogPort } from '../../../src/main/dialogs';
import { Session } from '../../../src/main/session';
import { SettingsStore } from '../../../src/main/settings';
import type { Channel, ChannelOutput } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { DEFAULT_EXPORT_PROFILE, EXPORT_STAGES, type ExportProgress } from '../../../src/shared/export';
import { expectError, expectValue } from '../../helpers/api';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditEvents } from '../evidence/fixtures';

let root: string;
let out: string;
let session: Session;
/** What the save dialog answers next; a function runs as the dialog closes (a cancel clicked at that moment). */
const chosen: (string | null | (() => Promise<string>))[] = [];
const shown: string[] = [];
/** The file names the save dialog was given to suggest, in order. */
const suggested: string[] = [];
let call: <C extends Channel>(channel: C, input?: unknown) => Promise<Result<ChannelOutput<C>>>;

const request = (jobId: string) => ({ document: 'action_plan', profile: DEFAULT_EXPORT_PROFILE, jobId });
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const progress = async (jobId: string): Promise<ExportProgress> => expectValue(await call('export.progress', { jobId }));
const writtenEvents = (): number => auditEvents(session.require(), 'export.written').length;

beforeAll(async () => {
  root = makeTempDir('export-progress');
  out = path.join(root, 'out');
  fs.mkdirSync(out);
  const settings = new SettingsStore(path.join(root, 'settings'));
  session = new Session({ settings });
  const dialogs: DialogPort = {
    chooseProjectToOpen: async () => null,
    chooseProjectToCreate: async () => null,
    chooseAttachment: async () => null,
    chooseExportPath: async (name) => {
      suggested.push(name);
      const next = chosen.shift() ?? null;
      return typeof next === 'function' ? next() : next;
    },
    showInFolder: async (file) => {
      shown.push(file);
    },
  };
  const handlers = createApi({ session, settings, dialogs, runtime: 'test', version: '0.0.0-test' });
  call = (channel, input) => dispatch(handlers, channel, input) as Promise<Result<ChannelOutput<typeof channel>>>;
  expectValue(
    await call('project.createDemo', { path: path.join(root, 'demo.bmma'), title: 'Progress', language: 'en', passphrase: PASSPHRASE }),
  );
}, 60_000);

afterAll(() => {
  session.close();
  removeTempDir(root);
});

describe('export progress and cancel', () => {
  it('answers "unknown" for a job it never started, and shows no folder before any export', async () => {
    expect(await progress(crypto.randomUUID())).toEqual({ state: 'unknown', stage: null, done: 0, total: 0 });
    expect(expectValue(await call('export.showFolder', {}))).toEqual({ shown: false });
    expect(shown).toEqual([]);
  });

  it('reports running with its stages while the export runs, then done', async () => {
    const jobId = crypto.randomUUID();
    const target = path.join(out, 'plan.docx');
    chosen.push(target);
    let finished = false;
    const run = call('export.run', request(jobId)).finally(() => (finished = true));
    const seen: ExportProgress[] = [];
    while (!finished) {
      seen.push(await progress(jobId));
      await nextTurn();
    }
    const result = expectValue(await run);
    expect(result.path).toBe(target);
    expect(fs.existsSync(target)).toBe(true);
    const stages = [...new Set(seen.filter((p) => p.state === 'running').map((p) => p.stage))].filter((s) => s !== null);
    // Polls see the stages in the order the export goes through them (a quick stage may be missed
    // between two polls); packing a Word file always takes long enough to be seen.
    expect(stages).toEqual([...EXPORT_STAGES].filter((s) => stages.includes(s)));
    expect(stages).toContain('packing');
    expect((await progress(jobId)).state).toBe('done');
    expect(auditEvents(session.require(), 'export.written').at(-1)?.details).toMatchObject({ file: 'plan.docx', sha256: result.sha256 });
  });

  async function expectNothingWritten(run: Promise<Result<unknown>>, jobId: string, target: string, before: string[], events: number) {
    expect(expectError(await run).code).toBe('CANCELLED');
    expect(await progress(jobId)).toMatchObject({ state: 'cancelled' });
    expect(fs.existsSync(target)).toBe(false);
    // Not even a hidden temp file beside it.
    expect(fs.readdirSync(out)).toEqual(before);
    expect(writtenEvents()).toBe(events);
    // A finished job cannot be cancelled again.
    expect(expectValue(await call('export.cancel', { jobId })).cancelled).toBe(false);
  }

  it('stops an export cancelled as it starts with CANCELLED: no file, no temp file, no audit event', async () => {
    const jobId = crypto.randomUUID();
    const target = path.join(out, 'cancelled-at-start.docx');
    const before = fs.readdirSync(out);
    const events = writtenEvents();
    chosen.push(async () => {
      expect(expectValue(await call('export.cancel', { jobId })).cancelled).toBe(true);
      return target;
    });
    await expectNothingWritten(call('export.run', request(jobId)), jobId, target, before, events);
  });

  it('stops an export cancelled while it packs the file, before writing anything', async () => {
    const jobId = crypto.randomUUID();
    const target = path.join(out, 'cancelled-packing.docx');
    chosen.push(target);
    const before = fs.readdirSync(out);
    const events = writtenEvents();
    let finished = false;
    const run = call('export.run', request(jobId)).finally(() => (finished = true));
    let cancelled = false;
    while (!finished && !cancelled) {
      const now = await progress(jobId);
      if (now.state === 'running' && now.stage === 'packing') {
        cancelled = expectValue(await call('export.cancel', { jobId })).cancelled;
      }
      await nextTurn();
    }
    expect(cancelled).toBe(true);
    await expectNothingWritten(run, jobId, target, before, events);
  });

  it('"Open folder" shows the file the last export wrote', async () => {
    const target = path.join(out, 'shown.docx');
    chosen.push(target);
    expectValue(await call('export.run', request(crypto.randomUUID())));
    expect(expectValue(await call('export.showFolder', {}))).toEqual({ shown: true });
    expect(shown.at(-1)).toBe(target);
  });

  it('a closed save dialog writes nothing and leaves the job "cancelled"', async () => {
    const jobId = crypto.randomUUID();
    const before = fs.readdirSync(out);
    expect(expectValue(await call('export.run', request(jobId)))).toEqual({ path: null, sha256: null, bytes: 0 });
    expect((await progress(jobId)).state).toBe('cancelled');
    expect(fs.readdirSync(out)).toEqual(before);
  });
});

describe('documents about one meeting or training event', () => {
  const profile = DEFAULT_EXPORT_PROFILE;

  it('refuses minutes without a meeting, and a report given one, as invalid input naming subjectId', async () => {
    for (const input of [
      { document: 'minutes', profile },
      { document: 'tot_evaluation', profile },
      { document: 'report', profile, subjectId: crypto.randomUUID() },
    ]) {
      const error = expectError(await call('export.preview', input));
      expect(error.code).toBe('VALIDATION');
      expect(JSON.stringify(error)).toContain('subjectId');
      expect(expectError(await call('export.run', input)).code).toBe('VALIDATION');
    }
  });

  it('refuses an unknown meeting before the save dialog opens, writing nothing', async () => {
    const before = { suggested: suggested.length, written: writtenEvents() };
    const error = expectError(await call('export.run', { document: 'minutes', profile, subjectId: crypto.randomUUID() }));
    expect(error.code).toBe('NOT_FOUND');
    expect(suggested.length).toBe(before.suggested);
    expect(writtenEvents()).toBe(before.written);
  });

  it('suggests a file name with the meeting code and previews its agenda items', async () => {
    const meeting = expectValue(await call('meetings.list', {})).find((m) => m.code === 'MTG-C2-3/2563');
    expect(meeting).toBeDefined();
    const subjectId = meeting?.id ?? '';
    const preview = expectValue(await call('export.preview', { document: 'minutes', profile, subjectId }));
    const full = expectValue(await call('meetings.get', { id: subjectId }));
    expect(preview.included).toBe(full.agenda.length);
    chosen.push(null);
    expect(expectValue(await call('export.run', { document: 'minutes', profile, subjectId })).path).toBeNull();
    expect(suggested.at(-1)).toMatch(/^BMMA-Minutes-MTG-C2-3-2563-TH-25\d\d\.docx$/);
  });
});

/**
 * Making and opening a review copy through the api (issue 6): the preview, the save dialog,
 * the source left as it was but for its reviewCopy.created event, the copy's read-only content
 * and its mark, and the refusals (same or weak passphrase, a target that exists, a cancelled dialog).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, dispatch } from '../../../src/main/api';
import { noDialogs, type DialogPort } from '../../../src/main/dialogs';
import type { Db } from '../../../src/main/project/cipher';
import { MIGRATIONS } from '../../../src/main/project/migrations';
import { migrate } from '../../../src/main/project/migrate';
import { connectNew } from '../../../src/main/project/cipher';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview } from '../../../src/main/services/interviews';
import { EMPTY_TABLES, TABLE_RULES } from '../../../src/main/services/review-copy-rules';
import { Session } from '../../../src/main/session';
import { SettingsStore } from '../../../src/main/settings';
import type { Channel, ChannelOutput } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { errorMessage } from '../../../src/shared/messages';
import { expectError, expectValue } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { ACTOR, makeProject, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const COPY_PASSPHRASE = 'reviewer otter lantern 5512 mango';

let dir: string;
let nextTarget: string | null;
let call: <C extends Channel>(channel: C, input?: unknown) => Promise<Result<ChannelOutput<C>>>;

const blobs = (_key: string, value: unknown) =>
  value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer' ? JSON.stringify(value) : value;

/** Everything in the file but the audit trail and its head: what "unchanged" means for the source. */
function contentDump(db: Db): string {
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_events', 'sqlite_sequence') ORDER BY name",
      )
      .all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  return JSON.stringify(
    tables.map((t) => [
      t,
      t === 'meta'
        ? db.prepare("SELECT * FROM meta WHERE key NOT IN ('audit_head', 'audit_count') ORDER BY key").all()
        : (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((row) => JSON.stringify(row, blobs)).sort(),
    ]),
    blobs,
  );
}

function auditActions(db: Db): { action: string; details: string }[] {
  return db.prepare('SELECT action, details FROM audit_events ORDER BY seq').all() as {
    action: string;
    details: string;
  }[];
}

beforeAll(() => {
  dir = makeTempDir('review-copy-api');
  const dialogs: DialogPort = { ...noDialogs, chooseProjectToCreate: async () => nextTarget };
  const settings = new SettingsStore(path.join(dir, 'settings'));
  const session = new Session({ settings });
  const handlers = createApi({ session, settings, dialogs, runtime: 'test', version: '0.0.0-test' });
  call = (channel, input) => dispatch(handlers, channel, input) as never;
  const project = makeProject(dir, 'source.bmma', { backupOnOpen: false });
  createInterview(project, interviewInput('official', { notes: 'Queue at gate 2.', sensitivity: 'internal' }));
  createInterview(project, interviewInput('official', { notes: 'Secret memo.', sensitivity: 'secret' }));
  project.close();
});

afterAll(() => {
  removeTempDir(dir);
});

describe('every table has a decision', () => {
  it('a new project has no table that the review copy would leave empty without saying why', () => {
    const file = path.join(dir, 'schema.bmma');
    const db = connectNew(file, null);
    try {
      migrate(db, MIGRATIONS);
      const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      );
      const shadow = /^search_index_(data|idx|content|docsize|config)$/;
      expect(names.filter((n) => !(n in TABLE_RULES) && !EMPTY_TABLES.has(n) && !shadow.test(n))).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('reviewCopy.* through the api', () => {
  const source = () => path.join(dir, 'source.bmma');
  let before: string;
  let eventsBefore: number;

  it('previews what a copy leaves out, then writes it where the user chose', async () => {
    expectValue(await call('project.open', { path: source(), passphrase: PASSPHRASE }));
    const preview = expectValue(await call('reviewCopy.preview', { maxSensitivity: 'internal' }));
    expect(preview).toMatchObject({ interviewNotes: 1, interviewsAboveSensitivity: 1 });
    const atSecret = expectValue(await call('reviewCopy.preview', { maxSensitivity: 'secret' }));
    expect(atSecret).toMatchObject({ interviewNotes: 2, interviewsAboveSensitivity: 0 });
    expectValue(await call('project.close'));

    const probe = ProjectFile.open(source(), PASSPHRASE, { actor: ACTOR, readOnly: true });
    before = probe.read(contentDump);
    eventsBefore = probe.read(auditActions).length;
    probe.close();

    expectValue(await call('project.open', { path: source(), passphrase: PASSPHRASE }));
    nextTarget = path.join(dir, 'copy.bmma');
    const made = expectValue(
      await call('reviewCopy.create', { maxSensitivity: 'internal', passphrase: COPY_PASSPHRASE }),
    );
    expect(made.path).toBe(nextTarget);
    expect(made.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(made.excluded.interviewsAboveSensitivity).toBe(1);
    expect(fs.existsSync(nextTarget)).toBe(true);
    // No temporary file is left beside it.
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expectValue(await call('project.close'));
  });

  it('leaves the source as it was but for its audit events, one of them reviewCopy.created with name and hash', () => {
    const probe = ProjectFile.open(source(), PASSPHRASE, { actor: ACTOR, readOnly: true });
    try {
      expect(probe.read(contentDump)).toBe(before);
      const events = probe.read(auditActions).slice(eventsBefore);
      const created = events.filter((e) => e.action === 'reviewCopy.created');
      expect(created).toHaveLength(1);
      const details = JSON.parse(created[0]?.details ?? '{}') as Record<string, unknown>;
      expect(details.file).toBe('copy.bmma');
      expect(details.sha256).toBe(
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(dir, 'copy.bmma')))
          .digest('hex'),
      );
      expect(JSON.stringify(details)).not.toContain(dir);
      expect(probe.verifyAudit().ok).toBe(true);
    } finally {
      probe.close();
    }
  });

  it('opens the copy as a review copy: content edits refused with the translated message, nothing changed', async () => {
    expectValue(await call('project.open', { path: path.join(dir, 'copy.bmma'), passphrase: COPY_PASSPHRASE }));
    const status = expectValue(await call('reviewCopy.status'));
    expect(status.reviewCopy).toBe(true);
    expect(status.mark?.maxSensitivity).toBe('internal');
    const list = expectValue(await call('interviews.list', {}));
    const [first] = list.items;
    expect(first).toBeDefined();
    const error = expectError(await call('interviews.delete', { id: first?.id }));
    expect(error.code).toBe('REVIEW_COPY_READ_ONLY');
    expect(error.message).toBe(errorMessage('REVIEW_COPY_READ_ONLY', 'en'));
    const after = expectValue(await call('interviews.list', {}));
    expect(after.items.map((i) => i.id)).toEqual(list.items.map((i) => i.id));
    expectValue(await call('project.close'));
  });

  it('refuses a passphrase change in a review copy before re-encrypting: the copy still opens with its passphrase', async () => {
    expectValue(await call('project.open', { path: path.join(dir, 'copy.bmma'), passphrase: COPY_PASSPHRASE }));
    const error = expectError(
      await call('project.changePassphrase', { current: COPY_PASSPHRASE, next: 'another reviewer phrase 8841 kiwi' }),
    );
    expect(error.code).toBe('REVIEW_COPY_READ_ONLY');
    expectValue(await call('project.close'));
    expectValue(await call('project.open', { path: path.join(dir, 'copy.bmma'), passphrase: COPY_PASSPHRASE }));
    expectValue(await call('project.close'));
  });

  it('says an ordinary project is not a review copy', async () => {
    expectValue(await call('project.open', { path: source(), passphrase: PASSPHRASE }));
    expect(expectValue(await call('reviewCopy.status'))).toEqual({ reviewCopy: false, mark: null });
  });

  it('refuses the project passphrase, a short one and a target that exists, writing nothing', async () => {
    nextTarget = path.join(dir, 'refused.bmma');
    expect(
      expectError(await call('reviewCopy.create', { maxSensitivity: 'public', passphrase: PASSPHRASE })).code,
    ).toBe('REVIEW_COPY_SAME_PASSPHRASE');
    expect(expectError(await call('reviewCopy.create', { maxSensitivity: 'public', passphrase: 'short' })).code).toBe(
      'WEAK_PASSPHRASE',
    );
    expect(fs.existsSync(nextTarget)).toBe(false);
    nextTarget = path.join(dir, 'copy.bmma');
    const sizeBefore = fs.statSync(nextTarget).size;
    expect(
      expectError(await call('reviewCopy.create', { maxSensitivity: 'public', passphrase: COPY_PASSPHRASE })).code,
    ).toBe('FILE_EXISTS');
    expect(fs.statSync(nextTarget).size).toBe(sizeBefore);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    nextTarget = null;
    const listing = fs.readdirSync(dir).sort();
    const made = expectValue(
      await call('reviewCopy.create', { maxSensitivity: 'public', passphrase: COPY_PASSPHRASE }),
    );
    expect(made.path).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
    expectValue(await call('project.close'));
  });
});

describe('a copy that fails half-way', () => {
  it('leaves no file and no temporary file, and the source open and writable', async () => {
    const rules = TABLE_RULES as Record<string, { where?: string }>;
    expectValue(await call('project.open', { path: path.join(dir, 'source.bmma'), passphrase: PASSPHRASE }));
    const saved = rules['findings'];
    // A rule that fails inside the copy transaction, after other tables were filled.
    rules['findings'] = { where: 't.no_such_column = 1' };
    nextTarget = path.join(dir, 'half.bmma');
    try {
      const error = expectError(
        await call('reviewCopy.create', { maxSensitivity: 'public', passphrase: COPY_PASSPHRASE }),
      );
      expect(error.code).toBe('INTERNAL');
    } finally {
      rules['findings'] = saved ?? {};
    }
    expect(fs.existsSync(nextTarget)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.half.bmma'))).toEqual([]);
    // The copy was detached: the source still writes, and the next copy works.
    expectValue(await call('project.update', { description: 'after a failed copy' }));
    const made = expectValue(
      await call('reviewCopy.create', { maxSensitivity: 'public', passphrase: COPY_PASSPHRASE }),
    );
    expect(made.path).toBe(nextTarget);
    expectValue(await call('project.close'));
  });
});

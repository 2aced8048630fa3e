/**
 * The review channels through the real handler table with fake dialogs: the packet's save and
 * open dialogs (cancel writes and reads nothing), the checks made before any dialog opens, and
 * a decision dismissed from the Review tab leaving the assessor's status as it was.
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
import { expectError, expectValue } from '../../helpers/api';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { findingInput } from '../analysis/fixtures';

const PACKET_PASSPHRASE = 'a long passphrase for the packet';

let root: string;
let session: Session;
const chosen: { save: (string | null)[]; open: (string | null)[] } = { save: [], open: [] };
const asked: string[] = [];
let call: <C extends Channel>(channel: C, input?: unknown) => Promise<Result<ChannelOutput<C>>>;

beforeAll(async () => {
  root = makeTempDir('review-api');
  const settings = new SettingsStore(path.join(root, 'settings'));
  session = new Session({ settings });
  const dialogs: DialogPort = {
    chooseProjectToOpen: async () => null,
    chooseProjectToCreate: async () => null,
    chooseAttachment: async () => null,
    chooseExportPath: async () => null,
    showInFolder: async () => undefined,
    chooseReviewPacketToSave: async (name) => {
      asked.push(name);
      return chosen.save.shift() ?? null;
    },
    chooseReviewPacketToOpen: async () => chosen.open.shift() ?? null,
  };
  const handlers = createApi({ session, settings, dialogs, runtime: 'test', version: '0.0.0-test' });
  call = (channel, input) => dispatch(handlers, channel, input) as Promise<Result<ChannelOutput<typeof channel>>>;
  expectValue(
    await call('project.create', {
      path: path.join(root, 'project.bmma'),
      title: 'Review',
      language: 'en',
      passphrase: PASSPHRASE,
    }),
  );
}, 60_000);

afterAll(() => {
  session.close();
  removeTempDir(root);
});

/** Closes the project, marks a copy of it as a review copy and opens the copy. */
async function openReviewCopy(): Promise<string> {
  const projectId = expectValue(await call('project.info')).id;
  const source = session.status().path ?? '';
  expectValue(await call('project.close'));
  const copy = path.join(root, `copy-${crypto.randomUUID()}.bmma`);
  fs.copyFileSync(source, copy);
  expectValue(await call('project.open', { path: copy, passphrase: PASSPHRASE }));
  session
    .require()
    .read((db) =>
      db
        .prepare("INSERT INTO meta (key, value) VALUES ('review_copy', ?)")
        .run(
          JSON.stringify({
            copyId: crypto.randomUUID(),
            sourceProjectId: projectId,
            createdAt: new Date().toISOString(),
          }),
        ),
    );
  expectValue(await call('project.close'));
  expectValue(await call('project.open', { path: copy, passphrase: PASSPHRASE }));
  return source;
}

describe('review packets through the api', () => {
  it('refuses to export a packet from the project itself, before any dialog', async () => {
    expect(expectError(await call('review.exportPacket', { passphrase: PACKET_PASSPHRASE })).code).toBe(
      'NOT_A_REVIEW_COPY',
    );
    expect(asked).toEqual([]);
  });

  it('answers path null when the import dialog is cancelled, and changes nothing', async () => {
    chosen.open.push(null);
    expect(expectValue(await call('review.importPacket', { passphrase: PACKET_PASSPHRASE }))).toEqual({
      path: null,
      alreadyImported: false,
      comments: 0,
      decisions: 0,
      conflicts: [],
    });
  });

  it('exports from a copy where the dialog says, and a dismissed conflict keeps the status', async () => {
    const finding = expectValue(await call('findings.create', findingInput()));
    expectValue(await call('review.setStatus', { targetType: 'finding', targetId: finding.id, status: 'ready' }));
    const source = await openReviewCopy();
    expect(expectValue(await call('review.queue', {})).isReviewCopy).toBe(true);
    expectValue(await call('review.setStatus', { targetType: 'finding', targetId: finding.id, status: 'approved' }));
    expectValue(await call('review.comment', { targetType: 'finding', targetId: finding.id, body: 'Fine as it is.' }));

    // Cancelled: nothing written.
    chosen.save.push(null);
    expect(expectValue(await call('review.exportPacket', { passphrase: PACKET_PASSPHRASE })).path).toBeNull();
    expect(asked[0]).toMatch(/^review-\d{4}-\d{2}-\d{2}\.bmmareview$/);
    const packet = path.join(root, 'from-api.bmmareview');
    chosen.save.push(packet);
    expect(expectValue(await call('review.exportPacket', { passphrase: PACKET_PASSPHRASE }))).toEqual({
      path: packet,
      comments: 1,
      decisions: 1,
    });
    // The copy cannot import packets: it is not where decisions are applied.
    expect(expectError(await call('review.importPacket', { passphrase: PACKET_PASSPHRASE })).code).toBe(
      'REVIEW_COPY_READ_ONLY',
    );

    expectValue(await call('project.close'));
    expectValue(await call('project.open', { path: source, passphrase: PASSPHRASE }));
    expectValue(
      await call('findings.update', { id: finding.id, expectedUpdatedAt: finding.updatedAt, severity: 'low' }),
    );
    chosen.open.push(packet);
    const result = expectValue(await call('review.importPacket', { passphrase: PACKET_PASSPHRASE }));
    expect(result).toMatchObject({ path: packet, comments: 1, decisions: 0 });
    expect(result.conflicts.map((c) => [c.targetId, c.status])).toEqual([[finding.id, 'approved']]);

    const [conflict] = expectValue(await call('review.queue', {})).conflicts;
    expect(
      expectValue(await call('review.resolveConflict', { id: conflict?.id, resolution: 'dismiss' })).conflicts,
    ).toEqual([]);
    expect(expectValue(await call('review.get', { targetType: 'finding', targetId: finding.id })).status).toBe('ready');
  }, 60_000);
});

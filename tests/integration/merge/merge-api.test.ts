/**
 * merge.import / merge.conflicts / merge.resolve through the real handler table (issue 6): the
 * other file comes from the open dialog, the conflict is listed side by side with the record's
 * code, and each field is resolved by keeping this file's value or taking the other's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, dispatch } from '../../../src/main/api';
import { noDialogs, type DialogPort } from '../../../src/main/dialogs';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview, updateInterview } from '../../../src/main/services/interviews';
import { writeReviewCopy } from '../../../src/main/services/review-copy';
import { Session } from '../../../src/main/session';
import { SettingsStore } from '../../../src/main/settings';
import type { Channel, ChannelOutput } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { expectError, expectValue } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { makeProject, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let dir: string;
let chosen: string | null = null;
let asked = 0;
let call: <C extends Channel>(channel: C, input?: unknown) => Promise<Result<ChannelOutput<C>>>;
let ids: string[];

beforeAll(() => {
  dir = makeTempDir('merge-api');
  const base = makeProject(dir, 'a.bmma', { backupOnOpen: false });
  ids = [1, 2].map((n) => createInterview(base, interviewInput('official', { location: `Gate ${n}`, notes: `Notes ${n}` })).id);
  base.close();
  fs.copyFileSync(path.join(dir, 'a.bmma'), path.join(dir, 'b.bmma'));
  const a = ProjectFile.open(path.join(dir, 'a.bmma'), PASSPHRASE, { actor: 'a' });
  const b = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'b' });
  for (const [project, side] of [[a, 'A'], [b, 'B']] as const) {
    updateInterview(project, { id: ids[0]!, location: `Location ${side}` });
    updateInterview(project, { id: ids[1]!, notes: `Notes ${side}` });
    project.close();
  }
  const dialogs: DialogPort = { ...noDialogs, chooseProjectToMerge: async () => {
    asked += 1;
    return chosen;
  } };
  const settings = new SettingsStore(path.join(dir, 'settings'));
  const handlers = createApi({ session: new Session({ settings }), settings, dialogs, runtime: 'test', version: '0.0.0-test' });
  call = (channel, input) => dispatch(handlers, channel, input) as never;
});

afterAll(() => removeTempDir(dir));

describe('merge channels', () => {
  it('imports the chosen file, lists the conflicts side by side and resolves them field by field', async () => {
    expectValue(await call('project.open', { path: path.join(dir, 'a.bmma'), passphrase: PASSPHRASE }));
    chosen = null;
    expect(expectValue(await call('merge.import', { passphrase: PASSPHRASE })).path).toBeNull();
    chosen = path.join(dir, 'a.bmma');
    expect(expectError(await call('merge.import', { passphrase: PASSPHRASE })).code).toBe('MERGE_SAME_FILE');
    chosen = path.join(dir, 'b.bmma');
    const imported = expectValue(await call('merge.import', { passphrase: PASSPHRASE }));
    expect(imported).toMatchObject({ added: 0, updated: 0, conflicts: 2, pending: 2 });

    const { conflicts } = expectValue(await call('merge.conflicts'));
    const byField = new Map(conflicts.map((c) => [c.field, c]));
    expect(byField.get('location')).toMatchObject({ intoValue: 'Location A', fromValue: 'Location B', recordId: ids[0] });
    expect(byField.get('location')!.recordCode).toMatch(/^KII-/);
    expect(byField.get('notes')).toMatchObject({ intoValue: 'Notes A', fromValue: 'Notes B' });

    expect(expectValue(await call('merge.resolve', { id: byField.get('location')!.id, choice: 'take' }))).toEqual({ pending: 1 });
    expect(expectValue(await call('merge.resolve', { id: byField.get('notes')!.id, choice: 'keep' }))).toEqual({ pending: 0 });
    expect(expectError(await call('merge.resolve', { id: byField.get('notes')!.id, choice: 'take' })).code).toBe('NOT_FOUND');
    const first = expectValue(await call('interviews.get', { id: ids[0] }));
    const second = expectValue(await call('interviews.get', { id: ids[1] }));
    expect([first.location, second.notes]).toEqual(['Location B', 'Notes A']);
    expect(expectValue(await call('merge.conflicts')).conflicts).toEqual([]);
    // Imported again: nothing new, and the resolved conflicts do not come back.
    expect(expectValue(await call('merge.import', { passphrase: PASSPHRASE }))).toMatchObject({ added: 0, updated: 0, conflicts: 0, pending: 0 });
  });

  it('refuses to merge into a review copy before asking for a file', async () => {
    expectValue(await call('project.close'));
    const source = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'b' });
    const copy = path.join(dir, 'b-review-copy.bmma');
    writeReviewCopy(source, copy, { maxSensitivity: 'internal', passphrase: OTHER_PASSPHRASE });
    source.close();
    expectValue(await call('project.open', { path: copy, passphrase: OTHER_PASSPHRASE }));
    const before = asked;
    chosen = path.join(dir, 'a.bmma');
    expect(expectError(await call('merge.import', { passphrase: PASSPHRASE })).code).toBe('MERGE_REVIEW_COPY');
    expect(asked).toBe(before);
  });
});

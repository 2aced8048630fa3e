/**
 * SECURITY.md item 16 — every call validated. Random inputs (fast-check) to every channel of
 * the real handler table, with a real project open: each answer is a valid `{ ok: true }`
 * answer (checked against the contract's output schema) or `{ ok: false }` with a code from
 * the closed list and its fixed message, never a throw; a rejected call leaves the project's
 * content exactly as it was; no error carries the passphrase, SQL, a stack trace or a path.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api';
import { createInterview } from '../../../src/main/services/interviews';
import { CHANNELS, contract, type Channel } from '../../../src/shared/contract';
import { ERROR_CODES, type Result } from '../../../src/shared/errors';
import { errorMessage } from '../../../src/shared/messages';
import { expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const PASSPHRASE = 'fuzz-passphrase-Qx7-ห้ามรั่ว';
const RUNS_PER_CHANNEL = 50;
/** Field names used by the contract, so that random objects often get past the first check. */
const FIELDS = [
  'path',
  'passphrase',
  'title',
  'language',
  'calendar',
  'current',
  'next',
  'projectPath',
  'name',
  'targetPath',
  'limit',
  'suggestedName',
  'description',
  'idleLockMinutes',
] as const;

let root: string;
let file: string;
let api: TestApi;
let reopened = 0;

beforeAll(async () => {
  root = makeTempDir('api-fuzz');
  api = makeApi(root);
  file = `${root}/fuzz.bmma`;
  expectValue(await api.call('project.create', { path: file, title: 'Fuzz', language: 'en', passphrase: PASSPHRASE }));
  for (let i = 0; i < 3; i += 1)
    createInterview(api.session.require(), interviewInput('migrant', { notes: `notes ${i}` }));
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

/** Random calls to close or lock are valid and obeyed: put the project back before the next one. */
async function ensureOpen(): Promise<void> {
  const { state } = api.session.status();
  if (state === 'open') return;
  reopened += 1;
  if (state === 'locked') expectValue(await api.call('project.unlock', { passphrase: PASSPHRASE }));
  else expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
}

function projectContent(): string {
  return api.session.require().read((db) => contentHash(db));
}

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('en', 'th', 'BE', 'CE', 'x.bmma', '../x.bmma', "'; DROP TABLE interviews; --", '\u0000', 'ไทย'),
);

const randomInput = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({
    maxDepth: 2,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(scalar, fc.jsonValue({ maxDepth: 1 })), { maxKeys: 5 }),
  fc.constant(undefined),
);

function assertSafeError(result: Extract<Result<unknown>, { ok: false }>, channel: Channel): void {
  const { error } = result;
  expect(ERROR_CODES, channel).toContain(error.code);
  // INTERNAL is what an unexpected exception inside a handler becomes: a bug, not an answer.
  expect(error.code, `${channel}: ${JSON.stringify(error)}`).not.toBe('INTERNAL');
  expect(error.message).toBe(errorMessage(error.code, 'en'));
  const text = JSON.stringify(error);
  for (const forbidden of [PASSPHRASE, 'SELECT', 'INSERT', '    at ', root, file]) {
    expect(text.includes(forbidden), `${channel} answered ${text}`).toBe(false);
  }
}

describe('every channel, random input', () => {
  it.each(CHANNELS)(
    '%s answers VALIDATION or a valid answer, never throws, changes nothing when it refuses',
    async (channel) => {
      let validation = 0;
      await fc.assert(
        fc.asyncProperty(randomInput, async (input) => {
          await ensureOpen();
          const before = projectContent();
          const result = await api.handlers[channel](input);
          if (result.ok) {
            expect(contract[channel].output.safeParse(result.value).success, channel).toBe(true);
            return;
          }
          assertSafeError(result, channel);
          if (result.error.code === 'VALIDATION') validation += 1;
          // A refused call never touched the project (it is still open, with the same content).
          expect(api.session.status().state).toBe('open');
          expect(projectContent()).toBe(before);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
      // Channels that take input really checked it (channels without input accept undefined and {}).
      if (!contract[channel].input.safeParse(undefined).success) expect(validation).toBeGreaterThan(0);
    },
  );

  it('an unknown channel name is refused as UNKNOWN_CHANNEL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })),
        fc.jsonValue({ maxDepth: 1 }),
        async (channel, input) => {
          fc.pre(!CHANNELS.includes(channel as Channel));
          const result = await dispatch(api.handlers, channel, input);
          expect(result).toEqual({
            ok: false,
            error: { code: 'UNKNOWN_CHANNEL', message: errorMessage('UNKNOWN_CHANNEL', 'en') },
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a refused passphrase or path is never echoed back', async () => {
    await ensureOpen();
    const secret = `${PASSPHRASE}-and-more`;
    for (const [channel, input] of [
      ['project.changePassphrase', { current: secret, next: 'x'.repeat(10_001) }],
      ['project.changePassphrase', { current: secret, next: `${secret}2` }],
      ['project.open', { path: `${root}/nope.bmma`, passphrase: secret }],
      ['backups.restore', { projectPath: file, name: 'none.bmma', targetPath: `${root}/t.bmma`, passphrase: secret }],
    ] as const) {
      const result = await api.handlers[channel](input);
      expect(result.ok).toBe(false);
      const text = JSON.stringify(result);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(root);
    }
    console.info(
      `api fuzz: ${CHANNELS.length} channels x ${RUNS_PER_CHANNEL} runs; project reopened ${reopened} times after random close/lock`,
    );
  });
});

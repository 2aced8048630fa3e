/**
 * The vault's destruction date (issue 6): once it has come the app says so, and destroying
 * erases every identity irreversibly, records vault.destroyed with the count, and leaves a
 * vault that can never be unlocked or used again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectValue } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE, openRaw } from '../../helpers/project';
import { removeTempDir } from '../../helpers/temp';
import { PLANTED, VAULT_PASSPHRASE, findInDecryptedFile, makeVaultFixture, type VaultFixture } from './vault-fixture';

let fx: VaultFixture;

beforeAll(async () => {
  fx = await makeVaultFixture('vault-destroy');
});

afterAll(() => {
  fx.session.close();
  removeTempDir(fx.root);
});

describe('vault destruction', () => {
  it('refuses a destruction date in the past', async () => {
    const past = await fx.call('vault.setup', { passphrase: VAULT_PASSPHRASE, destroyAfter: '2026-01-01' });
    expect(expectError(past).code).toBe('VALIDATION');
    expect(expectValue(await fx.call('vault.status')).state).toBe('not_set_up');
  });

  it('is not due before the date, and is due from the date on', async () => {
    expectValue(await fx.call('vault.setup', { passphrase: VAULT_PASSPHRASE, destroyAfter: '2026-12-15' }));
    expectValue(
      await fx.call('vault.save', { subjectKind: 'interview', subjectId: fx.interviewId, identity: PLANTED }),
    );
    const second = expectValue(await fx.call('interviews.create', interviewInput('stakeholder')));
    expectValue(
      await fx.call('vault.save', {
        subjectKind: 'interview',
        subjectId: second.id,
        identity: { name: 'Second Interviewee', phone: '', idNumber: '', address: '' },
      }),
    );
    expect(expectValue(await fx.call('vault.status'))).toMatchObject({ destructionDue: false, identityCount: 2 });

    fx.clock.now = new Date('2026-12-16T03:00:00Z');
    expect(expectValue(await fx.call('vault.status'))).toMatchObject({
      state: 'unlocked',
      destroyAfter: '2026-12-15',
      destructionDue: true,
    });
  });

  it('refuses to destroy with a wrong vault passphrase, leaving every identity', async () => {
    expect(expectError(await fx.call('vault.destroy', { passphrase: 'a wrong vault passphrase' })).code).toBe(
      'VAULT_WRONG_PASSPHRASE',
    );
    expect(expectValue(await fx.call('vault.list'))).toHaveLength(2);
  });

  it('destroys every identity, records the count, and checkpoints the pages away', async () => {
    const status = expectValue(await fx.call('vault.destroy', { passphrase: VAULT_PASSPHRASE }));
    expect(status).toMatchObject({ state: 'destroyed', identityCount: 0, destructionDue: false });
    expect(status.destroyedAt).toBe('2026-12-16T03:00:00.000Z');
    const project = fx.session.require();
    const rows = project.read((db) => db.prepare('SELECT count(*) AS n FROM vault_identities').get()) as { n: number };
    expect(rows.n).toBe(0);
    const event = project.read((db) =>
      db.prepare("SELECT details FROM audit_events WHERE action = 'vault.destroyed'").get(),
    ) as { details: string };
    expect(JSON.parse(event.details)).toEqual({ count: 2 });
    expect(project.verifyAudit().ok).toBe(true);
  });

  it('cannot be unlocked, set up again or used for identities afterwards', async () => {
    expect(expectError(await fx.call('vault.unlock', { passphrase: VAULT_PASSPHRASE })).code).toBe('VAULT_DESTROYED');
    expect(
      expectError(
        await fx.call('vault.setup', { passphrase: 'a brand new vault passphrase', destroyAfter: '2027-12-31' }),
      ).code,
    ).toBe('VAULT_DESTROYED');
    expect(expectError(await fx.call('vault.list')).code).toBe('VAULT_DESTROYED');
    const save = await fx.call('vault.save', {
      subjectKind: 'interview',
      subjectId: fx.interviewId,
      identity: PLANTED,
    });
    expect(expectError(save).code).toBe('VAULT_DESTROYED');
    expect(expectValue(await fx.call('vault.status')).state).toBe('destroyed');
  });

  it('still says destroyed after the project is closed and opened again; the file holds no key material', async () => {
    expectValue(await fx.call('project.close'));
    const raw = openRaw(fx.projectPath, PASSPHRASE);
    const meta = raw.prepare('SELECT length(salt) AS salt, length(verifier) AS verifier FROM vault_meta').get();
    raw.close();
    expect(meta).toEqual({ salt: 0, verifier: 0 });
    expect(findInDecryptedFile(fx.projectPath, Object.values(PLANTED))).toEqual([]);
    expectValue(await fx.call('project.open', { path: fx.projectPath, passphrase: PASSPHRASE }));
    expect(expectValue(await fx.call('vault.status')).state).toBe('destroyed');
  });
});

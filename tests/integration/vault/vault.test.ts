/**
 * SECURITY.md 21 through the real api on a real SQLCipher file: identities entered in the
 * vault cannot be read with the project passphrase alone, only with the vault passphrase;
 * wrong or reused passphrases are refused and change nothing; locking forgets the key.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectValue } from '../../helpers/api';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { removeTempDir } from '../../helpers/temp';
import {
  PLANTED,
  VAULT_PASSPHRASE,
  findInDecryptedFile,
  findInRows,
  makeVaultFixture,
  type VaultFixture,
} from './vault-fixture';

const NEEDLES = Object.values(PLANTED);
let fx: VaultFixture;

function hashNow(): string {
  return fx.session.require().read((db) => contentHash(db));
}

beforeAll(async () => {
  fx = await makeVaultFixture('vault');
});

afterAll(() => {
  fx.session.close();
  removeTempDir(fx.root);
});

describe('identity vault', () => {
  it('is not set up at first: the status says so and identities cannot be read', async () => {
    expect(expectValue(await fx.call('vault.status'))).toMatchObject({ state: 'not_set_up', identityCount: 0 });
    expect(expectError(await fx.call('vault.list')).code).toBe('VAULT_NOT_SET_UP');
    expect(expectError(await fx.call('vault.unlock', { passphrase: VAULT_PASSPHRASE })).code).toBe('VAULT_NOT_SET_UP');
  });

  it('refuses the project passphrase and a short one as the vault passphrase, changing nothing', async () => {
    const before = hashNow();
    const same = expectError(await fx.call('vault.setup', { passphrase: PASSPHRASE, destroyAfter: '2027-06-30' }));
    expect(same.code).toBe('VAULT_PASSPHRASE_SAME');
    expect(same.message).toMatch(/different from the project passphrase/);
    expect(
      expectError(await fx.call('vault.setup', { passphrase: 'short vault', destroyAfter: '2027-06-30' })).code,
    ).toBe('WEAK_PASSPHRASE');
    expect(hashNow()).toBe(before);
    expect(expectValue(await fx.call('vault.status')).state).toBe('not_set_up');
  });

  it('sets up with its own passphrase, stores the scrypt parameters and keeps the vault unlocked', async () => {
    const status = expectValue(
      await fx.call('vault.setup', { passphrase: VAULT_PASSPHRASE, destroyAfter: '2027-06-30' }),
    );
    expect(status).toMatchObject({
      state: 'unlocked',
      destroyAfter: '2027-06-30',
      destructionDue: false,
      kdf: 'scrypt',
    });
    const meta = fx.session.require().read((db) => db.prepare('SELECT kdf_params FROM vault_meta').get()) as {
      kdf_params: string;
    };
    const params = JSON.parse(meta.kdf_params) as { N: number; r: number; p: number };
    expect(params.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(params).toMatchObject({ r: 8, p: 1 });
    expect(
      expectError(await fx.call('vault.setup', { passphrase: VAULT_PASSPHRASE, destroyAfter: '2027-06-30' })).code,
    ).toBe('CONFLICT');
  });

  it("saves an interviewee's identity and lists it by the interview's code", async () => {
    const entry = expectValue(
      await fx.call('vault.save', { subjectKind: 'interview', subjectId: fx.interviewId, identity: PLANTED }),
    );
    expect(entry).toMatchObject({
      subjectKind: 'interview',
      subjectId: fx.interviewId,
      subjectCode: fx.interviewCode,
      identity: PLANTED,
    });
    const list = expectValue(await fx.call('vault.list', { subjectKind: 'interview', subjectId: fx.interviewId }));
    expect(list.map((e) => e.identity)).toEqual([PLANTED]);
    expect(expectValue(await fx.call('vault.subjects')).find((s) => s.id === fx.interviewId)?.code).toBe(
      fx.interviewCode,
    );
  });

  it('records field names in the audit trail, never the values', async () => {
    const events = fx.session
      .require()
      .read((db) =>
        db.prepare("SELECT action, details FROM audit_events WHERE action LIKE 'vault.%' ORDER BY seq").all(),
      ) as { action: string; details: string }[];
    expect(events.map((e) => e.action)).toEqual(['vault.setUp', 'vault.identitySaved']);
    const saved = JSON.parse(events[1]?.details ?? '{}') as Record<string, unknown>;
    expect(saved).toMatchObject({
      subjectKind: 'interview',
      subjectId: fx.interviewId,
      fields: ['name', 'phone', 'idNumber', 'address'],
    });
    for (const needle of NEEDLES) expect(events.map((e) => e.details).join('\n')).not.toContain(needle);
  });

  it('keeps the identity unreadable with the project passphrase alone: no table and no decrypted page holds it', async () => {
    fx.session.close();
    expect(findInRows(fx.projectPath, NEEDLES)).toEqual([]);
    expect(findInDecryptedFile(fx.projectPath, NEEDLES)).toEqual([]);
    // The search proves something: a value that IS stored in plain text is found.
    expect(findInRows(fx.projectPath, [fx.interviewCode])).not.toEqual([]);
    expect(findInDecryptedFile(fx.projectPath, [fx.interviewCode])).toEqual([fx.interviewCode]);
    for (const needle of NEEDLES) expect(fs.readFileSync(fx.projectPath).includes(Buffer.from(needle))).toBe(false);
  });

  it('opens locked: the list is refused until the vault passphrase is given', async () => {
    expectValue(await fx.call('project.open', { path: fx.projectPath, passphrase: PASSPHRASE }));
    expect(expectValue(await fx.call('vault.status'))).toMatchObject({ state: 'locked', identityCount: 1 });
    expect(expectError(await fx.call('vault.list')).code).toBe('VAULT_LOCKED');
    const save = await fx.call('vault.save', {
      subjectKind: 'interview',
      subjectId: fx.interviewId,
      identity: PLANTED,
    });
    expect(expectError(save).code).toBe('VAULT_LOCKED');
  });

  it('refuses a wrong vault passphrase (the project passphrase too) and changes nothing', async () => {
    const before = hashNow();
    const wrong = expectError(await fx.call('vault.unlock', { passphrase: 'not the vault passphrase at all' }));
    expect(wrong.code).toBe('VAULT_WRONG_PASSPHRASE');
    expect(expectError(await fx.call('vault.unlock', { passphrase: PASSPHRASE })).code).toBe('VAULT_WRONG_PASSPHRASE');
    expect(hashNow()).toBe(before);
    expect(expectValue(await fx.call('vault.status')).state).toBe('locked');
  });

  it('reads the identity back with the vault passphrase, and records the unlock', async () => {
    expect(expectValue(await fx.call('vault.unlock', { passphrase: VAULT_PASSPHRASE })).state).toBe('unlocked');
    const list = expectValue(await fx.call('vault.list'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subjectCode: fx.interviewCode, identity: PLANTED });
    const last = fx.session
      .require()
      .read((db) => db.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get()) as {
      action: string;
    };
    expect(last.action).toBe('vault.unlocked');
  });

  it('forgets the key on "Lock vault", on project lock and on close', async () => {
    expect(expectValue(await fx.call('vault.lock')).state).toBe('locked');
    expect(expectError(await fx.call('vault.list')).code).toBe('VAULT_LOCKED');

    expectValue(await fx.call('vault.unlock', { passphrase: VAULT_PASSPHRASE }));
    expectValue(await fx.call('project.lock'));
    expect(fx.session.currentVaultKey).toBeNull();
    expectValue(await fx.call('project.unlock', { passphrase: PASSPHRASE }));
    expect(expectError(await fx.call('vault.list')).code).toBe('VAULT_LOCKED');

    expectValue(await fx.call('vault.unlock', { passphrase: VAULT_PASSPHRASE }));
    expectValue(await fx.call('project.close'));
    expect(fx.session.currentVaultKey).toBeNull();
    expectValue(await fx.call('project.open', { path: fx.projectPath, passphrase: PASSPHRASE }));
    expect(expectValue(await fx.call('vault.status')).state).toBe('locked');
  });

  it('edits and removes an identity; a removed record keeps no ciphertext', async () => {
    expectValue(await fx.call('vault.unlock', { passphrase: VAULT_PASSPHRASE }));
    const [entry] = expectValue(await fx.call('vault.list'));
    if (!entry) throw new Error('no entry');
    const edited = expectValue(
      await fx.call('vault.save', {
        id: entry.id,
        subjectKind: 'interview',
        subjectId: fx.interviewId,
        identity: { ...PLANTED, phone: '' },
        expectedUpdatedAt: entry.updatedAt,
      }),
    );
    expect(edited.identity.phone).toBe('');
    const stale = await fx.call('vault.save', {
      id: entry.id,
      subjectKind: 'interview',
      subjectId: fx.interviewId,
      identity: PLANTED,
      expectedUpdatedAt: '2000-01-01T00:00:00.000Z',
    });
    expect(expectError(stale).code).toBe('CONFLICT');
    expectValue(await fx.call('vault.remove', { id: entry.id }));
    expect(expectValue(await fx.call('vault.list'))).toEqual([]);
    const row = fx.session
      .require()
      .read((db) =>
        db.prepare('SELECT deleted, length(ciphertext) AS bytes FROM vault_identities WHERE id = ?').get(entry.id),
      );
    expect(row).toEqual({ deleted: 1, bytes: 0 });
    expect(expectError(await fx.call('vault.remove', { id: entry.id })).code).toBe('NOT_FOUND');
  });

  it('refuses an identity for a subject that does not exist, and an empty identity', async () => {
    const ghost = await fx.call('vault.save', {
      subjectKind: 'interview',
      subjectId: '00000000-0000-4000-8000-000000000000',
      identity: PLANTED,
    });
    expect(expectError(ghost).code).toBe('LINK_TARGET_MISSING');
    const empty = await fx.call('vault.save', {
      subjectKind: 'interview',
      subjectId: fx.interviewId,
      identity: { name: ' ', phone: '', idNumber: '', address: '' },
    });
    expect(expectError(empty).code).toBe('VALIDATION');
  });

  it('answers a tampered or moved ciphertext with FILE_TAMPERED, never garbage', async () => {
    const twg = expectValue(
      await fx.call('twg.create', {
        agencyCode: 'RTP-IB',
        role: 'member',
        positionTitle: { en: 'Deputy Commander', th: 'รองผู้บังคับการ' },
        sex: 'female',
        fromDate: null,
        toDate: null,
        active: true,
      }),
    );
    const one = expectValue(
      await fx.call('vault.save', { subjectKind: 'interview', subjectId: fx.interviewId, identity: PLANTED }),
    );
    const two = expectValue(
      await fx.call('vault.save', {
        subjectKind: 'twg_member',
        subjectId: twg.id,
        identity: { ...PLANTED, name: 'Second Person' },
      }),
    );
    expect(two.subjectCode).toContain('RTP-IB');
    expect(expectValue(await fx.call('vault.list'))).toHaveLength(2);

    const project = fx.session.require();
    // Swap the two sealed records: each is intact, but bound to the other row and subject.
    project.read((db) => {
      const rows = db
        .prepare('SELECT id, nonce, ciphertext FROM vault_identities WHERE id IN (?, ?)')
        .all(one.id, two.id) as {
        id: string;
        nonce: Buffer;
        ciphertext: Buffer;
      }[];
      const update = db.prepare('UPDATE vault_identities SET nonce = ?, ciphertext = ? WHERE id = ?');
      update.run(rows[1]?.nonce, rows[1]?.ciphertext, rows[0]?.id);
      update.run(rows[0]?.nonce, rows[0]?.ciphertext, rows[1]?.id);
    });
    const moved = expectError(await fx.call('vault.list'));
    expect(moved.code).toBe('FILE_TAMPERED');
    expect(JSON.stringify(moved)).not.toContain('Kittisak');

    // Restore one and flip a byte of the other's ciphertext.
    const sealed = encryptedFor(one.id);
    project.read((db) => {
      const flipped = Buffer.from(sealed.ciphertext);
      flipped[0] = (flipped[0] ?? 0) ^ 0xff;
      db.prepare('UPDATE vault_identities SET ciphertext = ? WHERE id = ?').run(flipped, one.id);
    });
    expect(expectError(await fx.call('vault.list', { subjectKind: 'interview' })).code).toBe('FILE_TAMPERED');
  });
});

function encryptedFor(id: string): { ciphertext: Buffer } {
  return fx.session
    .require()
    .read((db) => db.prepare('SELECT ciphertext FROM vault_identities WHERE id = ?').get(id)) as {
    ciphertext: Buffer;
  };
}

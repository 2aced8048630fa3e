import { AppError } from '../../shared/errors';
import {
  MIN_VAULT_PASSPHRASE_LENGTH,
  vaultDestroyAfterSchema,
  vaultDestroySchema,
  vaultSetupSchema,
  vaultUnlockSchema,
  type VaultStatus,
} from '../../shared/vault';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import {
  DEFAULT_SCRYPT_PARAMS,
  VAULT_KDF,
  checkVerifier,
  deriveVaultKey,
  makeVerifier,
  newSalt,
  parseScryptParams,
} from '../project/vault-crypto';
import { invalid, parseInput } from './records';

/**
 * The identity vault's lifecycle (issue 6, SECURITY.md 21): set up, unlock, lock, the
 * destruction date, and destruction. The records themselves: vault-identities.ts.
 * The key is never stored: it is derived from the vault passphrase and kept by the session
 * (VaultKeyPort) until the vault or the project locks.
 */

/** Where the unlocked vault's key lives: the Session (see session.ts). */
export interface VaultKeyPort {
  readonly currentVaultKey: Buffer | null;
  setVaultKey(key: Buffer): void;
  forgetVaultKey(): void;
}

interface MetaRow {
  kdf: string;
  kdf_params: string;
  salt: Buffer;
  verifier: Buffer;
  destroy_after: string | null;
  destroyed_at: string | null;
}

export function readVaultMeta(db: Db): MetaRow | null {
  return (
    (db
      .prepare('SELECT kdf, kdf_params, salt, verifier, destroy_after, destroyed_at FROM vault_meta WHERE id = 1')
      .get() as MetaRow | undefined) ?? null
  );
}

/** The machine's local calendar day (the data controller's day), as YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function assertNotPast(project: ProjectFile, destroyAfter: string): void {
  if (destroyAfter < localDay(project.now())) {
    throw invalid('destroyAfter', 'past_date');
  }
}

export function getVaultStatus(project: ProjectFile, keys: VaultKeyPort): VaultStatus {
  return project.read((db) => {
    const meta = readVaultMeta(db);
    const { n } = db.prepare('SELECT count(*) AS n FROM vault_identities WHERE deleted = 0').get() as { n: number };
    if (!meta) {
      return {
        state: 'not_set_up',
        destroyAfter: null,
        destructionDue: false,
        destroyedAt: null,
        identityCount: n,
        kdf: null,
      };
    }
    const destroyed = meta.destroyed_at !== null;
    return {
      state: destroyed ? 'destroyed' : keys.currentVaultKey ? 'unlocked' : 'locked',
      destroyAfter: meta.destroy_after,
      destructionDue: !destroyed && meta.destroy_after !== null && localDay(project.now()) >= meta.destroy_after,
      destroyedAt: meta.destroyed_at,
      identityCount: n,
      kdf: meta.kdf,
    };
  });
}

function requireMeta(project: ProjectFile): MetaRow {
  const meta = project.read(readVaultMeta);
  if (!meta) throw new AppError('VAULT_NOT_SET_UP');
  if (meta.destroyed_at !== null) throw new AppError('VAULT_DESTROYED');
  return meta;
}

/** The key of the unlocked vault, or the reason there is none. */
export function requireVaultKey(project: ProjectFile, keys: VaultKeyPort): Buffer {
  requireMeta(project);
  const key = keys.currentVaultKey;
  if (!key) throw new AppError('VAULT_LOCKED');
  return key;
}

/** Derives the key from the stored salt and parameters; VAULT_WRONG_PASSPHRASE unless it opens the verifier. */
async function keyFromPassphrase(meta: MetaRow, passphrase: string): Promise<Buffer> {
  if (meta.kdf !== VAULT_KDF) throw new AppError('FILE_TAMPERED', undefined, { part: 'vault' });
  const key = await deriveVaultKey(passphrase, meta.salt, parseScryptParams(meta.kdf_params));
  if (!checkVerifier(key, meta.verifier)) {
    key.fill(0);
    throw new AppError('VAULT_WRONG_PASSPHRASE');
  }
  return key;
}

/**
 * The data controller's vault passphrase: at least 12 characters and not the project's
 * (whoever knows the project passphrase must not thereby know the identities).
 */
export async function setUpVault(project: ProjectFile, keys: VaultKeyPort, input: unknown): Promise<VaultStatus> {
  const { passphrase, destroyAfter } = parseInput(vaultSetupSchema, input);
  const existing = project.read(readVaultMeta);
  if (existing?.destroyed_at) throw new AppError('VAULT_DESTROYED');
  if (existing) throw new AppError('CONFLICT', undefined, { reason: 'vaultAlreadySetUp' });
  if ([...passphrase.normalize('NFC')].length < MIN_VAULT_PASSPHRASE_LENGTH) {
    throw new AppError('WEAK_PASSPHRASE', undefined, { minLength: MIN_VAULT_PASSPHRASE_LENGTH });
  }
  if (project.matchesPassphrase(passphrase)) throw new AppError('VAULT_PASSPHRASE_SAME');
  assertNotPast(project, destroyAfter);
  const salt = newSalt();
  const params = DEFAULT_SCRYPT_PARAMS;
  const key = await deriveVaultKey(passphrase, salt, params);
  try {
    project.write((ctx) => {
      // Checked again inside the transaction: the derivation above yields to other calls.
      if (readVaultMeta(ctx.db)) throw new AppError('CONFLICT', undefined, { reason: 'vaultAlreadySetUp' });
      ctx.db
        .prepare(
          `INSERT INTO vault_meta (id, kdf, kdf_params, salt, verifier, destroy_after, destroyed_at, created_at, updated_at, updated_by)
           VALUES (1, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
        )
        .run(VAULT_KDF, JSON.stringify(params), salt, makeVerifier(key), destroyAfter, ctx.now, ctx.now, ctx.actor);
      ctx.audit('vault.setUp', 'vault', null, { kdf: VAULT_KDF, N: params.N, r: params.r, p: params.p, destroyAfter });
    });
    keys.setVaultKey(key);
  } finally {
    key.fill(0);
  }
  return getVaultStatus(project, keys);
}

export async function unlockVault(project: ProjectFile, keys: VaultKeyPort, input: unknown): Promise<VaultStatus> {
  const { passphrase } = parseInput(vaultUnlockSchema, input);
  const meta = requireMeta(project);
  const key = await keyFromPassphrase(meta, passphrase);
  try {
    project.write((ctx) => ctx.audit('vault.unlocked', 'vault', null));
    keys.setVaultKey(key);
  } finally {
    key.fill(0);
  }
  return getVaultStatus(project, keys);
}

export function lockVault(project: ProjectFile, keys: VaultKeyPort): VaultStatus {
  keys.forgetVaultKey();
  return getVaultStatus(project, keys);
}

export function setVaultDestroyAfter(project: ProjectFile, keys: VaultKeyPort, input: unknown): VaultStatus {
  const { destroyAfter } = parseInput(vaultDestroyAfterSchema, input);
  requireVaultKey(project, keys);
  assertNotPast(project, destroyAfter);
  project.write((ctx) => {
    ctx.db
      .prepare('UPDATE vault_meta SET destroy_after = ?, updated_at = ?, updated_by = ? WHERE id = 1')
      .run(destroyAfter, ctx.now, ctx.actor);
    ctx.audit('vault.destroyAfterSet', 'vault', null, { destroyAfter });
  });
  return getVaultStatus(project, keys);
}

/**
 * Destroys every identity, irreversibly: each ciphertext and nonce is first overwritten with
 * zeros in place, then the rows are deleted (secure_delete is on for every connection, see
 * cipher.ts, so the freed cells are zeroed too), the salt and verifier are emptied so the
 * vault can never be unlocked again, and the WAL is checkpointed so the old pages leave it.
 * Asks for the vault passphrase again, whether the vault is unlocked or not.
 */
export async function destroyVault(project: ProjectFile, keys: VaultKeyPort, input: unknown): Promise<VaultStatus> {
  const { passphrase } = parseInput(vaultDestroySchema, input);
  const meta = requireMeta(project);
  (await keyFromPassphrase(meta, passphrase)).fill(0);
  project.write((ctx) => {
    const { n } = ctx.db.prepare('SELECT count(*) AS n FROM vault_identities WHERE deleted = 0').get() as { n: number };
    ctx.db
      .prepare('UPDATE vault_identities SET nonce = zeroblob(length(nonce)), ciphertext = zeroblob(length(ciphertext))')
      .run();
    ctx.db.prepare('DELETE FROM vault_identities').run();
    ctx.db
      .prepare(
        "UPDATE vault_meta SET salt = X'', verifier = X'', destroyed_at = ?, updated_at = ?, updated_by = ? WHERE id = 1",
      )
      .run(ctx.now, ctx.now, ctx.actor);
    ctx.audit('vault.destroyed', 'vault', null, { count: n });
  });
  keys.forgetVaultKey();
  project.checkpoint();
  return getVaultStatus(project, keys);
}

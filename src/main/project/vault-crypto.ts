import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';

/**
 * The identity vault's second layer of encryption (SECURITY.md 21). The project file is
 * already SQLCipher-encrypted under the project passphrase; each vault record is encrypted
 * again with AES-256-GCM under a key derived from the data controller's vault passphrase, so
 * whoever knows only the project passphrase sees nonces and ciphertext, never an identity.
 */

export const VAULT_KDF = 'scrypt';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/**
 * N = 2^16, r = 8, p = 1: 64 MiB and a fraction of a second per derivation (above the 2^15
 * floor of the brief). The parameters are stored with the vault, so raising them later only
 * changes new vaults.
 */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 16, r: 8, p: 1, keyLength: 32 };

/** Bounds for parameters read back from a file: a tampered row must not ask for 64 GiB. */
const MIN_N = 2 ** 14;
const MAX_N = 2 ** 20;

export const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SALT_BYTES = 16;
/** Plaintexts are padded to a multiple of this, so ciphertext length says little about a name's length. */
const PAD_BLOCK = 64;

const VERIFIER_PLAINTEXT = Buffer.from('bmma-vault-verifier', 'utf8');
const VERIFIER_AAD = Buffer.from('bmma-vault/v1/verifier', 'utf8');

export function newSalt(): Buffer {
  return crypto.randomBytes(SALT_BYTES);
}

export function parseScryptParams(json: string): ScryptParams {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError('FILE_TAMPERED', undefined, { part: 'vault' });
  }
  const { N, r, p, keyLength } = (value ?? {}) as Partial<ScryptParams>;
  const valid =
    Number.isInteger(N) &&
    Number.isInteger(r) &&
    Number.isInteger(p) &&
    keyLength === 32 &&
    (N as number) >= MIN_N &&
    (N as number) <= MAX_N &&
    ((N as number) & ((N as number) - 1)) === 0 &&
    (r as number) >= 1 &&
    (r as number) <= 32 &&
    (p as number) >= 1 &&
    (p as number) <= 16;
  if (!valid) throw new AppError('FILE_TAMPERED', undefined, { part: 'vault' });
  return { N: N as number, r: r as number, p: p as number, keyLength: 32 };
}

/**
 * scrypt on libuv's thread pool (async), so the Electron main process stays responsive
 * while the key is derived. The passphrase is NFC-normalised like the project passphrase.
 */
export function deriveVaultKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2 + 1024 * 1024;
  return new Promise((resolve, reject) => {
    crypto.scrypt(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      salt,
      params.keyLength,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): { nonce: Buffer; ciphertext: Buffer } {
  const nonce = crypto.randomBytes(NONCE_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, ciphertext: Buffer.concat([body, cipher.getAuthTag()]) };
}

/** Returns null when the tag does not verify (wrong key, other record, or altered bytes). */
function open(key: Buffer, nonce: Buffer, ciphertext: Buffer, aad: Buffer): Buffer | null {
  if (nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
    return Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** A known value sealed under the key: tells a wrong vault passphrase from a right one. */
export function makeVerifier(key: Buffer): Buffer {
  const { nonce, ciphertext } = seal(key, VERIFIER_PLAINTEXT, VERIFIER_AAD);
  return Buffer.concat([nonce, ciphertext]);
}

export function checkVerifier(key: Buffer, verifier: Buffer): boolean {
  const plain = open(key, verifier.subarray(0, NONCE_BYTES), verifier.subarray(NONCE_BYTES), VERIFIER_AAD);
  // GCM already authenticated the bytes; comparing the (public) constant needs no constant time.
  return plain !== null && plain.equals(VERIFIER_PLAINTEXT);
}

export interface RecordBinding {
  id: string;
  subjectKind: string;
  subjectId: string;
}

/** The associated data: a ciphertext moved to another row or subject no longer decrypts. */
export function recordAad(binding: RecordBinding): Buffer {
  return Buffer.from(`bmma-vault/v1/record\n${binding.id}\n${binding.subjectKind}\n${binding.subjectId}`, 'utf8');
}

function pad(json: string): Buffer {
  const body = Buffer.from(json, 'utf8');
  const total = Math.ceil((body.length + 4) / PAD_BLOCK) * PAD_BLOCK;
  const padded = Buffer.alloc(total);
  padded.writeUInt32BE(body.length, 0);
  body.copy(padded, 4);
  return padded;
}

function unpad(padded: Buffer): string | null {
  if (padded.length < 4) return null;
  const length = padded.readUInt32BE(0);
  if (length > padded.length - 4) return null;
  return padded.subarray(4, 4 + length).toString('utf8');
}

/** Encrypts one record's fields (a plain object of strings) with a fresh nonce. */
export function encryptRecord(
  key: Buffer,
  binding: RecordBinding,
  fields: Record<string, string>,
): { nonce: Buffer; ciphertext: Buffer } {
  return seal(key, pad(JSON.stringify(fields)), recordAad(binding));
}

/**
 * Decrypts one record. A record whose bytes were altered, or which was moved to another
 * row or subject, fails GCM authentication: FILE_TAMPERED, never garbage.
 */
export function decryptRecord(
  key: Buffer,
  binding: RecordBinding,
  nonce: Buffer,
  ciphertext: Buffer,
): Record<string, string> {
  const plain = open(key, nonce, ciphertext, recordAad(binding));
  const json = plain ? unpad(plain) : null;
  if (json === null) throw new AppError('FILE_TAMPERED', undefined, { part: 'vault', recordId: binding.id });
  try {
    const value = JSON.parse(json) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    throw new AppError('FILE_TAMPERED', undefined, { part: 'vault', recordId: binding.id });
  }
}

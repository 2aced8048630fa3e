import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import {
  DEFAULT_SCRYPT_PARAMS,
  NONCE_BYTES,
  checkVerifier,
  decryptRecord,
  deriveVaultKey,
  encryptRecord,
  makeVerifier,
  newSalt,
  parseScryptParams,
} from '../../../src/main/project/vault-crypto';

const binding = { id: crypto.randomUUID(), subjectKind: 'interview', subjectId: crypto.randomUUID() };
const identity = {
  name: 'Somchai Jaidee สมชาย ใจดี',
  phone: '+66 81 234 5678',
  idNumber: '1-1020-00123-45-6',
  address: '12 Moo 3, Mae Sot',
};

function tamperCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as AppError).code;
  }
  return undefined;
}

describe('vault-crypto', () => {
  const key = crypto.randomBytes(32);

  it('round-trips a record and hides its content in the ciphertext', () => {
    const sealed = encryptRecord(key, binding, identity);
    expect(sealed.nonce).toHaveLength(NONCE_BYTES);
    expect(sealed.ciphertext.includes(Buffer.from('Somchai'))).toBe(false);
    expect(sealed.ciphertext.includes(Buffer.from('5678'))).toBe(false);
    expect(decryptRecord(key, binding, sealed.nonce, sealed.ciphertext)).toEqual(identity);
  });

  it('uses a fresh nonce for every record, so equal identities give different ciphertexts', () => {
    const nonces = new Set<string>();
    const ciphertexts = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const sealed = encryptRecord(key, binding, identity);
      nonces.add(sealed.nonce.toString('hex'));
      ciphertexts.add(sealed.ciphertext.toString('hex'));
    }
    expect(nonces.size).toBe(500);
    expect(ciphertexts.size).toBe(500);
  });

  it('refuses a record moved to another id or subject (AAD mismatch): FILE_TAMPERED, not garbage', () => {
    const sealed = encryptRecord(key, binding, identity);
    expect(
      tamperCode(() => decryptRecord(key, { ...binding, id: crypto.randomUUID() }, sealed.nonce, sealed.ciphertext)),
    ).toBe('FILE_TAMPERED');
    expect(
      tamperCode(() =>
        decryptRecord(key, { ...binding, subjectId: crypto.randomUUID() }, sealed.nonce, sealed.ciphertext),
      ),
    ).toBe('FILE_TAMPERED');
    expect(
      tamperCode(() => decryptRecord(key, { ...binding, subjectKind: 'twg_member' }, sealed.nonce, sealed.ciphertext)),
    ).toBe('FILE_TAMPERED');
  });

  it('refuses a flipped byte, a truncated ciphertext and the wrong key', () => {
    const sealed = encryptRecord(key, binding, identity);
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[3] = (flipped[3] ?? 0) ^ 0x01;
    expect(tamperCode(() => decryptRecord(key, binding, sealed.nonce, flipped))).toBe('FILE_TAMPERED');
    expect(tamperCode(() => decryptRecord(key, binding, sealed.nonce, sealed.ciphertext.subarray(0, 10)))).toBe(
      'FILE_TAMPERED',
    );
    expect(tamperCode(() => decryptRecord(crypto.randomBytes(32), binding, sealed.nonce, sealed.ciphertext))).toBe(
      'FILE_TAMPERED',
    );
  });

  it('pads plaintexts, so a short and a longer name give ciphertexts of the same length', () => {
    const short = encryptRecord(key, binding, { ...identity, name: 'Ann' });
    const longer = encryptRecord(key, binding, { ...identity, name: 'Annabelle Smith' });
    expect(short.ciphertext.length).toBe(longer.ciphertext.length);
  });

  it('derives the same key from the same passphrase and salt with scrypt, and the verifier tells a wrong one', async () => {
    const params = { ...DEFAULT_SCRYPT_PARAMS, N: 2 ** 14 };
    const salt = newSalt();
    const right = await deriveVaultKey('vault passphrase of the controller', salt, params);
    const again = await deriveVaultKey('vault passphrase of the controller', salt, params);
    const wrong = await deriveVaultKey('vault passphrase of the controllers', salt, params);
    expect(right.equals(again)).toBe(true);
    const verifier = makeVerifier(right);
    expect(checkVerifier(again, verifier)).toBe(true);
    expect(checkVerifier(wrong, verifier)).toBe(false);
  });

  it('records scrypt parameters of at least N = 2^15, r = 8, p = 1 and refuses absurd stored ones', () => {
    expect(DEFAULT_SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(DEFAULT_SCRYPT_PARAMS.r).toBe(8);
    expect(DEFAULT_SCRYPT_PARAMS.p).toBe(1);
    expect(parseScryptParams(JSON.stringify(DEFAULT_SCRYPT_PARAMS))).toEqual(DEFAULT_SCRYPT_PARAMS);
    expect(tamperCode(() => parseScryptParams(JSON.stringify({ ...DEFAULT_SCRYPT_PARAMS, N: 2 ** 30 })))).toBe(
      'FILE_TAMPERED',
    );
    expect(tamperCode(() => parseScryptParams(JSON.stringify({ ...DEFAULT_SCRYPT_PARAMS, N: 1000 })))).toBe(
      'FILE_TAMPERED',
    );
    expect(tamperCode(() => parseScryptParams('not json'))).toBe('FILE_TAMPERED');
  });
});

import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';

/**
 * The review packet's file format (.bmmareview, issue 6): a small file a reviewer carries on a
 * USB stick, so it is encrypted and authenticated on its own, independent of any project file.
 *
 *   MAGIC (8 bytes) | header length (uint32 BE) | header JSON | ciphertext | GCM tag (16) | SHA-256 (32)
 *
 * The header is readable without the passphrase (format, project id, copy id, KDF salt and
 * parameters, nonce, key check) so the importer can refuse a packet for another project before
 * asking anything else. The body is AES-256-GCM under a key from the passphrase (scrypt); the
 * magic, length and header are its additional data, so the whole file is authenticated.
 *
 * Two extra values sort failures into the right message (SECURITY.md 26):
 * - the trailing SHA-256 (unkeyed) catches a damaged or edited file before any key is derived,
 *   so a flipped byte anywhere reads "tampered", not "wrong passphrase";
 * - the key check (an HMAC under a second key from the same scrypt output) tells a wrong
 *   passphrase apart from a ciphertext that fails authentication.
 */

export const PACKET_MAGIC = Buffer.from('BMMARV01', 'ascii');
export const PACKET_FORMAT = 'bmma-review-packet';
export const PACKET_VERSION = 1;

const KEY_CHECK_LABEL = 'bmma review packet key check v1';
const TAG_BYTES = 16;
const DIGEST_BYTES = 32;
const NONCE_BYTES = 12;
const SALT_BYTES = 16;
const MAX_HEADER_BYTES = 16 * 1024;

/** scrypt cost: 2^15 x 8 x 1 takes ~32 MB and a fraction of a second; bounded on read. */
export const DEFAULT_KDF = { name: 'scrypt', N: 32_768, r: 8, p: 1 } as const;
const MAX_N = 1 << 20;

export interface PacketKdf {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

export interface PacketHeader {
  format: typeof PACKET_FORMAT;
  version: number;
  packetId: string;
  projectId: string;
  copyId: string;
  createdAt: string;
  kdf: PacketKdf;
  nonce: string;
  keyCheck: string;
}

export type PacketIdentity = Pick<PacketHeader, 'packetId' | 'projectId' | 'copyId' | 'createdAt'>;

interface Keys {
  encryption: Buffer;
  check: Buffer;
}

function deriveKeys(passphrase: string, kdf: PacketKdf): Keys {
  const salt = Buffer.from(kdf.salt, 'base64');
  const material = crypto.scryptSync(passphrase.normalize('NFC'), salt, 64, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    // N x r x 128 bytes plus headroom; the default 32 MB limit is too tight for N = 2^15, r = 8.
    maxmem: 256 * kdf.N * kdf.r + 1024 * 1024,
  });
  return { encryption: material.subarray(0, 32), check: material.subarray(32, 64) };
}

function keyCheckOf(keys: Keys): Buffer {
  return crypto.createHmac('sha256', keys.check).update(KEY_CHECK_LABEL).digest();
}

function tampered(reason: string): AppError {
  return new AppError('PACKET_TAMPERED', undefined, { reason });
}

/** Encrypts `body` into a packet file's bytes. `kdf` is for tests that want a cheap derivation. */
export function sealPacket(
  identity: PacketIdentity,
  body: unknown,
  passphrase: string,
  kdf: Omit<PacketKdf, 'salt'> = DEFAULT_KDF,
): Buffer {
  const fullKdf: PacketKdf = { ...kdf, name: 'scrypt', salt: crypto.randomBytes(SALT_BYTES).toString('base64') };
  const keys = deriveKeys(passphrase, fullKdf);
  const nonce = crypto.randomBytes(NONCE_BYTES);
  const header: PacketHeader = {
    format: PACKET_FORMAT,
    version: PACKET_VERSION,
    ...identity,
    kdf: fullKdf,
    nonce: nonce.toString('base64'),
    keyCheck: keyCheckOf(keys).toString('base64'),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const prefix = Buffer.concat([PACKET_MAGIC, length, headerBytes]);
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.encryption, nonce);
  cipher.setAAD(prefix);
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(JSON.stringify(body), 'utf8')), cipher.final()]);
  const sealed = Buffer.concat([prefix, ciphertext, cipher.getAuthTag()]);
  return Buffer.concat([sealed, crypto.createHash('sha256').update(sealed).digest()]);
}

function isHeader(value: unknown): value is PacketHeader {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Record<string, unknown>;
  const kdf = h['kdf'] as Record<string, unknown> | undefined;
  return (
    h['format'] === PACKET_FORMAT &&
    typeof h['packetId'] === 'string' &&
    typeof h['projectId'] === 'string' &&
    typeof h['copyId'] === 'string' &&
    typeof h['createdAt'] === 'string' &&
    typeof h['nonce'] === 'string' &&
    typeof h['keyCheck'] === 'string' &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf['name'] === 'scrypt' &&
    typeof kdf['salt'] === 'string' &&
    Number.isInteger(kdf['N']) &&
    Number.isInteger(kdf['r']) &&
    Number.isInteger(kdf['p'])
  );
}

interface Parsed {
  header: PacketHeader;
  prefix: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/**
 * Reads the header without the passphrase. Anything that is not a whole, unaltered packet
 * (wrong magic, truncated, digest mismatch, unreadable header) is PACKET_TAMPERED.
 */
export function readPacketHeader(file: Buffer): PacketHeader {
  return parse(file).header;
}

function parse(file: Buffer): Parsed {
  const minimum = PACKET_MAGIC.length + 4 + TAG_BYTES + DIGEST_BYTES;
  if (file.length < minimum || !file.subarray(0, PACKET_MAGIC.length).equals(PACKET_MAGIC))
    throw tampered('not-a-packet');
  const sealed = file.subarray(0, file.length - DIGEST_BYTES);
  const digest = file.subarray(file.length - DIGEST_BYTES);
  if (!crypto.timingSafeEqual(crypto.createHash('sha256').update(sealed).digest(), digest)) throw tampered('digest');
  const headerLength = file.readUInt32BE(PACKET_MAGIC.length);
  const headerEnd = PACKET_MAGIC.length + 4 + headerLength;
  if (headerLength > MAX_HEADER_BYTES || headerEnd + TAG_BYTES > sealed.length) throw tampered('header-length');
  let header: unknown;
  try {
    header = JSON.parse(sealed.subarray(PACKET_MAGIC.length + 4, headerEnd).toString('utf8'));
  } catch {
    throw tampered('header');
  }
  if (!isHeader(header)) throw tampered('header');
  if (header.version !== PACKET_VERSION)
    throw new AppError('NEWER_FORMAT', undefined, { packetVersion: header.version });
  const { N, r, p } = header.kdf;
  // Bounded so a crafted header cannot make the import derive for minutes or exhaust memory.
  if (N < 1024 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 4) throw tampered('kdf');
  return {
    header,
    prefix: sealed.subarray(0, headerEnd),
    ciphertext: sealed.subarray(headerEnd, sealed.length - TAG_BYTES),
    tag: sealed.subarray(sealed.length - TAG_BYTES),
  };
}

/** Decrypts a packet: PACKET_WRONG_PASSPHRASE, PACKET_TAMPERED, or the header and body. */
export function openPacket(file: Buffer, passphrase: string): { header: PacketHeader; body: unknown } {
  const { header, prefix, ciphertext, tag } = parse(file);
  const keys = deriveKeys(passphrase, header.kdf);
  const expected = Buffer.from(header.keyCheck, 'base64');
  const actual = keyCheckOf(keys);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) {
    throw new AppError('PACKET_WRONG_PASSPHRASE');
  }
  let plain: Buffer;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keys.encryption, Buffer.from(header.nonce, 'base64'));
    decipher.setAAD(prefix);
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw tampered('authentication');
  }
  try {
    return { header, body: JSON.parse(plain.toString('utf8')) as unknown };
  } catch {
    throw tampered('body');
  }
}

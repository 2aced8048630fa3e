/**
 * The review packet's file format: a round trip, and each way it can go wrong sorted into the
 * message the assessor should see (wrong passphrase vs damaged/altered file), with nothing of
 * the body readable in the file.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { PACKET_MAGIC, openPacket, readPacketHeader, sealPacket } from '../../../src/main/project/packet-crypto';

const CHEAP = { name: 'scrypt', N: 1024, r: 8, p: 1 } as const;
const PASS = 'reviewer passphrase 2562';
const identity = {
  packetId: crypto.randomUUID(),
  projectId: crypto.randomUUID(),
  copyId: crypto.randomUUID(),
  createdAt: '2026-11-29T10:00:00.000Z',
};
const body = { comments: [{ body: 'ควรระบุจำนวนคดี / cite the case count CANARY-7731' }], decisions: [] };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an error');
}

/** Flips one bit of byte `index` (negative: from the end). */
function flipped(file: Buffer, index: number): Buffer {
  const copy = Buffer.from(file);
  const at = index < 0 ? copy.length + index : index;
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

/** The same file with its header JSON edited, and its length and digest recomputed (a careful forger). */
function withHeader(file: Buffer, edit: (header: Record<string, unknown>) => void): Buffer {
  const length = file.readUInt32BE(PACKET_MAGIC.length);
  const start = PACKET_MAGIC.length + 4;
  const header = JSON.parse(file.subarray(start, start + length).toString('utf8')) as Record<string, unknown>;
  edit(header);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const lengthBytes = Buffer.alloc(4);
  lengthBytes.writeUInt32BE(headerBytes.length);
  const sealed = Buffer.concat([
    PACKET_MAGIC,
    lengthBytes,
    headerBytes,
    file.subarray(start + length, file.length - 32),
  ]);
  return Buffer.concat([sealed, crypto.createHash('sha256').update(sealed).digest()]);
}

describe('review packet crypto', () => {
  const file = sealPacket(identity, body, PASS, CHEAP);

  it('round-trips the body and exposes only the header without the passphrase', () => {
    expect(file.subarray(0, PACKET_MAGIC.length).equals(PACKET_MAGIC)).toBe(true);
    const header = readPacketHeader(file);
    expect(header).toMatchObject({ ...identity, format: 'bmma-review-packet', version: 1 });
    expect(header.kdf).toMatchObject({ name: 'scrypt', N: 1024, r: 8, p: 1 });
    expect(openPacket(file, PASS).body).toEqual(body);
  });

  it('keeps the body unreadable in the file', () => {
    expect(file.includes(Buffer.from('CANARY-7731'))).toBe(false);
    expect(file.includes(Buffer.from('ควรระบุ'))).toBe(false);
  });

  it('uses a fresh salt and nonce each time', () => {
    const again = sealPacket(identity, body, PASS, CHEAP);
    expect(readPacketHeader(again).kdf.salt).not.toBe(readPacketHeader(file).kdf.salt);
    expect(readPacketHeader(again).nonce).not.toBe(readPacketHeader(file).nonce);
  });

  it('tells a wrong passphrase (NFC-normalised) from tampering', () => {
    expect(codeOf(() => openPacket(file, 'another passphrase 2562'))).toBe('PACKET_WRONG_PASSPHRASE');
    // The same Thai passphrase typed in decomposed form still opens.
    const thai = 'รหัสผ่าน ำ ทดสอบ';
    const sealed = sealPacket(identity, body, thai.normalize('NFC'), CHEAP);
    expect(openPacket(sealed, thai.normalize('NFD')).body).toEqual(body);
  });

  it('refuses a flipped byte anywhere as PACKET_TAMPERED, never as a wrong passphrase', () => {
    const headerEnd = PACKET_MAGIC.length + 4 + file.readUInt32BE(PACKET_MAGIC.length);
    for (const index of [0, PACKET_MAGIC.length + 2, headerEnd - 3, headerEnd + 1, -40, -1]) {
      expect(codeOf(() => openPacket(flipped(file, index), PASS))).toBe('PACKET_TAMPERED');
    }
  });

  it('refuses a ciphertext altered with a recomputed digest: the cipher authenticates it', () => {
    const sealed = flipped(file, -40).subarray(0, file.length - 32);
    const reDigested = Buffer.concat([sealed, crypto.createHash('sha256').update(sealed).digest()]);
    expect(codeOf(() => openPacket(reDigested, PASS))).toBe('PACKET_TAMPERED');
  });

  it('refuses a header edited to another project, even with a recomputed digest', () => {
    const edited = withHeader(file, (header) => {
      header['projectId'] = crypto.randomUUID();
    });
    expect(readPacketHeader(edited).projectId).not.toBe(identity.projectId);
    expect(codeOf(() => openPacket(edited, PASS))).toBe('PACKET_TAMPERED');
  });

  it('refuses a truncated, empty or foreign file as PACKET_TAMPERED', () => {
    expect(codeOf(() => openPacket(file.subarray(0, file.length - 10), PASS))).toBe('PACKET_TAMPERED');
    expect(codeOf(() => openPacket(Buffer.alloc(0), PASS))).toBe('PACKET_TAMPERED');
    expect(
      codeOf(() =>
        readPacketHeader(Buffer.from('PK\u0003\u0004 a zip file, not a packet at all.........................')),
      ),
    ).toBe('PACKET_TAMPERED');
  });

  it('refuses a header asking for an absurd key derivation cost before deriving anything', () => {
    const costly = withHeader(file, (header) => {
      header['kdf'] = { ...(header['kdf'] as object), N: 1 << 24 };
    });
    expect(codeOf(() => openPacket(costly, PASS))).toBe('PACKET_TAMPERED');
  });
});

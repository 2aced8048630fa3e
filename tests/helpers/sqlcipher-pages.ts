import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * Decrypts a SQLCipher 4 file page by page in plain Node, without SQLite: every page,
 * including free pages and leftovers SQLite would never show through a query. SQLCipher 4
 * defaults (ARCHITECTURE.md): 4096-byte pages, a 16-byte salt at the start of the file,
 * PBKDF2-HMAC-SHA512 with 256,000 iterations, AES-256-CBC per page with the IV in the 80
 * reserved bytes at the end of each page (IV 16 + HMAC-SHA512 64).
 */
const PAGE = 4096;
const RESERVE = 80;
const SALT = 16;

export function decryptPages(file: string, passphrase: string): Buffer[] {
  const bytes = fs.readFileSync(file);
  const key = crypto.pbkdf2Sync(
    Buffer.from(passphrase.normalize('NFC'), 'utf8'),
    bytes.subarray(0, SALT),
    256_000,
    32,
    'sha512',
  );
  const pages: Buffer[] = [];
  for (let offset = 0; offset + PAGE <= bytes.length; offset += PAGE) {
    const page = bytes.subarray(offset, offset + PAGE);
    const start = offset === 0 ? SALT : 0;
    const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
    const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    pages.push(
      Buffer.concat([Buffer.alloc(start), decipher.update(page.subarray(start, PAGE - RESERVE)), decipher.final()]),
    );
  }
  return pages;
}

/** True when page 1 decrypted to a SQLite header (page size 4096, payload fractions 64/32/32). */
export function looksLikeSqliteHeader(page1: Buffer): boolean {
  return page1.readUInt16BE(16) === PAGE && page1[21] === 64 && page1[22] === 32 && page1[23] === 32;
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  attachmentAddSchema,
  type Attachment,
} from '../../shared/evidence-items';
import { FILE_MODE, fsyncDirectory, publish, tempPathFor } from '../project/atomic';
import type { Db } from '../project/cipher';
import { ioError } from '../project/fs-errors';
import type { ProjectFile } from '../project/project-file';
import { invalid, laterThan, linkMissing, parseInput } from './evidence-helpers';

/**
 * Attachments of documents and site visits (PRODUCT.md 4): the file's bytes are stored inside
 * the encrypted project file in 1 MiB chunks, never wholly in memory, with the SHA-256 taken
 * while reading at ingest and checked again against what an export wrote to disk.
 * The renderer never names a path: api.ts asks the native dialog and passes the choice here.
 */

export type { Attachment };
export type AttachmentAddInput = z.input<typeof attachmentAddSchema>;
type OwnerKind = Attachment['ownerKind'];
type Extension = keyof typeof ATTACHMENT_TYPES;

export const CHUNK_BYTES = 1024 * 1024;
/** Site visits take photos only (without people, PRODUCT.md 4). */
export const PHOTO_EXTENSIONS: readonly Extension[] = ['jpg', 'jpeg', 'png'];
const OWNER_TABLES: Record<OwnerKind, string> = { site_visit: 'site_visits', document: 'documents' };

interface AttachmentRow {
  id: string;
  owner_kind: OwnerKind;
  owner_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  chunk_count: number;
  no_people_confirmed: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `a.id, a.owner_kind, a.owner_id, a.file_name, a.media_type, a.size, a.sha256, a.chunk_count,
  a.no_people_confirmed, a.created_at, a.updated_at`;

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    ownerKind: row.owner_kind,
    ownerId: row.owner_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    noPeopleConfirmed: row.no_people_confirmed === 1,
    createdAt: row.created_at,
  };
}

/** The live attachments of a record, oldest first (site visit and document pages show them). */
export function listAttachments(db: Db, ownerKind: OwnerKind, ownerId: string): Attachment[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM attachments a WHERE a.owner_kind = ? AND a.owner_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id`)
    .all(ownerKind, ownerId) as AttachmentRow[];
  return rows.map(toAttachment);
}

function ownerCode(db: Db, kind: OwnerKind, id: string): string | null {
  // Table names come from the constant above, never from input.
  const row = db.prepare(`SELECT code FROM ${OWNER_TABLES[kind]} WHERE id = ? AND deleted = 0`).get(id) as
    { code: string } | undefined;
  return row?.code ?? null;
}

/** A live attachment of a live owner: attachments of a tombstoned record are gone with it. */
function readAttachment(db: Db, id: string): AttachmentRow & { owner_code: string } {
  const row = db.prepare(`SELECT ${COLUMNS} FROM attachments a WHERE a.id = ? AND a.deleted = 0`).get(id) as
    AttachmentRow | undefined;
  const owner = row ? ownerCode(db, row.owner_kind, row.owner_id) : null;
  if (!row || owner === null) throw new AppError('NOT_FOUND', undefined, { entity: 'attachment' });
  return { ...row, owner_code: owner };
}

// ---------------------------------------------------------------- checking the content

const MAGIC: Partial<Record<Extension, readonly number[]>> = {
  pdf: [0x25, 0x50, 0x44, 0x46], // %PDF
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpg: [0xff, 0xd8, 0xff],
  jpeg: [0xff, 0xd8, 0xff],
  // Office Open XML and OpenDocument files are zip archives.
  docx: [0x50, 0x4b, 0x03, 0x04],
  xlsx: [0x50, 0x4b, 0x03, 0x04],
  odt: [0x50, 0x4b, 0x03, 0x04],
  ods: [0x50, 0x4b, 0x03, 0x04],
  // Word 97 and Excel 97 files are OLE compound documents.
  doc: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  xls: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
};

function extensionOf(file: string): Extension | null {
  const extension = path.extname(file).slice(1).toLowerCase();
  return Object.hasOwn(ATTACHMENT_TYPES, extension) ? (extension as Extension) : null;
}

/**
 * What the bytes must look like for their extension: magic bytes where the format has them;
 * text (txt, csv) must be UTF-8 without NUL, checked chunk by chunk as it streams past.
 */
class ContentCheck {
  private readonly decoder: TextDecoder | null;

  constructor(private readonly extension: Extension) {
    this.decoder = extension === 'txt' || extension === 'csv' ? new TextDecoder('utf-8', { fatal: true }) : null;
  }

  chunk(bytes: Buffer, first: boolean): void {
    const magic = MAGIC[this.extension];
    if (first && magic && !magic.every((byte, i) => bytes[i] === byte)) throw this.refuse('content');
    if (this.decoder) {
      if (bytes.includes(0)) throw this.refuse('text');
      try {
        this.decoder.decode(bytes, { stream: true });
      } catch {
        throw this.refuse('text');
      }
    }
  }

  end(sawBytes: boolean): void {
    if (!sawBytes && MAGIC[this.extension]) throw this.refuse('content');
    try {
      this.decoder?.decode();
    } catch {
      throw this.refuse('text');
    }
  }

  private refuse(reason: string): AppError {
    return new AppError('ATTACHMENT_TYPE', undefined, { extension: this.extension, reason });
  }
}

/** The base name only, without control characters: it is shown and offered back on export. */
function storedFileName(file: string): string {
  const name = path.basename(file.replace(/\\/g, '/')).replace(/\p{Cc}/gu, '');
  return name.length > 255 ? name.slice(name.length - 255) : name;
}

// ---------------------------------------------------------------- adding

/**
 * Reads `file` into the project: type and size are refused before anything is read, then
 * the bytes stream through SHA-256 into 1 MiB chunk rows inside ONE write transaction, so a
 * failure half-way (bad content, a disk error) leaves nothing behind.
 */
export function addAttachment(project: ProjectFile, input: AttachmentAddInput, file: string): Attachment {
  const { ownerKind, ownerId, noPeopleConfirmed } = parseInput(attachmentAddSchema, input);
  if (project.read((db) => ownerCode(db, ownerKind, ownerId)) === null) throw linkMissing('ownerId', ownerKind);
  const extension = extensionOf(file);
  if (extension === null || (ownerKind === 'site_visit' && !PHOTO_EXTENSIONS.includes(extension))) {
    throw new AppError('ATTACHMENT_TYPE', undefined, { extension: path.extname(file).slice(1).toLowerCase(), ownerKind });
  }
  if (ownerKind === 'site_visit' && !noPeopleConfirmed) throw invalid('noPeopleConfirmed', 'required');

  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw ioError(error, file);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new AppError('ATTACHMENT_TYPE', undefined, { extension, reason: 'not-a-file' });
    if (stat.size > MAX_ATTACHMENT_BYTES) {
      throw new AppError('ATTACHMENT_TOO_LARGE', undefined, { size: stat.size, max: MAX_ATTACHMENT_BYTES });
    }
    return project.write((ctx) => {
      const owner = ownerCode(ctx.db, ownerKind, ownerId);
      if (owner === null) throw linkMissing('ownerId', ownerKind);
      const id = crypto.randomUUID();
      // The parent row first: the chunks reference it.
      ctx.db
        .prepare(
          `INSERT INTO attachments (id, owner_kind, owner_id, file_name, media_type, size, sha256, chunk_count,
            no_people_confirmed, created_at, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?)`,
        )
        .run(id, ownerKind, ownerId, storedFileName(file), ATTACHMENT_TYPES[extension], '0'.repeat(64),
          noPeopleConfirmed ? 1 : 0, ctx.now, ctx.now, ctx.actor);
      const { size, sha256, chunks } = storeChunks(ctx.db, id, fd, extension);
      ctx.db.prepare('UPDATE attachments SET size = ?, sha256 = ?, chunk_count = ? WHERE id = ?').run(size, sha256, chunks, id);
      ctx.audit('attachment.added', 'attachment', id, { ownerKind, ownerCode: owner, mediaType: ATTACHMENT_TYPES[extension], size, sha256 });
      const row = ctx.db.prepare(`SELECT ${COLUMNS} FROM attachments a WHERE a.id = ?`).get(id) as AttachmentRow;
      return toAttachment(row);
    });
  } finally {
    fs.closeSync(fd);
  }
}

/** Streams the open file into chunk rows, hashing and checking the content on the way. */
function storeChunks(db: Db, id: string, fd: number, extension: Extension): { size: number; sha256: string; chunks: number } {
  const insert = db.prepare('INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)');
  const hash = crypto.createHash('sha256');
  const check = new ContentCheck(extension);
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let size = 0;
  let seq = 0;
  for (;;) {
    // Fill the whole buffer (a read may return less than asked) so every chunk but the last is 1 MiB.
    let filled = 0;
    let read: number;
    do {
      try {
        read = fs.readSync(fd, buffer, filled, CHUNK_BYTES - filled, size + filled);
      } catch (error) {
        throw ioError(error);
      }
      filled += read;
    } while (read > 0 && filled < CHUNK_BYTES);
    if (filled === 0) break;
    const bytes = buffer.subarray(0, filled);
    check.chunk(bytes, seq === 0);
    hash.update(bytes);
    size += filled;
    // The file grew while it was read: the limit holds for what is stored, not what fstat said.
    if (size > MAX_ATTACHMENT_BYTES) throw new AppError('ATTACHMENT_TOO_LARGE', undefined, { size, max: MAX_ATTACHMENT_BYTES });
    insert.run(id, seq, bytes); // better-sqlite3 copies the bytes: the buffer can be reused.
    seq += 1;
    if (filled < CHUNK_BYTES) break;
  }
  check.end(size > 0);
  return { size, sha256: hash.digest('hex'), chunks: seq };
}

// ---------------------------------------------------------------- exporting

/** SHA-256 of a file as written, read back in chunks through its descriptor. */
function hashDescriptor(fd: number): string {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let position = 0; ; ) {
    const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, position);
    if (read === 0) break;
    hash.update(buffer.subarray(0, read));
    position += read;
  }
  return hash.digest('hex');
}

/**
 * Saves a copy where the user chooses: the chunks stream into a temp file beside the target,
 * which is fsynced, read back and checked against the SHA-256 taken at ingest, and only then
 * renamed into place (SECURITY.md 11). A mismatch leaves no file and answers IO.
 */
export async function exportAttachment(
  project: ProjectFile,
  id: string,
  choosePath: (suggestedName: string) => Promise<string | null>,
): Promise<{ path: string | null; sha256: string }> {
  const attachment = project.read((db) => readAttachment(db, id));
  // The export's audit event is a content write, refused in a review copy: refuse before the
  // dialog rather than after the file is on disk.
  if (project.isReviewCopy) throw new AppError('REVIEW_COPY_READ_ONLY');
  const target = await choosePath(attachment.file_name);
  if (target === null) return { path: null, sha256: attachment.sha256 };

  const temp = tempPathFor(target);
  try {
    const fd = fs.openSync(temp, 'wx+', FILE_MODE);
    try {
      const written = project.read((db) => {
        const chunks = db
          .prepare('SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq')
          .pluck()
          .iterate(id) as IterableIterator<Buffer>;
        let bytes = 0;
        for (const data of chunks) {
          try {
            fs.writeSync(fd, data, 0, data.length, bytes);
          } catch (error) {
            // Sorted here: read() would take a file-system error for an unknown SQLite one.
            throw ioError(error, target);
          }
          bytes += data.length;
        }
        return bytes;
      });
      fs.fsyncSync(fd);
      if (written !== attachment.size || hashDescriptor(fd) !== attachment.sha256) {
        throw new AppError('IO', undefined, { cause: 'checksum' });
      }
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temp, FILE_MODE);
    publish(temp, target, true); // the save dialog already asked before replacing a file
    fsyncDirectory(path.dirname(target));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw ioError(error, target);
  }
  project.write((ctx) =>
    ctx.audit('attachment.exported', 'attachment', id, { ownerKind: attachment.owner_kind, ownerCode: attachment.owner_code, sha256: attachment.sha256 }),
  );
  return { path: target, sha256: attachment.sha256 };
}

// ---------------------------------------------------------------- deleting

/** Tombstone: hidden with its bytes kept in the file (audit, merge), like every record. */
export function deleteAttachment(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readAttachment(ctx.db, id);
    ctx.db
      .prepare('UPDATE attachments SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('attachment.deleted', 'attachment', id, { ownerKind: row.owner_kind, ownerCode: row.owner_code, sha256: row.sha256 });
  });
  return { id };
}

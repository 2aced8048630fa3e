/**
 * Attachments on a real encrypted project, through the real handler table with scripted
 * native dialogs: bytes stored in 1 MiB chunks inside the encrypted file with their SHA-256,
 * exported back byte for byte, types checked by extension and content, the 200 MB limit
 * enforced before a byte is read, a failure half-way leaving nothing, and the bytes never
 * visible in the file on disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi, dispatch } from '../../../src/main/api';
import type { DialogPort } from '../../../src/main/dialogs';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { Session } from '../../../src/main/session';
import { SettingsStore } from '../../../src/main/settings';
import type { Channel, ChannelOutput } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../../src/shared/evidence-items';
import { expectError, expectValue } from '../../helpers/api';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditEvents, countRows, documentInput, siteVisitInput } from './fixtures';

const CANARY = 'ATTACHMENT-CANARY-ไฟล์แนบลับ-5521';
const MIB = 1024 * 1024;

let root: string;
let files: string;
let session: Session;
let project: ProjectFile;
let documentId: string;
let siteVisitId: string;
/** What the native dialogs answer next, as a user would pick. */
const chosen: { attachment: (string | null)[]; export: (string | null)[] } = { attachment: [], export: [] };
let call: <C extends Channel>(channel: C, input?: unknown) => Promise<Result<ChannelOutput<C>>>;

const hash = (): string => project.read((db) => contentHash(db));
const sha256 = (bytes: Buffer): string => crypto.createHash('sha256').update(bytes).digest('hex');

function writeFile(name: string, bytes: Buffer | string): string {
  const file = path.join(files, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function pdfBytes(size: number): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% ${CANARY}\n`, 'utf8');
  const body = crypto.randomBytes(Math.max(0, size - head.length));
  return Buffer.concat([head, body]);
}

async function attach(file: string, owner: { ownerKind: 'document' | 'site_visit'; ownerId: string; noPeopleConfirmed?: boolean }) {
  chosen.attachment.push(file);
  return call('attachments.add', owner);
}

async function attachToDocument(file: string): Promise<Attachment> {
  const { attachment } = expectValue(await attach(file, { ownerKind: 'document', ownerId: documentId }));
  if (attachment === null) throw new Error('nothing attached');
  return attachment;
}

beforeAll(async () => {
  root = makeTempDir('attachments');
  files = path.join(root, 'files');
  fs.mkdirSync(files);
  const settings = new SettingsStore(path.join(root, 'settings'));
  session = new Session({ settings });
  const dialogs: DialogPort = {
    chooseProjectToOpen: async () => null,
    chooseProjectToCreate: async () => null,
    chooseAttachment: async () => chosen.attachment.shift() ?? null,
    chooseExportPath: async () => chosen.export.shift() ?? null,
    showInFolder: async () => undefined,
  };
  const handlers = createApi({ session, settings, dialogs, runtime: 'test', version: '0.0.0-test' });
  call = (channel, input) => dispatch(handlers, channel, input) as Promise<Result<ChannelOutput<typeof channel>>>;
  expectValue(await call('project.create', { path: path.join(root, 'field.bmma'), title: 'Attachments', language: 'en', passphrase: PASSPHRASE }));
  project = session.require();
  documentId = expectValue(await call('documents.create', documentInput())).id;
  siteVisitId = expectValue(await call('siteVisits.create', siteVisitInput())).id;
});

afterAll(() => {
  session.close();
  removeTempDir(root);
});

describe('adding', () => {
  it('stores a PDF with the SHA-256 of its bytes, its base name and its type, and audits the hash', async () => {
    const bytes = pdfBytes(50_000);
    const attachment = await attachToDocument(writeFile('พ.ร.บ. คนเข้าเมือง.pdf', bytes));
    expect(attachment).toMatchObject({
      ownerKind: 'document',
      ownerId: documentId,
      fileName: 'พ.ร.บ. คนเข้าเมือง.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
    });
    const document = expectValue(await call('documents.get', { id: documentId }));
    expect(document.attachments).toEqual([attachment]);
    expect(auditEvents(project, 'attachment.added').at(-1)).toMatchObject({
      entityId: attachment.id,
      details: { sha256: sha256(bytes), size: bytes.length, mediaType: 'application/pdf' },
    });
  });

  it('answers null and writes nothing when the user cancels the dialog', async () => {
    const before = hash();
    expect(expectValue(await call('attachments.add', { ownerKind: 'document', ownerId: documentId }))).toEqual({ attachment: null });
    expect(hash()).toBe(before);
  });

  it('refuses a type that is not allowed, or content that does not match its extension, writing nothing', async () => {
    const before = hash();
    const refused = [
      writeFile('setup.exe', Buffer.from('MZ\x90\x00 program')),
      writeFile('renamed.pdf', Buffer.from('MZ\x90\x00 not a pdf at all')),
      writeFile('empty.pdf', Buffer.alloc(0)),
      writeFile('fake.docx', Buffer.from('%PDF-1.4 a pdf named docx')),
      writeFile('binary.txt', Buffer.from('text\x00with NUL')),
      writeFile('latin1.csv', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      writeFile('no-extension', Buffer.from('%PDF-1.4')),
    ];
    for (const file of refused) {
      expect(expectError(await attach(file, { ownerKind: 'document', ownerId: documentId })).code, path.basename(file)).toBe(
        'ATTACHMENT_TYPE',
      );
    }
    expect(hash()).toBe(before);
    const csv = await attachToDocument(writeFile('ด่าน.csv', 'ด่าน,ผู้เดินทาง\nแม่สอด,1200\n'));
    expect(csv.mediaType).toBe('text/csv');
  });

  it('takes only photos, confirmed to show no people, for a site visit', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(2000)]);
    const photo = writeFile('gate.jpg', jpeg);
    const before = hash();
    const owner = { ownerKind: 'site_visit' as const, ownerId: siteVisitId };
    expect(expectError(await attach(writeFile('report.pdf', pdfBytes(100)), { ...owner, noPeopleConfirmed: true })).code).toBe('ATTACHMENT_TYPE');
    expect(expectError(await attach(photo, owner)).code).toBe('VALIDATION');
    expect(hash()).toBe(before);

    const { attachment } = expectValue(await attach(photo, { ...owner, noPeopleConfirmed: true }));
    expect(attachment).toMatchObject({ mediaType: 'image/jpeg', noPeopleConfirmed: true, sha256: sha256(jpeg) });
    const listed = expectValue(await call('siteVisits.list', {})).items.find((v) => v.id === siteVisitId);
    expect(listed?.photoCount).toBe(1);
  });

  it('refuses an owner that does not exist', async () => {
    const error = expectError(await attach(writeFile('x.pdf', pdfBytes(10)), { ownerKind: 'document', ownerId: crypto.randomUUID() }));
    expect(error.code).toBe('LINK_TARGET_MISSING');
  });

  it('refuses a file over 200 MB from its size alone, without reading it, writing nothing', async () => {
    const huge = path.join(files, 'archive.pdf');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_ATTACHMENT_BYTES + 1); // sparse: instant, no disk used
    const before = hash();
    const reads = vi.spyOn(fs, 'readSync');
    try {
      const error = expectError(await attach(huge, { ownerKind: 'document', ownerId: documentId }));
      expect(error).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', details: { size: MAX_ATTACHMENT_BYTES + 1 } });
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
    expect(hash()).toBe(before);
  });

  it('leaves nothing behind when the content turns out bad after the first chunk', async () => {
    const text = Buffer.alloc(MIB + 500, 'a');
    text[MIB + 100] = 0; // a NUL in the second chunk
    const before = hash();
    expect(expectError(await attach(writeFile('log.txt', text), { ownerKind: 'document', ownerId: documentId })).code).toBe('ATTACHMENT_TYPE');
    expect(hash()).toBe(before);
  });
});

describe('large files and export', () => {
  let bytes: Buffer;
  let attachment: Attachment;

  beforeAll(async () => {
    bytes = pdfBytes(3 * MIB + 17);
    attachment = await attachToDocument(writeFile('scan.pdf', bytes));
  });

  it('stores a 3 MiB file in 1 MiB chunks', () => {
    const chunks = project.read(
      (db) =>
        db.prepare('SELECT seq, length(data) AS size FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq').all(attachment.id) as {
          seq: number;
          size: number;
        }[],
    );
    expect(chunks).toEqual([
      { seq: 0, size: MIB },
      { seq: 1, size: MIB },
      { seq: 2, size: MIB },
      { seq: 3, size: 17 },
    ]);
    expect(attachment.sha256).toBe(sha256(bytes));
  });

  it('exports the identical bytes to the chosen path, private to the user, and audits the hash', async () => {
    const target = path.join(root, 'usb', 'scan copy.pdf');
    fs.mkdirSync(path.dirname(target));
    chosen.export.push(target);
    expect(expectValue(await call('attachments.export', { id: attachment.id }))).toEqual({ path: target, sha256: attachment.sha256 });
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['scan copy.pdf']);
    expect(auditEvents(project, 'attachment.exported').at(-1)).toMatchObject({ entityId: attachment.id, details: { sha256: attachment.sha256 } });

    // Cancelled: nothing written anywhere, the hash still shown.
    expect(expectValue(await call('attachments.export', { id: attachment.id }))).toEqual({ path: null, sha256: attachment.sha256 });
  });

  it('refuses to export bytes that no longer match their SHA-256, leaving no file', async () => {
    const small = await attachToDocument(writeFile('memo.pdf', pdfBytes(2000)));
    project.write((ctx) =>
      ctx.db.prepare("UPDATE attachment_chunks SET data = CAST('%PDF-1.4 altered' AS BLOB) WHERE attachment_id = ?").run(small.id),
    );
    const target = path.join(root, 'altered', 'memo.pdf');
    fs.mkdirSync(path.dirname(target));
    chosen.export.push(target);
    expect(expectError(await call('attachments.export', { id: small.id })).code).toBe('IO');
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it('keeps the bytes encrypted: the canary inside the PDF is nowhere in the project file', () => {
    expect(bytes.includes(Buffer.from(CANARY, 'utf8'))).toBe(true);
    project.checkpoint();
    const file = path.join(root, 'field.bmma');
    for (const candidate of [file, `${file}-wal`].filter((f) => fs.existsSync(f))) {
      const raw = fs.readFileSync(candidate);
      expect(raw.includes(Buffer.from(CANARY, 'utf8')), candidate).toBe(false);
      expect(raw.includes(bytes.subarray(1000, 1064)), candidate).toBe(false);
    }
  });
});

describe('deleting', () => {
  it('tombstones an attachment: no longer listed or exported, kept in the file, audited', async () => {
    const attachment = await attachToDocument(writeFile('old.pdf', pdfBytes(300)));
    expectValue(await call('attachments.delete', { id: attachment.id }));
    const document = expectValue(await call('documents.get', { id: documentId }));
    expect(document.attachments.map((a) => a.id)).not.toContain(attachment.id);
    expect(expectError(await call('attachments.export', { id: attachment.id })).code).toBe('NOT_FOUND');
    expect(countRows(project, 'SELECT count(*) AS n FROM attachments WHERE id = ? AND deleted = 1', attachment.id)).toBe(1);
    expect(auditEvents(project, 'attachment.deleted').map((e) => e.entityId)).toEqual([attachment.id]);
  });

  it('hides the attachments of a deleted document with it', async () => {
    const other = expectValue(await call('documents.create', documentInput())).id;
    const { attachment } = expectValue(await attach(writeFile('annex.pdf', pdfBytes(300)), { ownerKind: 'document', ownerId: other }));
    expectValue(await call('documents.delete', { id: other }));
    expect(expectError(await call('attachments.export', { id: attachment!.id })).code).toBe('NOT_FOUND');
    expect(expectError(await call('attachments.delete', { id: attachment!.id })).code).toBe('NOT_FOUND');
  });
});

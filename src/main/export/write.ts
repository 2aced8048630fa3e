import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Packer, type Document } from 'docx';
// fflate is docx's own zip library (already in the bundle through docx).
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { AppError } from '../../shared/errors';
import type { ExportDocument, ExportProfile } from '../../shared/export';
import { writeFileAtomic, type AtomicWriteHooks } from '../project/atomic';
import type { ProjectFile } from '../project/project-file';
import { scrubbedCoreProperties } from './kit';
import { emitWithRawRows, hasRawRows } from './raw-table';

export interface WrittenExport {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * docx writes its VML text boxes with the VML defaults, a black outline and a white fill: on a
 * watermark that draws a box on every page. The watermark is made borderless and see-through.
 */
function clearWatermarkBox(xml: string): string {
  // docx also marks the box "fit shape to text": LibreOffice then lays out no body text on the
  // page at all (a whole landscape table vanished), so the box keeps its fixed size instead.
  return xml
    .replace(/<v:shape (id="[^"]*" type="#_x0000_t202")/g, '<v:shape $1 stroked="f" filled="f"')
    .replace(/ style="mso-fit-shape-to-text:t;"/g, '');
}

const DOCUMENT_PART = 'word/document.xml';

/**
 * Zips the parts again, in their order. The body part is written in pieces as its raw rows are
 * produced (raw-table.ts) and compressed as they come: the whole body of a 7,500-action plan
 * never exists as one string or one uncompressed buffer.
 */
function rezip(entries: Record<string, Uint8Array>, body: string | null): Buffer {
  const chunks: Uint8Array[] = [];
  const state: { failure: Error | null } = { failure: null };
  const zip = new Zip((error, data) => {
    if (error) state.failure = error;
    else chunks.push(data);
  });
  for (const [name, bytes] of Object.entries(entries)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    if (name === DOCUMENT_PART && body !== null) {
      emitWithRawRows(body, (piece) => file.push(strToU8(piece)));
      file.push(new Uint8Array(0), true);
    } else {
      file.push(bytes, true);
    }
  }
  zip.end();
  if (state.failure !== null) throw state.failure;
  return Buffer.concat(chunks);
}

/**
 * Packs a built document with its properties scrubbed down to the title, in one unzip/rezip pass
 * over docx's output: watermark boxes cleared, raw table rows (raw-table.ts) put in their place.
 */
export async function packDocument(document: Document, title: string): Promise<Buffer> {
  const packed = await Packer.toBuffer(document, false, [scrubbedCoreProperties(title)]);
  const entries = unzipSync(new Uint8Array(packed));
  let changed = false;
  for (const [name, bytes] of Object.entries(entries)) {
    if (!/^word\/header\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(bytes);
    const patched = clearWatermarkBox(xml);
    if (patched !== xml) {
      entries[name] = strToU8(patched);
      changed = true;
    }
  }
  // Decoded only when it has raw rows: the report's body part can be tens of megabytes.
  const documentBytes = entries[DOCUMENT_PART];
  const body = documentBytes && hasRawRows(documentBytes) ? strFromU8(documentBytes) : null;
  return changed || body !== null ? rezip(entries, body) : packed;
}

function writable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the file atomically (temp file in the same folder, fsync, rename: a failure leaves no
 * partial file), then records its SHA-256 in the audit trail. The audit event names the file,
 * never its folder, which may say whose laptop or which ministry it is for.
 */
export function writeExport(
  project: ProjectFile,
  target: string,
  bytes: Buffer,
  about: {
    document: ExportDocument;
    profile: ExportProfile;
    /** The meeting or event the document is about (minutes, ToT agenda and evaluation). */
    subjectId?: string | null;
    overwrite?: boolean;
    hooks?: AtomicWriteHooks;
  },
): WrittenExport {
  try {
    writeFileAtomic(target, bytes, {
      overwrite: about.overwrite ?? true,
      ...(about.hooks ? { hooks: about.hooks } : {}),
    });
  } catch (error) {
    // Replacing a file that Word holds open fails with EPERM (Windows), which the generic mapping
    // calls READ_ONLY; when the folder itself is writable, the file being in use is the real cause.
    if (
      error instanceof AppError &&
      error.code === 'READ_ONLY' &&
      fs.existsSync(target) &&
      writable(path.dirname(target))
    ) {
      throw new AppError('FILE_IN_USE');
    }
    throw error;
  }
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  project.write((ctx) =>
    ctx.audit('export.written', 'export', null, {
      document: about.document,
      ...(about.subjectId ? { subjectId: about.subjectId } : {}),
      file: path.basename(target),
      sha256,
      bytes: bytes.length,
      language: about.profile.language,
    }),
    // A reviewer may export a draft to read from a review copy: the event is not content.
    { allowInReviewCopy: true },
  );
  return { path: target, sha256, bytes: bytes.length };
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading exported Word files back the way a reviewer meets them: the zip's parts (XML,
 * relationships, properties, media), and LibreOffice's rendering of them as PDF, its text
 * (pdftotext), its page count (pdfinfo) and pictures of its pages (pdftoppm).
 */

/** Every part of a .docx, by its name inside the zip (word/document.xml, docProps/core.xml, word/media/...). */
export function docxParts(fileOrBytes: string | Uint8Array): Record<string, Uint8Array> {
  const bytes = typeof fileOrBytes === 'string' ? new Uint8Array(fs.readFileSync(fileOrBytes)) : fileOrBytes;
  return unzipSync(bytes);
}

/** The text parts (XML and relationships), decoded as UTF-8. */
export function docxXml(fileOrBytes: string | Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(docxParts(fileOrBytes))
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** The words of a WordprocessingML part: tags out, a line break per paragraph (runs of a paragraph joined). */
export function xmlText(xml: string): string {
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

/** soffice, or null where LibreOffice is not installed (.ci/run installs it). */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir !== '' && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Converts the files to PDF in ONE soffice run (starting LibreOffice is most of the cost) into
 * `outDir`; returns the PDF paths in the order of `files`. A private user profile per call, so
 * parallel test files and a desktop LibreOffice never share (and lock) one.
 */
export function convertToPdf(files: readonly string[], outDir: string, timeoutMs = 150_000): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-soffice-'));
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${path.basename(file)}`);
    return pdf;
  });
}

/**
 * The PDF's text in the order it was drawn (-raw), pages separated by form feeds (\f). Not the
 * default "reading order": that one merges a watermark into the lines it crosses, reads a
 * table column by column across rows, and moves Thai tone marks after the next consonant
 * (สิ้น comes out as สิน้), none of which a reader of the page sees.
 */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match?.[1]) throw new Error(`pdfinfo gave no page count for ${path.basename(pdf)}`);
  return Number(match[1]);
}

/**
 * Renders pages first..last as PNGs named `<name>-<n>.png` in `outDir` (pdftoppm pads the
 * number to the page count's width; the names here are not padded). Returns their paths.
 */
export function pdfPagePngs(pdf: string, outDir: string, name: string, first = 1, last = 2, dpi = 60): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-pages-'));
  try {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(first),
      '-l',
      String(last),
      pdf,
      path.join(scratch, 'p'),
    ]);
    return fs
      .readdirSync(scratch)
      .map((file) => ({ file, page: Number(/-(\d+)\.png$/.exec(file)?.[1] ?? NaN) }))
      .filter(({ page }) => Number.isInteger(page))
      .sort((a, b) => a.page - b.page)
      .map(({ file, page }) => {
        const target = path.join(outDir, `${name}-${page}.png`);
        fs.copyFileSync(path.join(scratch, file), target);
        return target;
      });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

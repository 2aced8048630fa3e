/**
 * What a reader sees of an exported document (issues 4 and 5): the document built for each
 * profile, packed, converted to PDF by LibreOffice in ONE run (starting it is most of the time),
 * read back with pdftotext, and its whole PDF and first pages saved for a person to look at
 * (test-results/export-pages/<name>-<language>.pdf and -<n>.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../src/main/export/documents';
import { silentProgress } from '../../src/main/export/progress';
import { packDocument } from '../../src/main/export/write';
import type { ProjectFile } from '../../src/main/project/project-file';
import { DEFAULT_EXPORT_PROFILE, type ExportDocument, type ExportProfile } from '../../src/shared/export';
import { convertToPdf, pdfPageCount, pdfPagePngs, pdfText } from './docx';

export const PAGES_DIR = path.resolve(__dirname, '../../test-results/export-pages');

/** Thai for the ministry (B.E., Thai digits, ลับมาก, draft), English for donors, and both side by side. */
export const RENDER_PROFILES = {
  th: {
    ...DEFAULT_EXPORT_PROFILE,
    language: 'th',
    calendar: 'BE',
    digits: 'thai',
    marking: 'secret',
    draft: { enabled: true, version: '0.3', date: '2020-02-12' },
  },
  en: {
    ...DEFAULT_EXPORT_PROFILE,
    language: 'en',
    calendar: 'CE',
    digits: 'arabic',
    marking: 'confidential',
    draft: { enabled: false, version: '', date: null },
  },
  both: {
    ...DEFAULT_EXPORT_PROFILE,
    language: 'both',
    calendar: 'BE',
    digits: 'arabic',
    marking: 'none',
    draft: { enabled: false, version: '', date: null },
  },
} satisfies Record<string, ExportProfile>;
export type RenderLanguage = keyof typeof RENDER_PROFILES;

export interface Rendered {
  pdf: string;
  /** pdftotext's text, pages ending with a form feed. */
  raw: string;
  /** Whitespace taken out: Thai has no spaces, and lines wrap anywhere. */
  text: string;
  pages: number;
  pngs: string[];
}

export const squeeze = (value: string): string => value.replace(/\s+/g, '');

/** No replacement characters, private-use glyphs or C1 controls: what tofu and mojibake read back as. */
export const GARBAGE = /[\uFFFD\uE000-\uF8FF\u0080-\u009F]/;

/**
 * Builds `document` (about `subjectId`, when it has one) in each language, renders all of them
 * in one LibreOffice run, and saves `<name>-<language>.pdf` and its first `pngPages` pages.
 */
export async function renderDocument(
  project: ProjectFile,
  dir: string,
  options: {
    document: ExportDocument;
    name: string;
    languages: readonly RenderLanguage[];
    subjectId?: string | null;
    pngPages?: number;
  },
): Promise<Map<RenderLanguage, Rendered>> {
  const builder = DOCUMENT_BUILDERS[options.document];
  const files: string[] = [];
  for (const language of options.languages) {
    const profile = RENDER_PROFILES[language];
    const built = await builder.build(project, profile, '2026-03-15', silentProgress, options.subjectId ?? null);
    const file = path.join(dir, `${options.name}-${language}.docx`);
    fs.writeFileSync(file, await packDocument(built, builder.title(profile)));
    files.push(file);
  }
  const pdfs = convertToPdf(files, path.join(dir, 'pdf'));
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  const rendered = new Map<RenderLanguage, Rendered>();
  options.languages.forEach((language, i) => {
    const pdf = pdfs[i] ?? '';
    const raw = pdfText(pdf);
    const stem = `${options.name}-${language}`;
    fs.copyFileSync(pdf, path.join(PAGES_DIR, `${stem}.pdf`));
    const pages = pdfPageCount(pdf);
    rendered.set(language, {
      pdf,
      raw,
      text: squeeze(raw),
      pages,
      pngs: pdfPagePngs(pdf, PAGES_DIR, stem, 1, Math.min(pages, options.pngPages ?? 2), 60),
    });
  });
  return rendered;
}

/** The rendering of one language, or a clear failure when it was not made. */
export function renderedIn(rendered: Map<RenderLanguage, Rendered>, language: RenderLanguage): Rendered {
  const found = rendered.get(language);
  if (!found) throw new Error(`${language} was not rendered`);
  return found;
}

/** The marking at the top and bottom of every page (pdftotext ends each page with a form feed). */
export function expectMarkingOnEveryPage({ raw, pages }: Pick<Rendered, 'raw' | 'pages'>, marking: string): void {
  const texts = raw.split('\f').slice(0, -1);
  expect(texts).toHaveLength(pages);
  texts.forEach((page, i) => expect(page.split(marking).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2));
}

/** Each needle (whitespace ignored) found after the one before it in squeezed text. */
export function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(squeeze(needle), from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

/**
 * What a reviewer sees (issue 4, "Document quality"): the report and the Joint Action Plan of
 * the scale-1 demo, in Thai (B.E., Thai digits, marked ลับมาก, DRAFT) and in English (C.E.),
 * converted to PDF by LibreOffice in one run. The text read back from the PDF must hold the
 * Thai and English words themselves (not boxes or mojibake), with every font embedded, a
 * plausible page count, and pictures of the first two pages for a person to look at
 * (test-results/export-pages/<document>-<language>-<page>.png, next to the whole PDF).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { listActions } from '../../../src/main/services/actions';
import { fillDemo } from '../../../src/main/services/demo';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportDocument, type ExportProfile } from '../../../src/shared/export';
import { convertToPdf, pdfPageCount, pdfPagePngs, pdfText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const PAGES_DIR = path.resolve(__dirname, '../../../test-results/export-pages');
/** The DRAFT watermark's date: 2563 in B.E., and a date no test run can produce by itself. */
const DRAFT_DATE = '2020-02-12';
/** The Thai profile's watermark: "ร่าง ๐.๓ ๑๒ กุมภาพันธ์ ๒๕๖๓" (version and date in Thai digits, B.E. year). */
const THAI_WATERMARK = `ร่าง ${toThaiDigits('0.3')} ${toThaiDigits('12')} กุมภาพันธ์ ${toThaiDigits('2563')}`;

const PROFILES = {
  th: {
    ...DEFAULT_EXPORT_PROFILE,
    language: 'th',
    calendar: 'BE',
    digits: 'thai',
    marking: 'secret',
    draft: { enabled: true, version: '0.3', date: DRAFT_DATE },
  },
  en: {
    ...DEFAULT_EXPORT_PROFILE,
    language: 'en',
    calendar: 'CE',
    digits: 'arabic',
    marking: 'confidential',
    draft: { enabled: false, version: '', date: null },
  },
} satisfies Record<string, ExportProfile>;
type Language = keyof typeof PROFILES;

const DOCUMENTS = [
  { document: 'action_plan', name: 'action-plan' },
  { document: 'report', name: 'report' },
] as const satisfies readonly { document: ExportDocument; name: string }[];

interface Rendered {
  pdf: string;
  /** The PDF's text with all whitespace taken out: Thai has no spaces, and line wraps fall anywhere. */
  text: string;
  /** The PDF's text as pdftotext gives it (pages separated by form feeds). */
  raw: string;
  pages: number;
  pngs: string[];
}

let dir: string;
let project: ProjectFile;
/** Per document and language: what LibreOffice made of it, or why it could not be built. */
const rendered = new Map<string, Rendered | Error>();

const key = (name: string, language: Language): string => `${name}-${language}`;
const squeeze = (value: string): string => value.replace(/\s+/g, '');

function result(name: string, language: Language): Rendered {
  const found = rendered.get(key(name, language));
  if (found === undefined) throw new Error(`${key(name, language)} was not rendered`);
  if (found instanceof Error) throw found;
  return found;
}

beforeAll(async () => {
  dir = makeTempDir('export-render');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const written: { key: string; file: string }[] = [];
  for (const { document, name } of DOCUMENTS) {
    const builder = DOCUMENT_BUILDERS[document];
    for (const language of Object.keys(PROFILES) as Language[]) {
      const profile = PROFILES[language];
      try {
        const built = await builder.build(project, profile, '2026-03-15', silentProgress, null);
        const file = path.join(dir, `${key(name, language)}.docx`);
        fs.writeFileSync(file, await packDocument(built, builder.title(profile)));
        written.push({ key: key(name, language), file });
      } catch (error) {
        rendered.set(key(name, language), error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
  if (written.length === 0) return;
  // One LibreOffice start for all the files: starting it is most of the time.
  const pdfs = convertToPdf(
    written.map((w) => w.file),
    path.join(dir, 'pdf'),
  );
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  written.forEach(({ key: name }, i) => {
    const pdf = pdfs[i] ?? '';
    const raw = pdfText(pdf);
    // The PDF too, for a person who wants more than the first two pages at 60 dpi.
    fs.copyFileSync(pdf, path.join(PAGES_DIR, `${name}.pdf`));
    rendered.set(name, {
      pdf,
      raw,
      text: squeeze(raw),
      pages: pdfPageCount(pdf),
      pngs: pdfPagePngs(pdf, PAGES_DIR, name, 1, 2, 60),
    });
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

/** Every font of the PDF is embedded: a font LibreOffice could not find would show as boxes on another machine. */
function expectFontsEmbedded(pdf: string): void {
  const table = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((row) => row.trim());
  expect(table.length).toBeGreaterThan(0);
  // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
  for (const row of table) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
}

/** Each page's text (pdftotext ends every page with a form feed). */
function pagesOf(raw: string): string[] {
  return raw.split('\f').slice(0, -1);
}

/** The marking in the header and the footer of every page, and the watermark (when given) on every page. */
function expectOnEveryPage({ raw, pages }: Rendered, marking: string, watermark: string | null): void {
  const texts = pagesOf(raw);
  expect(texts).toHaveLength(pages);
  texts.forEach((page, i) => {
    expect(page.split(marking).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    if (watermark !== null) expect(squeeze(page), `page ${i + 1}`).toContain(squeeze(watermark));
  });
}

/**
 * Every action's row is on a page, its code as written. A narrow cell wraps "JAP-A2-01" after a
 * hyphen, and a row may break across pages between "JAP-" and "A2-01" (the repeated header row
 * comes in between), so the two halves are counted separately.
 */
function expectEveryAction(text: string): void {
  const { items } = listActions(project, { limit: 10_000 });
  expect(text.split('JAP-').length - 1).toBeGreaterThanOrEqual(items.length);
  for (const action of items) expect(text).toContain(action.code.replace(/^JAP-/, ''));
}

/** No replacement characters, no private-use glyph codes, no C1 controls: what mojibake and tofu read back as. */
function expectCleanText(raw: string): void {
  expect(raw).not.toMatch(/[\uFFFD\uE000-\uF8FF\u0080-\u009F]/);
}

describe('the Joint Action Plan, rendered by LibreOffice', () => {
  it('in Thai: Thai words, the ลับมาก marking, the B.E. draft date in Thai digits, every action, 3–40 pages', () => {
    const { raw, text, pages, pdf, pngs } = result('action-plan', 'th');
    expectCleanText(raw);
    expectFontsEmbedded(pdf);
    expect(text).toContain('แผนปฏิบัติการร่วม');
    expect(text).toContain('สรุปแผนปฏิบัติการ');
    expect(text).toContain('จำนวนกิจกรรมตามสถานะ');
    expect(text).toContain('วัตถุประสงค์');
    expectOnEveryPage(result('action-plan', 'th'), 'ลับมาก', THAI_WATERMARK);
    expectEveryAction(text);
    expect(text).toContain('กำลังดำเนินการ');
    expect(text).toContain('เสร็จสิ้น');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(40);
    expect(pngs.map((p) => path.basename(p))).toEqual(['action-plan-th-1.png', 'action-plan-th-2.png']);
  });

  it('in English: English words, the CONFIDENTIAL marking, no watermark, 3–40 pages', () => {
    const { raw, text, pages, pdf, pngs } = result('action-plan', 'en');
    expectCleanText(raw);
    expectFontsEmbedded(pdf);
    expect(raw).toContain('Joint Action Plan');
    expectEveryAction(text);
    expect(raw).toContain('Actions by status');
    expect(raw).toContain('Objective');
    expect(raw).toContain('Indicator');
    expect(raw).toMatch(/In progress|Not started|Completed/);
    expectOnEveryPage(result('action-plan', 'en'), 'CONFIDENTIAL', null);
    expect(raw).not.toContain('DRAFT');
    // An English profile does not leak Thai labels.
    expect(raw).not.toContain('แผนปฏิบัติการร่วม');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(40);
    expect(pngs).toHaveLength(2);
  });
});

describe('the BMMA report, rendered by LibreOffice', () => {
  it('in Thai: the title, Thai headings and captions, ลับมาก and the draft watermark on every page, Thai digits, 10–200 pages', () => {
    const { raw, text, pages, pdf, pngs } = result('report', 'th');
    expectCleanText(raw);
    expectFontsEmbedded(pdf);
    expect(text).toContain(squeeze(DOCUMENT_BUILDERS.report.title(PROFILES.th)));
    for (const heading of ['สารบัญ', 'บทสรุปผู้บริหาร', 'ระเบียบวิธีการประเมิน', 'ผลการประเมินรายด้าน', 'ภาคผนวก']) {
      expect(text).toContain(heading);
    }
    // The report carries the plan as its own section, and its charts with numbered captions.
    expect(text).toContain('แผนปฏิบัติการร่วม');
    expect(text).toContain(squeeze('คะแนนเฉลี่ยรายด้าน (ร้อยละ)'));
    expect(text).toMatch(/ภาพที่\d+:/);
    expectOnEveryPage(result('report', 'th'), 'ลับมาก', THAI_WATERMARK);
    expect(raw).toMatch(/[๐-๙]/);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(200);
    expect(pngs.map((p) => path.basename(p))).toEqual(['report-th-1.png', 'report-th-2.png']);
  });

  it('in English: the title, English headings and captions, CONFIDENTIAL on every page, Arabic digits, 10–200 pages', () => {
    const { raw, text, pages, pdf, pngs } = result('report', 'en');
    expectCleanText(raw);
    expectFontsEmbedded(pdf);
    expect(text).toContain(squeeze(DOCUMENT_BUILDERS.report.title(PROFILES.en)));
    for (const heading of ['Contents', 'Executive summary', 'Methodology', 'Findings by area', 'Annexes']) {
      expect(raw).toContain(heading);
    }
    expect(raw).toContain('Joint Action Plan');
    expect(raw).toContain('Mean score by area (percent)');
    expect(raw).toMatch(/Figure \d+:/);
    expectOnEveryPage(result('report', 'en'), 'CONFIDENTIAL', null);
    expect(raw).not.toMatch(/[๐-๙]/);
    expect(raw).not.toContain('DRAFT');
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(200);
    expect(pngs).toHaveLength(2);
  });
});

/**
 * The curriculum as a reviewer meets it: the scale-1 demo's curriculum in Thai (B.E., Thai
 * digits, marked ลับมาก, DRAFT) and in English (C.E.), converted to PDF by LibreOffice in one
 * run. The PDF's text holds the headings in the right language and order, every module code,
 * the gaps, the marking on every page and no mojibake; the first pages are saved as PNGs
 * (test-results/export-pages/curriculum-<language>-<page>.png) for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
import { convertToPdf, pdfPageCount, pdfPagePngs, pdfText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const PAGES_DIR = path.resolve(__dirname, '../../../test-results/export-pages');
const builder = DOCUMENT_BUILDERS.curriculum;

const PROFILES = {
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
} satisfies Record<string, ExportProfile>;
type Language = keyof typeof PROFILES;

interface Rendered {
  raw: string;
  /** Whitespace taken out: Thai has no spaces and lines wrap anywhere. */
  text: string;
  pages: number;
  pngs: string[];
}

let dir: string;
let project: ProjectFile;
const rendered = new Map<Language, Rendered>();
const squeeze = (value: string): string => value.replace(/\s+/g, '');

function result(language: Language): Rendered {
  const found = rendered.get(language);
  if (!found) throw new Error(`curriculum-${language} was not rendered`);
  return found;
}

beforeAll(async () => {
  dir = makeTempDir('render-curriculum');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const languages = Object.keys(PROFILES) as Language[];
  const files: string[] = [];
  for (const language of languages) {
    const profile = PROFILES[language];
    const built = await builder.build(project, profile, '2026-03-15', silentProgress, null);
    const file = path.join(dir, `curriculum-${language}.docx`);
    fs.writeFileSync(file, await packDocument(built, builder.title(profile)));
    files.push(file);
  }
  const pdfs = convertToPdf(files, path.join(dir, 'pdf'));
  fs.mkdirSync(PAGES_DIR, { recursive: true });
  languages.forEach((language, i) => {
    const pdf = pdfs[i] ?? '';
    const raw = pdfText(pdf);
    fs.copyFileSync(pdf, path.join(PAGES_DIR, `curriculum-${language}.pdf`));
    rendered.set(language, {
      raw,
      text: squeeze(raw),
      pages: pdfPageCount(pdf),
      pngs: pdfPagePngs(pdf, PAGES_DIR, `curriculum-${language}`, 1, 3, 60),
    });
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

/** The marking at the top and bottom of every page (pdftotext ends each page with a form feed). */
function expectMarkingOnEveryPage({ raw, pages }: Rendered, marking: string): void {
  const texts = raw.split('\f').slice(0, -1);
  expect(texts).toHaveLength(pages);
  texts.forEach((page, i) => expect(page.split(marking).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2));
}

function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, needle).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

const MODULES = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'];

describe('the curriculum, rendered by LibreOffice', () => {
  it('in Thai: Thai headings in order, Thai digits, every module, the gaps, ลับมาก on every page', () => {
    const { raw, text, pages, pngs } = result('th');
    expect(raw).not.toMatch(/[\uFFFD\uE000-\uF8FF\u0080-\u009F]/);
    expectInOrder(text, [
      'หลักสูตรการฝึกอบรม',
      squeeze('๑. บทนำ'),
      'สมาชิกคณะทำงานด้านเทคนิค',
      squeeze('๒. สรุปหน่วยการเรียนรู้'),
      squeeze('๓. รายละเอียดหน่วยการเรียนรู้'),
      squeeze('๔. การสอบย้อนกลับและความครอบคลุม'),
      'ความครอบคลุม',
    ]);
    for (const code of MODULES) expect(text).toContain(code);
    expect(text).toContain('F-D4-01');
    expect(text).toContain('F-C5-01');
    expect(text).toContain(`<${toThaiDigits('5')}`);
    expect(text).toContain(squeeze(`${toThaiDigits('12')} กุมภาพันธ์ ${toThaiDigits('2563')}`));
    expectMarkingOnEveryPage(result('th'), 'ลับมาก');
    expect(raw).not.toContain('Learning outcomes');
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(30);
    expect(pngs.map((p) => path.basename(p))).toEqual([
      'curriculum-th-1.png',
      'curriculum-th-2.png',
      'curriculum-th-3.png',
    ]);
  });

  it('in English: English headings in order, every module, the gaps, CONFIDENTIAL on every page, no Thai', () => {
    const { raw, text, pages, pngs } = result('en');
    expect(raw).not.toMatch(/[\uFFFD\uE000-\uF8FF\u0080-\u009F]/);
    expectInOrder(raw, [
      'Training curriculum',
      '1. Introduction',
      'Membership of the Technical Working Group',
      '2. Summary of the modules',
      '3. The modules',
      'Learning outcomes',
      '4. Traceability and coverage',
      'Coverage',
    ]);
    for (const code of MODULES) expect(text).toContain(code);
    expect(text).toContain('F-D4-01');
    expect(text).toContain('F-C5-01');
    expect(raw).toContain('15 March 2026');
    expectMarkingOnEveryPage(result('en'), 'CONFIDENTIAL');
    expect(raw).not.toMatch(/[\u0E00-\u0E7F]/);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(30);
    expect(pngs).toHaveLength(3);
  });
});

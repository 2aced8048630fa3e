/**
 * What a reader of the ToT agenda sees: the demo's TOT-2565-01 in Thai (B.E., Thai digits,
 * ลับ, draft) and in English, converted by LibreOffice in one run. The PDF's text holds the
 * day headings and session titles as words (no boxes, no mojibake), the marking on every page,
 * and the first pages are saved as pictures (test-results/export-pages/tot-agenda-<lang>-<n>.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { TOT_CODE } from '../../../src/main/services/demo/generate-tot';
import { getTotEvent, listTotEvents } from '../../../src/main/services/tot';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
import type { TotEvent } from '../../../src/shared/tot';
import { convertToPdf, pdfPageCount, pdfPagePngs, pdfText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const PAGES_DIR = path.resolve(__dirname, '../../../test-results/export-pages');
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

let dir: string;
let project: ProjectFile;
let event: TotEvent;
const rendered = new Map<Language, { raw: string; text: string; pages: number; pngs: string[] }>();

const squeeze = (value: string): string => value.replace(/\s+/g, '');

beforeAll(async () => {
  dir = makeTempDir('export-render-tot-agenda');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const summary = listTotEvents(project).find((e) => e.code === TOT_CODE);
  if (!summary) throw new Error('the demo has no ToT event');
  event = getTotEvent(project, summary.id);
  const builder = DOCUMENT_BUILDERS.tot_agenda;
  const languages = Object.keys(PROFILES) as Language[];
  const files: string[] = [];
  for (const language of languages) {
    const profile = PROFILES[language];
    const built = await builder.build(project, profile, '2026-03-15', silentProgress, event.id);
    const file = path.join(dir, `tot-agenda-${language}.docx`);
    fs.writeFileSync(file, await packDocument(built, builder.title(profile)));
    files.push(file);
  }
  const pdfs = convertToPdf(files, path.join(dir, 'pdf'));
  languages.forEach((language, i) => {
    const pdf = pdfs[i] ?? '';
    const raw = pdfText(pdf);
    fs.mkdirSync(PAGES_DIR, { recursive: true });
    fs.copyFileSync(pdf, path.join(PAGES_DIR, `tot-agenda-${language}.pdf`));
    rendered.set(language, {
      raw,
      text: squeeze(raw),
      pages: pdfPageCount(pdf),
      pngs: pdfPagePngs(pdf, PAGES_DIR, `tot-agenda-${language}`, 1, 2, 60),
    });
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

function result(language: Language): { raw: string; text: string; pages: number; pngs: string[] } {
  const found = rendered.get(language);
  if (!found) throw new Error(`tot-agenda-${language} was not rendered`);
  return found;
}

/** The marking at least twice (header and footer) on every page. */
function expectMarkingOnEveryPage(raw: string, pages: number, marking: string): void {
  const texts = raw.split('\f').slice(0, -1);
  expect(texts).toHaveLength(pages);
  texts.forEach((page, i) => expect(page.split(marking).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2));
}

describe('the ToT agenda, rendered by LibreOffice', () => {
  it('in Thai: headings, every session title, Thai digits, ลับมาก on every page, 2–8 pages', () => {
    const { raw, text, pages, pngs } = result('th');
    expect(raw).not.toMatch(/[\uFFFD\uE000-\uF8FF\u0080-\u009F]/);
    expect(text).toContain('กำหนดการฝึกอบรมวิทยากร');
    expect(text).toContain(squeeze(`วันที่ ${toThaiDigits('1')} วันจันทร์ที่ ${toThaiDigits('16')} พฤษภาคม ${toThaiDigits('2565')}`));
    expect(text).toContain(squeeze(`วันที่ ${toThaiDigits('5')} วันศุกร์ที่ ${toThaiDigits('20')} พฤษภาคม ${toThaiDigits('2565')}`));
    for (const session of event.sessions) expect(text).toContain(squeeze(session.title.th));
    expect(text).toContain(squeeze(`${toThaiDigits('08.30')}–${toThaiDigits('09.30')} น.`));
    expectMarkingOnEveryPage(raw, pages, 'ลับมาก');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(pngs.map((p) => path.basename(p))).toEqual(['tot-agenda-th-1.png', 'tot-agenda-th-2.png']);
  });

  it('in English: headings, every session title, Arabic digits, CONFIDENTIAL on every page, no Thai', () => {
    const { raw, text, pages, pngs } = result('en');
    expect(raw).not.toMatch(/[\uFFFD\uE000-\uF8FF\u0080-\u009F]/);
    expect(raw).toContain('Training of Trainers agenda');
    expect(text).toContain(squeeze('Day 1 – Monday 16 May 2022'));
    expect(text).toContain(squeeze('Day 5 – Friday 20 May 2022'));
    for (const session of event.sessions) expect(text).toContain(squeeze(session.title.en));
    expect(text).toContain('08:30–09:30');
    expect(raw).not.toMatch(/[\u0E00-\u0E7F]/);
    expectMarkingOnEveryPage(raw, pages, 'CONFIDENTIAL');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(pngs).toHaveLength(2);
  });
});

/**
 * The ToT evaluation report of the demo event as a reader sees it: Thai (B.E., Thai digits,
 * ลับมาก, draft) and English, converted by LibreOffice in one run; the PDF's text holds the
 * headings and figures (not boxes), and pictures of the pages, charts included, are saved as
 * test-results/export-pages/tot-evaluation-<language>-<page>.png for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { listTotEvents } from '../../../src/main/services/tot';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
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
    draft: { enabled: true, version: '0.3', date: '2022-06-01' },
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
const rendered = new Map<Language, { raw: string; text: string; pages: number; pngs: string[] }>();
const squeeze = (value: string): string => value.replace(/\s+/g, '');

beforeAll(async () => {
  dir = makeTempDir('export-render-tot-evaluation');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const event = listTotEvents(project).find((e) => e.code === 'TOT-2565-01');
  if (!event) throw new Error('demo event missing');
  const builder = DOCUMENT_BUILDERS.tot_evaluation;
  const languages = Object.keys(PROFILES) as Language[];
  const files: string[] = [];
  for (const language of languages) {
    const profile = PROFILES[language];
    const document = await builder.build(project, profile, '2026-03-15', silentProgress, event.id);
    const file = path.join(dir, `tot-evaluation-${language}.docx`);
    fs.writeFileSync(file, await packDocument(document, builder.title(profile)));
    files.push(file);
  }
  const pdfs = convertToPdf(files, path.join(dir, 'pdf'));
  languages.forEach((language, i) => {
    const pdf = pdfs[i] ?? '';
    const raw = pdfText(pdf);
    fs.mkdirSync(PAGES_DIR, { recursive: true });
    fs.copyFileSync(pdf, path.join(PAGES_DIR, `tot-evaluation-${language}.pdf`));
    const pages = pdfPageCount(pdf);
    rendered.set(language, {
      raw,
      text: squeeze(raw),
      pages,
      pngs: pdfPagePngs(pdf, PAGES_DIR, `tot-evaluation-${language}`, 1, Math.min(pages, 4), 60),
    });
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

function result(language: Language): { raw: string; text: string; pages: number; pngs: string[] } {
  const found = rendered.get(language);
  if (!found) throw new Error(`${language} not rendered`);
  return found;
}

/** No replacement characters, private-use glyphs or C1 controls: what mojibake and tofu read back as. */
const GARBAGE = /[\uFFFD\uE000-\uF8FF\u0080-\u009F]/;

describe('the ToT evaluation report, rendered by LibreOffice', () => {
  it('in Thai: Thai headings and captions, ลับมาก and the watermark on every page, Thai digits, 2–6 pages', () => {
    const { raw, text, pages, pngs } = result('th');
    expect(raw).not.toMatch(GARBAGE);
    for (const words of [
      'รายงานผลการประเมินการฝึกอบรมวิทยากร',
      'ผู้เข้าอบรมจำแนกตามหน่วยงาน',
      `ผลการเรียนรู้ (ระดับที่ ${toThaiDigits('2')})`,
      `ความพึงพอใจต่อการอบรม (ระดับที่ ${toThaiDigits('1')})`,
      `การติดตามผลหลังการอบรม (ระดับที่ ${toThaiDigits('3')})`,
      `${toThaiDigits('16')} พฤษภาคม ${toThaiDigits('2565')}`,
      '<๕',
    ]) {
      expect(text).toContain(squeeze(words));
    }
    expect(text).toMatch(/ภาพที่\d+:คะแนนเฉลี่ยก่อนและหลังการอบรม/);
    expect(text).toMatch(/ภาพที่\d+:คะแนนเฉลี่ยความพึงพอใจรายข้อ/);
    const pageTexts = raw.split('\f').slice(0, -1);
    expect(pageTexts).toHaveLength(pages);
    for (const page of pageTexts) {
      expect(page.split('ลับมาก').length - 1).toBeGreaterThanOrEqual(2);
      expect(squeeze(page)).toContain('ร่าง');
    }
    expect(raw).not.toMatch(/Participants|Pass rate/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(pngs[0]).toMatch(/tot-evaluation-th-1\.png$/);
  });

  it('in English: English headings, figures and captions, CONFIDENTIAL, no Thai digits, 2–6 pages', () => {
    const { raw, pages, pngs } = result('en');
    expect(raw).not.toMatch(GARBAGE);
    for (const words of [
      'Training of Trainers evaluation report',
      'Participants by sex',
      'Learning (Level 2)',
      'Reaction (Level 1)',
      'Follow-up (Level 3)',
      '16 May 2022',
      '<5',
    ]) {
      expect(raw).toContain(words);
    }
    expect(raw).toMatch(/Figure \d+: Mean pre-test and post-test score by group/);
    expect(raw).toContain('CONFIDENTIAL');
    expect(raw).not.toContain('DRAFT');
    expect(raw).not.toMatch(/[๐-๙]/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    expect(pngs.length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * The ToT evaluation report of the demo event as a reader sees it: Thai (B.E., Thai digits,
 * ลับมาก, draft) and English, converted by LibreOffice in one run; the PDF's text holds the
 * headings and figures (not boxes), and pictures of the pages, charts included, are saved as
 * test-results/export-pages/tot-evaluation-<language>-<page>.png for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { listTotEvents } from '../../../src/main/services/tot';
import { toThaiDigits } from '../../../src/shared/dates';
import { makeProject } from '../../helpers/project';
import { GARBAGE, renderDocument, renderedIn, squeeze, type RenderLanguage, type Rendered } from '../../helpers/render';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let dir: string;
let project: ProjectFile;
let rendered = new Map<RenderLanguage, Rendered>();
const result = (language: RenderLanguage): Rendered => renderedIn(rendered, language);

beforeAll(async () => {
  dir = makeTempDir('export-render-tot-evaluation');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const event = listTotEvents(project).find((e) => e.code === 'TOT-2565-01');
  if (!event) throw new Error('demo event missing');
  rendered = await renderDocument(project, dir, {
    document: 'tot_evaluation',
    name: 'tot-evaluation',
    languages: ['th', 'en'],
    subjectId: event.id,
    pngPages: 4,
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

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

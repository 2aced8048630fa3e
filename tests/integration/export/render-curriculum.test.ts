/**
 * The curriculum as a reviewer meets it: the scale-1 demo's curriculum in Thai (B.E., Thai
 * digits, marked ลับมาก, DRAFT) and in English (C.E.), converted to PDF by LibreOffice in one
 * run. The PDF's text holds the headings in the right language and order, every module code,
 * the gaps, the marking on every page and no mojibake; the first pages are saved as PNGs
 * (test-results/export-pages/curriculum-<language>-<page>.png) for a person to look at.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { toThaiDigits } from '../../../src/shared/dates';
import { makeProject } from '../../helpers/project';
import {
  expectInOrder,
  expectMarkingOnEveryPage,
  renderDocument,
  renderedIn,
  squeeze,
  type RenderLanguage,
  type Rendered,
} from '../../helpers/render';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let dir: string;
let project: ProjectFile;
let rendered = new Map<RenderLanguage, Rendered>();
const result = (language: RenderLanguage): Rendered => renderedIn(rendered, language);

beforeAll(async () => {
  dir = makeTempDir('export-render-curriculum');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  rendered = await renderDocument(project, dir, {
    document: 'curriculum',
    name: 'curriculum',
    languages: ['th', 'en'],
    subjectId: null,
    pngPages: 3,
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

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
    expectInOrder(text, [
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

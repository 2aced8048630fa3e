/**
 * What a reader of the ToT agenda sees: the demo's TOT-2565-01 in Thai (B.E., Thai digits,
 * ลับ, draft) and in English, converted by LibreOffice in one run. The PDF's text holds the
 * day headings and session titles as words (no boxes, no mojibake), the marking on every page,
 * and the first pages are saved as pictures (test-results/export-pages/tot-agenda-<lang>-<n>.png).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { TOT_CODE } from '../../../src/main/services/demo/generate-tot';
import { getTotEvent, listTotEvents } from '../../../src/main/services/tot';
import { toThaiDigits } from '../../../src/shared/dates';
import type { TotEvent } from '../../../src/shared/tot';
import { makeProject } from '../../helpers/project';
import {
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
let event: TotEvent;
let rendered = new Map<RenderLanguage, Rendered>();
const result = (language: RenderLanguage): Rendered => renderedIn(rendered, language);

beforeAll(async () => {
  dir = makeTempDir('export-render-tot-agenda');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const summary = listTotEvents(project).find((e) => e.code === TOT_CODE);
  if (!summary) throw new Error('the demo has no ToT event');
  event = getTotEvent(project, summary.id);
  rendered = await renderDocument(project, dir, {
    document: 'tot_agenda',
    name: 'tot-agenda',
    languages: ['th', 'en'],
    subjectId: event.id,
    pngPages: 2,
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

describe('the ToT agenda, rendered by LibreOffice', () => {
  it('in Thai: headings, every session title, Thai digits, ลับมาก on every page, 2–8 pages', () => {
    const { raw, text, pages, pngs } = result('th');
    expect(raw).not.toMatch(/[\uFFFD\uE000-\uF8FF\u0080-\u009F]/);
    expect(text).toContain('กำหนดการฝึกอบรมวิทยากร');
    expect(text).toContain(
      squeeze(`วันที่ ${toThaiDigits('1')} วันจันทร์ที่ ${toThaiDigits('16')} พฤษภาคม ${toThaiDigits('2565')}`),
    );
    expect(text).toContain(
      squeeze(`วันที่ ${toThaiDigits('5')} วันศุกร์ที่ ${toThaiDigits('20')} พฤษภาคม ${toThaiDigits('2565')}`),
    );
    for (const session of event.sessions) expect(text).toContain(squeeze(session.title.th));
    expect(text).toContain(squeeze(`${toThaiDigits('08.30')}–${toThaiDigits('09.30')} น.`));
    expectMarkingOnEveryPage({ raw, pages }, 'ลับมาก');
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
    expectMarkingOnEveryPage({ raw, pages }, 'CONFIDENTIAL');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(pngs).toHaveLength(2);
  });
});

/**
 * The minutes as a reviewer meets them (issue 5): a Component 2 consultation of the scale-1 demo
 * in Thai (B.E., Thai digits, marked ลับมาก, DRAFT watermark), in English (C.E.) and in both, converted
 * by LibreOffice in one run. The PDF's text holds the Form 11 parts in order, clean Thai and
 * English, and the first pages are saved as pictures for a person to look at
 * (test-results/export-pages/minutes-<language>-<page>.png, next to the whole PDF).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { getMeeting, listMeetings } from '../../../src/main/services/meetings';
import { toThaiDigits } from '../../../src/shared/dates';
import type { Meeting } from '../../../src/shared/meetings';
import { makeProject } from '../../helpers/project';
import {
  expectInOrder,
  GARBAGE,
  renderDocument,
  renderedIn,
  type RenderLanguage,
  type Rendered,
} from '../../helpers/render';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { ownWords } from '../../helpers/minutes';

let dir: string;
let project: ProjectFile;
let meeting: Meeting;
let rendered = new Map<RenderLanguage, Rendered>();
const result = (language: RenderLanguage): Rendered => renderedIn(rendered, language);

beforeAll(async () => {
  dir = makeTempDir('export-render-minutes');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const summary = listMeetings(project, { component: 'c2' }).find((m) => m.code === 'MTG-C2-4/2563');
  if (!summary) throw new Error('the demo has no MTG-C2-4/2563');
  meeting = getMeeting(project, summary.id);
  rendered = await renderDocument(project, dir, {
    document: 'minutes',
    name: 'minutes',
    languages: ['th', 'en', 'both'],
    subjectId: meeting.id,
    pngPages: 3,
  });
}, 180_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

/** No replacement characters, private-use glyphs or C1 controls: what tofu and mojibake read back as. */
function expectCleanText(raw: string): void {
  expect(raw).not.toMatch(GARBAGE);
}

describe('the minutes, rendered by LibreOffice', () => {
  it('in Thai: Form 11 in order, Thai digits and B.E., ลับมาก on every page, 2–8 pages', () => {
    const { raw, text, pages, pngs } = result('th');
    expectCleanText(raw);
    expectInOrder(text, [
      'รายงานการประชุมหารือการริบทรัพย์สิน',
      `ครั้งที่ ${toThaiDigits('4/2563')}`,
      `เมื่อวันพฤหัสบดีที่ ${toThaiDigits('27')} สิงหาคม ${toThaiDigits('2563')}`,
      'ผู้มาประชุม',
      'ผู้ไม่มาประชุม',
      'ผู้เข้าร่วมประชุม',
      `เริ่มประชุมเวลา ${toThaiDigits('09.30')} น.`,
      `ระเบียบวาระที่ ${toThaiDigits('1')} เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ`,
      `ระเบียบวาระที่ ${toThaiDigits('4')} เรื่องเพื่อพิจารณา`,
      'มติที่ประชุม',
      `ระเบียบวาระที่ ${toThaiDigits('5')} เรื่องอื่น ๆ`,
      'การดำเนินการต่อเนื่อง',
      `เลิกประชุมเวลา ${toThaiDigits('12.00')} น.`,
      'ผู้จดรายงานการประชุม',
      'ผู้ตรวจรายงานการประชุม',
    ]);
    const perPage = raw.split('\f').slice(0, -1);
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => expect(page.split('ลับมาก').length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2));
    expect(text).toContain(`<${toThaiDigits('5')}`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(pngs.map((p) => path.basename(p))).toContain('minutes-th-1.png');
  });

  it('in English: the English labels in order, C.E. date, no Thai label, CONFIDENTIAL, 2–8 pages', () => {
    const { raw, text, pages, pngs } = result('en');
    expectCleanText(raw);
    expectInOrder(text, [
      'Minutes of the meeting',
      'No. 4/2563',
      'Date: Thursday, 27 August 2020',
      'Venue:',
      'Present',
      'Absent',
      'Also attending',
      'Opened at 09:30',
      'Agenda item 4: Matters for consideration',
      'Resolution',
      'Follow-up actions',
      'Closed at 12:00',
      'Minutes taken by',
      'Checked by',
      'Attendees by agency and sex',
    ]);
    // Thai only where the meeting recorded Thai (its posts and reasons): every label is English.
    expect(ownWords(text, meeting, true)).not.toMatch(/[\u0E00-\u0E7F]/);
    expect(raw).toContain('CONFIDENTIAL');
    const linked = meeting.followUps.find((f) => f.actionCode !== null)?.actionCode ?? 'none';
    expect(text).toContain(linked);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(pngs.map((p) => path.basename(p))).toContain('minutes-en-1.png');
  });

  it('in both languages: each block in Thai then English, clean text', () => {
    const { raw, text, pngs } = result('both');
    expectCleanText(raw);
    expectInOrder(text, [
      'รายงานการประชุม',
      'Minutes of the meeting',
      'ผู้มาประชุม',
      'Present',
      'ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา',
      'Agenda item 4: Matters for consideration',
      'มติที่ประชุม / Resolution:',
      'ผู้ตรวจรายงานการประชุม',
      'Checked by',
    ]);
    expect(pngs.map((p) => path.basename(p))).toContain('minutes-both-1.png');
  });
});

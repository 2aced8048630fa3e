/**
 * The Training of Trainers agenda as a Word file (issue 5): built from the demo's TOT-2565-01,
 * packed and read back: the event's particulars, its five days in order each with its sessions
 * in time order, B.E. dates and Thai digits in Thai, English labels and C.E. in English, both
 * languages in 'both', a placeholder for an event with no sessions, the preview's counts, and
 * NOT_FOUND for an event that was deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress, type ExportProgressSink } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { TOT_CODE } from '../../../src/main/services/demo/generate-tot';
import { createTotEvent, deleteTotEvent, getTotEvent, listTotEvents } from '../../../src/main/services/tot';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile, type ExportStage } from '../../../src/shared/export';
import type { TotEvent } from '../../../src/shared/tot';
import { docxXml, xmlText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const builder = DOCUMENT_BUILDERS.tot_agenda;
const TH: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'th', calendar: 'BE', digits: 'thai', marking: 'secret' };
const EN: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'en', calendar: 'CE', digits: 'arabic', marking: 'none' };

let dir: string;
let project: ProjectFile;
let demo: TotEvent;
let emptyId: string;
let deletedId: string;

beforeAll(() => {
  dir = makeTempDir('export-tot-agenda');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const summary = listTotEvents(project).find((e) => e.code === TOT_CODE);
  if (!summary) throw new Error('the demo has no ToT event');
  demo = getTotEvent(project, summary.id);
  const empty = {
    title: { en: 'Refresher for provincial trainers', th: 'การอบรมทบทวนสำหรับวิทยากรระดับจังหวัด' },
    startDate: '2022-08-01',
    endDate: '2022-08-03',
    venue: 'Chiang Rai',
    passMark: 60,
  };
  emptyId = createTotEvent(project, { code: 'TOT-2565-02', ...empty }).id;
  deletedId = createTotEvent(project, { code: 'TOT-2565-99', ...empty }).id;
  deleteTotEvent(project, deletedId);
});

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

async function render(profile: ExportProfile, eventId: string, sink: ExportProgressSink = silentProgress) {
  const built = await builder.build(project, profile, '2026-03-15', sink, eventId);
  const xml = docxXml(await packDocument(built, builder.title(profile)));
  const body = xml['word/document.xml'] ?? '';
  return { xml, body, text: xmlText(body) };
}

/** Positions of `needles` in `text`, each searched after the previous one: -1 when one is missing or out of order. */
function inOrder(text: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = text.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

/** The session at `index` opens its day (the heading comes before it). */
const firstOfDay = (index: number): boolean => demo.sessions[index - 1]?.day !== demo.sessions[index]?.day;

describe('the ToT agenda of the demo event', () => {
  it('has 22 sessions over 5 days (the template the demo applies)', () => {
    expect(demo.days).toBe(5);
    expect(demo.sessions).toHaveLength(22);
  });

  it('in Thai: title, B.E. date range in Thai digits, five day headings in order, every session time and title in order', async () => {
    const { text, xml } = await render(TH, demo.id);
    expect(text).toContain('กำหนดการฝึกอบรมวิทยากร');
    expect(text).toContain(demo.title.th);
    expect(text).toContain(TOT_CODE);
    // 16–20 May 2022 = 2565 B.E.; the month and year once.
    expect(text).toContain(`${toThaiDigits('16')}–${toThaiDigits('20')} พฤษภาคม ${toThaiDigits('2565')}`);
    expect(text).toContain('สถานที่: Bangkok');
    const headings = ['จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์'].map(
      (weekday, i) => `วันที่ ${toThaiDigits(String(i + 1))} วัน${weekday}ที่ ${toThaiDigits(String(16 + i))} พฤษภาคม ${toThaiDigits('2565')}`,
    );
    expect(inOrder(text, headings).every((at) => at >= 0)).toBe(true);
    // Each day's sessions under its heading, in time order: the time "๐๘.๓๐–๐๙.๓๐ น." then the title.
    const expected = demo.sessions.flatMap((s, i) => [
      ...(firstOfDay(i) ? [`วันที่ ${toThaiDigits(String(s.day))} วัน`] : []),
      toThaiDigits(`${s.startTime.replace(':', '.')}–${s.endTime.replace(':', '.')} น.`),
      s.title.th,
    ]);
    expect(inOrder(text, expected)).not.toContain(-1);
    expect(text).not.toContain('08:30');
    expect(text).not.toMatch(/Day \d|Session|Facilitator/);
    // Column headers, and the marking in the header and footer.
    for (const column of ['เวลา', 'หัวข้อ', 'หน่วยการเรียนรู้', 'วิทยากร', 'วิธีการ']) expect(text).toContain(column);
    const furniture = Object.entries(xml).filter(([name]) => /word\/(header|footer)\d*\.xml/.test(name));
    expect(furniture.some(([, part]) => xmlText(part).includes('ลับ'))).toBe(true);
  });

  it('repeats the column headings on every page of a day and keeps facilitators as recorded positions', async () => {
    const { body, text } = await render(TH, demo.id);
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(5);
    expect(text).toContain('OAG prosecutor');
    expect(text).toContain('Lead facilitator (IOM)');
  });

  it('in English: English labels, C.E. dates, "09:00–10:30" times, Arabic digits, no Thai', async () => {
    const { text } = await render(EN, demo.id);
    expect(text).toContain('Training of Trainers agenda');
    expect(text).toContain(demo.title.en);
    expect(text).toContain('16–20 May 2022');
    expect(text).toContain('Venue: Bangkok');
    const headings = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(
      (weekday, i) => `Day ${i + 1} – ${weekday} ${16 + i} May 2022`,
    );
    expect(inOrder(text, headings)).not.toContain(-1);
    const expected = demo.sessions.flatMap((s, i) => [
      ...(firstOfDay(i) ? [`Day ${s.day} – `] : []),
      `${s.startTime}–${s.endTime}`,
      s.title.en,
    ]);
    expect(inOrder(text, expected)).not.toContain(-1);
    for (const column of ['Time', 'Session', 'Module', 'Facilitator', 'Method']) expect(text).toContain(column);
    expect(text).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it("in 'both': Thai and English day headings and session titles", async () => {
    const { text } = await render({ ...EN, language: 'both', calendar: 'BE' }, demo.id);
    expect(text).toContain('วันที่ 1 วันจันทร์ที่ 16 พฤษภาคม 2565');
    expect(text).toContain('Day 1 – Monday 16 May 2565');
    const first = demo.sessions[0];
    if (!first) throw new Error('the demo event has no sessions');
    // Thai first, then English, in the same cell.
    expect(inOrder(text, [first.title.th, first.title.en])).not.toContain(-1);
  });

  it('reports loading, sections and tables', async () => {
    const stages: ExportStage[] = [];
    await render(EN, demo.id, { step: async (stage) => void stages.push(stage) });
    expect([...new Set(stages)]).toEqual(['loading', 'sections', 'tables']);
  });

  it('previews the sessions it will include', () => {
    expect(builder.preview(project, TH, demo.id)).toEqual({ omissions: [], emptySections: [], included: 22 });
  });
});

describe('an event without sessions, and a deleted one', () => {
  it('shows the event and a visible placeholder instead of day tables', async () => {
    const { text, body } = await render(TH, emptyId);
    expect(text).toContain('การอบรมทบทวนสำหรับวิทยากรระดับจังหวัด');
    expect(text).toContain(`${toThaiDigits('1')}–${toThaiDigits('3')} สิงหาคม ${toThaiDigits('2565')}`);
    expect(text).toContain('ยังไม่มีช่วงการอบรมในกำหนดการนี้');
    expect(body).not.toContain('<w:tbl>');
    expect(builder.preview(project, TH, emptyId)).toEqual({ omissions: [], emptySections: ['sessions'], included: 0 });
  });

  it('names the file after the event code, and refuses a deleted event with NOT_FOUND', () => {
    expect(builder.subjectStem?.(project, demo.id)).toBe('TOT-2565-01');
    expect(() => builder.subjectStem?.(project, deletedId)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => builder.preview(project, TH, deletedId)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

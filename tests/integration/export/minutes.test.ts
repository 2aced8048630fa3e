/**
 * The minutes of one meeting as a Word file (issue 5, DOMAIN.md 5): built from a Component 2
 * consultation of the scale-1 demo, packed and read back. A reader finds the Form 11 parts in
 * order, every attendee by position, the absence reason, the substitute, the resolution, each
 * agency's position in words, the JAP code of a linked follow-up, Thai B.E. dates and digits or
 * English labels and C.E., "<5" for small attendance cells, the marking in every header; and
 * never the reason the minutes went back to draft. The preview counts what the document shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_BUILDER } from '../../../src/main/export/minutes';
import { silentProgress, type ExportProgressSink } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  setMeetingStatus,
} from '../../../src/main/services/meetings';
import { toThaiDigits } from '../../../src/shared/dates';
import { AppError } from '../../../src/shared/errors';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile, type ExportStage } from '../../../src/shared/export';
import type { Meeting } from '../../../src/shared/meetings';
import { docxXml, xmlText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { ownWords } from '../../helpers/minutes';

const THAI: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'th',
  calendar: 'BE',
  digits: 'thai',
  marking: 'secret',
  draft: { enabled: true, version: '0.3', date: '2020-02-12' },
};
const ENGLISH: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'en',
  calendar: 'CE',
  digits: 'arabic',
  marking: 'confidential',
  draft: { enabled: false, version: '', date: null },
};
/** Planted as the reason the minutes went back to draft: it must appear nowhere in the file. */
const REASON_CANARY = 'CANARY-status-reason-7f3a: the chair disputes item 4';

let dir: string;
let project: ProjectFile;
/** MTG-C2-4/2563: an absence, a substitute, two provisions with positions, a linked follow-up. */
let meeting: Meeting;
let thai: Doc;
let english: Doc;

interface Doc {
  xml: Record<string, string>;
  /** The body's words, entities decoded ("<5" rather than "&lt;5"). */
  text: string;
}

const decode = (value: string): string =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

async function build(profile: ExportProfile, id: string, sink: ExportProgressSink = silentProgress): Promise<Doc> {
  const document = await MINUTES_BUILDER.build(project, profile, '2026-03-15', sink, id);
  const xml = docxXml(await packDocument(document, MINUTES_BUILDER.title(profile)));
  return { xml, text: decode(xmlText(xml['word/document.xml'] ?? '')) };
}

function meetingByCode(code: string): Meeting {
  const summary = listMeetings(project).find((m) => m.code === code);
  if (!summary) throw new Error(`the demo has no ${code}`);
  return getMeeting(project, summary.id);
}

beforeAll(async () => {
  dir = makeTempDir('export-minutes');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const demo = meetingByCode('MTG-C2-4/2563');
  meeting = setMeetingStatus(project, { id: demo.id, status: 'draft', reason: REASON_CANARY });
  thai = await build(THAI, meeting.id);
  english = await build(ENGLISH, meeting.id);
}, 60_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

/** Each needle found after the one before it. */
function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

const th = toThaiDigits;

describe('the minutes in Thai (Form 11)', () => {
  it('has the Form 11 parts in order, with the B.E. date, weekday and Thai digits', () => {
    expectInOrder(thai.text, [
      'รายงานการประชุมหารือการริบทรัพย์สินและความรับผิดของผู้ขนส่ง',
      `ครั้งที่ ${th('4/2563')}`,
      `เมื่อวันพฤหัสบดีที่ ${th('27')} สิงหาคม ${th('2563')}`,
      'ณ ห้องประชุม 1 สำนักงานตรวจคนเข้าเมือง',
      'ผู้มาประชุม',
      'ผู้ไม่มาประชุม',
      'ผู้เข้าร่วมประชุม',
      `เริ่มประชุมเวลา ${th('09.30')} น.`,
      `ระเบียบวาระที่ ${th('1')} เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ`,
      `ระเบียบวาระที่ ${th('2')} รับรองรายงานการประชุมครั้งที่แล้ว`,
      `ระเบียบวาระที่ ${th('3')} เรื่องสืบเนื่อง`,
      `ระเบียบวาระที่ ${th('4')} เรื่องเพื่อพิจารณา`,
      `${th('4.1')}พิจารณาร่างมาตราของร่างพระราชบัญญัติคนเข้าเมืองฉบับใหม่`,
      'มติที่ประชุม',
      `ระเบียบวาระที่ ${th('5')} เรื่องอื่น ๆ`,
      'การดำเนินการต่อเนื่อง',
      `เลิกประชุมเวลา ${th('12.00')} น.`,
      'ผู้จดรายงานการประชุม',
      'ผู้ตรวจรายงานการประชุม',
      'จำนวนผู้เข้าประชุม จำแนกตามหน่วยงานและเพศ',
    ]);
    // The meeting number and the date are not left in Arabic digits; the meeting code keeps them.
    expect(thai.text).not.toContain('ครั้งที่ 4/2563');
    expect(thai.text).not.toContain('สิงหาคม 2563');
    expect(thai.text).toContain('รหัสการประชุม: MTG-C2-4/2563');
  });

  it('lists every attendee by position, notes the substitute and the absence reason', () => {
    const seated = meeting.attendance.filter((a) => a.status !== 'absent');
    expect(seated.length).toBeGreaterThan(5);
    for (const row of seated) expect(thai.text).toContain(row.position);
    const substitute = meeting.attendance.find((a) => a.status === 'substitute');
    expect(substitute).toBeDefined();
    expect(thai.text).toContain(`แทน ${substitute?.substituteFor ?? '?'}`);
    const absent = meeting.attendance.find((a) => a.status === 'absent');
    expect(absent?.absenceReason).toBe('ติดประชุมคณะกรรมการสภาความมั่นคงแห่งชาติ');
    // Absent after ผู้ไม่มาประชุม, with its reason, and before the observers.
    expectInOrder(thai.text, [
      'ผู้ไม่มาประชุม',
      absent?.position ?? '?',
      'ติดประชุมคณะกรรมการสภาความมั่นคงแห่งชาติ',
      'ผู้เข้าร่วมประชุม',
    ]);
    // Agencies by their Thai names.
    expect(thai.text).toContain('กรมศุลกากร');
  });

  it('shows the discussion, the provisions, each agency position in words, the resolution and the follow-ups', () => {
    const item = meeting.agenda.find((a) => a.category === 4);
    expect(item?.provisions.map((p) => p.section)).toEqual(['64/7', '64/8']);
    expect(thai.text).toContain(item?.discussion.th ?? '?');
    expect(thai.text).toContain('ร่างพระราชบัญญัติคนเข้าเมืองฉบับใหม่');
    expect(thai.text).toContain('(ร่าง)');
    expect(thai.text).toContain('ความรับผิดของผู้ขนส่ง');
    expect(thai.text).toContain('ยังไม่ได้ข้อยุติ');
    expect(thai.text).toContain('ไม่เห็นด้วย');
    expect(thai.text).toContain('เห็นด้วยโดยมีข้อแก้ไข');
    expect(thai.text).toContain('ไม่แสดงท่าที');
    expect(thai.text).toContain('ค่าปรับผู้ขนส่งซ้ำซ้อนกับพระราชบัญญัติศุลกากร');
    expectInOrder(thai.text, ['มติที่ประชุม', item?.resolution.th ?? '?']);
    const linked = meeting.followUps.find((f) => f.actionCode !== null);
    expect(linked?.actionCode).toMatch(/^JAP-/);
    expectInOrder(thai.text, ['การดำเนินการต่อเนื่อง', linked?.text.th ?? '?', linked?.actionCode ?? '?']);
    expect(thai.text).toContain(`${th('31')} ธ.ค. ${th('2563')}`);
    expect(thai.text).toContain('กำลังดำเนินการ');
  });

  it('prints small attendance cells as "<๕", shows the draft status and the marking, never the reason for draft', () => {
    expect(thai.text).toContain(`<${th('5')}`);
    expect(thai.text).toContain('ร่างรายงานการประชุม ยังไม่ได้รับรอง');
    const headers = Object.entries(thai.xml).filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const [, xml] of headers) expect(xmlText(xml)).toContain('ลับมาก');
    for (const doc of [thai, english]) {
      for (const [name, xml] of Object.entries(doc.xml)) expect(xml, name).not.toContain('CANARY-status-reason');
    }
  });
});

describe('the minutes in English', () => {
  it('has the same parts in order with English labels and a C.E. date', () => {
    expectInOrder(english.text, [
      'Minutes of the meeting',
      'Consultation on proceeds of smuggling and carriers',
      'No. 4/2563',
      'Date: Thursday, 27 August 2020',
      'Venue: Meeting room 1, Immigration Bureau, Bangkok',
      'Draft minutes, not yet adopted',
      'Present',
      'Absent',
      'ติดประชุมคณะกรรมการสภาความมั่นคงแห่งชาติ',
      'Also attending',
      'Opened at 09:30',
      'Meeting code: MTG-C2-4/2563',
      'Agenda',
      'Agenda item 1: Announcements from the chair',
      'Agenda item 4: Matters for consideration',
      'Oppose',
      'Resolution:',
      meeting.agenda.find((a) => a.category === 4)?.resolution.en ?? '?',
      'Agenda item 5: Other business',
      'Follow-up actions',
      'Closed at 12:00',
      'Minutes taken by',
      'Checked by',
      'Attendees by agency and sex',
    ]);
    expect(english.text).toContain('Support with amendments');
    expect(english.text).toContain('Customs Department');
    expect(english.text).toContain('<5');
    // Thai only where the meeting recorded Thai (its posts and reasons): every label is English.
    expect(ownWords(english.text, meeting)).not.toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe('the minutes in both languages', () => {
  it('writes each block in Thai, then in English', async () => {
    const both = await build({ ...ENGLISH, language: 'both' }, meeting.id);
    expectInOrder(both.text, [
      'รายงานการประชุมหารือการริบทรัพย์สิน',
      'Minutes of the meeting',
      'ผู้มาประชุม',
      'Present',
      'เริ่มประชุมเวลา 09.30 น.',
      'Opened at 09:30',
      'ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา',
      'Agenda item 4: Matters for consideration',
      'มติที่ประชุม / Resolution:',
      meeting.agenda.find((a) => a.category === 4)?.resolution.th ?? '?',
      meeting.agenda.find((a) => a.category === 4)?.resolution.en ?? '?',
      'ผู้จดรายงานการประชุม',
      'Minutes taken by',
    ]);
  });
});

describe('the minutes export around it', () => {
  it('previews the agenda items and exactly the "<5" cells the document prints', () => {
    const preview = MINUTES_BUILDER.preview(project, ENGLISH, meeting.id);
    expect(preview.included).toBe(meeting.agenda.length);
    expect(preview.emptySections).toEqual([]);
    // Cells that read "<5" (the note under the table says "<5" too, in a sentence).
    const printed = english.text.split('\n').filter((line) => line.trim() === '<5').length;
    expect(printed).toBeGreaterThan(0);
    expect(preview.omissions).toEqual([{ reason: 'small_cell', count: printed }]);
    // A smaller minimum cell size leaves fewer cells suppressed.
    const two = MINUTES_BUILDER.preview(project, { ...ENGLISH, minCellSize: 2 }, meeting.id);
    expect(two.omissions.find((o) => o.reason === 'small_cell')?.count ?? 0).toBeLessThan(printed);
  });

  it('an adopted meeting shows no status line', async () => {
    const adopted = meetingByCode('MTG-C2-1/2563');
    expect(adopted.minutesStatus).toBe('adopted');
    const doc = await build(ENGLISH, adopted.id);
    expect(doc.text).toContain('No. 1/2563');
    expect(doc.text).not.toContain('not yet adopted');
  });

  it('reports loading, sections and tables to the progress sink', async () => {
    const stages: ExportStage[] = [];
    await build(ENGLISH, meeting.id, { step: async (stage) => void stages.push(stage) });
    const order = [...new Set(stages)];
    expect(order).toEqual(['loading', 'sections', 'tables']);
  });

  it('an empty meeting gets every agenda heading with "- ไม่มี -" and placeholders; a deleted one is NOT_FOUND', async () => {
    const empty = createMeeting(project, {
      component: 'validation',
      number: 1,
      yearBE: 2565,
      title: { en: 'Validation workshop', th: 'การประชุมรับรองผล' },
      date: '2022-03-01',
    });
    expect(MINUTES_BUILDER.subjectStem?.(project, empty.id)).toBe('MTG-VAL-1-2565');
    expect(MINUTES_BUILDER.subjectStem?.(project, meeting.id)).toBe('MTG-C2-4-2563');
    const preview = MINUTES_BUILDER.preview(project, THAI, empty.id);
    expect(preview).toEqual({ omissions: [], emptySections: ['attendance', 'agenda_items'], included: 0 });
    const doc = await build(THAI, empty.id);
    expect(doc.text.split('- ไม่มี -').length - 1).toBeGreaterThanOrEqual(5 + 3 + 1);
    expect(doc.text).toContain('ยังไม่มีระเบียบวาระการประชุม');
    expect(doc.text).toContain('ยังไม่มีการบันทึกผู้เข้าประชุม');
    expect(doc.text).toContain('(ไม่ได้บันทึกเวลา)');

    deleteMeeting(project, empty.id);
    const stem = (): string | undefined => MINUTES_BUILDER.subjectStem?.(project, empty.id);
    expect(stem).toThrow(AppError);
    try {
      stem();
    } catch (error) {
      expect((error as AppError).code).toBe('NOT_FOUND');
    }
    await expect(build(THAI, empty.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

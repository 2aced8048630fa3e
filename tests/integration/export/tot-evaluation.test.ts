/**
 * The Training of Trainers evaluation report (issue 5) of the demo event TOT-2565-01, read back
 * from the packed .docx: the figures a donor reads equal the service's, groups under the
 * profile's minimum cell size show "<N" and no figures, the missing post-test is said, two
 * captioned charts, Thai digits and B.E. in Thai, and nothing per participant nor any free text
 * of L1 forms and L3 follow-ups in any part of the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupedBarSvg } from '../../../src/main/export/charts-bars';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { createTotEvent, getTotEvent, listTotEvents } from '../../../src/main/services/tot';
import {
  getTotResults,
  saveTotEvaluation,
  saveTotFollowUp,
  saveTotParticipant,
} from '../../../src/main/services/tot-people';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
import type { TotResults } from '../../../src/shared/tot-stats';
import { docxParts, docxXml, xmlText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const builder = DOCUMENT_BUILDERS.tot_evaluation;
const EN: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'en',
  calendar: 'CE',
  digits: 'arabic',
  marking: 'confidential',
};
const TH: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'th',
  calendar: 'BE',
  digits: 'thai',
  marking: 'secret',
};
/** Canaries planted through the services in fields the report must never show. */
const CANARIES = ['CANARY-UNIT-7731', 'CANARY-RANK-7731', 'CANARY-L1-COMMENT-7731', 'CANARY-L3-NOTE-7731'] as const;
/** The demo's own free text: L1 comments, L3 notes, units. */
const DEMO_TEXT = [
  'The case studies from real checkpoints',
  'Cascaded at the Tak checkpoint',
  'Immigration checkpoint',
  'Provincial public prosecutor office',
];

let dir: string;
let project: ProjectFile;
let eventId: string;
let results: TotResults;
const docs = new Map<string, { xml: Record<string, string>; text: string; media: string[] }>();

/** XML text as a reader sees it ("&lt;5" is "<5"). */
function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function build(
  profile: ExportProfile,
  id = eventId,
): Promise<{ xml: Record<string, string>; text: string; media: string[] }> {
  const document = await builder.build(project, profile, '2026-03-15', silentProgress, id);
  const bytes = await packDocument(document, builder.title(profile));
  const xml = docxXml(bytes);
  return {
    xml,
    text: unescape(xmlText(xml['word/document.xml'] ?? '')),
    media: Object.keys(docxParts(bytes)).filter((name) => name.startsWith('word/media/')),
  };
}

beforeAll(async () => {
  dir = makeTempDir('export-tot-evaluation');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  const summary = listTotEvents(project).find((e) => e.code === 'TOT-2565-01');
  if (!summary) throw new Error('demo event missing');
  eventId = summary.id;
  const event = getTotEvent(project, eventId);
  const [first] = event.participants;
  const [form] = event.evaluations;
  const [followUp] = event.followUps;
  if (!first || !form || !followUp) throw new Error('demo event incomplete');
  // Canaries in place of existing text, so the demo's counts stay as they are.
  saveTotParticipant(project, {
    eventId,
    id: first.id,
    agencyCode: first.agencyCode,
    unit: CANARIES[0],
    sex: first.sex,
    rankBand: CANARIES[1],
    provinceCode: first.provinceCode,
    role: first.role,
    certificateIssued: first.certificateIssued,
  });
  const { id: formId, updatedAt: _formAt, ...formFields } = form;
  saveTotEvaluation(project, { eventId, id: formId, ...formFields, comment: CANARIES[2] });
  const { id: followId, updatedAt: _followAt, ...followFields } = followUp;
  saveTotFollowUp(project, { eventId, id: followId, ...followFields, note: CANARIES[3] });
  results = getTotResults(project, eventId);
  docs.set('en', await build(EN));
  docs.set('th', await build(TH));
  docs.set('en6', await build({ ...EN, minCellSize: 6 }));
  docs.set('both', await build({ ...EN, language: 'both' }));
}, 120_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

function doc(name: string): { xml: Record<string, string>; text: string; media: string[] } {
  const found = docs.get(name);
  if (!found) throw new Error(`${name} not built`);
  return found;
}

/** The table row that starts with `label`: its cells' text in order. */
function rowAfter(text: string, label: string, cells: number): string[] {
  const all = text.split('\n').map((line) => line.trim());
  const at = all.indexOf(label);
  expect(at, label).toBeGreaterThanOrEqual(0);
  return all.slice(at + 1, at + 1 + cells);
}

const pct = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)}%`);

describe('the ToT evaluation report of TOT-2565-01', () => {
  it('shows the overall L2 figures of getTotResults, the pass mark and the one missing post-test', () => {
    const { text } = doc('en');
    const o = results.overall;
    expect(o.n).toBe(31);
    expect(o.missingPost).toBe(1);
    expect(rowAfter(text, 'All participants', 7)).toEqual([
      '31',
      pct(o.meanPre),
      pct(o.meanPost),
      `+${(o.meanGain ?? 0).toFixed(1)}`,
      pct((o.improvedShare ?? 0) * 100),
      pct((o.passRate ?? 0) * 100),
      pct((o.attendanceRate ?? 0) * 100),
    ]);
    expect(text).toContain('Pass rate (≥ 60%)');
    expect(text).toContain('1 participant has a pre-test but no post-test and is excluded from the paired gain.');
  });

  it('prints "<5" for the 4 ATPD and 3 Marine Police participants, with no figures, and counts them as small cells', () => {
    const { text } = doc('en');
    expect(rowAfter(text, 'ATPD', 7)).toEqual(['<5', '–', '–', '–', '–', '–', '–']);
    expect(rowAfter(text, 'Marine Police', 7)).toEqual(['<5', '–', '–', '–', '–', '–', '–']);
    // The 8 IB participants keep their figures.
    const ib = results.byAgency.find((g) => g.key === 'RTP-IB');
    expect(rowAfter(text, 'IB', 2)).toEqual(['8', pct(ib?.meanPre ?? null)]);
    // In the participants table too, under the agency's full name.
    expect(rowAfter(text, 'Anti-Trafficking in Persons Division', 1)).toEqual(['<5']);
    expect(text).toContain('Groups of fewer than 5 people are shown as "<5"');
    const smallGroups = [...results.bySex, ...results.byAgency].filter((g) => g.n > 0 && g.n < 5).length;
    expect(smallGroups).toBeGreaterThanOrEqual(2);
    const preview = builder.preview(project, EN, eventId);
    expect(preview.included).toBe(31);
    expect(preview.emptySections).toEqual([]);
    expect(preview.omissions).toEqual([{ reason: 'small_cell', count: smallGroups }]);
  });

  it('with a minimum cell size of 6, the 5 prosecutors become "<6" too', () => {
    const { text } = doc('en6');
    expect(rowAfter(text, 'OAG', 3)).toEqual(['<6', '–', '–']);
    expect(rowAfter(text, 'Provincial Police', 1)).toEqual(['<6']);
    expect(rowAfter(text, 'MSDHS', 1)).toEqual(['6']);
    const preview = builder.preview(project, { ...EN, minCellSize: 6 }, eventId);
    expect(preview.omissions[0]?.count).toBeGreaterThanOrEqual(4);
  });

  it('draws pre and post bars told apart by pattern as well as shade (black-and-white printers)', () => {
    const svg = groupedBarSvg(
      [{ label: 'All', values: [40, 70] }],
      ['Pre-test', 'Post-test'],
      { max: 100, ticks: [0, 50, 100], valueText: String },
      EN,
    );
    const patterns = [...svg.matchAll(/<pattern id="(g\d)"[^>]*>(.*?)<\/pattern>/g)].map((m) => m[2] ?? '');
    expect(patterns).toHaveLength(2);
    const shades = patterns.map((p) => /fill="(#[0-9a-f]{6})"/.exec(p)?.[1]);
    expect(shades[0]).not.toBe(shades[1]);
    // Each has a drawn mark (lines or a path) over its shade, and the two marks differ.
    const marks = patterns.map((p) => p.replace(/<rect[^>]*\/>/, ''));
    expect(marks.every((m) => /<(line|path|circle)/.test(m))).toBe(true);
    expect(marks[0]).not.toBe(marks[1]);
  });

  it('has two captioned charts as images, the L1 means and the L3 totals', () => {
    const { text, media } = doc('en');
    expect(media).toHaveLength(2);
    expect(text).toMatch(/Figure 1: Mean pre-test and post-test score by group/);
    expect(text).toMatch(/Figure 2: Mean reaction rating per item/);
    expect(text).toContain('25 reaction forms were received.');
    expect(rowAfter(text, 'Relevance to the job', 1)).toEqual([(results.l1.relevance ?? 0).toFixed(2)]);
    expect(rowAfter(text, 'Follow-ups reported', 1)).toEqual(['4']);
    expect(rowAfter(text, 'Cascade sessions delivered', 1)).toEqual([String(results.l3.cascadeSessions)]);
    expect(rowAfter(text, 'People reached', 1)).toEqual([String(results.l3.participantsReached)]);
    // Sections in Kirkpatrick order after the event and participants.
    const order = [
      'The training event',
      'Participants',
      'Learning (Level 2)',
      'Reaction (Level 1)',
      'Follow-up (Level 3)',
    ].map((h) => text.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('16 May 2022 – 20 May 2022');
  });

  it('in Thai: Thai words, Thai digits, B.E. dates, "<๕" and the ลับมาก marking', () => {
    const { text, xml } = doc('th');
    expect(text).toContain('รายงานผลการประเมินการฝึกอบรมวิทยากร');
    expect(text).toContain(`${toThaiDigits('16')} พฤษภาคม ${toThaiDigits('2565')}`);
    expect(text).not.toContain('2022');
    expect(rowAfter(text, 'บก.ปคม.', 2)).toEqual(['<๕', '–']);
    expect(rowAfter(text, 'ภาพรวม', 1)).toEqual([toThaiDigits('31')]);
    expect(text).toMatch(/ภาพที่ ?[0-9๐-๙]: คะแนนเฉลี่ยก่อนและหลังการอบรม/);
    expect(text).not.toMatch(/Participants|Mean pre-test/);
    const headers = Object.entries(xml).filter(([name]) => name.startsWith('word/header'));
    expect(headers.some(([, part]) => part.includes('ลับมาก'))).toBe(true);
  });

  it('in both languages: Thai then English in the cells', () => {
    const { text } = doc('both');
    expect(text).toContain('ภาพรวม\nAll participants');
    expect(text).toContain('Pass rate');
    expect(text).toContain('อัตราการผ่าน');
  });

  it('never holds a participant code, unit, rank band, L1 comment or L3 note, in any part', () => {
    for (const name of ['en', 'th', 'both']) {
      for (const [part, content] of Object.entries(doc(name).xml)) {
        expect(content, `${name} ${part}`).not.toMatch(/P-0\d\d/);
        for (const canary of [...CANARIES, ...DEMO_TEXT]) expect(content, `${name} ${part}`).not.toContain(canary);
      }
    }
  });

  it('names its file after the event code and refuses an unknown event', () => {
    expect(builder.subjectStem?.(project, eventId)).toBe('TOT-2565-01');
    expect(() => builder.subjectStem?.(project, '00000000-0000-4000-8000-000000000000')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('an event with nothing yet: four placeholders, nothing included', async () => {
    const empty = createTotEvent(project, {
      code: 'TOT-EMPTY-01',
      title: { en: 'Empty event', th: 'กิจกรรมว่าง' },
      startDate: '2023-01-09',
      endDate: '2023-01-13',
      venue: 'Chiang Rai',
      passMark: 70,
    });
    expect(builder.preview(project, EN, empty.id)).toEqual({
      omissions: [],
      emptySections: ['participants', 'tests', 'evaluations', 'follow_ups'],
      included: 0,
    });
    const { text, media } = await build(EN, empty.id);
    expect(media).toHaveLength(0);
    for (const note of [
      'No participants are recorded for this event yet.',
      'No pre-test or post-test scores are recorded yet.',
      'No reaction forms have been received yet.',
      'No follow-ups are recorded yet.',
    ]) {
      expect(text).toContain(note);
    }
  });
});

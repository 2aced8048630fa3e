/**
 * The TWG curriculum as a Word file (issue 5): built from the scale-1 demo, packed and read
 * back as XML. A reader sees the modules in curriculum order with their hours adding up, each
 * learning outcome, a traceability table with getTraceability's rows, the two gaps the demo
 * leaves (F-D4-01, F-C5-01), "<5" for the TWG's small cells, Thai words with Thai digits and
 * B.E. dates or English and C.E., and visible placeholders for a project with no curriculum.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import type { ExportProgressSink } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { getCurriculum } from '../../../src/main/services/curriculum';
import { getTraceability } from '../../../src/main/services/curriculum-coverage';
import { fillDemo } from '../../../src/main/services/demo';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile, type ExportStage } from '../../../src/shared/export';
import { docxXml, xmlText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const builder = DOCUMENT_BUILDERS.curriculum;
const TODAY = '2026-03-15';

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
  both: { ...DEFAULT_EXPORT_PROFILE, language: 'both', calendar: 'BE', digits: 'arabic' },
} satisfies Record<string, ExportProfile>;

interface Read {
  xml: Record<string, string>;
  /** The body's text, a line per paragraph. */
  text: string;
  body: string;
}

let dir: string;
let demo: ProjectFile;
let empty: ProjectFile;
const docs = new Map<string, Read>();
const stages: ExportStage[] = [];

async function read(project: ProjectFile, profile: ExportProfile, sink?: ExportProgressSink): Promise<Read> {
  const built = await builder.build(project, profile, TODAY, sink ?? { step: async () => undefined }, null);
  const xml = docxXml(await packDocument(built, builder.title(profile)));
  const body = xml['word/document.xml'] ?? '';
  return { xml, body, text: plain(body) };
}

function doc(name: string): Read {
  const found = docs.get(name);
  if (!found) throw new Error(`${name} was not built`);
  return found;
}

/** Text of a part with the XML escapes read back ("<5" is written &lt;5). */
function plain(xml: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return xmlText(xml).replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => entities[name] ?? '');
}

/** The rows of the first table after `marker` (a caption), each as its cells' texts. */
function tableAfter(body: string, marker: string): string[][] {
  const at = body.indexOf(marker);
  expect(at, marker).toBeGreaterThan(-1);
  const start = body.indexOf('<w:tbl>', at);
  const table = body.slice(start, body.indexOf('</w:tbl>', start));
  return table
    .split(/<w:tr[ >]/)
    .slice(1)
    .map((row) =>
      row
        .split(/<w:tc>/)
        .slice(1)
        .map((cell) => plain(cell).trim()),
    );
}

/** Each needle found after the previous one. */
function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `${needle} after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

beforeAll(async () => {
  dir = makeTempDir('export-curriculum');
  demo = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(demo, { scale: 1 });
  empty = makeProject(dir, 'empty.bmma', { backupOnOpen: false, title: 'Empty assessment' });
  const recorder: ExportProgressSink = { step: async (stage) => void stages.push(stage) };
  docs.set('en', await read(demo, PROFILES.en, recorder));
  docs.set('th', await read(demo, PROFILES.th));
  docs.set('both', await read(demo, PROFILES.both));
  docs.set('empty', await read(empty, PROFILES.en));
}, 60_000);

afterAll(() => {
  demo?.close();
  empty?.close();
  removeTempDir(dir);
});

describe('the curriculum document from the demo', () => {
  it('lists every module in curriculum order, in the summary and then in full, with hours adding up', () => {
    const { body, text } = doc('en');
    const { modules, totalHours } = getCurriculum(demo);
    expect(modules.map((m) => m.code)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08']);
    const summary = tableAfter(body, 'Modules and hours');
    expect(summary.slice(1, -1).map((row) => row.slice(0, 3))).toEqual(
      modules.map((m) => [m.code, m.title.en, String(m.hours)]),
    );
    expect(totalHours).toBe(modules.reduce((sum, m) => sum + m.hours, 0));
    expect(summary.at(-1)?.slice(1, 3)).toEqual(['Total hours', String(totalHours)]);
    // One section per module, in order, after the summary; each with its particulars.
    const sections = text.slice(text.indexOf('The modules'));
    expectInOrder(
      sections,
      modules.map((m) => `${m.code} ${m.title.en}`),
    );
    for (const words of ['Audience', 'Methods', 'Materials', 'Assessment method', 'Trainer profile', 'Lead agency']) {
      expect(sections.split(words).length - 1, words).toBeGreaterThanOrEqual(modules.length);
    }
    // Methods and the lead agency in words, not codes.
    expect(sections).toContain('Lecture, Group work');
    expect(sections).toContain('Office of the Attorney General');
  });

  it('prints each learning outcome, numbered, with its Bloom level in words', () => {
    const { body } = doc('en');
    for (const module of getCurriculum(demo).modules) {
      const rows = tableAfter(body.slice(body.indexOf(`${module.code} ${module.title.en}`)), 'Learning outcomes');
      expect(rows.slice(1)).toEqual(
        module.outcomes.map((o, i) => [
          String(i + 1),
          o.code,
          o.text.en,
          o.bloomLevel.replace(/^./, (c) => c.toUpperCase()),
        ]),
      );
    }
  });

  it('has the traceability table with getTraceability rows: module, hours, findings, areas', () => {
    const rows = tableAfter(doc('en').body, 'Traceability: module');
    expect(rows[0]).toEqual(['Module', 'Hours', 'Findings answered', 'Framework areas']);
    const trace = getTraceability(demo).rows;
    expect(rows.slice(1)).toHaveLength(trace.length);
    trace.forEach((row, i) => {
      const [module, hours, findings, areas] = rows[i + 1] ?? [];
      expect(module).toBe(`${row.module.code} ${row.module.title.en}`);
      expect(hours).toBe(String(row.module.hours));
      expectInOrder(
        findings ?? '',
        row.findings.map((f) => `${f.code} ${f.statement.en}`),
      );
      expect(row.areas.length).toBeGreaterThan(0);
      expectInOrder(
        areas ?? '',
        row.areas.map((a) => `${a.code}. ${a.name.en}`),
      );
    });
  });

  it('lists the two findings no module covers as gaps', () => {
    const { body, text } = doc('en');
    expect(text).toContain('The modules cover 7 of the 9 training-addressable findings.');
    const gaps = tableAfter(body, 'Gaps: findings no module covers');
    expect(gaps.slice(1).map((row) => row[0])).toEqual(['F-C5-01', 'F-D4-01']);
    expect(text).not.toContain('Every training-addressable finding is covered');
  });

  it('shows the TWG by agency and role, posts but no names, "<5" for small counts and the totals', () => {
    const { body } = doc('en');
    const rows = tableAfter(body, 'TWG members by agency');
    expect(rows[0]).toEqual(['Agency', 'Role', 'Posts', 'Female', 'Male', 'Total']);
    const chair = rows[1] ?? [];
    expect(chair[0]).toContain('Immigration Bureau');
    expect(chair[1]).toBe('Chair');
    expect(chair[2]).toContain('Deputy Commissioner, Immigration Bureau');
    // One man in the chair: below 5, so "<5"; zero women stays 0.
    expect(chair.slice(3)).toEqual(['0', '<5', '<5']);
    expect(rows.at(-1)).toEqual(['Total', '–', '–', '6', '6', '12']);
    const small = rows.flat().filter((c) => c === '<5').length;
    expect(small).toBeGreaterThan(10);
    expect(builder.preview(demo, PROFILES.en, null)).toEqual({
      omissions: [{ reason: 'small_cell', count: small }],
      emptySections: [],
      included: 8,
    });
    // The threshold is the profile's: at 20 the totals (6 women, 6 men, 12) are small too.
    expect(builder.preview(demo, { ...PROFILES.en, minCellSize: 20 }, null).omissions).toEqual([
      { reason: 'small_cell', count: small + 3 },
    ]);
  });

  it('in Thai: Thai labels, Thai digits for counts and dates, Arabic digits in codes, the marking in headers', () => {
    const { text, xml } = doc('th');
    const { totalHours, header } = getCurriculum(demo);
    expect(text).toContain('หลักสูตรการฝึกอบรม');
    expect(text).toContain(header?.title.th ?? 'missing');
    expect(text).toContain(`ฉบับที่ ${toThaiDigits('1.0')}`);
    for (const words of ['บทนำ', 'สมาชิกคณะทำงานด้านเทคนิค', 'ผลลัพธ์การเรียนรู้', 'ข้อค้นพบที่หน่วยนี้ตอบ', 'ความครอบคลุม']) {
      expect(text).toContain(words);
    }
    expect(text).toContain(`รวมจำนวนชั่วโมง\n${toThaiDigits(String(totalHours))}`);
    expect(text).toContain(`${toThaiDigits('12')} กุมภาพันธ์ ${toThaiDigits('2563')}`);
    expect(text).toContain(`<${toThaiDigits('5')}`);
    expect(text).toContain('M01 ความร่วมมือระหว่างหน่วยงาน');
    expect(text).toContain('F-D4-01');
    expect(text).toContain('ประยุกต์ใช้');
    expect(text).toContain('การบรรยาย');
    expect(text).not.toContain('Learning outcomes');
    expect(text).toContain(`ตารางที่ ${toThaiDigits('1')} สมาชิกคณะทำงานด้านเทคนิคตามหน่วยงาน`);
    const furniture = Object.entries(xml).filter(([name]) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(furniture.length).toBeGreaterThanOrEqual(2);
    expect(furniture.some(([, part]) => xmlText(part).includes('ลับมาก'))).toBe(true);
  });

  it('in English: English labels, Arabic digits and the C.E. date, no Thai', () => {
    const { text, xml } = doc('en');
    expect(text).toContain('Training curriculum');
    expect(text).toContain('15 March 2026');
    expect(text).toContain('Version 1.0');
    expect(text).not.toMatch(/[\u0E00-\u0E7F]/);
    const headers = Object.entries(xml).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.some(([, part]) => xmlText(part).includes('CONFIDENTIAL'))).toBe(true);
  });

  it('in both languages: Thai then English in the same cells, a B.E. date', () => {
    const { text } = doc('both');
    expect(text).toContain('ผลลัพธ์การเรียนรู้');
    expect(text).toContain('Learning outcomes');
    expect(text).toContain('ความร่วมมือระหว่างหน่วยงาน\nInter-agency cooperation');
    expect(text).toContain('15 มีนาคม 2569');
  });

  it('reports loading, sections and tables to the progress sink, in that order', () => {
    expect([...new Set(stages)]).toEqual(['loading', 'sections', 'tables']);
  });
});

describe('the curriculum document of a project with no curriculum', () => {
  it('still builds, with a visible placeholder in every empty part, and the preview says so', () => {
    const { text, body } = doc('empty');
    for (const words of [
      'The curriculum has no title yet',
      'No Technical Working Group member recorded yet',
      'The curriculum has no modules yet',
      'No module cites a finding yet',
      'No finding is flagged as addressable by training yet',
    ]) {
      expect(text).toContain(words);
    }
    expect(body).toContain('w:color w:val="666666"');
    expect(builder.preview(empty, PROFILES.en, null)).toEqual({
      omissions: [],
      emptySections: ['modules', 'traceability'],
      included: 0,
    });
  });
});

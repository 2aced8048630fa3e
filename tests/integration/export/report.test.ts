/**
 * The BMMA report as a Word file (issue 4, DOMAIN.md 1.8): built from the scale-1 demo (plus a
 * few planted canaries), packed, unzipped and read back: the chapters in order, the contents
 * field, two captioned charts, the landscape Joint Action Plan with its repeated header row,
 * the marking in every header and footer, B.E. dates and Thai digits or C.E. and Arabic, the
 * methodology counts equal to what the services hold ("<5" for small cells), nothing that
 * names or quotes an interviewee, placeholders for a project with nothing yet, and the two
 * languages side by side. One Thai report goes through LibreOffice; its first pages are saved
 * under test-results/export-pages for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportStage } from '../../../src/shared/export';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
import { toThaiDigits } from '../../../src/shared/dates';
import { INTERVIEW_CATEGORIES, type InterviewSummary } from '../../../src/shared/evidence';
import type { RichDoc } from '../../../src/shared/narrative';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { buildReport } from '../../../src/main/export/report';
import { packDocument } from '../../../src/main/export/write';
import { silentProgress } from '../../../src/main/export/progress';
import { listActions } from '../../../src/main/services/actions';
import { fillDemo } from '../../../src/main/services/demo';
import { createDocument } from '../../../src/main/services/documents';
import { previewFor } from '../../../src/main/services/export-preview';
import { listFindings, updateFinding } from '../../../src/main/services/findings';
import { createInterview, listInterviews } from '../../../src/main/services/interviews';
import { saveNarrative } from '../../../src/main/services/narrative';
import { convertToPdf, docxParts, docxXml, pdfPageCount, pdfPagePngs, pdfText, xmlText } from '../../helpers/docx';
import { interviewInput } from '../../helpers/interviews';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { documentInput } from '../evidence/fixtures';

let dir: string;
let project: ProjectFile;
let empty: ProjectFile;

const CANARY_NOTES = 'CANARY-NOTE-4471 the deputy superintendent Somchai explained the shift roster';
const CANARY_PLACE = 'Ban Canaryvillage (northern land border)';
const CANARY_DOC = 'CANARY-SECRET-DOC-8812';

const thai: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'th',
  calendar: 'BE',
  digits: 'thai',
  marking: 'secret',
  draft: { enabled: true, version: '0.3', date: '2020-02-12' },
};
const english: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'en',
  calendar: 'CE',
  digits: 'arabic',
  draft: { enabled: true, version: '0.3', date: '2020-02-12' },
};
const both: ExportProfile = { ...english, language: 'both' };

function rich(text: string): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
const SUMMARY = { th: 'บทสรุปของคณะผู้ประเมินสำหรับการทดสอบ', en: 'The assessors summary written for the test.' };

interface Built {
  file: string;
  xml: Record<string, string>;
  body: string;
  text: string;
}
const built: Record<'th' | 'en' | 'both' | 'empty', Built> = {} as Record<'th' | 'en' | 'both' | 'empty', Built>;
const stages: ExportStage[] = [];

async function build(name: keyof typeof built, from: ProjectFile, profile: ExportProfile): Promise<void> {
  const sink = name === 'th' ? { step: async (stage: ExportStage) => void stages.push(stage) } : silentProgress;
  const doc = await buildReport(from, profile, '2026-11-29', sink);
  const file = path.join(dir, `report-${name}.docx`);
  fs.writeFileSync(file, await packDocument(doc, 'report'));
  const xml = docxXml(file);
  const body = xml['word/document.xml'] ?? '';
  built[name] = { file, xml, body, text: xmlText(body) };
}

beforeAll(async () => {
  dir = makeTempDir('export-report');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  // Canaries: notes and a village that must never be printed, cited by a finding; a secret document.
  const canary = createInterview(
    project,
    interviewInput('official', {
      notes: CANARY_NOTES,
      location: CANARY_PLACE,
      sensitivity: 'internal',
      consent: { ...interviewInput('official').consent, permittedUse: 'quote' },
    }),
  );
  const finding = listFindings(project).find((f) => f.code === 'F-C4-01');
  if (!finding) throw new Error('the demo has no F-C4-01');
  updateFinding(project, {
    id: finding.id,
    evidence: [...finding.evidence.map((e) => ({ kind: e.kind, id: e.id })), { kind: 'interview', id: canary.id }],
  });
  createDocument(project, documentInput({ title: { en: CANARY_DOC, th: CANARY_DOC }, sensitivity: 'secret' }));
  for (const language of ['th', 'en'] as const) {
    saveNarrative(project, {
      section: 'executive_summary',
      language,
      content: rich(SUMMARY[language]),
      expectedUpdatedAt: null,
    });
  }
  saveNarrative(project, {
    section: 'area_A',
    language: 'en',
    content: rich('Administration today.'),
    expectedUpdatedAt: null,
  });

  empty = makeProject(dir, 'empty.bmma', { backupOnOpen: false });
  await build('th', project, thai);
  await build('en', project, english);
  await build('both', project, both);
  await build('empty', empty, english);
}, 60_000);

afterAll(() => {
  project.close();
  empty.close();
  removeTempDir(dir);
});

/** The text of each paragraph of a style, in document order. */
function styled(body: string, style: string): string[] {
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => xmlText(p).trim());
}

/** A table's rows, each its cells' text (entities decoded, a cell's paragraphs joined by spaces). */
function rowsOf(table: string): string[][] {
  const decode = (t: string): string =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => decode(xmlText(cell[0]).trim().replace(/\n+/g, ' '))),
  );
}

/** Rows of the first table after `caption`. */
function tableAfter(body: string, caption: string): string[][] {
  const at = body.indexOf(caption);
  expect(at, caption).toBeGreaterThan(-1);
  return rowsOf(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body.slice(at))?.[0] ?? '');
}

/** Every row of every (not nested) table of the body. */
function allRows(body: string): string[][] {
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].flatMap((t) => rowsOf(t[0]));
}

/** Interviews the report may count under the default redaction level (internal). */
function keptInterviews(): InterviewSummary[] {
  return listInterviews(project, { limit: 10_000 }).items.filter(
    (i) => !i.consentWithdrawn && i.permittedUse !== 'none' && ['public', 'internal'].includes(i.sensitivity),
  );
}

describe('the BMMA report document', () => {
  it('has the chapters of DOMAIN.md 1.8 in order, areas A–E, a contents field and progress steps', () => {
    const { body } = built.en;
    expect(styled(body, 'Heading1')).toEqual([
      'Acronyms',
      '1. Executive summary',
      '2. Introduction and background',
      '3. Methodology',
      '4. Findings by area',
      '5. Cross-cutting issues',
      '6. Consolidated recommendations',
      '7. Joint Action Plan',
      'Annexes',
    ]);
    const areas = styled(body, 'Heading2').filter((h) => /^[A-E]\. /.test(h));
    expect(areas.slice(0, 5).map((h) => h.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.']);
    expect(areas[0]).toBe('A. Administration');
    expect(/TOC [^<]*\\o (&quot;|")1-3/.test(body)).toBe(true);
    expect(built.en.xml['word/settings.xml']).toContain('w:updateFields');
    // The cover comes before the acronyms, with the title, the C.E. date and the version.
    const cover = xmlText(body.slice(0, body.indexOf('Acronyms')));
    expect(cover).toContain('Border and Migration Management Assessment');
    expect(cover).toContain('12 February 2020');
    expect(cover).toContain('Version 0.3');
    expect([...new Set(stages)]).toEqual(['loading', 'charts', 'sections', 'tables']);
  });

  it('draws two charts as images with captions numbered by SEQ fields', () => {
    const media = Object.keys(docxParts(built.en.file)).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const captions = styled(built.en.body, 'Caption').filter((c) => c.startsWith('Figure'));
    expect(captions).toEqual([
      expect.stringContaining('Mean score by area'),
      expect.stringContaining('action status by area'),
    ]);
    expect(built.en.body.match(/SEQ Figure/g)).toHaveLength(2);
  });

  it('puts the Joint Action Plan in a landscape section with a repeated header row and every action', () => {
    const { body } = built.en;
    const plan = body.indexOf('7. Joint Action Plan');
    const landscape = body.indexOf('w:orient="landscape"');
    expect(plan).toBeGreaterThan(-1);
    expect(landscape).toBeGreaterThan(plan);
    expect(landscape).toBeLessThan(body.lastIndexOf('Annexes'));
    const section = body.slice(plan, landscape);
    expect(section).toContain('<w:tblHeader/>');
    for (const action of listActions(project, { limit: 1000 }).items) expect(section).toContain(action.code);
  });

  it('prints the marking in every header and footer, the B.E. date and Thai digits when asked', () => {
    const { xml, body, text } = built.th;
    const furniture = Object.keys(xml).filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(furniture.length).toBeGreaterThanOrEqual(2);
    for (const name of furniture) expect(xmlText(xml[name] ?? '')).toContain('ลับมาก');
    const cover = xmlText(body.slice(0, body.indexOf('คำย่อ')));
    expect(cover).toContain('๑๒ กุมภาพันธ์ ๒๕๖๓');
    expect(cover).toContain('ฉบับที่ ๐.๓');
    expect(cover).not.toMatch(/2563|2020/);
    const total = keptInterviews().length;
    expect(text).toContain(`การสัมภาษณ์ ${toThaiDigits(String(total))} ครั้ง`);
    expect(built.en.text).toContain(`${total} interviews`);
    // Chapter numbers follow the digits; codes keep their Arabic digits.
    expect(styled(body, 'Heading1')).toContain('๓. ระเบียบวิธีการประเมิน');
    expect(text).toContain('F-C4-01');
  });

  it('counts interviews by category exactly as the services hold them, small cells as "<5"', () => {
    const kept = keptInterviews();
    const labels = {
      official: 'Officials',
      migrant: 'Migrants',
      stakeholder: 'Other stakeholders',
      focus_group: 'Focus groups',
    };
    const expected = INTERVIEW_CATEGORIES.map((c) => [labels[c], kept.filter((i) => i.category === c).length] as const)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => [name, n < 5 ? '<5' : String(n)]);
    const rows = tableAfter(built.en.body, 'Interviews by category</w:t>');
    expect(rows).toEqual([['Category', 'Count'], ...expected, ['Total', String(kept.length)]]);
    expect(expected.some(([, n]) => n === '<5')).toBe(true);
    const cross = tableAfter(built.en.body, 'Interviews by category and agency type');
    expect(cross.at(-1)?.at(-1)).toBe(String(kept.length));
    expect(cross.flat()).toContain('<5');
  });

  it('cites evidence generically and never prints names, notes, places of interviews or secret documents', () => {
    // The area's findings table: code and type, statement, severity, evidence.
    // (The executive summary's table has the same code: there the severity is the last column.)
    const findingRow = allRows(built.en.body).find((r) => r[0]?.startsWith('F-C4-01') && r[2] === 'High');
    expect(findingRow?.[3]).toMatch(/interviews with officials \(police\), northern region \(\d+\)/);
    for (const b of Object.values(built)) {
      const all = Object.values(b.xml).join('\n');
      for (const secret of ['CANARY', 'Canaryvillage', 'Somchai', 'superintendent']) expect(all).not.toContain(secret);
      // Interviewees are cited by category, agency type and region: never by their code.
      expect(all).not.toMatch(/KII-(OFF|MIG|STK)-\d|FGD-\d/);
    }
    expect(built.en.text).toContain('Immigration Act B.E. 2522');
  });

  it('shows a visible placeholder for every section a project without data or text has', () => {
    const { text, body } = built.empty;
    expect(styled(body, 'Heading1')).toContain('4. Findings by area');
    for (const words of [
      '[Not written yet: the executive summary is written in the Report text tab]',
      '[Not written yet: the background is written in the Report text tab]',
      '[Not written yet: the limitations are written in the Report text tab]',
      '[Not written yet: the current situation of area C is written in the Report text tab]',
      '[Not written yet: the cross-cutting issues are written in the Report text tab]',
      '[No high-severity findings recorded yet]',
      '[No recommendations recorded yet]',
      '[The Joint Action Plan has no actions yet]',
      '[No interviews recorded yet]',
    ]) {
      expect(text).toContain(words);
    }
    expect(text.split('[No findings recorded in this area yet]')).toHaveLength(6);
    expect(body).toContain('<w:i/>');
    expect(Object.keys(docxParts(built.empty.file)).filter((n) => n.startsWith('word/media/'))).toHaveLength(0);
  });

  it('lists the empty sections in the export preview, narrative and data alike', () => {
    const demo = previewFor(project, 'report', english).emptySections;
    expect(demo).toEqual(expect.arrayContaining(['background', 'methodology_limitations', 'area_B', 'cross_cutting']));
    expect(demo).not.toContain('executive_summary');
    expect(demo).not.toContain('area_A');
    expect(demo.filter((s) => s.startsWith('findings_'))).toEqual([]);
    const none = previewFor(empty, 'report', english).emptySections;
    expect(none).toEqual(
      expect.arrayContaining([
        'executive_summary',
        'area_A',
        'findings_A',
        'area_E',
        'findings_E',
        'recommendations',
        'action_plan',
      ]),
    );
  });

  it('sets the two languages side by side, Thai left, in a borderless two-column table', () => {
    const { body } = built.both;
    const at = body.indexOf(SUMMARY.th);
    const table = body.slice(body.lastIndexOf('<w:tbl>', at), body.indexOf('</w:tbl>', at));
    expect(table).toContain(SUMMARY.en);
    expect(table.indexOf(SUMMARY.th)).toBeLessThan(table.indexOf(SUMMARY.en));
    expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
    // Labels carry both languages.
    expect(styled(body, 'Heading1')).toContain('3. ระเบียบวิธีการประเมิน / Methodology');
  });

  it('opens in LibreOffice with Thai text, a plausible page count, and pages saved to look at', () => {
    const out = path.resolve('test-results/export-pages');
    const [pdf] = convertToPdf([built.th.file], dir);
    if (!pdf) throw new Error('no PDF');
    const text = pdfText(pdf);
    expect(text).toContain('บทสรุปผู้บริหาร');
    expect(text).toContain('ระเบียบวิธีการประเมิน');
    expect(text).toContain('แผนปฏิบัติการร่วม');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(400);
    expect(pdfPagePngs(pdf, out, 'report-builder-th', 1, 6, 50)).toHaveLength(6);
  }, 120_000);
});

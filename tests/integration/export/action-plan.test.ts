/**
 * The Joint Action Plan as a Word file (issue 4): written from the scale-1 demo, unzipped and
 * read back: landscape table with a repeated header row, every JAP code, marking in every
 * header and footer, the DRAFT watermark, Thai digits and B.E. years or English and C.E.,
 * scrubbed properties, the SHA-256 in the audit trail, and no file when writing fails.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { Document } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentStyles, tableOfContents } from '../../../src/main/export/kit';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { listActions } from '../../../src/main/services/actions';
import { buildActionPlan, loadActionPlan } from '../../../src/main/export/action-plan';
import { packDocument, writeExport } from '../../../src/main/export/write';
import { fillDemo } from '../../../src/main/services/demo';
import { runExport } from '../../../src/main/services/export';
import { THAI_MONTHS, THAI_MONTHS_SHORT, toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
import { convertToPdf, docxXml, pdfPageCount, pdfText } from '../../helpers/docx';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let dir: string;
let project: ProjectFile;

beforeAll(() => {
  dir = makeTempDir('export-plan');
  project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
});

afterAll(() => {
  project.close();
  removeTempDir(dir);
});

function parts(file: string): Record<string, string> {
  const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** The words of a part, with the XML tags taken out (text split across runs joined). */
function textOf(xml: string): string {
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

async function exportPlan(
  name: string,
  profile: Partial<ExportProfile>,
): Promise<{ file: string; xml: Record<string, string>; sha256: string | null }> {
  const file = path.join(dir, name);
  const result = await runExport(
    project,
    { document: 'action_plan', profile: { ...DEFAULT_EXPORT_PROFILE, ...profile } },
    async () => file,
  );
  expect(result.path).toBe(file);
  return { file, xml: parts(file), sha256: result.sha256 };
}

function headersAndFooters(xml: Record<string, string>): string[] {
  return Object.keys(xml).filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name));
}

const thaiBE = {
  language: 'th',
  calendar: 'BE',
  digits: 'thai',
  marking: 'secret',
  draft: { enabled: true, version: '0.3', date: '2020-02-12' },
} satisfies Partial<ExportProfile>;

describe('the Joint Action Plan document', () => {
  it('is a landscape table, header row repeated, with every action of the plan grouped by area', async () => {
    const { xml } = await exportPlan('plan-en.docx', { language: 'en', calendar: 'CE', digits: 'arabic' });
    const body = xml['word/document.xml'] ?? '';
    expect(body).toMatch(/w:orient="landscape"/);
    // The first row of the plan table repeats on every page.
    const planTable = body.slice(body.lastIndexOf('<w:tbl>'));
    const firstRow = planTable.slice(0, planTable.indexOf('</w:tr>'));
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(textOf(firstRow)).toContain('Means of verification');
    const text = textOf(body);
    const { items, total } = listActions(project, { limit: 10_000 });
    expect(total).toBeGreaterThan(10);
    for (const action of items) expect(text).toContain(action.code);
    // Status and priority as words, and a group row for each area in the plan.
    expect(text).toMatch(/In progress|Not started|Completed/);
    expect(text).toMatch(/High|Medium|Low/);
    for (const area of new Set(items.map((a) => a.areaCode))) expect(text).toMatch(new RegExp(`\\n${area} — `));
    // The summary page counts every action.
    expect(text).toContain('Actions by status');
    expect(text).toContain(`\nTotal\n${total}`);
  });

  it('in Thai with Thai digits and the B.E. year, marked ลับมาก and watermarked on every page', async () => {
    const { xml } = await exportPlan('plan-th.docx', thaiBE);
    const text = textOf(xml['word/document.xml'] ?? '');
    expect(text).toContain('แผนปฏิบัติการร่วม');
    expect(text).toContain('กำลังดำเนินการ');
    const { items, total } = listActions(project, { limit: 10_000 });
    // The whole plan table is there, and codes stay as written: a reader searches for "JAP-A2-01".
    const planTable = textOf(
      (xml['word/document.xml'] ?? '').slice((xml['word/document.xml'] ?? '').lastIndexOf('<w:tbl>')),
    );
    for (const action of items) {
      expect(planTable).toContain(action.code);
      expect(planTable).toContain(`\n${action.subAreaCode}\n`);
    }
    expect(text).not.toMatch(/JAP-[A-E][๐-๙]/);
    // Counts and dates in Thai digits, years in B.E.
    const dated = items.find((a) => a.startDate !== null);
    expect(dated).toBeDefined();
    const beYear = toThaiDigits(String(Number(dated?.startDate?.slice(0, 4)) + 543));
    expect(text).toContain(beYear);
    expect(text).toContain(`\nรวม\n${toThaiDigits(String(total))}`);
    const furniture = headersAndFooters(xml);
    expect(furniture.length).toBeGreaterThanOrEqual(2);
    for (const name of furniture) expect(textOf(xml[name] ?? '')).toContain('ลับมาก');
    const headers = furniture.filter((n) => n.includes('header'));
    for (const name of headers) {
      expect(textOf(xml[name] ?? '')).toContain('ร่าง ๐.๓ ๑๒ กุมภาพันธ์ ๒๕๖๓');
      // Behind the text, without the outline and white fill VML gives a box by default, and not
      // "fit to text", with which LibreOffice lays out no body text on the page.
      expect(xml[name]).toMatch(/<v:shape [^>]*stroked="f" filled="f"[^>]*z-index:-/);
      expect(xml[name]).not.toContain('mso-fit-shape-to-text');
    }
    const footers = furniture.filter((n) => n.includes('footer'));
    for (const name of footers) {
      // Plain fields: LibreOffice shows the ThaiArabic switch as Thai letters.
      expect(xml[name]).toMatch(/"PAGE \\\* MERGEFORMAT"/);
      expect(xml[name]).toMatch(/"NUMPAGES \\\* MERGEFORMAT"/);
      expect(xml[name]).not.toContain('ThaiArabic');
      expect(textOf(xml[name] ?? '')).toContain('หน้า');
    }
  });

  it('in English with C.E. dates, no marking and no watermark when the profile says so', async () => {
    const { xml } = await exportPlan('plan-plain.docx', {
      language: 'en',
      calendar: 'CE',
      digits: 'arabic',
      draft: { enabled: false, version: '', date: null },
    });
    for (const name of headersAndFooters(xml)) {
      expect(textOf(xml[name] ?? '')).not.toMatch(/DRAFT|SECRET|ลับ/);
      expect(xml[name]).not.toContain('v:shape');
    }
    const { items } = listActions(project, { limit: 10_000 });
    const dated = items.find((a) => a.startDate !== null);
    expect(textOf(xml['word/document.xml'] ?? '')).toMatch(new RegExp(` ${dated?.startDate?.slice(0, 4)}`));
  });

  it('writes Thai and English in the same cell, Thai first, for a bilingual profile, with a custom label', async () => {
    const { xml } = await exportPlan('plan-both.docx', {
      language: 'both',
      marking: 'custom',
      markingLabel: 'IOM – internal',
    });
    const text = textOf(xml['word/document.xml'] ?? '');
    expect(text).toMatch(/กำลังดำเนินการ\nIn progress/);
    for (const name of headersAndFooters(xml)) expect(textOf(xml[name] ?? '')).toContain('IOM – internal');
  });

  it('shows action status by area as a chart after the count tables, with a numbered caption', async () => {
    const { file, xml } = await exportPlan('plan-chart.docx', { language: 'both', digits: 'arabic' });
    const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const media = Object.keys(entries).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media).toHaveLength(1);
    const png = entries[media[0] ?? ''] ?? new Uint8Array();
    expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(10_000);
    const body = xml['word/document.xml'] ?? '';
    // On the summary (portrait) page, after the third count table, before the landscape plan.
    const drawing = body.indexOf('<w:drawing>');
    expect(drawing).toBeGreaterThan(body.indexOf('Actions by timeframe'));
    expect(drawing).toBeLessThan(body.indexOf('w:orient="landscape"'));
    const caption = body.slice(drawing).match(/<w:p>(?:(?!<\/w:p>)[\s\S])*w:val="Caption"[\s\S]*?<\/w:p>/)?.[0] ?? '';
    expect(caption).toContain('w:instr="SEQ Figure \\* ARABIC"');
    expect(textOf(caption)).toMatch(
      /^\s*ภาพที่ \/ Figure 1: จำนวนกิจกรรมตามสถานะ แยกตามด้าน \/ Actions by status and area$/,
    );
    // The picture fits the portrait text width (A4 less the margins, 8787 twips = 585.8 px).
    const width = Number(/<wp:extent cx="(\d+)"/.exec(body)?.[1]);
    expect(width).toBeLessThanOrEqual(Math.round((8787 / 15) * 9525));
    expect(width).toBeGreaterThan(400 * 9525);
  });

  it('uses named styles in TH Sarabun New 16 pt and says nothing about who made it', async () => {
    const { xml } = await exportPlan('plan-props.docx', thaiBE);
    const styles = xml['word/styles.xml'] ?? '';
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Caption'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/w:cs="TH Sarabun New"/);
    expect(styles).toMatch(/<w:szCs w:val="32"\/>/);
    const core = xml['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>แผนปฏิบัติการร่วม</dc:title>');
    expect(core).not.toMatch(/creator|lastModifiedBy|revision/);
  });

  it('gives later documents a table of contents over Heading 1–3 that Word fills on opening', async () => {
    const document = new Document({
      styles: documentStyles(),
      features: { updateFields: true },
      sections: [
        {
          children: [
            ...tableOfContents({ th: 'สารบัญ', en: 'Contents' }, { ...DEFAULT_EXPORT_PROFILE, language: 'en' }),
          ],
        },
      ],
    });
    const file = path.join(dir, 'toc.docx');
    fs.writeFileSync(file, await packDocument(document, 'Contents'));
    const xml = parts(file);
    expect(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;</.test(xml['word/document.xml'] ?? '')).toBe(true);
    expect(textOf(xml['word/document.xml'] ?? '')).toContain('Contents');
    expect(xml['word/settings.xml']).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it('records the file’s SHA-256 and name, never its folder, in the audit trail', async () => {
    const { file, sha256 } = await exportPlan('plan-audit.docx', thaiBE);
    const actual = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    expect(sha256).toBe(actual);
    const row = project.read(
      (db) =>
        db
          .prepare("SELECT details FROM audit_events WHERE action = 'export.written' ORDER BY seq DESC LIMIT 1")
          .get() as { details: string },
    );
    const details = JSON.parse(row.details) as Record<string, unknown>;
    expect(details).toMatchObject({ document: 'action_plan', sha256: actual, file: 'plan-audit.docx', language: 'th' });
    expect(row.details).not.toContain(dir);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const before = fs.readdirSync(dir).sort();
    let suggested = '';
    const result = await runExport(
      project,
      { document: 'action_plan', profile: DEFAULT_EXPORT_PROFILE },
      async (name) => {
        suggested = name;
        return null;
      },
    );
    expect(result).toEqual({ path: null, sha256: null, bytes: 0 });
    expect(suggested).toMatch(/^BMMA-Joint-Action-Plan-TH-25\d\d\.docx$/);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it('maps a read-only folder to READ_ONLY, a full disk to DISK_FULL and an open file to FILE_IN_USE, leaving no partial file', async () => {
    // Injected between the data and the rename: chmod does not stop root, who runs CI here.
    const folder = path.join(dir, 'faults');
    fs.mkdirSync(folder);
    const bytes = await packDocument(
      await buildActionPlan(loadActionPlan(project), DEFAULT_EXPORT_PROFILE, '2020-02-12'),
      'x',
    );
    for (const [errno, code] of [
      ['EACCES', 'READ_ONLY'],
      ['EROFS', 'READ_ONLY'],
      ['ENOSPC', 'DISK_FULL'],
    ] as const) {
      const fail = (): never => {
        throw Object.assign(new Error(errno), { code: errno });
      };
      expect(() =>
        writeExport(project, path.join(folder, 'plan.docx'), bytes, {
          document: 'action_plan',
          profile: DEFAULT_EXPORT_PROFILE,
          hooks: { beforeRename: fail },
        }),
      ).toThrow(expect.objectContaining({ code }));
      expect(fs.readdirSync(folder)).toEqual([]);
    }
    // Replacing a document that Word holds open (EPERM on Windows, EBUSY elsewhere): FILE_IN_USE,
    // and the open document is left as it was.
    const open = path.join(folder, 'open.docx');
    fs.writeFileSync(open, 'the version Word has open');
    for (const errno of ['EPERM', 'EBUSY']) {
      const fail = (): never => {
        throw Object.assign(new Error(errno), { code: errno });
      };
      expect(() =>
        writeExport(project, open, bytes, {
          document: 'action_plan',
          profile: DEFAULT_EXPORT_PROFILE,
          hooks: { beforeRename: fail },
        }),
      ).toThrow(expect.objectContaining({ code: 'FILE_IN_USE' }));
      expect(fs.readdirSync(folder)).toEqual(['open.docx']);
      expect(fs.readFileSync(open, 'utf8')).toBe('the version Word has open');
    }
  });

  it('writes the BMMA report through the same export path (its content: report.test.ts)', async () => {
    const file = path.join(dir, 'r.docx');
    const result = await runExport(project, { document: 'report', profile: DEFAULT_EXPORT_PROFILE }, async () => file);
    expect(result.path).toBe(file);
    expect(result.sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  });
});

/** The `<w:tr>` holding `needle`. */
function rowWith(xml: string, needle: string): string {
  const at = xml.indexOf(needle);
  return at < 0 ? '' : xml.slice(xml.lastIndexOf('<w:tr>', at), xml.indexOf('</w:tr>', at));
}

describe('the plan table in print', () => {
  it('writes its rows as escaped XML, each kept on one page unless a cell could fill a page', async () => {
    const data = loadActionPlan(project);
    const first = data.actions[0];
    expect(first).toBeDefined();
    if (!first) return;
    data.actions.push({
      ...first,
      id: 'long',
      code: 'JAP-Z9-99',
      action: { en: `Check <papers> & "visas" at the officer's desk\u0001`, th: '' },
      risks: { en: 'Staff turnover. '.repeat(30), th: '' },
    });
    const profile: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'en', calendar: 'CE', digits: 'arabic' };
    const body =
      docxXml(await packDocument(await buildActionPlan(data, profile, '2020-02-12'), 'x'))['word/document.xml'] ?? '';
    expect(body).toContain('Check &lt;papers&gt; &amp; &quot;visas&quot; at the officer&apos;s desk</w:t>');
    expect(body).not.toContain('\u0001');
    expect(body).not.toContain('BMMA-RAW-ROWS-');
    expect(rowWith(body, `>${first.code}<`)).toContain('<w:cantSplit/>');
    // 480 characters in a 2 cm column are taller than a page: that row may break across pages.
    expect(rowWith(body, '>JAP-Z9-99<')).not.toContain('<w:cantSplit/>');
  });

  it('dates actions with abbreviated months and fills the text width of narrower landscape margins', async () => {
    const { xml } = await exportPlan('plan-print-th.docx', thaiBE);
    const body = xml['word/document.xml'] ?? '';
    const table = body.slice(body.lastIndexOf('<w:tbl>'));
    const text = textOf(table);
    const dated = listActions(project, { limit: 10_000 }).items.find((a) => a.startDate !== null);
    const [y, m, d] = (dated?.startDate ?? '').split('-').map(Number);
    expect(text).toContain(toThaiDigits(`${d} ${THAI_MONTHS_SHORT[(m ?? 1) - 1]} ${(y ?? 0) + 543}`));
    expect(text).not.toContain(`${toThaiDigits(String(d))} ${THAI_MONTHS[(m ?? 1) - 1]}`);
    // The landscape section (the last): 2 cm left for binding, 1.5 cm right; the columns fill it.
    const section = body.slice(body.lastIndexOf('<w:sectPr'));
    expect(section).toMatch(/w:orient="landscape"/);
    expect(section).toMatch(/<w:pgMar [^>]*w:right="851"/);
    expect(section).toMatch(/<w:pgMar [^>]*w:left="1134"/);
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
    expect(grid).toHaveLength(13);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1134 - 851);
    // The summary's count tables: rows kept whole, each caption kept with its table.
    const summary = body.slice(0, body.indexOf('w:orient="landscape"'));
    expect(summary.split('<w:tr>').length - 1).toBe(summary.split('<w:cantSplit/>').length - 1);
    const captions = summary.match(/<w:p>(?:(?!<\/w:p>).)*?w:val="Caption"(?:(?!<\/w:p>).)*<\/w:p>(?=<w:tbl>)/g) ?? [];
    expect(captions).toHaveLength(3);
    for (const caption of captions) expect(caption).toContain('<w:keepNext/>');
  });

  it('prints several actions a page with words whole, in Thai and in English (LibreOffice)', async () => {
    const en = await exportPlan('plan-print-en.docx', { language: 'en', calendar: 'CE', digits: 'arabic' });
    const th = await exportPlan('plan-print-th2.docx', thaiBE);
    const [enPdf, thPdf] = convertToPdf([en.file, th.file], path.join(dir, 'pdf'));
    const { total } = listActions(project, { limit: 10_000 });
    // 30 actions took 33 pages (one or two a page); now the summary takes two, the table about two actions a page or more.
    for (const pdf of [enPdf, thPdf]) expect(pdfPageCount(pdf ?? '')).toBeLessThanOrEqual(2 + Math.ceil(total / 1.8));
    const lines = pdfText(enPdf ?? '').split('\n');
    // Header words, an amount and status words each on one line, never cut mid-word.
    for (const word of ['verification', 'Priority', 'agency', 'Indicator', 'Status', 'Completed', 'Delayed'])
      expect(
        lines.some((line) => new RegExp(`\\b${word}\\b`).test(line)),
        word,
      ).toBe(true);
    expect(lines.some((line) => /\b\d{1,3}(,\d{3})+ THB\b/.test(line))).toBe(true);
    for (const cut of ['Statu', 'verificat', 'Priorit', 'Complet']) expect(lines).not.toContain(cut);
  }, 120_000);
});

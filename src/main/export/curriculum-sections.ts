import { Paragraph, Table, TableRow, TextRun } from 'docx';
import type { CurriculumModule } from '../../shared/curriculum';
import type { ExportProfile } from '../../shared/export';
import { cell, LANDSCAPE_MARGINS } from './action-plan-table';
import { isSmall, twgCounts, hasTraceability, type CurriculumModel, type TraceRow } from './curriculum-data';
import {
  BLOOM_LABELS,
  CURRICULUM_COLUMNS as C,
  CURRICULUM_LABELS as L,
  METHOD_LABELS,
  ROLE_LABELS,
  SEX_LABELS,
} from './curriculum-labels';
import { A4, markingText } from './kit';
import { dateLines, digits, label, lines, number, type Bilingual } from './locale';
import { fill, fillBoth } from './report-labels';
import {
  centred,
  dataTable,
  heading,
  paragraph,
  placeholder,
  PORTRAIT_WIDTH,
  type Block,
} from './report-sections-parts';

/**
 * The parts of the Word curriculum, in order: title page, introduction with the TWG's
 * membership, the modules' summary table, one section per module, then (in a landscape
 * section) the traceability table module -> findings -> areas and the coverage with its gaps.
 * Codes (M01, F-A1-01, M01.1) keep Arabic digits; counts, hours and dates follow the profile.
 */

export interface CurriculumContext {
  model: CurriculumModel;
  profile: ExportProfile;
  /** The next table's number in captions. */
  tables: { next: number };
}

/** Text width of the landscape section (its own margins, as the Joint Action Plan's). */
export const TRACE_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** "M01 Title" per language; a language with no text falls back to the other one (lines()). */
function coded(code: string, name: Bilingual): Bilingual {
  const join = (text: string): string => (text.trim() === '' ? '' : `${code} ${text.trim()}`);
  return { th: join(name.th), en: join(name.en) };
}

function codedLines(profile: ExportProfile, code: string, name: Bilingual): string[] {
  const shown = lines(profile, coded(code, name));
  return shown.length > 0 ? shown : [code];
}

/** One paragraph per language the profile shows; `keepNext` holds it on the page of what follows. */
function prose(profile: ExportProfile, text: Bilingual, keepNext = false): Paragraph[] {
  return lines(profile, text).map((line) =>
    keepNext
      ? new Paragraph({ keepNext: true, spacing: { after: 120 }, children: [new TextRun(line)] })
      : paragraph(line),
  );
}

function chapter(ctx: CurriculumContext, n: number, title: Bilingual, pageBreak = true): Paragraph {
  return heading(1, `${digits(ctx.profile, String(n))}. ${label(ctx.profile, title)}`, { pageBreak });
}

/** A numbered caption above a table: "ตารางที่ ๑ ..." / "Table 1. ...". */
function caption(ctx: CurriculumContext, text: Bilingual): Paragraph {
  const n = digits(ctx.profile, String(ctx.tables.next++));
  const words = (language: 'th' | 'en'): string => `${fill(L.table[language], { n })} ${text[language]}`;
  return new Paragraph({
    style: 'Caption',
    keepNext: true,
    children: [new TextRun(label(ctx.profile, { th: words('th'), en: words('en') }))],
  });
}

/** Title page: the kind of document, the curriculum's title and version, the project, the date, the marking. */
export function titlePage(ctx: CurriculumContext): Paragraph[] {
  const { model, profile } = ctx;
  const out: Paragraph[] = [centred(label(profile, L.documentType), { size: 40, bold: true, before: 2000 })];
  const titles = model.header ? lines(profile, model.header.title) : [];
  if (titles.length === 0) {
    out.push(
      new Paragraph({
        style: 'Title',
        spacing: { before: 480, after: 240 },
        children: [new TextRun({ text: label(profile, L.noTitle), italics: true, color: '666666' })],
      }),
    );
  } else {
    titles.forEach((title, i) =>
      out.push(
        new Paragraph({
          style: 'Title',
          spacing: { before: i === 0 ? 480 : 0, after: 240 },
          children: [new TextRun(title)],
        }),
      ),
    );
  }
  const version = model.header?.version.trim() ?? '';
  if (version !== '') out.push(centred(`${label(profile, L.version)} ${digits(profile, version)}`, { size: 36 }));
  if (model.projectTitle.trim() !== '') out.push(centred(model.projectTitle.trim(), { size: 36, before: 1200 }));
  dateLines(profile, model.date).forEach((line, i) => out.push(centred(line, { before: i === 0 ? 480 : 0 })));
  const marking = markingText(profile);
  if (marking)
    out.push(centred(`${label(profile, L.classification)}: ${marking}`, { bold: true, before: 960, color: 'C00000' }));
  return out;
}

/** A count of people as printed: "<5" when small, else the number in the profile's digits. */
function countCell(ctx: CurriculumContext, n: number): string {
  const min = ctx.model.minCellSize;
  return isSmall(n, min) ? `<${number(ctx.profile, min)}` : number(ctx.profile, n);
}

function twgTable(ctx: CurriculumContext): Block[] {
  const { model, profile } = ctx;
  if (model.twg.length === 0) return [placeholder(profile, L.noTwg)];
  const sexes = model.twgHasOther ? (['female', 'male', 'other'] as const) : (['female', 'male'] as const);
  const counts = twgCounts(model);
  const rows: { cells: string[][]; bold?: boolean }[] = model.twg.map((group, i) => ({
    cells: [
      lines(profile, group.agencyName).length > 0 ? lines(profile, group.agencyName) : [group.agencyCode],
      lines(profile, ROLE_LABELS[group.role]),
      group.positions.flatMap((p) => lines(profile, p)),
      ...(counts[i] ?? []).map((n) => [countCell(ctx, n)]),
    ],
  }));
  const total = counts.at(-1) ?? [];
  rows.push({ cells: [lines(profile, C.total), [], [], ...total.map((n) => [countCell(ctx, n)])], bold: true });
  return [
    paragraph(label(profile, fillBoth(L.twgNote, { min: number(profile, model.minCellSize) }))),
    caption(ctx, L.twgTable),
    dataTable(profile, {
      weights: [20, 16, 28, ...sexes.map(() => 13), 13],
      header: [C.agency, C.role, C.positions, ...sexes.map((s) => SEX_LABELS[s]), C.total],
      rows,
    }),
  ];
}

export function introduction(ctx: CurriculumContext): Block[] {
  const { model, profile } = ctx;
  const values = {
    modules: number(profile, model.modules.length),
    hours: number(profile, model.totalHours),
    covered: number(profile, model.coverage.covered),
    total: number(profile, model.coverage.total),
  };
  return [
    chapter(ctx, 1, L.introduction),
    ...prose(profile, L.howBuilt),
    ...prose(profile, fillBoth(L.extent, values)),
    heading(2, label(profile, L.twgHeading)),
    ...twgTable(ctx),
  ];
}

function agencyLines(ctx: CurriculumContext, code: string | null, short: boolean): string[] {
  if (code === null) return lines(ctx.profile, C.notSet);
  const agency = ctx.model.agencies.get(code);
  if (!agency) return [code];
  if (short)
    return lines(ctx.profile, agency.abbreviation).length > 0 ? lines(ctx.profile, agency.abbreviation) : [code];
  const full = (language: 'th' | 'en'): string => {
    const name = agency.name[language].trim();
    const abbreviation = agency.abbreviation[language].trim();
    return name !== '' && abbreviation !== '' && abbreviation !== name ? `${name} (${abbreviation})` : name;
  };
  const shown = lines(ctx.profile, { th: full('th'), en: full('en') });
  return shown.length > 0 ? shown : [code];
}

export function summary(ctx: CurriculumContext): Block[] {
  const { model, profile } = ctx;
  const out: Block[] = [chapter(ctx, 2, L.summaryHeading)];
  if (model.modules.length === 0) return [...out, placeholder(profile, L.noModules)];
  return [
    ...out,
    caption(ctx, L.summaryTable),
    dataTable(profile, {
      weights: [10, 32, 10, 30, 18],
      header: [C.code, C.title, C.hours, C.audience, C.lead],
      rows: [
        ...model.modules.map((m) => ({
          cells: [
            [m.code],
            lines(profile, m.title),
            [number(profile, m.hours)],
            lines(profile, m.audience),
            agencyLines(ctx, m.leadAgencyCode, true),
          ],
        })),
        { cells: [[], lines(profile, L.totalHours), [number(profile, model.totalHours)], [], []], bold: true },
      ],
    }),
  ];
}

/** A module's particulars as label / value rows. */
function details(ctx: CurriculumContext, module: CurriculumModule): Table {
  const { profile } = ctx;
  const methods = (language: 'th' | 'en'): string => module.methods.map((m) => METHOD_LABELS[m][language]).join(', ');
  const rows: [Bilingual, string[]][] = [
    [C.audience, lines(profile, module.audience)],
    [C.hours, [number(profile, module.hours)]],
    [
      C.methods,
      module.methods.length > 0 ? lines(profile, { th: methods('th'), en: methods('en') }) : lines(profile, C.notSet),
    ],
    [C.materials, lines(profile, module.materials)],
    [C.assessment, lines(profile, module.assessment)],
    [C.trainer, lines(profile, module.trainerProfile)],
    [C.lead, agencyLines(ctx, module.leadAgencyCode, false)],
  ];
  if (lines(profile, module.outline).length > 0) rows.push([C.outline, lines(profile, module.outline)]);
  const widths = [Math.round(PORTRAIT_WIDTH * 0.28), PORTRAIT_WIDTH - Math.round(PORTRAIT_WIDTH * 0.28)];
  return new Table({
    columnWidths: widths,
    rows: rows.map(
      ([name, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(lines(profile, name), widths[0] ?? 0, { bold: true, shade: 'F2F2F2' }),
            cell(value, widths[1] ?? 0),
          ],
        }),
    ),
  });
}

function areaLines(ctx: CurriculumContext, areaCode: string, subAreaCode: string): string[] {
  const area = ctx.model.areas.get(areaCode) ?? { th: '', en: '' };
  const sub = ctx.model.subAreas.get(subAreaCode) ?? { th: '', en: '' };
  return [...codedLines(ctx.profile, `${areaCode}.`, area), ...codedLines(ctx.profile, subAreaCode, sub)];
}

/** A module in full; each after the first starts a page, so a module can be handed out on its own. */
function moduleSection(
  ctx: CurriculumContext,
  module: CurriculumModule,
  trace: TraceRow | undefined,
  pageBreak: boolean,
): Block[] {
  const { profile } = ctx;
  const findings = trace?.findings ?? [];
  return [
    heading(2, label(profile, coded(module.code, module.title)) || module.code, { pageBreak }),
    details(ctx, module),
    heading(3, label(profile, L.outcomes)),
    module.outcomes.length === 0
      ? placeholder(profile, L.noOutcomes)
      : dataTable(profile, {
          weights: [7, 11, 60, 22],
          header: [C.number, C.code, C.outcome, C.bloom],
          rows: module.outcomes.map((o, i) => ({
            cells: [
              [number(profile, i + 1)],
              [o.code],
              lines(profile, o.text),
              lines(profile, BLOOM_LABELS[o.bloomLevel]),
            ],
          })),
        }),
    heading(3, label(profile, L.findingsAnswered)),
    findings.length === 0
      ? placeholder(profile, L.noFindings)
      : dataTable(profile, {
          weights: [14, 51, 35],
          header: [C.code, C.finding, C.area],
          rows: findings.map((f) => ({
            cells: [[f.code], lines(profile, f.statement), areaLines(ctx, f.area.code, f.subArea.code)],
          })),
        }),
  ];
}

export function modules(ctx: CurriculumContext): Block[] {
  const { model, profile } = ctx;
  const out: Block[] = [chapter(ctx, 3, L.modulesHeading)];
  if (model.modules.length === 0) return [...out, placeholder(profile, L.noModules)];
  const traceOf = new Map(model.trace.map((row) => [row.module.id, row]));
  model.modules.forEach((module, i) => out.push(...moduleSection(ctx, module, traceOf.get(module.id), i > 0)));
  return out;
}

/** The traceability table: one row per module (getTraceability's rows), its findings and their areas. */
export function traceability(ctx: CurriculumContext): Block[] {
  const { model, profile } = ctx;
  const out: Block[] = [chapter(ctx, 4, L.traceHeading, false)];
  if (!hasTraceability(model)) return [...out, placeholder(profile, L.noTrace)];
  return [
    ...out,
    caption(ctx, L.traceTable),
    dataTable(profile, {
      width: TRACE_WIDTH,
      weights: [22, 7, 47, 24],
      header: [C.module, C.hours, C.findings, C.areas],
      rows: model.trace.map((row) => ({
        cells: [
          codedLines(profile, row.module.code, row.module.title),
          [number(profile, row.module.hours)],
          row.findings.flatMap((f) => codedLines(profile, f.code, f.statement)),
          row.areas.flatMap((a) => codedLines(profile, `${a.code}.`, a.name)),
        ],
      })),
    }),
  ];
}

/** Coverage: how many training-addressable findings the modules cover, and the gaps by name. */
export function coverage(ctx: CurriculumContext): Block[] {
  const { model, profile } = ctx;
  const { coverage: cov } = model;
  const out: Block[] = [heading(2, label(profile, L.coverageHeading))];
  if (cov.total === 0) return [...out, placeholder(profile, L.noAddressable)];
  out.push(
    ...prose(
      profile,
      fillBoth(L.coverageLine, { covered: number(profile, cov.covered), total: number(profile, cov.total) }),
      cov.gaps.length > 0,
    ),
  );
  if (cov.gaps.length === 0) return [...out, ...prose(profile, L.allCovered)];
  return [
    ...out,
    ...prose(profile, L.gapsIntro, true),
    caption(ctx, L.gapsTable),
    dataTable(profile, {
      width: TRACE_WIDTH,
      weights: [12, 60, 28],
      header: [C.code, C.finding, C.area],
      rows: cov.gaps.map((g) => ({
        cells: [
          [g.finding.code],
          lines(profile, g.finding.statement),
          areaLines(ctx, g.finding.areaCode, g.finding.subAreaCode),
        ],
      })),
    }),
  ];
}

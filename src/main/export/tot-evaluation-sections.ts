import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportProfile } from '../../shared/export';
import { L1_ITEMS } from '../../shared/tot';
import { suppressCount } from '../../shared/tot-stats';
import { figure, type ChartImage } from './charts';
import { date, digits, label, lines, number, type Bilingual } from './locale';
import { columnWidths, heading, placeholder, PORTRAIT_WIDTH, tableTitle } from './report-sections-parts';
import {
  groupsOf,
  hasL1,
  hasScores,
  likertText,
  percentText,
  pointsText,
  shareText,
  type ShownGroup,
  type TotEvaluationModel,
} from './tot-evaluation-data';
import { L1_LABELS, SENTENCES, T } from './tot-evaluation-labels';

/**
 * The sections of the Training of Trainers evaluation report: the event, its participants
 * (counts by sex and agency), learning (L2), reaction (L1) and follow-up (L3). Only aggregates
 * (tot-evaluation-data.ts); groups smaller than the profile's minimum cell size print "<N".
 */

export type Block = Paragraph | Table;

export interface EvaluationContext {
  model: TotEvaluationModel;
  profile: ExportProfile;
  figures: { next: number };
}

/** `{name}` places filled with values already written in the profile's digits. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A sentence, once per language the profile shows (Thai paragraph, then English). */
export function sentence(profile: ExportProfile, template: Bilingual, values: Record<string, string>): Paragraph[] {
  return lines(profile, { th: fill(template.th, values), en: fill(template.en, values) }).map(
    (text) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] }),
  );
}

/** "1. Participants" / "๑. ผู้เข้าอบรม": the section number in the profile's digits. */
function sectionHeading(profile: ExportProfile, index: number, text: Bilingual): Paragraph {
  // Headings carry no codes: their numbers ("ระดับที่ 2") follow the profile's digits.
  return heading(1, digits(profile, `${index}. ${label(profile, text)}`));
}

/** A count of people as the document shows it: "<5" below the profile's minimum cell size. */
export function peopleText(profile: ExportProfile, count: number): string {
  const shown = suppressCount(count, profile.minCellSize);
  return typeof shown === 'number' ? number(profile, shown) : `<${number(profile, profile.minCellSize)}`;
}

interface Row {
  cells: string[][];
  bold?: boolean;
  shade?: string;
  /** A group heading row: its one cell spans the table. */
  span?: boolean;
}

/**
 * A small table kept on one page with its caption: header row repeated, rows unsplit, every
 * row but the last kept with the next; numbers right-aligned.
 */
function smallTable(
  profile: ExportProfile,
  weights: number[],
  header: Bilingual[] | null,
  rows: Row[],
  options: { numeric?: boolean; size?: number; headerSize?: number; margin?: number; split?: boolean } = {},
): Table {
  const widths = columnWidths(weights, PORTRAIT_WIDTH);
  const numeric = options.numeric ?? true;
  const fontSize = (half?: number): { size?: number; sizeComplexScript?: number } =>
    half === undefined ? {} : { size: half, sizeComplexScript: half };
  const cell = (
    texts: string[],
    i: number,
    look: { bold?: boolean; shade?: string; keepNext: boolean; span?: number; size?: number },
  ): TableCell =>
    new TableCell({
      width: { size: look.span ? PORTRAIT_WIDTH : (widths[i] ?? 0), type: WidthType.DXA },
      ...(look.span ? { columnSpan: look.span } : {}),
      ...(look.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: look.shade } } : {}),
      children: (texts.length > 0 ? texts : ['–']).map(
        (text) =>
          new Paragraph({
            style: 'TableText',
            keepNext: look.keepNext,
            alignment: numeric && i > 0 && !look.span ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [
              new TextRun({
                text,
                ...fontSize(look.size),
                ...(look.bold ? { bold: true, boldComplexScript: true } : {}),
              }),
            ],
          }),
      ),
    });
  return new Table({
    columnWidths: widths,
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: options.margin ?? 85, right: options.margin ?? 85 },
    rows: [
      ...(header === null
        ? []
        : [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              // Header words carry no codes: their numbers ("(1–5)") follow the profile's digits.
              children: header.map((h, i) =>
                cell(
                  lines(profile, h).map((t) => digits(profile, t)),
                  i,
                  { bold: true, shade: 'D9D9D9', keepNext: true, size: options.headerSize ?? options.size },
                ),
              ),
            }),
          ]),
      ...rows.map((row, r) => {
        // A table that may split keeps only its group heading rows with the next row.
        const keepNext = options.split === true ? row.span === true : r < rows.length - 1;
        return new TableRow({
          cantSplit: true,
          children: row.span
            ? [
                cell(row.cells[0] ?? [], 0, {
                  bold: true,
                  shade: 'F2F2F2',
                  keepNext,
                  span: widths.length,
                  size: options.size,
                }),
              ]
            : row.cells.map((texts, i) =>
                cell(texts, i, { bold: row.bold, shade: row.shade, keepNext, size: options.size }),
              ),
        });
      }),
    ],
  });
}

/** Word needs a paragraph between two tables, and a table followed by text reads better with air. */
const gap = (): Paragraph => new Paragraph({ spacing: { after: 0 }, children: [] });

export function eventSection(ctx: EvaluationContext): Block[] {
  const { model, profile } = ctx;
  const e = model.event;
  const span = (language: 'th' | 'en'): string =>
    e.startDate === e.endDate
      ? date(profile, e.startDate, language)
      : `${date(profile, e.startDate, language)} – ${date(profile, e.endDate, language)}`;
  const rows: Row[] = [
    { cells: [lines(profile, T.code), [e.code]] },
    { cells: [lines(profile, T.eventTitle), lines(profile, e.title)] },
    { cells: [lines(profile, T.dates), lines(profile, { th: span('th'), en: span('en') })] },
    { cells: [lines(profile, T.venue), [e.venue]] },
    { cells: [lines(profile, T.days), [number(profile, e.days)]] },
    { cells: [lines(profile, T.passMark), [`${number(profile, e.passMark)}%`]] },
  ];
  // Label and value, both left-aligned: a key/value table, not figures.
  const table = smallTable(profile, [3, 7], null, rows, { numeric: false });
  return [sectionHeading(profile, 1, T.event), table, gap()];
}

function countTable(
  profile: ExportProfile,
  column: Bilingual,
  groups: ShownGroup[],
  total: number,
  named: 'name' | 'short',
): Table {
  return smallTable(
    profile,
    [7, 3],
    [column, T.count],
    [
      ...groups.map((g) => ({ cells: [lines(profile, g[named]), [peopleText(profile, g.count)]] })),
      { cells: [lines(profile, T.total), [peopleText(profile, total)]], bold: true },
    ],
  );
}

/** Whether any group of the document is shown as "<N". */
function anySuppressed(ctx: EvaluationContext): boolean {
  const groups = groupsOf(ctx.model, ctx.profile.minCellSize);
  return [groups.overall, ...groups.bySex, ...groups.byAgency].some((g) => g.stats.suppressed);
}

function smallCellNote(ctx: EvaluationContext): Paragraph[] {
  if (!anySuppressed(ctx)) return [];
  return sentence(ctx.profile, SENTENCES.smallCells, { min: number(ctx.profile, ctx.profile.minCellSize) });
}

export function participantsSection(ctx: EvaluationContext): Block[] {
  const { model, profile } = ctx;
  const n = model.results.overall.n;
  const head = sectionHeading(profile, 2, T.participants);
  if (n === 0) return [head, placeholder(profile, T.noParticipants)];
  const groups = groupsOf(model, profile.minCellSize);
  const others =
    model.otherRoles > 0
      ? sentence(profile, SENTENCES.othersRegistered, { n: peopleText(profile, model.otherRoles) })
      : [];
  return [
    head,
    ...sentence(profile, SENTENCES.participantsCounted, { n: peopleText(profile, n) }),
    ...others,
    tableTitle(profile, T.bySex),
    countTable(profile, T.sex, groups.bySex, n, 'name'),
    gap(),
    tableTitle(profile, T.byAgency),
    countTable(profile, T.agency, groups.byAgency, n, 'name'),
    gap(),
    ...smallCellNote(ctx),
  ];
}

function statsCells(profile: ExportProfile, g: ShownGroup): string[][] {
  const s = g.stats;
  const size = peopleText(profile, g.count);
  return [
    lines(profile, g.short),
    [size],
    [percentText(profile, s.meanPre)],
    [percentText(profile, s.meanPost)],
    [pointsText(profile, s.meanGain)],
    [shareText(profile, s.improvedShare)],
    [shareText(profile, s.passRate)],
    [shareText(profile, s.attendanceRate)],
  ];
}

export function learningSection(ctx: EvaluationContext, chart: ChartImage | null): Block[] {
  const { model, profile } = ctx;
  const head = sectionHeading(profile, 3, T.learning);
  if (!hasScores(model)) return [head, placeholder(profile, T.noTests)];
  const groups = groupsOf(model, profile.minCellSize);
  const mark = `${number(profile, model.event.passMark)}%`;
  const passHeader: Bilingual = { th: `${T.passRate.th} (≥ ${mark})`, en: `${T.passRate.en} (≥ ${mark})` };
  const rows: Row[] = [
    { cells: statsCells(profile, groups.overall), bold: true },
    ...(groups.bySex.length > 0 ? [{ cells: [lines(profile, T.sexGroup)], span: true }] : []),
    ...groups.bySex.map((g) => ({ cells: statsCells(profile, g) })),
    ...(groups.byAgency.length > 0 ? [{ cells: [lines(profile, T.agencyGroup)], span: true }] : []),
    ...groups.byAgency.map((g) => ({ cells: statsCells(profile, g) })),
  ];
  const table = smallTable(
    profile,
    [1.6, 0.7, 1.15, 1.15, 1.15, 1.15, 1.15, 1.15],
    [T.group, T.n, T.meanPre, T.meanPost, T.meanGain, T.improved, passHeader, T.attendance],
    rows,
    // Eight columns on a portrait page: 11 pt keeps "100.0%" on one line, 10 pt headers keep
    // "Attended" whole, narrow cell margins give both the room.
    { size: 22, headerSize: 20, margin: 57, split: true },
  );
  const missing = model.results.overall.missingPost;
  // An event smaller than the minimum cell size shows no figures at all, this count included.
  const missingSentence = groups.overall.stats.suppressed
    ? []
    : missing === 0
      ? sentence(profile, SENTENCES.noMissingPost, {})
      : sentence(profile, missing === 1 ? SENTENCES.missingPostOne : SENTENCES.missingPost, {
          n: number(profile, missing),
        });
  const figures = chart
    ? figure(chart, digits(profile, label(profile, T.learningChart)), profile, PORTRAIT_WIDTH, ctx.figures.next++)
    : [];
  return [
    head,
    ...sentence(profile, SENTENCES.method, { mark: digits(profile, String(model.event.passMark)) }),
    tableTitle(profile, T.learningTable),
    table,
    gap(),
    ...missingSentence,
    ...smallCellNote(ctx),
    ...figures,
  ];
}

export function reactionSection(ctx: EvaluationContext, chart: ChartImage | null): Block[] {
  const { model, profile } = ctx;
  const head = sectionHeading(profile, 4, T.reaction);
  const l1 = model.results.l1;
  if (!hasL1(l1)) return [head, placeholder(profile, T.noEvaluations)];
  const table = smallTable(
    profile,
    [7, 3],
    [T.item, T.mean],
    L1_ITEMS.map((item) => ({ cells: [lines(profile, L1_LABELS[item]), [likertText(profile, l1[item])]] })),
  );
  const figures = chart
    ? figure(chart, digits(profile, label(profile, T.reactionChart)), profile, PORTRAIT_WIDTH, ctx.figures.next++)
    : [];
  return [
    head,
    ...sentence(profile, SENTENCES.formsReceived, { n: number(profile, l1.responses) }),
    tableTitle(profile, { th: digits(profile, T.reactionTable.th), en: T.reactionTable.en }),
    table,
    gap(),
    ...figures,
  ];
}

export function followUpSection(ctx: EvaluationContext): Block[] {
  const { model, profile } = ctx;
  const head = sectionHeading(profile, 5, T.followUp);
  const l3 = model.results.l3;
  if (l3.followUps === 0) return [head, placeholder(profile, T.noFollowUps)];
  return [
    head,
    tableTitle(profile, T.followUpTable),
    smallTable(
      profile,
      [7, 3],
      [T.measure, T.value],
      [
        { cells: [lines(profile, T.followUps), [number(profile, l3.followUps)]] },
        { cells: [lines(profile, T.cascadeSessions), [number(profile, l3.cascadeSessions)]] },
        { cells: [lines(profile, T.reached), [number(profile, l3.participantsReached)]] },
      ],
    ),
    gap(),
  ];
}

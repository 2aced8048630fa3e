import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { NarrativeSection, RichDoc } from '../../shared/narrative';
import { rawRows, rowXml } from './raw-table';
import { A4, MARGINS } from './kit';
import { label, lines, number, type Bilingual } from './locale';
import type { CellCount, ReportModel } from './report-model';
import { NARRATIVE_PLACEHOLDERS } from './report-labels';
import { richTextToDocx, type FootnoteCollector } from './rich-text';

/**
 * Building blocks the report's sections share: headings, paragraphs, placeholders, count
 * cells ("<5"), tables with a repeated header row, and narrative sections (side by side in a
 * borderless two-column table when the profile shows both languages).
 */

/** What a section is made of; the contents field is a block of its own in docx. */
export type Block = Paragraph | Table | TableOfContents;

/** What every section builder gets. */
export interface SectionContext {
  model: ReportModel;
  profile: ExportProfile;
  footnotes: FootnoteCollector;
  /** The next figure's number (the SEQ field's shown value until Word updates it). */
  figures: { next: number };
}

/** Text width of a portrait page and of a landscape one, in twips. */
export const PORTRAIT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const LANDSCAPE_WIDTH = A4.height - MARGINS.left - MARGINS.right;

export function heading(level: 1 | 2 | 3, text: string, options: { pageBreak?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: `Heading${level}`,
    ...(options.pageBreak ? { pageBreakBefore: true } : {}),
    children: [new TextRun(text)],
  });
}

export function paragraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; after?: number } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: options.after ?? 120 },
    children: [
      new TextRun({
        text,
        ...(options.bold ? { bold: true, boldComplexScript: true } : {}),
        ...(options.italics ? { italics: true, italicsComplexScript: true } : {}),
      }),
    ],
  });
}

/**
 * A section with nothing yet: a visible, italic, grey note the manager sees in the document,
 * never a silently missing section (issue 4, "Bad input").
 */
export function placeholder(profile: ExportProfile, text: Bilingual): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text: label(profile, text), italics: true, italicsComplexScript: true, color: '666666' })],
  });
}

/** A disaggregated count: "<5" when small (DOMAIN.md 3.5), else the number in the profile's digits. */
export function countText(ctx: SectionContext, count: CellCount): string {
  return count.suppressed ? `<${number(ctx.profile, ctx.model.minCellSize)}` : number(ctx.profile, count.value);
}

function cellParagraphs(texts: readonly string[], bold: boolean): Paragraph[] {
  const shown = texts.filter((t) => t !== '');
  return (shown.length > 0 ? shown : ['–']).map(
    (t) =>
      new Paragraph({
        style: 'TableText',
        children: [new TextRun({ text: t, ...(bold ? { bold: true, boldComplexScript: true } : {}) })],
      }),
  );
}

/** Columns as weights; the last takes the rounding remainder so the columns fill `total` exactly. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const floored = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - floored.reduce((a, b) => a + b, 0);
  return floored.map((w, i) => (i === floored.length - 1 ? w + rest : w));
}

export interface TableSpec {
  /** Relative column widths. */
  weights: readonly number[];
  header: readonly Bilingual[];
  /** Each row: each cell's lines. `bold` rows are totals. */
  rows: readonly { cells: readonly (readonly string[])[]; bold?: boolean; shade?: string }[];
  width?: number;
}

/** A data table: grid lines, shaded header row repeated on every page, fixed column widths. */
export function dataTable(profile: ExportProfile, spec: TableSpec): Table {
  const widths = columnWidths(spec.weights, spec.width ?? PORTRAIT_WIDTH);
  const cell = (texts: readonly string[], i: number, bold: boolean, shade?: string): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      children: cellParagraphs(texts, bold),
      ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
    });
  return new Table({
    columnWidths: widths,
    width: { size: spec.width ?? PORTRAIT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: 85, right: 85 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: spec.header.map((h, i) => cell(lines(profile, h), i, true, 'D9D9D9')),
      }),
      // The body as raw rows written at pack time (raw-table.ts): an annex can hold thousands of
      // rows (documents reviewed), and docx objects for each would take hundreds of MB.
      rawRows(() =>
        spec.rows.map((row) =>
          rowXml(
            row.cells.map((texts, i) => ({
              texts,
              width: widths[i] ?? 0,
              bold: row.bold === true,
              ...(row.shade ? { shade: row.shade } : {}),
            })),
            { cantSplit: true },
          ),
        ),
      ),
    ],
  });
}

/** A caption above a table (Caption style, no number: figures carry the SEQ numbers). */
export function tableTitle(profile: ExportProfile, text: Bilingual): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(label(profile, text))] });
}

/** The text of one language, else the other (as lines() falls back), else null. */
function narrativeIn(text: ReportModel['narratives'][NarrativeSection], language: 'th' | 'en'): RichDoc | null {
  return text[language] ?? text[language === 'th' ? 'en' : 'th'];
}

/**
 * A narrative section's body (its heading is the caller's). `headingOffset`: the narrative's
 * level-1 headings become Heading (offset + 1). Nothing written: the placeholder. Language
 * 'both': Thai left, English right, in a borderless two-column table; a language not written
 * gets its own placeholder in its column.
 */
export function narrative(ctx: SectionContext, section: NarrativeSection, headingOffset: number): Block[] {
  const text = ctx.model.narratives[section];
  const missing = NARRATIVE_PLACEHOLDERS[section];
  if (ctx.profile.language !== 'both') {
    const doc = narrativeIn(text, ctx.profile.language);
    return doc
      ? richTextToDocx(doc, ctx.profile, ctx.footnotes, { headingOffset })
      : [placeholder(ctx.profile, missing)];
  }
  if (text.th === null && text.en === null) return [placeholder(ctx.profile, missing)];
  const half = Math.floor(PORTRAIT_WIDTH / 2);
  const column = (language: 'th' | 'en'): TableCell => {
    const doc = text[language];
    const only = { ...ctx.profile, language };
    return new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: TableBorders.NONE,
      children: doc ? richTextToDocx(doc, only, ctx.footnotes, { headingOffset }) : [placeholder(only, missing)],
    });
  };
  return [
    new Table({
      columnWidths: [half, PORTRAIT_WIDTH - half],
      width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      margins: { left: 85, right: 170 },
      rows: [new TableRow({ children: [column('th'), column('en')] })],
    }),
    // Word needs a paragraph between a table and what follows (e.g. another table).
    new Paragraph({ children: [] }),
  ];
}

/** A centred line of a title page or cover (size in half-points). */
export function centred(
  text: string,
  options: { size?: number; bold?: boolean; before?: number; color?: string } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: 120 },
    children: [
      new TextRun({
        text,
        ...(options.size ? { size: options.size, sizeComplexScript: options.size } : {}),
        ...(options.bold ? { bold: true, boldComplexScript: true } : {}),
        ...(options.color ? { color: options.color } : {}),
      }),
    ],
  });
}

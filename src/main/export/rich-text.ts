import {
  AlignmentType,
  BorderStyle,
  FootnoteReferenceRun,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type INumberingOptions,
  type ITableBordersOptions,
  type ParagraphChild,
} from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { RichBlock, RichDoc, RichInline, RichList, RichTable, RichTableCell } from '../../shared/narrative';
import { A4, MARGINS } from './kit';

/**
 * The report's narrative sections (TipTap/ProseMirror JSON, src/shared/narrative.ts) as Word
 * blocks (issue 4, PRODUCT.md 11). Text is written exactly as the author typed it: no digit
 * conversion (the author chose the digits) and no splitting of Thai text (Word breaks Thai lines
 * itself, by dictionary; a space or break added here would show as a gap between words).
 */

/** The numbering definitions' references; every list is one `instance` of one of them. */
const BULLET_REF = 'rich-bullet';
const ORDERED_REF = 'rich-ordered';
/** Word has nine list levels (0–8); deeper nesting is written at the last one. */
const MAX_LEVEL = 8;

/**
 * Per-document state of the narrative: its footnotes (each gets the next id; the Document takes
 * `footnotes()` in its options and the text carries a FootnoteReferenceRun with that id) and the
 * count of lists written so far, so that every list is a fresh numbering instance and each
 * numbered list starts again at 1. One collector per Document, shared by all its sections.
 */
export class FootnoteCollector {
  private readonly notes: string[] = [];
  private lists = 0;

  /** Registers a footnote's text; returns the id its FootnoteReferenceRun must carry. */
  add(text: string): number {
    this.notes.push(text);
    return this.notes.length;
  }

  footnotes(): Record<number, { children: Paragraph[] }> {
    const result: Record<number, { children: Paragraph[] }> = {};
    this.notes.forEach((text, index) => {
      result[index + 1] = { children: [new Paragraph({ children: [new TextRun(text)] })] };
    });
    return result;
  }

  /** The numbering instance of the next list (1, 2, 3...): unique within the document. */
  nextListInstance(): number {
    this.lists += 1;
    return this.lists;
  }
}

const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const BULLETS = ['\u2022', '\u25E6', '\u25AA'] as const;

function levels(ordered: boolean): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: ordered ? ORDERED_FORMATS[level % ORDERED_FORMATS.length] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length],
    alignment: AlignmentType.START,
    start: 1,
    style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 397 } } },
  }));
}

/** The numbering definitions lists refer to; pass into Document({ numbering }). */
export function richTextNumbering(): INumberingOptions {
  return {
    config: [
      { reference: BULLET_REF, levels: levels(false) },
      { reference: ORDERED_REF, levels: levels(true) },
    ],
  };
}

interface Context {
  footnotes: FootnoteCollector;
  headingOffset: number;
  /** Paragraph style inside table cells (smaller text), none in the body. */
  style?: string | undefined;
}

function inlines(content: RichInline[] | undefined, ctx: Context, bold = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of content ?? []) {
    if (node.type === 'text') {
      const marks = new Set((node.marks ?? []).map((m) => m.type));
      const b = bold || marks.has('bold');
      const i = marks.has('italic');
      runs.push(
        new TextRun({
          text: node.text,
          ...(b ? { bold: true, boldComplexScript: true } : {}),
          ...(i ? { italics: true, italicsComplexScript: true } : {}),
        }),
      );
    } else if (node.type === 'hardBreak') {
      runs.push(new TextRun({ break: 1 }));
    } else {
      runs.push(new FootnoteReferenceRun(ctx.footnotes.add(node.attrs.text)));
    }
  }
  return runs;
}

function list(node: RichList, ctx: Context, level: number): (Paragraph | Table)[] {
  const reference = node.type === 'orderedList' ? ORDERED_REF : BULLET_REF;
  const instance = ctx.footnotes.nextListInstance();
  const lvl = Math.min(level, MAX_LEVEL);
  const out: (Paragraph | Table)[] = [];
  for (const item of node.content) {
    // The item's first paragraph carries the number; later paragraphs of the item are indented
    // under it without a number; nested lists go one level deeper.
    let numbered = false;
    for (const child of item.content) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const indent = { left: 567 * (lvl + 1) };
        out.push(
          new Paragraph({
            ...(ctx.style ? { style: ctx.style } : {}),
            ...(numbered ? { indent } : { numbering: { reference, level: lvl, instance } }),
            children: inlines(child.content, ctx),
          }),
        );
        numbered = true;
      } else if (child.type === 'table') {
        out.push(table(child, ctx));
      } else {
        out.push(...list(child, ctx, level + 1));
      }
    }
  }
  return out;
}

/** Single thin lines on every edge and between cells, as Word's "Table Grid" style draws. */
const GRID_LINE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;
const GRID: ITableBordersOptions = {
  top: GRID_LINE,
  bottom: GRID_LINE,
  left: GRID_LINE,
  right: GRID_LINE,
  insideHorizontal: GRID_LINE,
  insideVertical: GRID_LINE,
};
/** Portrait A4 text width: the table fills it; percent widths let Word keep it at any margin. */
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

function span(cell: RichTableCell): number {
  return Math.max(1, cell.attrs?.colspan ?? 1);
}

/** Column weights: the editor's pixel widths where the first full row gives them all, else equal. */
function columnWeights(node: RichTable, columns: number): number[] {
  for (const row of node.content) {
    const widths: number[] = [];
    for (const cell of row.content) {
      const given = cell.attrs?.colwidth ?? null;
      for (let i = 0; i < span(cell); i += 1) widths.push(given?.[i] ?? 0);
    }
    if (widths.length === columns && widths.every((w) => w > 0)) return widths;
  }
  return Array.from({ length: columns }, () => 1);
}

function cellBlocks(content: RichBlock[], ctx: Context, header: boolean): (Paragraph | Table)[] {
  const inner: Context = { ...ctx, style: 'TableText' };
  const out: (Paragraph | Table)[] = [];
  for (const child of content) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      // Header cells are bold; headings inside a cell are only bold text (not in the TOC).
      out.push(
        new Paragraph({
          style: 'TableText',
          children: inlines(child.content, inner, header || child.type === 'heading'),
        }),
      );
    } else {
      out.push(...blocks([child], inner));
    }
  }
  // Word requires a paragraph at the end of every cell.
  if (!(out[out.length - 1] instanceof Paragraph)) out.push(new Paragraph({ style: 'TableText', children: [] }));
  return out;
}

function table(node: RichTable, ctx: Context): Table {
  const columns = Math.max(1, ...node.content.map((row) => row.content.reduce((n, cell) => n + span(cell), 0)));
  const weights = columnWeights(node, columns);
  const sum = weights.reduce((a, b) => a + b, 0);
  const twips = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const percent = weights.map((w) => (100 * w) / sum);
  const rows = node.content.map((row, rowIndex) => {
    const header = row.content.length > 0 && row.content.every((cell) => cell.type === 'tableHeader');
    let column = 0;
    const cells = row.content.map((cell) => {
      const width = percent.slice(column, column + span(cell)).reduce((a, b) => a + b, 0);
      column += span(cell);
      const isHeader = cell.type === 'tableHeader';
      return new TableCell({
        width: { size: `${Math.round(width * 100) / 100}%`, type: WidthType.PERCENTAGE },
        ...(span(cell) > 1 ? { columnSpan: span(cell) } : {}),
        ...((cell.attrs?.rowspan ?? 1) > 1 ? { rowSpan: cell.attrs?.rowspan } : {}),
        ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
        children: cellBlocks(cell.content, ctx, isHeader),
      });
    });
    // Only a first row made of header cells repeats on every page, as Word's "Repeat as header row".
    return new TableRow({
      ...(rowIndex === 0 && header ? { tableHeader: true, cantSplit: true } : {}),
      children: cells,
    });
  });
  return new Table({
    width: { size: '100%', type: WidthType.PERCENTAGE },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows,
  });
}

function blocks(content: RichBlock[], ctx: Context): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const node of content) {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, node.attrs.level + ctx.headingOffset));
        out.push(new Paragraph({ style: `Heading${level}`, children: inlines(node.content, ctx) }));
        break;
      }
      case 'paragraph':
        out.push(new Paragraph({ ...(ctx.style ? { style: ctx.style } : {}), children: inlines(node.content, ctx) }));
        break;
      case 'bulletList':
      case 'orderedList':
        out.push(...list(node, ctx, 0));
        break;
      case 'table':
        out.push(table(node, ctx));
        break;
    }
  }
  return out;
}

/**
 * One narrative section as Word blocks: headings shifted by `headingOffset` (the section's own
 * heading is Heading 1, its level-1 headings become Heading 2...) and capped at Heading 3,
 * paragraphs with bold/italic, bullet and numbered lists (a fresh numbering instance per list,
 * so each numbered list starts at 1), tables (Table Grid lines, header row repeated) and footnotes.
 * The Document must receive `richTextNumbering()` and `footnotes.footnotes()`.
 */
export function richTextToDocx(
  doc: RichDoc,
  _profile: ExportProfile,
  footnotes: FootnoteCollector,
  options: { headingOffset: number },
): (Paragraph | Table)[] {
  return blocks(doc.content, { footnotes, headingOffset: options.headingOffset });
}

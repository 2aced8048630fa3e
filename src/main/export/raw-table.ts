import crypto from 'node:crypto';
import { Paragraph, TableCell, TableRow, TextRun } from 'docx';

/**
 * Table rows written as WordprocessingML text, for tables of thousands of rows (the Joint Action
 * Plan of a large assessment has 7,500 actions; the report's annexes can use the same).
 *
 * Why hand-written XML: the docx library builds an object per row, cell, paragraph and run, then
 * one XML object tree for the whole document, then one string of it. For tens of thousands of
 * rows that took over 1.3 GB and half a minute (export benchmark, target under 500 MB). Here a
 * table's body is one placeholder row in the docx tree; packDocument (write.ts) swaps it for the
 * rows, produced one at a time from the builder's data and compressed as they come, so the
 * rows never exist as objects nor as one big string.
 *
 * The XML is what docx itself writes for the same options (cell width, shading, bold, the
 * TableText style), so the rows look the same as docx-built ones.
 */

export interface RawCell {
  /** One paragraph per entry; an empty list shows a dash. */
  texts: readonly string[];
  /** Width in twips (DXA). */
  width?: number;
  bold?: boolean;
  /** Fill colour, e.g. 'F2F2F2'. */
  shade?: string;
  /** Columns spanned. */
  span?: number;
  /** Font size in half-points, when not the TableText style's. */
  size?: number;
  /** Exact line height in twips, when not the font's own (Thai fonts' is nearly twice the size). */
  line?: number;
}

export interface RawRowOptions {
  /** Keep the row on one page (never for a row that may be taller than a page). */
  cantSplit?: boolean;
  /** Keep the row on the page of the next one (a group heading row). */
  keepNext?: boolean;
}

/** Characters XML 1.0 forbids (control characters, lone surrogates): dropped, or Word refuses the file. */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function paragraphXml(text: string, cell: RawCell, keepNext: boolean): string {
  const props =
    (cell.bold ? '<w:b/><w:bCs/>' : '') +
    (cell.size !== undefined ? `<w:sz w:val="${cell.size}"/><w:szCs w:val="${cell.size}"/>` : '');
  const run = props ? `<w:rPr>${props}</w:rPr>` : '';
  const keep =
    (keepNext ? '<w:keepNext/>' : '') +
    (cell.line !== undefined ? `<w:spacing w:line="${cell.line}" w:lineRule="exact"/>` : '');
  return `<w:p><w:pPr><w:pStyle w:val="TableText"/>${keep}</w:pPr><w:r>${run}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** One cell: its paragraphs in the TableText style, a dash when it has no text. */
export function cellXml(cell: RawCell, keepNext = false): string {
  const shown = cell.texts.filter((t) => t !== '');
  const props =
    (cell.width !== undefined ? `<w:tcW w:type="dxa" w:w="${Math.round(cell.width)}"/>` : '') +
    (cell.span !== undefined && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '') +
    (cell.shade ? `<w:shd w:fill="${escapeXml(cell.shade)}" w:color="auto" w:val="clear"/>` : '');
  const paragraphs = (shown.length > 0 ? shown : ['–']).map((t) => paragraphXml(t, cell, keepNext)).join('');
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraphs}</w:tc>`;
}

/** One row of cells. */
export function rowXml(cells: readonly RawCell[], options: RawRowOptions = {}): string {
  const props = options.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : '';
  return `<w:tr>${props}${cells.map((cell) => cellXml(cell, options.keepNext)).join('')}</w:tr>`;
}

/** What a row may measure to be kept on one page, in twips. */
export interface PageFit {
  /** Height a row may take: the page's text height less the repeated header row. */
  height: number;
  /** Line height of the cells' text. */
  line: number;
  /** A generous average character width at the cells' font size (half an em). */
  charWidth: number;
  /** Left plus right cell margin. */
  cellMargins: number;
}

/**
 * Whether a row surely fits one page, by an estimate on the safe side (characters at half an em,
 * a third more for lines wrapped short): a cell of several hundred characters in a narrow column
 * can be taller than the page, and an unsplittable row taller than a page is cut off (Word) or
 * runs off the page (LibreOffice), so only the rows that fit are kept whole.
 */
export function fitsOnePage(cells: readonly RawCell[], fit: PageFit): boolean {
  return cells.every((cell) => {
    const perLine = Math.max(1, Math.floor(((cell.width ?? 0) - fit.cellMargins) / fit.charWidth));
    const texts = cell.texts.length > 0 ? cell.texts : ['–'];
    const lineCount = texts.reduce((n, t) => n + Math.max(1, Math.ceil((t.length * 4) / 3 / perLine)), 0);
    return lineCount * fit.line <= fit.height;
  });
}

/** Produces a table's body rows as XML, one row (or a few) per item, when the document is packed. */
export type RawRowsProducer = () => Iterable<string>;

const MARKER_PREFIX = 'BMMA-RAW-ROWS-';
const MARKER = /BMMA-RAW-ROWS-[0-9a-f]{32}/g;

/**
 * Producers by marker. An entry lives as long as its placeholder row (hence its document): a
 * document built but never packed (a cancelled export) must not keep its data alive.
 */
const producers = new Map<string, RawRowsProducer>();
const released = new FinalizationRegistry<string>((marker) => producers.delete(marker));

/**
 * The placeholder for a table's body: a row holding a unique marker, which packDocument replaces
 * by the producer's rows. `produce` runs at pack time, so it must only read data already loaded.
 */
export function rawRows(produce: RawRowsProducer): TableRow {
  const marker = `${MARKER_PREFIX}${crypto.randomBytes(16).toString('hex')}`;
  const row = new TableRow({
    children: [new TableCell({ children: [new Paragraph({ children: [new TextRun(marker)] })] })],
  });
  producers.set(marker, produce);
  released.register(row, marker);
  return row;
}

/** Whether a part (UTF-8) holds placeholders to fill; looked for without decoding the part. */
export function hasRawRows(part: Uint8Array): boolean {
  return Buffer.from(part.buffer, part.byteOffset, part.byteLength).includes(MARKER_PREFIX, 0, 'latin1');
}

/**
 * Writes the part to `emit` in pieces: its XML up to each placeholder row, the producer's rows
 * (batched into pieces of about `batchChars` characters, so memory holds one batch at a time),
 * then the rest.
 */
export function emitWithRawRows(xml: string, emit: (piece: string) => void, batchChars = 1 << 18): void {
  let from = 0;
  for (const match of xml.matchAll(MARKER)) {
    const marker = match[0];
    const at = match.index;
    const rowStart = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
    const rowEnd = xml.indexOf('</w:tr>', at);
    const produce = producers.get(marker);
    if (rowStart < from || rowEnd < 0 || produce === undefined) {
      throw new Error(`raw table placeholder ${marker} is not a registered table row`);
    }
    emit(xml.slice(from, rowStart));
    let batch = '';
    for (const row of produce()) {
      batch += row;
      if (batch.length >= batchChars) {
        emit(batch);
        batch = '';
      }
    }
    if (batch !== '') emit(batch);
    from = rowEnd + '</w:tr>'.length;
  }
  emit(xml.slice(from));
}

// PLACEHOLDER: replaced by the rich-text/charts helper (issue 4). The signatures are the interface
// the report builder uses; keep them (or change both sides and say so).
import type { INumberingOptions, Paragraph, Table } from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { RichDoc } from '../../shared/narrative';

/**
 * Footnotes of one document: each narrative footnote gets the next id; the Document takes
 * `footnotes()` in its options and the text carries a FootnoteReferenceRun with that id.
 */
export class FootnoteCollector {
  add(_text: string): number {
    throw new Error('not written yet');
  }
  footnotes(): Record<number, { children: Paragraph[] }> {
    return {};
  }
}

/** The numbering definitions ordered lists refer to; pass into Document({ numbering }). */
export function richTextNumbering(): INumberingOptions {
  return { config: [] };
}

/**
 * One narrative section as Word blocks: headings shifted by `headingOffset` (the section's own
 * heading is Heading 1, its level-1 headings become Heading 2...), paragraphs with bold/italic,
 * bullet and numbered lists (a fresh numbering instance per list), tables (Table Grid, header
 * row repeated) and footnotes.
 */
export function richTextToDocx(
  _doc: RichDoc,
  _profile: ExportProfile,
  _footnotes: FootnoteCollector,
  _options: { headingOffset: number },
): (Paragraph | Table)[] {
  throw new Error('not written yet');
}

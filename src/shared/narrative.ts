import { z } from 'zod';
import { isoDateTime } from './schemas';

/**
 * The report's narrative sections (issue 4, PRODUCT.md 11, DOMAIN.md 1.8): written by the team
 * in the app's rich-text editor, stored in the project file per section and language, and
 * turned into Word paragraphs by the report builder. The stored form is the editor's own
 * document JSON (ProseMirror/TipTap), limited to what the export knows how to write: headings
 * 1–3, paragraphs, bold and italic, bullet and numbered lists, tables and footnotes.
 */

export const NARRATIVE_SECTIONS = [
  'executive_summary',
  'background',
  'methodology_limitations',
  'area_A',
  'area_B',
  'area_C',
  'area_D',
  'area_E',
  'cross_cutting',
] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export const NARRATIVE_LANGUAGES = ['th', 'en'] as const;
export type NarrativeLanguage = (typeof NARRATIVE_LANGUAGES)[number];

/** A stored section may not exceed this many characters of JSON (TEXT_TOO_LONG beyond). */
export const NARRATIVE_MAX_JSON = 1_000_000;
/** Nesting deeper than this (lists in lists in tables...) is refused: no editor makes it. */
export const NARRATIVE_MAX_DEPTH = 12;

const markSchema = z.object({ type: z.enum(['bold', 'italic']) }).strict();

export interface RichText {
  type: 'text';
  text: string;
  marks?: { type: 'bold' | 'italic' }[] | undefined;
}
export interface RichFootnote {
  type: 'footnote';
  attrs: { text: string };
}
export interface RichHardBreak {
  type: 'hardBreak';
}
export type RichInline = RichText | RichFootnote | RichHardBreak;

export interface RichParagraph {
  type: 'paragraph';
  attrs?: Record<string, unknown> | undefined;
  content?: RichInline[] | undefined;
}
export interface RichHeading {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 } & Record<string, unknown>;
  content?: RichInline[] | undefined;
}
export interface RichListItem {
  type: 'listItem';
  content: RichBlock[];
}
export interface RichList {
  type: 'bulletList' | 'orderedList';
  attrs?: Record<string, unknown> | undefined;
  content: RichListItem[];
}
export interface RichTableCell {
  type: 'tableCell' | 'tableHeader';
  attrs?:
    | { colspan?: number; rowspan?: number; colwidth?: number[] | null; align?: 'left' | 'center' | 'right' | null }
    | undefined;
  content: RichBlock[];
}
export interface RichTableRow {
  type: 'tableRow';
  content: RichTableCell[];
}
export interface RichTable {
  type: 'table';
  content: RichTableRow[];
}
export type RichBlock = RichParagraph | RichHeading | RichList | RichTable;
export interface RichDoc {
  type: 'doc';
  content: RichBlock[];
}

const inlineSchema: z.ZodType<RichInline> = z.union([
  z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(markSchema).max(2).optional() }).strict(),
  z.object({ type: z.literal('footnote'), attrs: z.object({ text: z.string().max(4000) }).strict() }).strict(),
  z.object({ type: z.literal('hardBreak') }).strict(),
]);

// Attributes the editor adds on its own (e.g. textAlign: null, orderedList start/type): kept
// loose because the export reads only the ones it knows.
const looseAttrs = z.record(z.string(), z.unknown()).optional();

const blockSchema: z.ZodType<RichBlock> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), attrs: looseAttrs, content: z.array(inlineSchema).optional() }).strict(),
    z
      .object({
        type: z.literal('heading'),
        attrs: z.looseObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
        content: z.array(inlineSchema).optional(),
      })
      .strict(),
    z
      .object({
        type: z.enum(['bulletList', 'orderedList']),
        attrs: looseAttrs,
        content: z.array(z.object({ type: z.literal('listItem'), content: z.array(blockSchema).min(1) }).strict()),
      })
      .strict(),
    z
      .object({
        type: z.literal('table'),
        attrs: looseAttrs,
        content: z.array(
          z
            .object({
              type: z.literal('tableRow'),
              content: z.array(
                z
                  .object({
                    type: z.enum(['tableCell', 'tableHeader']),
                    attrs: z
                      .object({
                        colspan: z.number().int().min(1).max(50).optional(),
                        rowspan: z.number().int().min(1).max(500).optional(),
                        colwidth: z.array(z.number()).nullable().optional(),
                        // TipTap 3's TableKit writes align: null on every cell (no UI sets it here).
                        align: z.enum(['left', 'center', 'right']).nullable().optional(),
                      })
                      .strict()
                      .optional(),
                    content: z.array(blockSchema),
                  })
                  .strict(),
              ),
            })
            .strict(),
        ),
      })
      .strict(),
  ]),
) as z.ZodType<RichBlock>;

function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content)) return 1;
  let deepest = 0;
  for (const child of content) deepest = Math.max(deepest, depth(child));
  return 1 + deepest;
}

export const richDocSchema: z.ZodType<RichDoc> = z
  .object({ type: z.literal('doc'), content: z.array(blockSchema) })
  .strict()
  .refine((doc) => depth(doc) <= NARRATIVE_MAX_DEPTH, { message: 'nested too deeply' }) as z.ZodType<RichDoc>;

/** An empty section: what the editor starts from and what the export shows a placeholder for. */
export const EMPTY_RICH_DOC: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** True when the section holds no words at all (only empty paragraphs). */
export function isEmptyRichDoc(doc: RichDoc): boolean {
  const hasText = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    const n = node as { type?: string; text?: string; attrs?: { text?: string }; content?: unknown[] };
    if (n.type === 'text' && (n.text ?? '').trim() !== '') return true;
    if (n.type === 'footnote' && (n.attrs?.text ?? '').trim() !== '') return true;
    return Array.isArray(n.content) && n.content.some(hasText);
  };
  return !doc.content.some(hasText);
}

export const narrativeSchema = z.object({
  section: z.enum(NARRATIVE_SECTIONS),
  language: z.enum(NARRATIVE_LANGUAGES),
  content: richDocSchema,
  /** null: never saved (the editor starts empty). */
  updatedAt: isoDateTime.nullable(),
});
export type Narrative = z.infer<typeof narrativeSchema>;

export const narrativeSaveSchema = z
  .object({
    section: z.enum(NARRATIVE_SECTIONS),
    language: z.enum(NARRATIVE_LANGUAGES),
    content: richDocSchema,
    /** The updatedAt the editor started from (null for a first save): a later one -> CONFLICT. */
    expectedUpdatedAt: isoDateTime.nullable(),
  })
  .strict();

import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { Footnote } from './footnote';

/**
 * What the editor offers is exactly what shared/narrative.ts stores and the Word export
 * writes: everything else StarterKit brings (quotes, code, strike, underline, links, rules) is
 * off, so a paste from elsewhere is reduced to these nodes instead of failing to save.
 */
export const NARRATIVE_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: false,
    horizontalRule: false,
    heading: { levels: [1, 2, 3] },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Footnote,
];

import { mergeAttributes, Node } from '@tiptap/core';

/**
 * A footnote: an inline atom holding its own text (attrs.text), shown as a superscript marker.
 * The number is not stored: CSS counters number the markers in document order, as Word does
 * on export, so moving a paragraph renumbers everything without touching the data.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('data-text') ?? '',
        renderHTML: (attributes: { text?: string }) => ({
          'data-text': attributes.text ?? '',
          title: attributes.text ?? '',
        }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { 'data-footnote': '' })];
  },

  // Plain-text copies keep the note in brackets rather than dropping it.
  renderText({ node }) {
    return ` [${String(node.attrs.text ?? '')}]`;
  },
});

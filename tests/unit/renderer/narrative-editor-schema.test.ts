/**
 * The editor and the stored schema agree: every node and mark the Report text editor can
 * produce (its TipTap extensions, with their default attributes) is accepted by richDocSchema,
 * and the editor offers nothing the Word export cannot write. A TipTap upgrade that adds an
 * attribute (3.x added `align` on table cells) fails here rather than at the user's first save.
 */
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { NARRATIVE_EXTENSIONS } from '../../../src/renderer/src/features/report-text/extensions';
import { narrativeEn } from '../../../src/renderer/src/locales/narrative.en';
import { narrativeTh } from '../../../src/renderer/src/locales/narrative.th';
import { richDocSchema } from '../../../src/shared/narrative';

const schema = getSchema(NARRATIVE_EXTENSIONS);

const text = (value: string, marks?: string[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks: marks.map((type) => ({ type })) } : {}),
});
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const cell = (type: string, value: string) => ({ type, content: [para(text(value))] });

/** Minimal JSON (no attributes): ProseMirror fills in the defaults, as the editor does. */
const minimal = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('บทสรุป')] },
    para(
      text('ตัวหนา', ['bold']),
      text(' and ', ['italic']),
      { type: 'footnote', attrs: { text: 'note' } },
      { type: 'hardBreak' },
      text('x'),
    ),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('a'))] }] },
    { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('b'))] }] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'h1'), cell('tableHeader', 'h2')] },
        { type: 'tableRow', content: [cell('tableCell', 'c1'), cell('tableCell', 'c2')] },
      ],
    },
  ],
};

describe('the Report text editor and the stored schema', () => {
  it('offers exactly the nodes and marks the export writes', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'bulletList',
        'doc',
        'footnote',
        'hardBreak',
        'heading',
        'listItem',
        'orderedList',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'text',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic']);
  });

  it('produces JSON, default attributes included, that richDocSchema accepts', () => {
    const json = schema.nodeFromJSON(minimal).toJSON() as unknown;
    const parsed = richDocSchema.safeParse(json);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    // The defaults really were added (otherwise this test would prove nothing about them).
    expect(JSON.stringify(json)).toContain('"colspan":1');
  });

  it('reads pasted headings h1–h3 only (a pasted h4 becomes a paragraph, never level 4)', () => {
    const tags = (schema.nodes['heading']?.spec.parseDOM ?? []).map((rule) => ('tag' in rule ? rule.tag : ''));
    expect(tags).toEqual(['h1', 'h2', 'h3']);
  });
});

describe('the Report text strings', () => {
  const leaves = (value: unknown, path = ''): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  // Codes and pure placeholders read the same in both languages.
  const sameInBoth = new Set(['reportText.languageShort.th', 'reportText.languageShort.en', 'reportText.editorLabel']);

  it('are written in Thai in the Thai catalogue, with the same placeholders as in English', () => {
    const english = new Map(leaves(narrativeEn));
    for (const [path, thai] of leaves(narrativeTh)) {
      if (!sameInBoth.has(path)) expect(thai, path).toMatch(/[\u0E00-\u0E7F]/);
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(thai), path).toEqual(placeholders(english.get(path) ?? ''));
    }
  });
});

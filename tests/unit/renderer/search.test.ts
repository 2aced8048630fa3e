import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src/shared/search';
import { snippetSegments } from '../../../src/renderer/src/features/search/highlight';
import { hitTitle } from '../../../src/renderer/src/features/search/hit-title';

/** What the search dropdown marks in a snippet and how it names an interview hit. */

const marked = (text: string, ranges: { start: number; end: number }[]) =>
  snippetSegments(text, ranges)
    .filter((segment) => segment.marked)
    .map((segment) => segment.text);

describe('snippetSegments', () => {
  const text = 'ผู้เสียหายจากการค้ามนุษย์ถูกส่งต่อ';
  const at = text.indexOf('ค้ามนุษย์');

  it('marks the hit inside unsegmented Thai and keeps every character once, in order', () => {
    const segments = snippetSegments(text, [{ start: at, end: at + 'ค้ามนุษย์'.length }]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['ค้ามนุษย์']);
  });

  it('joins touching and overlapping ranges into one marked word', () => {
    expect(
      marked(text, [
        { start: at + 3, end: at + 9 },
        { start: at, end: at + 3 },
      ]),
    ).toEqual(['ค้ามนุษย์']);
    expect(
      marked(text, [
        { start: at, end: at + 5 },
        { start: at + 2, end: at + 9 },
      ]),
    ).toEqual(['ค้ามนุษย์']);
  });

  it('clamps ranges that run past the text and drops empty ones', () => {
    expect(
      marked('border', [
        { start: 3, end: 99 },
        { start: 2, end: 2 },
      ]),
    ).toEqual(['der']);
    expect(snippetSegments('border', [{ start: 10, end: 12 }])).toEqual([{ text: 'border', marked: false }]);
  });
});

describe('hitTitle', () => {
  const hit = (kind: SearchHit['kind'], title: string): SearchHit => ({
    kind,
    id: 'x',
    code: 'KII-OFF-001',
    title,
    snippet: { text: '', highlights: [], clippedStart: false, clippedEnd: false },
  });
  const label = (category: string) => `<${category}>`;
  const abbreviation = (code: string) => (code === 'RTP-IB' ? 'สตม.' : code);

  it('translates the category and shows the agency by its abbreviation', () => {
    expect(hitTitle(hit('interview', 'official · RTP-IB'), label, abbreviation)).toBe('<official> · สตม.');
    expect(hitTitle(hit('interview', 'migrant · Sa Kaeo'), label, abbreviation)).toBe('<migrant> · Sa Kaeo');
    expect(hitTitle(hit('interview', 'focus_group'), label, abbreviation)).toBe('<focus_group>');
  });

  it('leaves an indicator’s text as it is', () => {
    expect(hitTitle(hit('indicator', 'official · RTP-IB'), label, abbreviation)).toBe('official · RTP-IB');
  });
});

import { describe, expect, it } from 'vitest';
import { reviewEn } from '../../../src/renderer/src/locales/review.en';
import { reviewTh } from '../../../src/renderer/src/locales/review.th';
import { NARRATIVE_SECTIONS } from '../../../src/shared/narrative';
import { REVIEW_STATUSES, REVIEW_TARGET_TYPES } from '../../../src/shared/review';

/** The review workflow speaks Thai and English: every status, move, kind and section named in both. */
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('review strings', () => {
  const { copy: _enCopy, ...en } = reviewEn.review;
  const { copy: _thCopy, ...th } = reviewTh.review;

  it('name every status, move, kind of item and report section, differently, in both languages', () => {
    for (const status of REVIEW_STATUSES) {
      expect(th.status[status], status).toMatch(/[\u0E00-\u0E7F]/);
      expect(th.moves[status], status).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(new Set(Object.values(en.status)).size).toBe(REVIEW_STATUSES.length);
    for (const type of REVIEW_TARGET_TYPES) expect(th.types[type], type).toMatch(/[\u0E00-\u0E7F]/);
    expect(Object.keys(en.sections).sort()).toEqual([...NARRATIVE_SECTIONS].sort());
    expect(Object.keys(th.sections).sort()).toEqual([...NARRATIVE_SECTIONS].sort());
  });

  it('have the same keys and placeholders in Thai as in English', () => {
    const enLeaves = new Map(leaves(en));
    const thLeaves = new Map(leaves(th));
    expect([...thLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, text] of enLeaves) expect(placeholders(thLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

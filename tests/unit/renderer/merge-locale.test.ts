import { describe, expect, it } from 'vitest';
import { reviewEn } from '../../../src/renderer/src/locales/review.en';
import { reviewTh } from '../../../src/renderer/src/locales/review.th';

/** "Import another assessor's project" speaks Thai and English alike (issue 6). */
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/** { kinds: { agencies: 'Agency' } } -> { 'kinds.agencies': 'Agency' }. */
function flat(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else Object.assign(out, flat(value as object, `${prefix}${key}.`));
  }
  return out;
}

describe('merge strings', () => {
  const en = flat(reviewEn.review.merge);
  const th = flat(reviewTh.review.merge);

  it('have the same keys and placeholders in Thai, written in Thai', () => {
    expect(Object.keys(th).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(th[key]!), key).toEqual(placeholders(en[key]!));
      // "(empty)" and "{{field}} ({{language}})" are the same signs in both languages.
      if (key !== 'empty' && key !== 'inLanguage') expect(th[key], key).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('say what the import brought and offer both choices per field', () => {
    expect(placeholders(en['imported']!)).toEqual(['added', 'conflicts', 'updated']);
    expect(en['keep']).not.toBe(en['take']);
    expect(th['keep']).not.toBe(th['take']);
  });
});

import { describe, expect, it } from 'vitest';
import { reviewEn } from '../../../src/renderer/src/locales/review.en';
import { reviewTh } from '../../../src/renderer/src/locales/review.th';
import { REVIEW_COPY_REASONS } from '../../../src/shared/review-copy';

/** The "Create review copy" section and the reviewer banner speak Thai and English (issue 6). */
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('review copy strings', () => {
  const en = reviewEn.review.copy;
  const th = reviewTh.review.copy;

  it('name every reason the preview counts, in both languages, differently', () => {
    for (const reason of REVIEW_COPY_REASONS) {
      expect(en.reasons[reason], reason).toMatch(/\S/);
      expect(th.reasons[reason], reason).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(new Set(Object.values(en.reasons)).size).toBe(REVIEW_COPY_REASONS.length);
    expect(Object.keys(en.reasons).sort()).toEqual([...REVIEW_COPY_REASONS].sort());
  });

  it('keep the placeholders of each message in Thai', () => {
    for (const key of ['passphraseHint', 'created', 'createdHash'] as const) {
      expect(placeholders(th[key]), key).toEqual(placeholders(en[key]));
    }
    expect(placeholders(th.banner.details)).toEqual(placeholders(en.banner.details));
  });

  it('say in the banner that the content is read-only and comments and decisions are allowed', () => {
    expect(en.banner.title).toBe('Review copy — content is read-only; comments and decisions are allowed');
    expect(th.banner.title).toContain('สำเนาสำหรับทบทวน');
  });
});

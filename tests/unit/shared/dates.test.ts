/**
 * Thai / Buddhist-Era dates (src/shared/dates.ts): property tests for the conversions and
 * examples of what a user reads in the app and in documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BE_OFFSET,
  THAI_MONTHS,
  formatDate,
  fromThaiDigits,
  toBuddhistYear,
  toGregorianYear,
  toThaiDigits,
} from '../../../src/shared/dates';

const THAI_DIGIT = /[๐-๙]/;

describe('Buddhist Era years', () => {
  it('B.E. = C.E. + 543, and converting back gives the same year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1941, max: 9999 }), (year) => {
        expect(toBuddhistYear(year)).toBe(year + BE_OFFSET);
        expect(toGregorianYear(toBuddhistYear(year))).toBe(year);
      }),
    );
    expect(toBuddhistYear(2026)).toBe(2569);
    expect(toGregorianYear(2569)).toBe(2026);
  });
});

describe('Thai digits', () => {
  it('round-trips any text without Thai digits, and leaves no Arabic digit behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!THAI_DIGIT.test(text));
        const thai = toThaiDigits(text);
        expect(/[0-9]/.test(thai)).toBe(false);
        expect(fromThaiDigits(thai)).toBe(text);
      }),
    );
  });

  it('round-trips text made of Thai digits the other way', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'๐๑๒๓๔๕๖๗๘๙'.split('')), { maxLength: 12 }), (digits) => {
        const text = digits.join('');
        expect(toThaiDigits(fromThaiDigits(text))).toBe(text);
        expect(Number(fromThaiDigits(text) || '0')).toBe(
          Number(digits.map((d) => d.charCodeAt(0) - 0x0e50).join('') || '0'),
        );
      }),
    );
    expect(toThaiDigits('29/11/2569')).toBe('๒๙/๑๑/๒๕๖๙');
  });
});

describe('formatDate', () => {
  const date = new Date(2026, 10, 29, 14, 5); // local time, as formatDate reads it

  it('writes dates the way Thai documents do', () => {
    expect(formatDate(date, { language: 'th', calendar: 'BE' })).toBe('29 พฤศจิกายน 2569');
    expect(formatDate(date, { language: 'th', calendar: 'BE', digits: 'thai' })).toBe('๒๙ พฤศจิกายน ๒๕๖๙');
    expect(formatDate(date, { language: 'th', calendar: 'BE', short: true })).toBe('29 พ.ย. 2569');
    expect(formatDate(date, { language: 'th', calendar: 'BE', withTime: true })).toBe('29 พฤศจิกายน 2569 เวลา 14.05 น.');
    expect(formatDate(date, { language: 'en', calendar: 'CE' })).toBe('29 November 2026');
    expect(formatDate(date, { language: 'en', calendar: 'BE' })).toBe('29 November 2569');
    expect(formatDate(date, { language: 'en', calendar: 'CE', short: true, withTime: true })).toBe('29 Nov 2026 14:05');
  });

  it('always shows the right day, Thai month and B.E. year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1950, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }), (d) => {
        const [day, month, year, ...rest] = formatDate(d, { language: 'th', calendar: 'BE' }).split(' ');
        expect(rest).toEqual([]);
        expect(Number(day)).toBe(d.getDate());
        expect(month).toBe(THAI_MONTHS[d.getMonth()]);
        expect(Number(year)).toBe(d.getFullYear() + 543);
        const thai = formatDate(d, { language: 'th', calendar: 'BE', digits: 'thai' });
        expect(fromThaiDigits(thai)).toBe(formatDate(d, { language: 'th', calendar: 'BE' }));
      }),
    );
  });
});

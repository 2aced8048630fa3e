/**
 * PII guard (src/shared/pii.ts): what the assessor is warned about while typing notes, and
 * what one-click redaction leaves behind. Property tests for Thai national ID checksums and
 * for redaction offsets (coded passages must move with the text); examples in Thai and
 * English for every kind, and the app's own codes that must never raise a warning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PII_PLACEHOLDERS,
  findPii,
  isValidThaiNationalId,
  normaliseDigits,
  redact,
  redactWithMap,
  thaiNationalIdCheckDigit,
  type PiiKind,
} from '../../../src/shared/pii';

const toThaiDigits = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const kindsAndValues = (text: string): string[] => findPii(text).map((m) => `${m.kind}:${m.value}`);

/** The Department of Provincial Administration's rule, written out independently of the module. */
const referenceCheckDigit = (digits: number[]): number => {
  const sum = digits.reduce((total, digit, i) => total + digit * (13 - i), 0);
  return (11 - (sum % 11)) % 10;
};

/** 12 digits a person's ID can start with (first digit 0-8), plus its check digit. */
const validId = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }))
  .map(([first, rest]) => [first, ...rest].join('') + String(referenceCheckDigit([first, ...rest])));

type IdStyle = 'plain' | 'dashes' | 'spaces';
const formatId = (id: string, style: IdStyle): string => {
  if (style === 'plain') return id;
  const sep = style === 'dashes' ? '-' : ' ';
  return [id.slice(0, 1), id.slice(1, 5), id.slice(5, 10), id.slice(10, 12), id.slice(12)].join(sep);
};

const PREFIXES = ['', 'เลขบัตรประชาชน ', 'เลขบัตร', 'ID no. ', '(', 'ผู้เสียหาย เลขประจำตัว: '];
const SUFFIXES = ['', ' ครับ', 'ค่ะ', '.', ')', ' and the officer'];

describe('Thai national ID numbers', () => {
  it('finds every checksum-valid ID, plain, dashed or spaced, in ASCII or Thai digits, at its exact place', () => {
    fc.assert(
      fc.property(
        validId,
        fc.constantFrom<IdStyle>('plain', 'dashes', 'spaces'),
        fc.boolean(),
        fc.constantFrom(...PREFIXES),
        fc.constantFrom(...SUFFIXES),
        (id, style, thai, prefix, suffix) => {
          const written = thai ? toThaiDigits(formatId(id, style)) : formatId(id, style);
          const text = prefix + written + suffix;
          expect(findPii(text)).toEqual([
            { kind: 'thai_national_id', start: prefix.length, end: prefix.length + written.length, value: written },
          ]);
        },
      ),
    );
  });

  it('ignores the same number when its check digit is wrong', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom<IdStyle>('plain', 'dashes', 'spaces'),
        (id, bump, style) => {
          const wrong = id.slice(0, 12) + String((Number(id[12]) + bump) % 10);
          expect(isValidThaiNationalId(wrong)).toBe(false);
          const kinds = findPii(`เลขบัตร ${formatId(wrong, style)} ครับ`).map((m) => m.kind);
          expect(kinds).not.toContain('thai_national_id');
        },
      ),
    );
  });

  it('computes the check digit of a known number, accepts first digits 0-8 and refuses 9', () => {
    // 1-1017-00203-45-? : 1*13+1*12+0*11+1*10+7*9+0*8+0*7+2*6+0*5+3*4+4*3+5*2 = 144; (11 - 144 % 11) % 10 = 0
    expect(thaiNationalIdCheckDigit('110170020345')).toBe(0);
    expect(isValidThaiNationalId('1101700203450')).toBe(true);
    // 1*13 + 1*9 = 22, a multiple of 11: (11 - 0) % 10 = 1, not 11 and not 0.
    expect(thaiNationalIdCheckDigit('100010000000')).toBe(1);
    expect(kindsAndValues('1-0001-00000-00-1')).toEqual(['thai_national_id:1-0001-00000-00-1']);
    expect(findPii('1-0001-00000-00-0')).toEqual([]);
    // Registered migrant workers' numbers start with 00 (pink card) and must be caught.
    const migrant = '001234567890';
    expect(kindsAndValues(`pink card ${migrant}${thaiNationalIdCheckDigit(migrant)}`)).toEqual([
      `thai_national_id:${migrant}${thaiNationalIdCheckDigit(migrant)}`,
    ]);
    const nine = '910170020345';
    expect(isValidThaiNationalId(nine + String(thaiNationalIdCheckDigit(nine)))).toBe(false);
  });

  it('does not take 13 digits out of a longer run of digits', () => {
    expect(findPii('batch 21101700203450 and 11017002034509 and 1-1017-00203-45-0-7')).toEqual([]);
  });
});

describe('passport numbers', () => {
  it.each([
    ['Thai', 'Passport AA1234567 was checked at the counter.', 'AA1234567'],
    ['Thai, one letter', 'หนังสือเดินทางเลขที่ A123456 หมดอายุแล้ว', 'A123456'],
    ['Myanmar', 'แรงงานถือหนังสือเดินทางเมียนมา MA123456 และบัตรชมพู', 'MA123456'],
    ['Cambodia', 'Cambodian passport N12345678, issued in Phnom Penh', 'N12345678'],
    ['Lao, glued to Thai text', 'พาสปอร์ตลาวP1234567ถูกยึดไว้', 'P1234567'],
  ])('%s: %s', (_label, text, value) => {
    expect(kindsAndValues(text)).toEqual([`passport:${value}`]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['โทร 081-234-5678 ได้ตลอด', '081-234-5678'],
    ['เบอร์ 0812345678 ของนายหน้า', '0812345678'],
    ['call 08 1234 5678 after 6', '08 1234 5678'],
    ['สำนักงาน 02-123-4567 ต่อ 12', '02-123-4567'],
    ['ด่านแม่สาย 053.731.008', '053.731.008'],
    ['Hotline (02) 141 9889', '(02) 141 9889'],
    ['He called +66 81 234 5678 twice', '+66 81 234 5678'],
    ['ติดต่อ (+66) 2 123 4567', '(+66) 2 123 4567'],
    ['line id 66812345678', '66812345678'],
    ['เบอร์ญาติในพม่า +95 9 123 456 789', '+95 9 123 456 789'],
    ['ญาติที่กัมพูชา +855 12 345 678', '+855 12 345 678'],
    ['Office +1 (202) 555-0143', '+1 (202) 555-0143'],
    ['เบอร์ ๐๘๑-๒๓๔-๕๖๗๘ ครับ', '๐๘๑-๒๓๔-๕๖๗๘'],
  ])('%s', (text, value) => {
    expect(kindsAndValues(text)).toEqual([`phone:${value}`]);
  });
});

describe('vehicle plates', () => {
  it.each([
    ['รถกระบะทะเบียน 1กข 1234 จอดอยู่', '1กข 1234'],
    ['ทะเบียน กข 1234 เข้ามาทางช่องทางธรรมชาติ', 'กข 1234'],
    ['รถตู้ 1 กข 1234 เชียงราย ผ่านด่าน', '1 กข 1234 เชียงราย'],
    ['A van with plate 2ขค 567 กรุงเทพมหานคร crossed at night', '2ขค 567 กรุงเทพมหานคร'],
    ['รถทะเบียน1กข1234จอดหน้าด่าน', '1กข1234'],
    ['pickup ฒห-4821 ตาก', 'ฒห-4821 ตาก'],
  ])('%s', (text, value) => {
    expect(kindsAndValues(text)).toEqual([`plate:${value}`]);
  });

  it('common two-letter words before a number are not plates unless a digit or province is attached', () => {
    expect(findPii('พบ 12 ราย รถ 2 คัน ผู้ต้องหา 3 คน 12 ครั้ง ตม 6 บก.ตม.6')).toEqual([]);
    expect(kindsAndValues('รถยนต์ คน 1234 เชียงใหม่')).toEqual(['plate:คน 1234 เชียงใหม่']);
  });
});

describe('what must not raise a warning', () => {
  it.each([
    'KII-OFF-017, KII-MIG-004 and FGD-03 were interviewed.',
    'Action JAP-B3-01 follows finding F-C4-02 on indicator C4.2 and E2.3.',
    'Province code TH-57, site visit SV-2019-07 at BCP-SKA-KLUEK, module CUR-M05.',
    'Charged under Immigration Act s.63/64 (B.E. 2522) and Anti-Trafficking Act B.E. 2551.',
    'สัมภาษณ์เมื่อ 29/11/2569 เวลา 08.30-09.30 น. (ปี 2562) ต่อด้วย 10:30',
    'Meeting on 08-11-2569 from 0830-0930, 2025-11-29T10:30, 29.11.2569',
    'ผู้เสียหาย 120 คน อายุ 15-17 ปี ค่าใช้จ่าย 25,000 บาท ร้อยละ 12.5',
    'ด่านพรมแดนแม่สาย-ท่าขี้เหล็ก เปิด 06.00-21.00 น. สายด่วน 1178 และ 191',
  ])('%s', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('finds nothing in any text without digits', () => {
    const noDigit = fc.oneof(
      fc.constantFrom(...'กขคงจฉชซญฎฏฐฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาำิีึืุูเแโใไ่้๊๋็์ๆฯ'.split('')),
      fc.constantFrom(...'ABCDEFGHIJKLMNPQRSTUVWXYZabcxyz -.+()/:[]'.split('')),
      fc.string({ unit: 'grapheme', maxLength: 3 }).filter((s) => !/\p{Nd}/u.test(s)),
    );
    fc.assert(
      fc.property(fc.array(noDigit, { maxLength: 60 }), (parts) => {
        expect(findPii(parts.join(''))).toEqual([]);
      }),
    );
  });
});

const FRAGMENTS = [
  validId.map((id) => formatId(id, 'dashes')),
  validId.map((id) => toThaiDigits(id)),
  fc.constantFrom('081-234-5678', '+66 81 234 5678', '0812345678', '02 123 4567', '(+66) 2 123 4567'),
  fc.constantFrom('AA1234567', 'MA123456', 'N12345678'),
  fc.constantFrom('1กข 1234', 'กข 1234 ตาก', '1 กข 1234 เชียงราย', 'ตาก'),
  fc.constantFrom('ด่านแม่สาย', 'ผู้เสียหาย', 'KII-MIG-004', 'F-C4-02', ' ', '-', '+', '(', ')', 'ครับ', 'the officer'),
  fc.stringMatching(/^[0-9๐-๙ .\-+]{0,6}$/),
  fc.string({ maxLength: 4 }),
];
const noteText = fc.array(fc.oneof(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(''));

describe('redaction', () => {
  it('replaces each match by its placeholder and keeps the rest; nothing is found afterwards', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const matches = findPii(text);
        const once = redact(text, matches);
        let expected = '';
        let cursor = 0;
        for (const m of matches) {
          expected += text.slice(cursor, m.start) + PII_PLACEHOLDERS[m.kind];
          cursor = m.end;
        }
        expect(once).toBe(expected + text.slice(cursor));
        expect(findPii(redact(text))).toEqual([]);
      }),
    );
  });

  it('maps offsets monotonically, keeps every unredacted character at its mapped place', () => {
    fc.assert(
      fc.property(noteText, fc.nat(), fc.nat(), (text, a, b) => {
        const r = redactWithMap(text);
        const [lo, hi] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const bias of ['start', 'end'] as const) {
          expect(r.mapOffset(lo, bias)).toBeLessThanOrEqual(r.mapOffset(hi, bias));
          expect(r.mapOffset(0, bias)).toBe(0);
          expect(r.mapOffset(text.length, bias)).toBe(r.text.length);
        }
        const inside = findPii(text).some((m) => lo >= m.start && lo < m.end);
        if (!inside && lo < text.length && r.replaced.length === findPii(text).length) {
          expect(r.text[r.mapOffset(lo)]).toBe(text[lo]);
        }
      }),
    );
  });

  it('moves a coded passage with the text and grows it over a redacted value it touches', () => {
    const note = 'ผู้ให้ข้อมูลโทร 081-234-5678 แจ้งว่านายหน้าพาข้ามแดนทางช่องทางธรรมชาติ';
    const quote = 'นายหน้าพาข้ามแดน';
    const start = note.indexOf(quote);
    const r = redactWithMap(note);
    expect(r.text).toBe('ผู้ให้ข้อมูลโทร [REDACTED:PHONE] แจ้งว่านายหน้าพาข้ามแดนทางช่องทางธรรมชาติ');
    const moved = r.mapRange(start, start + quote.length);
    expect(r.text.slice(moved.start, moved.end)).toBe(quote);
    const overPhone = r.mapRange(note.indexOf('โทร'), note.indexOf('5678') + 2);
    expect(r.text.slice(overPhone.start, overPhone.end)).toBe('โทร [REDACTED:PHONE]');
  });

  it('redacts only the matches the assessor chose, and says what was replaced', () => {
    const note = 'Passport MA123456, phone +95 9 123 456 789.';
    const [passport, phone] = findPii(note);
    expect(passport?.kind).toBe('passport');
    const r = redactWithMap(note, phone ? [phone] : []);
    expect(r.text).toBe('Passport MA123456, phone [REDACTED:PHONE].');
    expect(r.replaced).toEqual([{ kind: 'phone' satisfies PiiKind, value: '+95 9 123 456 789' }]);
  });
});

describe('digits of neighbouring scripts', () => {
  it('reads Thai, Lao, Myanmar, Khmer and full-width digits as digits without moving any offset', () => {
    const text = '๐๘๑ ໐໘໑ ၀၈၁ ០៨១ ０８１';
    expect(normaliseDigits(text)).toBe('081 081 081 081 081');
    expect(kindsAndValues('ဖုန်း ၀၈၁၂၃၄၅၆၇၈')).toEqual(['phone:၀၈၁၂၃၄၅၆၇၈']);
  });
});

/**
 * PII guard: finds Thai national ID numbers, passport numbers, phone numbers and Thai vehicle
 * plates in free text (interview notes, observations), and redacts them.
 *
 * Pure TypeScript: the renderer uses it to warn while the assessor types, the main process to
 * refuse linking an unredacted note to a finding. It is a guard, not a proof: patterns lean
 * towards flagging (a false alarm costs one click), except where the app's own codes
 * (KII-OFF-017, F-C4-02, JAP-B3-01, TH-57, C4.2) or dates, times and years would otherwise
 * trip it on every note.
 *
 * All offsets are UTF-16 code units into the text as given, so they can be used with
 * String.prototype.slice and with the passage offsets stored for coded quotes.
 */

export type PiiKind = 'thai_national_id' | 'passport' | 'phone' | 'plate';

export interface PiiMatch {
  kind: PiiKind;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The text as written (Thai digits and separators kept). */
  value: string;
}

/**
 * Language-neutral placeholders: the same in a Thai and an English note, ASCII only, no digit,
 * so a redacted note never matches again and its length change is known in advance.
 */
export const PII_PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  thai_national_id: '[REDACTED:ID]',
  passport: '[REDACTED:PASSPORT]',
  phone: '[REDACTED:PHONE]',
  plate: '[REDACTED:PLATE]',
};

// Zero of each decimal digit block people near Thailand's borders write in: Thai, Lao,
// Myanmar, Khmer, and full-width (IME input). Each digit is one UTF-16 unit, like '0'-'9',
// so mapping them to ASCII keeps every offset.
const DIGIT_ZEROS = [0x0e50, 0x0ed0, 0x1040, 0x17e0, 0xff10] as const;

/** Replaces Thai, Lao, Myanmar, Khmer and full-width digits with ASCII digits; same length. */
export function normaliseDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? 0x30;
    return String.fromCharCode(0x30 + code - zero);
  });
}

/** Check digit of a Thai national ID from its first 12 digits (ASCII). */
export function thaiNationalIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/**
 * True for 13 ASCII digits whose check digit holds and whose first digit is one the
 * registration system issues to persons. 1-8 are Thai nationals and registered foreigners;
 * 0 is issued to people without Thai nationality, among them registered migrant workers from
 * Myanmar, Laos and Cambodia ("00…" on the pink card): exactly the people this assessment
 * interviews, so it is accepted. 9 is not issued to persons.
 */
export function isValidThaiNationalId(digits: string): boolean {
  if (!/^[0-8]\d{12}$/.test(digits)) return false;
  return thaiNationalIdCheckDigit(digits) === Number(digits[12]);
}

// ---- detectors (run on the digit-normalised text; offsets are the same) ----

// 1-4-5-2-1 grouping with an optional dash or space at each standard place, or none.
const THAI_ID = /(?<!\d)(?<!\d-)[0-8][- ]?\d{4}[- ]?\d{5}[- ]?\d{2}[- ]?\d(?!\d)(?!-\d)/g;

// 1-2 capital letters + 6-8 digits, standing alone: not glued to letters or digits, and not
// one part of a dashed/dotted code such as JAP-B3-01 or a file name.
const PASSPORT = /(?<![A-Za-z0-9])(?<![A-Za-z0-9][-/._:])[A-Z]{1,2}\d{6,8}(?![A-Za-z0-9])(?![-/._:][A-Za-z0-9])/g;

const SEP = '[-. ]';
const OPT = `${SEP}?`;
// Groupings people actually write. Thai mobiles are 10 digits (06/08/09), landlines 9 digits
// (02 Bangkok, 03x-07x provinces). Dates (08-11-2569, 29/11/2569), times (08.30) and years
// (2562) do not fit any of them.
const PHONE_FORMS = [
  `0[689]\\d${OPT}\\d{3}${OPT}\\d{4}`,
  `0[689]${SEP}\\d{4}${SEP}\\d{4}`,
  `\\(0[689]\\d\\)${OPT}\\d{3}${OPT}\\d{4}`,
  `0[2-7]${OPT}\\d{3}${OPT}\\d{4}`,
  `0[2-7]\\d${OPT}\\d{3}${OPT}\\d{3}`,
  `\\(0[2-7]\\)${OPT}\\d{3}${OPT}\\d{4}`,
  `\\(0[2-7]\\d\\)${OPT}\\d{3}${OPT}\\d{3}`,
  // Thailand's country code without "+": 66 8x xxx xxxx, 662 xxx xxxx.
  `66${OPT}[689]\\d${OPT}\\d{3}${OPT}\\d{4}`,
  `66${OPT}[2-7]${OPT}\\d{3}${OPT}\\d{4}`,
  // Any international number: "+" (or "(+66)"), then digits with single separators and
  // optional bracketed groups such as the trunk "(0)"; 8-15 digits in all, checked below.
  `(?:\\(\\+\\d{1,3}\\)|\\+ ?\\d)(?:${OPT}(?:\\(\\d{1,4}\\)|\\d)){4,16}`,
];
const PHONE = new RegExp(`(?<![\\dA-Za-z+])(?<!\\d[-./])(?:${PHONE_FORMS.join('|')})(?![\\dA-Za-z])(?![-./]\\d)`, 'g');

// The 77 provinces as written on plates, plus the usual short forms of Bangkok.
const PROVINCES_TH = (
  'กรุงเทพมหานคร,กรุงเทพฯ,กทม.,สมุทรปราการ,นนทบุรี,ปทุมธานี,พระนครศรีอยุธยา,อ่างทอง,ลพบุรี,สิงห์บุรี,ชัยนาท,' +
  'สระบุรี,ชลบุรี,ระยอง,จันทบุรี,ตราด,ฉะเชิงเทรา,ปราจีนบุรี,นครนายก,สระแก้ว,นครราชสีมา,บุรีรัมย์,สุรินทร์,' +
  'ศรีสะเกษ,อุบลราชธานี,ยโสธร,ชัยภูมิ,อำนาจเจริญ,บึงกาฬ,หนองบัวลำภู,ขอนแก่น,อุดรธานี,เลย,หนองคาย,มหาสารคาม,' +
  'ร้อยเอ็ด,กาฬสินธุ์,สกลนคร,นครพนม,มุกดาหาร,เชียงใหม่,ลำพูน,ลำปาง,อุตรดิตถ์,แพร่,น่าน,พะเยา,เชียงราย,' +
  'แม่ฮ่องสอน,นครสวรรค์,อุทัยธานี,กำแพงเพชร,ตาก,สุโขทัย,พิษณุโลก,พิจิตร,เพชรบูรณ์,ราชบุรี,กาญจนบุรี,' +
  'สุพรรณบุรี,นครปฐม,สมุทรสาคร,สมุทรสงคราม,เพชรบุรี,ประจวบคีรีขันธ์,นครศรีธรรมราช,กระบี่,พังงา,ภูเก็ต,' +
  'สุราษฎร์ธานี,ระนอง,ชุมพร,สงขลา,สตูล,ตรัง,พัทลุง,ปัตตานี,ยะลา,นราธิวาส'
).split(',');

// Two-consonant Thai words and police/office abbreviations that are often followed by a
// number in notes ("พบ 12 ราย", "รถ 2 คัน", "บก.ตม 6"). Such a pair counts as a plate only
// with a digit glued in front ("1คน 1234") or a province after it.
const PLATE_LOOKALIKES = new Set(
  (
    'คน,รถ,ผล,จน,ชม,กม,ซม,มม,กก,ลบ,บท,กด,ตน,มด,รส,สด,ยก,ลด,รด,พบ,นก,ปก,วน,ขน,ดง,คง,จด,หก,รอ,ตม,บก,สน,สภ,ภจ,' +
    'ผบ,ชป,ศร,ทล,ทท,ปส,สว,รพ,ขส,ปท,ฝอ,ธน,กร'
  ).split(','),
);

const CONSONANT = '[\\u0e01-\\u0e23\\u0e25\\u0e27-\\u0e2e]'; // ก-ฮ without the vowels ฤ and ฦ
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PROVINCE_ALTERNATIVES = [...PROVINCES_TH]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
// A consonant pair standing alone (not the tail of a Thai word), or after a leading digit
// (which may follow Thai text: "ทะเบียน1กข 1234"); then 1-4 digits and an optional province.
const PLATE = new RegExp(
  `(?:(?<![\\p{N}A-Za-z])(\\d)( ?)|(?<![\\u0e00-\\u0e7f\\p{L}\\p{N}]))(${CONSONANT}{2})[- ]?\\d{1,4}(?!\\d)` +
    `(?:(\\s{0,3})(${PROVINCE_ALTERNATIVES}))?`,
  'gu',
);

interface Candidate {
  kind: PiiKind;
  start: number;
  end: number;
}

function collect(pattern: RegExp, text: string, accept: (m: RegExpExecArray) => PiiKind | null): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const kind = accept(m);
    if (kind) found.push({ kind, start: m.index, end: m.index + m[0].length });
    // A refused candidate may hide a real one starting inside it ("2 คน 1กข 1234").
    else pattern.lastIndex = m.index + 1;
  }
  return found;
}

function acceptThaiId(m: RegExpExecArray): PiiKind | null {
  return isValidThaiNationalId(m[0].replace(/\D/g, '')) ? 'thai_national_id' : null;
}

function acceptPhone(m: RegExpExecArray): PiiKind | null {
  const digits = m[0].replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15 ? 'phone' : null;
}

function acceptPlate(m: RegExpExecArray): PiiKind | null {
  const [, leadingDigit, space, pair, , province] = m;
  if (!pair || !PLATE_LOOKALIKES.has(pair)) return 'plate';
  const gluedDigit = leadingDigit !== undefined && space === '';
  return gluedDigit || province !== undefined ? 'plate' : null;
}

// Earlier kinds win a tie: a checksum-valid ID is the strongest signal.
const PRIORITY: readonly PiiKind[] = ['thai_national_id', 'passport', 'phone', 'plate'];

/** Every PII match in the text, in order, never overlapping. */
export function findPii(text: string): PiiMatch[] {
  const normalised = normaliseDigits(text);
  const candidates = [
    ...collect(THAI_ID, normalised, acceptThaiId),
    ...collect(PASSPORT, normalised, () => 'passport'),
    ...collect(PHONE, normalised, acceptPhone),
    ...collect(PLATE, normalised, acceptPlate),
  ].sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const matches: PiiMatch[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    matches.push({ ...c, value: text.slice(c.start, c.end) });
    reached = c.end;
  }
  return matches;
}

/** True when the text contains anything findPii reports. */
export function containsPii(text: string): boolean {
  return findPii(text).length > 0;
}

export type OffsetBias = 'start' | 'end';

export interface Redaction {
  /** The text with each match replaced by its kind's placeholder. */
  text: string;
  /** What was replaced, in order of the original text (values as written). */
  replaced: { kind: PiiKind; value: string }[];
  /**
   * Maps an offset in the old text to the new text. Outside a match the same character is
   * found at the new offset; inside a match the offset moves to the placeholder's start
   * ('start', the default) or end ('end'). Non-decreasing for either bias.
   */
  mapOffset(offset: number, bias?: OffsetBias): number;
  /** Maps a passage [start, end): a passage touching a redacted value grows to cover its placeholder. */
  mapRange(start: number, end: number): { start: number; end: number };
}

type OffsetMap = (offset: number, bias: OffsetBias) => number;

/** Keeps matches that lie inside the text and do not overlap an earlier one. */
function usableMatches(text: string, matches: readonly PiiMatch[]): PiiMatch[] {
  const sorted = [...matches]
    .filter(
      (m) =>
        Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PiiMatch[] = [];
  let reached = 0;
  for (const m of sorted) {
    if (m.start < reached) continue;
    kept.push({ ...m, value: text.slice(m.start, m.end) });
    reached = m.end;
  }
  return kept;
}

function replaceOnce(
  text: string,
  matches: readonly PiiMatch[],
): { text: string; replaced: PiiMatch[]; map: OffsetMap } {
  const replaced = usableMatches(text, matches);
  const parts: string[] = [];
  let cursor = 0;
  for (const m of replaced) {
    parts.push(text.slice(cursor, m.start), PII_PLACEHOLDERS[m.kind]);
    cursor = m.end;
  }
  parts.push(text.slice(cursor));

  const map: OffsetMap = (offset, bias) => {
    const old = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), text.length) : 0;
    let shift = 0;
    for (const m of replaced) {
      if (old <= m.start) break;
      const placeholder = PII_PLACEHOLDERS[m.kind].length;
      if (old < m.end) return m.start + shift + (bias === 'end' ? placeholder : 0);
      shift += placeholder - (m.end - m.start);
    }
    return old + shift;
  };
  return { text: parts.join(''), replaced, map };
}

// Redacting can expose a value its neighbour used to hide: "ตากกข 1234" is no plate (the pair
// ends a Thai word) until a plate before it becomes "[REDACTED:PLATE]กข 1234". A few rounds
// reach a text in which nothing is found; each round removes at least one digit, so this is
// a bound for the pathological case, not a loop that may spin.
const MAX_ROUNDS = 8;

/**
 * Redacts the given matches (default: everything findPii finds, repeated until nothing is
 * found) and returns the new text with a map from old to new offsets, so that coded passages
 * can be moved with the text.
 */
export function redactWithMap(text: string, matches?: readonly PiiMatch[]): Redaction {
  const maps: OffsetMap[] = [];
  const replaced: { kind: PiiKind; value: string }[] = [];
  let current = text;
  for (let round = 0; round < (matches ? 1 : MAX_ROUNDS); round += 1) {
    const found = matches ?? findPii(current);
    if (found.length === 0) break;
    const pass = replaceOnce(current, found);
    maps.push(pass.map);
    replaced.push(...pass.replaced.map(({ kind, value }) => ({ kind, value })));
    current = pass.text;
  }
  const mapOffset = (offset: number, bias: OffsetBias = 'start'): number =>
    maps.reduce(
      (o, map) => map(o, bias),
      Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), text.length) : 0,
    );
  return {
    text: current,
    replaced,
    mapOffset,
    mapRange: (start, end) => ({ start: mapOffset(start, 'start'), end: mapOffset(Math.max(start, end), 'end') }),
  };
}

/** The text with the given matches (default: everything findPii finds) replaced by placeholders. */
export function redact(text: string, matches?: readonly PiiMatch[]): string {
  return redactWithMap(text, matches).text;
}

/**
 * The query's words as the snippets look for them (search-snippet.ts): which must be equal,
 * which are stems, and one regular expression that finds every place where one of them could
 * start a word. The expression knows where UAX 29 (ICU's word rules) can put no boundary, so
 * few of its candidates are not words; a Latin candidate is decided by the same rules, any
 * other by ICU.
 */
import { isLatinWord, looseStem, queryTerms } from './search-text';

/** The query's words, prepared once for all the hits of one search. */
export interface HighlightQuery {
  /** Thai words, numbers and other words that must be equal, normalised. */
  readonly exact: ReadonlySet<string>;
  /** Loose stems of the Latin words: a word starting with one matches. */
  readonly stems: readonly string[];
  /** Finds every place one of the words could start (more than there are; ICU decides). */
  readonly candidates: RegExp | null;
  /** A word holds a digit: texts are searched with their Thai digits as ASCII. */
  readonly digits: boolean;
}

// Where ICU puts word boundaries around Latin letters and digits (UAX 29): never between two
// of them (WB5, WB8-10, WB13a/b with "_"), nor before a combining mark (WB4), nor across one
// of ". : ' ’ ·" between letters (WB6/7: "U.S", "don't") or ". , ; ' ’" between digits (WB11/12:
// "1,000"). Latin words are matched by these rules alone; other scripts are left to ICU.
const LATIN = '\\p{Script=Latin}';
const WORD_CHAR = `[${LATIN}\\p{Nd}\\p{M}_]`;
const JOIN_LETTERS = `[.:'’·]`;
const JOIN_DIGITS = `[.,;'’]`;
const STARTS_LATIN = new RegExp(`^${LATIN}`, 'u');
const STARTS_DIGIT = /^\p{Nd}/u;
const STARTS_THAI = /^[\u0e01-\u0e4f]/;
const LATIN_NEEDLE = new RegExp(`^[${LATIN}\\p{Nd}]+$`, 'u');
/** The rest of a Latin word from where it starts (sticky: run it at the word's first letter). */
const LATIN_WORD_REST = new RegExp(
  `(?:${WORD_CHAR}|(?<=${LATIN})${JOIN_LETTERS}(?=${LATIN})|(?<=\\p{Nd})${JOIN_DIGITS}(?=\\p{Nd}))+`,
  'uy',
);

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * What, right before `needle`, would continue a word into it (so no word can start there);
 * null when nothing rules a start out.
 */
function joinsBefore(needle: string): string | null {
  if (STARTS_LATIN.test(needle)) return `${WORD_CHAR}|${LATIN}${JOIN_LETTERS}`;
  if (STARTS_DIGIT.test(needle)) return `${WORD_CHAR}|\\p{Nd}${JOIN_DIGITS}`;
  // Thai: a leading vowel (เ แ โ ใ ไ) is always written before the consonant of its own syllable.
  return STARTS_THAI.test(needle) ? '[\\u0e40-\\u0e44]' : null;
}

/** An exact word must end where `needle` ends: what follows must not continue it. */
function notBeforeWord(needle: string): string {
  const last = [...needle].at(-1) ?? '';
  if (STARTS_LATIN.test(last)) return `(?!${WORD_CHAR}|${JOIN_LETTERS}${LATIN})`;
  if (STARTS_DIGIT.test(last)) return `(?!${WORD_CHAR}|${JOIN_DIGITS}\\p{Nd})`;
  // Thai: a word never ends before a mark or a following vowel (ะ า ำ ๅ) of its last syllable.
  return '(?![\\p{M}\\u0e30\\u0e32\\u0e33\\u0e45])';
}

/**
 * One alternative of the candidate pattern. A stem may go on ("checkpoin" in "checkpoints").
 * The needle comes first and the look back after it ("is it preceded by…"), so that the
 * engine can scan for the needle's letters instead of trying the look back at every place.
 */
function candidatePart(needle: string, exact: boolean): string {
  const escaped = escapeRegExp(needle);
  const before = joinsBefore(needle);
  const notAfter = before === null ? '' : `(?<!(?:${before})${escaped})`;
  return `${escaped}${notAfter}${exact ? notBeforeWord(needle) : ''}`;
}

/** The query's words prepared for highlighting: what the user typed, or its words from queryTerms. */
export function highlightQuery(query: string | readonly string[]): HighlightQuery {
  const terms = typeof query === 'string' ? queryTerms(query) : query;
  const stems = [...new Set(terms.filter(isLatinWord).map(looseStem))];
  const exact = new Set(terms.filter((term) => !isLatinWord(term) && !stems.includes(term)));
  // Longest first, so that of two words starting at one place the longer one is tried.
  const needles = [...exact, ...stems].sort((a, b) => b.length - a.length);
  const candidates =
    needles.length === 0
      ? null
      : new RegExp(needles.map((needle) => candidatePart(needle, exact.has(needle))).join('|'), 'giu');
  return { exact, stems, candidates, digits: terms.some((term) => /\d/.test(term)) };
}

/** True when a word (normalised as the index normalises) is one the query asks for. */
export function wanted(query: HighlightQuery, word: string): boolean {
  return query.exact.has(word) || query.stems.some((stem) => word.startsWith(stem));
}

/** True for a candidate of Latin letters and digits only, which the UAX 29 rules here decide. */
export function isLatinNeedle(found: string): boolean {
  return LATIN_NEEDLE.test(found);
}

const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /[.,:;'’·]/;

/** True when a letter of any script touches `at` from the side `step` points to, maybe across one joiner. */
function touchesLetter(text: string, at: number, step: -1 | 1): boolean {
  const next = text[step < 0 ? at - 1 : at] ?? '';
  const beyond = text[step < 0 ? at - 2 : at + 1] ?? '';
  return LETTER_DIGIT_OR_MARK.test(next) || (JOINER.test(next) && LETTER_DIGIT_OR_MARK.test(beyond));
}

/**
 * The Latin word starting at `at` (the pattern has put the candidate at a word start), or
 * null when a letter of another script touches it: ICU joins "ATMที่" and "U.S.ค้า" into one
 * word, so such a place is left to ICU.
 */
export function latinWordAt(text: string, at: number): { start: number; end: number } | null {
  if (touchesLetter(text, at, -1)) return null;
  LATIN_WORD_REST.lastIndex = at;
  const end = at + (LATIN_WORD_REST.exec(text)?.[0].length ?? 0);
  return touchesLetter(text, end, 1) ? null : { start: at, end };
}

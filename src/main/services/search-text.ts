/**
 * Thai-aware text for the SQLite FTS5 search index.
 *
 * Thai is written without spaces between words, and FTS5's unicode61 tokenizer splits only on
 * spaces and punctuation: "เจ้าหน้าที่พบผู้เสียหายจากการค้ามนุษย์" would be one token and
 * "ค้ามนุษย์" could never be found inside it. So the text is cut into words with ICU's
 * dictionary-based word segmenter (Intl.Segmenter 'th'; Node and Electron both ship full ICU)
 * before it is indexed, and every query is cut the same way. The index table is created with
 * FTS_TOKENIZE: porter stems English words ("checkpoints" finds "checkpoint"), unicode61 splits
 * at the spaces inserted here, and remove_diacritics 2 lets "cafe" find "café". Thai letters,
 * tone marks and vowels are word characters for unicode61 and pass porter unchanged.
 *
 * Plain functions, no database: the search service stores segmentForIndex(text) in the FTS
 * table and passes buildMatchQuery(userInput) as the MATCH argument, always bound. Snippets
 * and their marks are in search-snippet.ts.
 */
import { normaliseDigits } from '../../shared/pii';
import { porterStem } from './porter';

/** The tokenize option of every FTS5 table filled with segmentForIndex. */
export const FTS_TOKENIZE = 'porter unicode61 remove_diacritics 2';

// Bounds the work one query can ask of FTS5 (each token is a phrase, the last a prefix).
const MAX_QUERY_TOKENS = 32;
const MAX_QUERY_CHARS = 1000;

let wordSegmenter: Intl.Segmenter | undefined;
/** ICU's Thai word segmenter, made once (it is costly to build). */
export function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return wordSegmenter;
}

/**
 * One word as both sides of the index see it: NFC (so tone marks typed in either order
 * compare equal), Thai and neighbouring-script digits as ASCII ("๒๕๖๒" finds "2562"),
 * lower case.
 */
export function normaliseWord(word: string): string {
  return normaliseDigits(word.normalize('NFC')).toLowerCase();
}

// A word must hold a letter or digit for unicode61 to keep anything of it.
export const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export interface Word {
  text: string;
  start: number;
  end: number;
}

// V8's segment iterator slows down with the length of the string it walks (about 0.6 s for
// 64 KB, minutes for a 1 MB note), so long texts are segmented in pieces cut at whitespace,
// which is a word boundary in Thai as in English.
const CHUNK = 512;

/** [start, end) pieces of at most CHUNK units, ending after whitespace where there is some. */
function chunksOf(text: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    if (end < text.length) {
      let cut = end;
      while (cut > start + CHUNK / 2 && !/\s/.test(text[cut - 1] ?? '')) cut -= 1;
      if (cut > start + CHUNK / 2) end = cut;
      // No whitespace nearby (a long unspaced Thai run): at least keep marks with their letter
      // and surrogate pairs whole.
      else while (end > start + 1 && /[\p{M}\udc00-\udfff]/u.test(text[end] ?? '')) end -= 1;
    }
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

/** The words of a text with their UTF-16 offsets; punctuation, spaces and emoji dropped. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const [offset, end] of chunksOf(text)) {
    for (const s of segmenter().segment(text.slice(offset, end))) {
      if (s.isWordLike && HAS_WORD_CHARACTER.test(s.segment)) {
        const start = offset + s.index;
        words.push({ text: normaliseWord(s.segment), start, end: start + s.segment.length });
      }
    }
  }
  return words;
}

/** The text to store in the FTS5 table: its words, normalised, separated by single spaces. */
export function segmentForIndex(text: string): string {
  return wordsOf(text)
    .map((w) => w.text)
    .join(' ');
}

const LATIN_WORD = /^\p{Script=Latin}{2,}$/u;

/** True for a query word of Latin letters only: porter stems it, so it matches by stem and prefix. */
export function isLatinWord(term: string): boolean {
  return LATIN_WORD.test(term);
}

// Suffixes the porter stemmer removes or rewrites. While a user types "immigrat", porter
// leaves the query token as it is, but the index holds "immigr" (from "immigration"), so the
// prefix query "immigrat"* finds nothing until the word is complete. Cutting off a trailing
// piece that could begin one of these suffixes gives a second prefix ("immigr"*) that does.
const PORTER_SUFFIXES = [
  'sses',
  'ies',
  'ss',
  's',
  'eed',
  'ed',
  'ing',
  'y',
  'ational',
  'tional',
  'enci',
  'anci',
  'izer',
  'bli',
  'alli',
  'entli',
  'eli',
  'ousli',
  'ization',
  'ation',
  'ator',
  'alism',
  'iveness',
  'fulness',
  'ousness',
  'aliti',
  'iviti',
  'biliti',
  'logi',
  'icate',
  'ative',
  'alize',
  'iciti',
  'ical',
  'ful',
  'ness',
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'e',
  'l',
];
const MIN_STEM = 4;

/** The token without the longest trailing piece that could start a porter suffix (or itself). */
export function looseStem(token: string): string {
  for (let cut = Math.min(7, token.length - MIN_STEM); cut > 0; cut -= 1) {
    const tail = token.slice(token.length - cut);
    if (PORTER_SUFFIXES.some((suffix) => suffix.startsWith(tail))) return token.slice(0, token.length - cut);
  }
  return token;
}

/** An FTS5 string: always double-quoted, inner quotes doubled, so no word is ever an operator. */
function quote(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

/**
 * The last Latin word as a prefix, and its loose stem as another ("immigrat" finds
 * "immigration", indexed as "immigr"). FTS5 stems both with porter and reads every doclist
 * under each prefix, which for a common word is most of the cost of a search; so when one
 * stemmed prefix starts with the other, only the shorter one, which covers both, is asked.
 */
function prefixQuery(last: string): string {
  const stem = looseStem(last);
  if (stem === last) return `${quote(last)}*`;
  const [full, short] = [porterStem(last), porterStem(stem)];
  if (full !== null && short !== null) {
    if (full.startsWith(short)) return `${quote(stem)}*`;
    if (short.startsWith(full)) return `${quote(last)}*`;
  }
  return `(${quote(last)}* OR ${quote(stem)}*)`;
}

// Plain English words and spaces: ICU would cut them at the spaces, so the query is cut
// without it (ICU's first call after other work costs tens of microseconds).
const PLAIN_WORDS = /^[A-Za-z]+(?: +[A-Za-z]+)*$/;

/** The normalised words of a user's query, bounded. */
export function queryTerms(userQuery: string): string[] {
  const bounded = userQuery.slice(0, MAX_QUERY_CHARS);
  const plain = bounded.trim();
  const words = PLAIN_WORDS.test(plain) ? plain.toLowerCase().split(/ +/) : wordsOf(bounded).map((w) => w.text);
  return words.slice(0, MAX_QUERY_TOKENS);
}

/**
 * A safe FTS5 MATCH expression for what the user typed, or null when there is nothing to
 * search for (empty, only punctuation). Every word must be present (AND); each is a quoted
 * string, so "OR", "NEAR(", "*", "notes:" and quotes are searched as words, never obeyed.
 * The last word, when Latin, is also a prefix: "immig" finds "immigration".
 */
export function buildMatchQuery(userQuery: string): string | null {
  return matchQueryOf(queryTerms(userQuery));
}

/** buildMatchQuery for the words of a query already cut by queryTerms. */
export function matchQueryOf(queryWords: readonly string[]): string | null {
  const terms = [...queryWords];
  const last = terms.pop();
  if (last === undefined) return null;
  const parts = terms.map(quote);
  if (isLatinWord(last)) {
    parts.push(prefixQuery(last));
  } else {
    parts.push(quote(last));
  }
  return parts.join(' AND ');
}

/**
 * Snippets of search hits: a window of the original text around the first place the query's
 * words occur, with those words marked (issue 3). What the words look like to a regular
 * expression is in search-highlight.ts.
 *
 * Segmenting a whole note with ICU costs about 1 ms (Thai is dictionary-segmented), which for
 * 20 hits is far more than the index lookup itself. So a snippet segments only a few dozen
 * characters: a regular expression finds the places that could be one of the query's words
 * (a Thai word or number as a substring, a Latin stem not inside another Latin word), and ICU
 * confirms each on a small slice of text around it, cut at whitespace where there is some
 * (a word boundary in Thai as in English) or CONTEXT characters away. A word counts when ICU
 * starts a word there and, normalised as the index normalises it, it equals a Thai word or
 * number of the query or starts with the loose stem of a Latin one: the rule FTS5 matched by,
 * give or take a segmentation made with less context. For display only; ranges are returned
 * rather than markup, so the renderer never builds HTML from note text.
 */
import { normaliseDigits } from '../../shared/pii';
import { highlightQuery, isLatinNeedle, latinWordAt, wanted, type HighlightQuery } from './search-highlight';
import { HAS_WORD_CHARACTER, normaliseWord, segmenter } from './search-text';

export interface TextRange {
  start: number;
  end: number;
}

export interface Snippet {
  /** A window of the original text, cut at word boundaries. */
  text: string;
  /** Where the query's words are, relative to the snippet text. */
  highlights: TextRange[];
  /** True when text was left out before / after the snippet (show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

// Characters of context ICU gets on each side of the place it is asked about, when no
// whitespace is nearer: enough for the dictionary to settle on the words of a Thai run.
const CONTEXT = 24;
// A cut before one of these would tear it from the letter before: combining marks, Thai
// vowels written after their consonant (ะ า ำ ๅ), the second half of a surrogate pair.
const CONTINUES_CLUSTER = /[\p{M}\u0e30\u0e32\u0e33\u0e45\udc00-\udfff]/u;
// A cut after one of these would tear it from the letter after: Thai vowels written before their consonant.
const LEADS_CLUSTER = /[\u0e40-\u0e44]/;

/** `at`, or the nearest place before it that does not split a letter from its marks or vowels. */
function clusterStart(text: string, at: number): number {
  let cut = at;
  while (cut > 0 && (CONTINUES_CLUSTER.test(text[cut] ?? '') || LEADS_CLUSTER.test(text[cut - 1] ?? ''))) cut -= 1;
  return cut;
}

/** A slice of the text given to ICU; `inner` is where its answers are trusted. */
interface Slice {
  start: number;
  end: number;
  inner: TextRange;
  segments: Intl.Segments;
}

/** One text searched for one query: the text (NFC), what the pattern runs on, the last slice. */
interface Finder {
  readonly text: string;
  readonly searchable: string;
  readonly query: HighlightQuery;
  slice: Slice | null;
}

function finder(text: string, query: HighlightQuery): Finder {
  // NFC, as the index normalises: tone marks typed in another order compare equal. A snippet
  // of the NFC form looks the same as the stored text (canonically equivalent).
  const nfc = surelyNfc(text) ? text : text.normalize('NFC');
  return { text: nfc, searchable: query.digits ? normaliseDigits(nfc) : nfc, query, slice: null };
}

/** Canonical combining class of the Thai marks that have one (the others are 0). */
function thaiCombiningClass(code: number): number {
  if (code === 0x0e38 || code === 0x0e39) return 103;
  if (code === 0x0e3a) return 9;
  return code >= 0x0e48 && code <= 0x0e4b ? 107 : 0;
}

/**
 * True when a text of Latin-1 and Thai only is already NFC, which is all that most notes
 * hold: nothing below U+0300 composes or reorders, and Thai only reorders a mark written
 * after one of a higher class (a tone mark before ุ or ู). Anything else goes through
 * String.normalize, which copies the text even when it changes nothing.
 */
function surelyNfc(text: string): boolean {
  let previousClass = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x0300) {
      previousClass = 0;
    } else if (code >= 0x0e00 && code <= 0x0e7f) {
      const combining = thaiCombiningClass(code);
      if (combining !== 0 && combining < previousClass) return false;
      previousClass = combining;
    } else {
      return false;
    }
  }
  return true;
}

/** Where to cut a slice at most `context` before `at`: after whitespace, else not inside a cluster. */
function sliceStart(text: string, at: number, context: number): { cut: number; clean: boolean } {
  const limit = Math.max(0, at - context);
  for (let i = at; i > limit; i -= 1) if (isSpace(text.charCodeAt(i - 1))) return { cut: i, clean: true };
  const cut = clusterStart(text, limit);
  return { cut, clean: cut === 0 };
}

/** Where to cut a slice at most `context` after `at`: at whitespace, else not inside a cluster. */
function sliceEnd(text: string, at: number, context: number): { cut: number; clean: boolean } {
  const limit = Math.min(text.length, at + context);
  for (let i = at; i < limit; i += 1) if (isSpace(text.charCodeAt(i))) return { cut: i, clean: true };
  let cut = limit;
  while (cut < text.length && (CONTINUES_CLUSTER.test(text[cut] ?? '') || LEADS_CLUSTER.test(text[cut - 1] ?? ''))) {
    cut += 1;
  }
  return { cut, clean: cut === text.length };
}

/** ICU's segments of a new slice with `context` around [from, to]. */
function newSlice(finder: Finder, from: number, to: number, context: number): Slice {
  const start = sliceStart(finder.text, from, context);
  const end = sliceEnd(finder.text, Math.max(to, from + 1), context);
  const slice: Slice = {
    start: start.cut,
    end: end.cut,
    // Away from a clean cut, trust ICU only half the context in: nearer, the missing text could change its words.
    inner: {
      start: start.clean ? start.cut : Math.min(from, start.cut + context / 2),
      end: end.clean ? end.cut : Math.max(to, end.cut - context / 2),
    },
    segments: segmenter().segment(finder.text.slice(start.cut, end.cut)),
  };
  finder.slice = slice;
  return slice;
}

/** The ICU segment containing `at`, in text offsets; `to` is where the word asked about may end. */
function segmentAt(finder: Finder, at: number, to = at): { start: number; end: number; data: Intl.SegmentData } | null {
  const last = finder.slice;
  let slice = last && last.inner.start <= at && to <= last.inner.end ? last : newSlice(finder, at, to, CONTEXT);
  for (let context = CONTEXT * 4; ; context *= 4) {
    const data = slice.segments.containing(at - slice.start);
    if (!data) return null;
    // A segment reaching into the untrusted edge of a slice cut inside a word may go on
    // beyond it (a long word; "officerค้าofficer" glued together): ask again with more text.
    const start = slice.start + data.index;
    const end = start + data.segment.length;
    const cutShort = start < slice.inner.start || end > slice.inner.end;
    if (!cutShort || (slice.start === 0 && slice.end === finder.text.length)) return { start, end, data };
    slice = newSlice(finder, at, to, context);
  }
}

/** The word ICU starts at `at`, or null when `at` is inside a word; `to` is where it may end. */
function icuWordAt(finder: Finder, at: number, to: number): TextRange | null {
  const word = segmentAt(finder, at, to);
  if (word?.start !== at || !word.data.isWordLike || !HAS_WORD_CHARACTER.test(word.data.segment)) return null;
  return { start: word.start, end: word.end };
}

/** The word the query asks for that starts first at or after `from` (and before `before`), or null. */
function nextMatch(finder: Finder, from: number, before = Infinity): TextRange | null {
  const pattern = finder.query.candidates;
  if (pattern === null) return null;
  pattern.lastIndex = from;
  for (let found = pattern.exec(finder.searchable); found; found = pattern.exec(finder.searchable)) {
    if (found.index >= before) return null;
    const word =
      (isLatinNeedle(found[0]) ? latinWordAt(finder.text, found.index) : null) ??
      icuWordAt(finder, found.index, found.index + found[0].length);
    if (word && wanted(finder.query, normaliseWord(finder.text.slice(word.start, word.end)))) return word;
    pattern.lastIndex = found.index + 1;
  }
  return null;
}

/** A start of line or a character after whitespace: where a snippet may begin without ICU. */
function startsAfterSpace(text: string, at: number): boolean {
  return at <= 0 || isSpace(text.charCodeAt(at - 1));
}

/** The end of the text or a character before whitespace: where a snippet may end without ICU. */
function endsBeforeSpace(text: string, at: number): boolean {
  return at >= text.length || isSpace(text.charCodeAt(at));
}

/** JavaScript's \s, by code: called for up to a hundred characters per snippet. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The place in [low, high] nearest `target` where `fits` holds, or null. */
function nearest(target: number, low: number, high: number, fits: (at: number) => boolean): number | null {
  for (let distance = 0; target - distance >= low || target + distance <= high; distance += 1) {
    if (target - distance >= low && target - distance <= high && fits(target - distance)) return target - distance;
    if (target + distance <= high && target + distance >= low && fits(target + distance)) return target + distance;
  }
  return null;
}

/**
 * The window [start, end) of about maxLength around `first` (or from the start of the text),
 * cut at whitespace where some is within a quarter of the length of the ideal cut, else at
 * the word boundary ICU finds (in long unspaced Thai).
 */
function windowBounds(finder: Finder, first: TextRange | null, maxLength: number): TextRange {
  const { text } = finder;
  const reach = Math.floor(maxLength / 4);
  const ideal = first ? Math.max(0, first.start - reach) : 0;
  const start =
    nearest(ideal, Math.max(0, ideal - reach), first?.start ?? 0, (at) => startsAfterSpace(text, at)) ??
    Math.min(ideal, segmentAt(finder, ideal)?.start ?? ideal);
  const idealEnd = Math.min(text.length, start + maxLength);
  const atSpace = nearest(
    idealEnd,
    Math.max(first?.end ?? start + 1, idealEnd - reach),
    Math.min(text.length, idealEnd + reach),
    (at) => endsBeforeSpace(text, at),
  );
  if (atSpace !== null) return { start, end: atSpace };
  const word = segmentAt(finder, idealEnd);
  return { start, end: word && word.start < idealEnd ? word.end : idealEnd };
}

/** The snippet of a text around `first` (its first match), or from the start when there is none. */
function windowAround(finder: Finder, first: TextRange | null, maxLength: number): Snippet {
  const { text } = finder;
  const { start, end } = windowBounds(finder, first, maxLength);
  const highlights: TextRange[] = [];
  for (let match = first; match; match = nextMatch(finder, match.end, end)) {
    const range = { start: match.start - start, end: Math.min(match.end, end) - start };
    const previous = highlights.at(-1);
    if (previous && previous.end === range.start) previous.end = range.end;
    else highlights.push(range);
  }
  return { text: text.slice(start, end), highlights, clippedStart: start > 0, clippedEnd: end < text.length };
}

/** Where the query's words occur in the text (its NFC form, the same for stored text), merged when adjacent. */
export function findHighlights(text: string, query: string | HighlightQuery): TextRange[] {
  const search = finder(text, typeof query === 'string' ? highlightQuery(query) : query);
  const ranges: TextRange[] = [];
  for (let match = nextMatch(search, 0); match; match = nextMatch(search, match.end)) {
    const previous = ranges.at(-1);
    if (previous && previous.end === match.start) previous.end = match.end;
    else ranges.push(match);
  }
  return ranges;
}

/**
 * About maxLength characters of the text around the first place the query's words occur,
 * with those places marked. Starts at the beginning when nothing matches.
 */
export function highlightSnippet(text: string, query: string | HighlightQuery, maxLength = 200): Snippet {
  const search = finder(text, typeof query === 'string' ? highlightQuery(query) : query);
  return windowAround(search, nextMatch(search, 0), maxLength);
}

/** The snippet of a record with several texts, and which of them it was cut from. */
export interface FieldSnippet {
  /** Index of the field the snippet comes from. */
  field: number;
  snippet: Snippet;
  /** The first word marked is Thai, or nothing is marked and the field holds Thai. */
  thai: boolean;
}

const THAI = /[\u0e00-\u0e7f]/;

/**
 * The snippet of the first field where the query's words occur, else of the first non-empty
 * one. Fields are taken one at a time: a generator can put off work (parsing a checklist)
 * until the fields before it have been searched.
 */
export function snippetOfFields(fields: Iterable<string>, query: HighlightQuery, maxLength = 200): FieldSnippet {
  let fallback: { field: number; text: string } | null = null;
  let field = 0;
  for (const text of fields) {
    if (text !== '') {
      const search = finder(text, query);
      const first = nextMatch(search, 0);
      if (first) {
        return {
          field,
          snippet: windowAround(search, first, maxLength),
          thai: THAI.test(search.text.slice(first.start, first.end)),
        };
      }
      fallback ??= { field, text };
    }
    field += 1;
  }
  const { field: index, text } = fallback ?? { field: 0, text: '' };
  return { field: index, snippet: windowAround(finder(text, query), null, maxLength), thai: THAI.test(text) };
}

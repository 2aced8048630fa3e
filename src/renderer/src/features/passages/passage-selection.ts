/**
 * From a selection in the notes box to the offsets a passage is saved with, and back.
 *
 * Offsets are UTF-16 code units, as the browser's selectionStart/selectionEnd and JavaScript
 * strings count them, and as the main process checks them (passages.create). Two things can
 * make the box's text differ from the notes in the file: a textarea reports every line break
 * as "\n" (notes written elsewhere may hold "\r\n"), and edits not yet saved. The first is
 * mapped exactly; for the second the passage is looked for by its words.
 */
export interface Range {
  start: number;
  end: number;
}

const SPACE = /\s/u;

/**
 * The words selected, without the spaces or line breaks a double-click or a drag often takes
 * with them; null when nothing but space is selected. The selection may be given backwards.
 */
export function selectedRange(text: string, selectionStart: number, selectionEnd: number): Range | null {
  let start = Math.max(0, Math.min(selectionStart, selectionEnd, text.length));
  let end = Math.min(text.length, Math.max(selectionStart, selectionEnd, 0));
  while (start < end && SPACE.test(text.charAt(start))) start += 1;
  while (end > start && SPACE.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}

/**
 * For each offset in `shown` (the box's text), the offset in `stored` (the file's text),
 * when the two differ only in how line breaks are written; null when they differ otherwise.
 */
function offsetMap(stored: string, shown: string): number[] | null {
  const map: number[] = new Array<number>(shown.length + 1);
  let i = 0;
  for (let j = 0; j < shown.length; j += 1) {
    if (stored.charAt(i) === '\r' && shown.charAt(j) === '\n') {
      map[j] = i;
      i += stored.charAt(i + 1) === '\n' ? 2 : 1;
      continue;
    }
    if (i >= stored.length || stored.charAt(i) !== shown.charAt(j)) return null;
    map[j] = i;
    i += 1;
  }
  if (i !== stored.length) return null;
  map[shown.length] = i;
  return map;
}

/** A range of the box's text as offsets into the file's notes; null when the texts differ in words. */
export function toStoredRange(stored: string, shown: string, range: Range): Range | null {
  if (stored === shown) return { start: range.start, end: range.end };
  const map = offsetMap(stored, shown);
  if (!map) return null;
  const start = map[range.start];
  const end = map[range.end];
  return start === undefined || end === undefined ? null : { start, end };
}

/** The inverse: a range of the file's notes as offsets into the box's text; null when they differ in words. */
export function toShownRange(stored: string, shown: string, range: Range): Range | null {
  if (stored === shown) return { start: range.start, end: range.end };
  const map = offsetMap(stored, shown);
  if (!map) return null;
  // The first offset of the box whose file offset reaches the passage's start (and end).
  const start = map.findIndex((offset) => offset >= range.start);
  const end = map.findIndex((offset) => offset >= range.end);
  return start < 0 || end < 0 ? null : { start, end };
}

const normalizeBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * Where to select a coded passage in the box: at its offsets when the box holds the file's
 * notes; otherwise (unsaved edits) at the occurrence of its words nearest to where it was;
 * otherwise at its offsets, cut to the box's length.
 */
export function locatePassage(shown: string, stored: string, passage: Range & { snippet: string }): Range {
  const mapped = toShownRange(stored, shown, passage);
  if (mapped) return mapped;
  const words = normalizeBreaks(passage.snippet);
  if (words !== '') {
    let best = -1;
    for (let at = shown.indexOf(words); at >= 0; at = shown.indexOf(words, at + 1)) {
      if (best < 0 || Math.abs(at - passage.start) < Math.abs(best - passage.start)) best = at;
    }
    if (best >= 0) return { start: best, end: best + words.length };
  }
  const start = Math.min(passage.start, shown.length);
  return { start, end: Math.min(Math.max(passage.end, start), shown.length) };
}

/** One run of snippet text, marked when it lies inside a search hit. */
export interface SnippetSegment {
  text: string;
  marked: boolean;
}

/**
 * Cuts the snippet into plain and marked runs from the hit ranges the main process sent.
 * The ranges are clamped, sorted and merged first: the renderer never trusts them to be
 * tidy, an overlapping pair must not print the same characters twice, and touching ranges
 * (a Thai compound found as two segmented words) read as one marked word.
 */
export function snippetSegments(text: string, highlights: readonly { start: number; end: number }[]): SnippetSegment[] {
  const ranges = highlights
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(end, text.length) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: SnippetSegment[] = [];
  let cursor = 0;
  for (const { start, end } of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

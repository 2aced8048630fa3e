/**
 * The filter boxes of the framework and the reference tables: every word typed must occur
 * somewhere in the record (code, English or Thai text). Thai is written without spaces
 * between words, so a word is matched as a substring, which finds "แม่สาย" inside
 * "ด่านพรมแดนแม่สาย"; both sides are NFC-normalised so a vowel typed in another order still matches.
 */
export function normalizeForSearch(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase();
}

/** The words of a filter box; an empty list means "no filter". */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/u).filter(Boolean);
}

/** True when every term occurs in at least one of the texts. */
export function matchesTerms(terms: readonly string[], texts: readonly (string | null | undefined)[]): boolean {
  if (terms.length === 0) return true;
  const haystack = texts
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .map(normalizeForSearch)
    .join('\n');
  return terms.every((term) => haystack.includes(term));
}

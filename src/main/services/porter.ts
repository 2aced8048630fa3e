/**
 * The Porter stemmer exactly as SQLite's FTS5 "porter" tokenizer applies it (fts5_tokenize.c,
 * including its quirks: "y" after a consonant is a vowel, a suffix that matches but fails its
 * condition stops its step). The search service uses it to see, before querying, whether one
 * prefix of the last word already covers the other (see buildMatchQuery): reading a prefix's
 * doclist is most of the cost of a search for a common English word.
 *
 * Only for words of ASCII letters a-z, which unicode61 passes to porter unchanged; a test
 * compares it with FTS5 itself on many words.
 */

function isVowel(c: string | undefined, yIsVowel: boolean): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');
}

/** Length up to and including the first consonant after a vowel, from `from`; 0 if none (fts5PorterGobbleVC). */
function gobbleVC(word: string, from: number, end: number, previousIsConsonant: boolean): number {
  let consonant = previousIsConsonant;
  let i = from;
  for (; i < end; i += 1) {
    consonant = !isVowel(word[i], consonant);
    if (!consonant) break;
  }
  for (i += 1; i < end; i += 1) {
    consonant = !isVowel(word[i], consonant);
    if (consonant) return i + 1 - from;
  }
  return 0;
}

type Condition = (word: string, stemLength: number) => boolean;

/** m > 0 */
const mGt0: Condition = (word, n) => gobbleVC(word, 0, n, false) > 0;

/** m > 1 */
const mGt1: Condition = (word, n) => {
  const first = gobbleVC(word, 0, n, false);
  return first > 0 && gobbleVC(word, first, n, true) > 0;
};

/** m = 1 */
const mEq1: Condition = (word, n) => {
  const first = gobbleVC(word, 0, n, false);
  return first > 0 && gobbleVC(word, first, n, true) === 0;
};

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
const oStar: Condition = (word, n) => {
  const last = word[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let consonant = false;
  for (let i = 0; i < n; i += 1) {
    consonant = !isVowel(word[i], consonant);
    mask = ((mask << 1) | (consonant ? 1 : 0)) & 0x7;
  }
  return mask === 0x5;
};

/** *v*: the stem holds a vowel ("y" counts after the first letter). */
const hasVowel: Condition = (word, n) => {
  for (let i = 0; i < n; i += 1) if (isVowel(word[i], i > 0)) return true;
  return false;
};

const mGt1AndSOrT: Condition = (word, n) => (word[n - 1] === 's' || word[n - 1] === 't') && mGt1(word, n);

/** [suffix, replacement, condition on the stem before the suffix]; the first suffix that matches decides. */
type Rule = readonly [string, string, Condition];

const STEP_2: readonly Rule[] = [
  ['ational', 'ate', mGt0],
  ['tional', 'tion', mGt0],
  ['enci', 'ence', mGt0],
  ['anci', 'ance', mGt0],
  ['izer', 'ize', mGt0],
  ['logi', 'log', mGt0],
  ['bli', 'ble', mGt0],
  ['alli', 'al', mGt0],
  ['entli', 'ent', mGt0],
  ['eli', 'e', mGt0],
  ['ousli', 'ous', mGt0],
  ['ization', 'ize', mGt0],
  ['ation', 'ate', mGt0],
  ['ator', 'ate', mGt0],
  ['alism', 'al', mGt0],
  ['iveness', 'ive', mGt0],
  ['fulness', 'ful', mGt0],
  ['ousness', 'ous', mGt0],
  ['aliti', 'al', mGt0],
  ['iviti', 'ive', mGt0],
  ['biliti', 'ble', mGt0],
];

const STEP_3: readonly Rule[] = [
  ['ical', 'ic', mGt0],
  ['ness', '', mGt0],
  ['icate', 'ic', mGt0],
  ['iciti', 'ic', mGt0],
  ['ful', '', mGt0],
  ['ative', '', mGt0],
  ['alize', 'al', mGt0],
];

const STEP_4: readonly Rule[] = [
  ['al', '', mGt1],
  ['ance', '', mGt1],
  ['ence', '', mGt1],
  ['er', '', mGt1],
  ['ic', '', mGt1],
  ['able', '', mGt1],
  ['ible', '', mGt1],
  ['ant', '', mGt1],
  ['ement', '', mGt1],
  ['ment', '', mGt1],
  ['ent', '', mGt1],
  ['ion', '', mGt1AndSOrT],
  ['ou', '', mGt1],
  ['ism', '', mGt1],
  ['ate', '', mGt1],
  ['iti', '', mGt1],
  ['ous', '', mGt1],
  ['ive', '', mGt1],
  ['ize', '', mGt1],
];

/** Applies the first rule whose suffix ends the word (and is shorter than it), if its condition holds. */
function applyStep(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const stem = word.length - suffix.length;
      return condition(word, stem) ? word.slice(0, stem) + replacement : word;
    }
  }
  return word;
}

function step1a(word: string): string {
  const n = word.length;
  if (word[n - 1] !== 's') return word;
  if (word[n - 2] === 'e') {
    const sses = n > 4 && word[n - 4] === 's' && word[n - 3] === 's';
    return sses || (n > 3 && word[n - 3] === 'i') ? word.slice(0, n - 2) : word.slice(0, n - 1);
  }
  return word[n - 2] === 's' ? word : word.slice(0, n - 1);
}

/** Step 1b: the word, and whether "ed" or "ing" was removed. */
function step1b(word: string): [string, boolean] {
  const n = word.length;
  if (n > 3 && word.endsWith('eed')) return [mGt0(word, n - 3) ? word.slice(0, n - 1) : word, false];
  if (n > 2 && word.endsWith('ed')) return hasVowel(word, n - 2) ? [word.slice(0, n - 2), true] : [word, false];
  if (n > 3 && word.endsWith('ing')) return hasVowel(word, n - 3) ? [word.slice(0, n - 3), true] : [word, false];
  return [word, false];
}

/** After step 1b removed "ed" or "ing": "at", "bl", "iz" get their "e" back; a double consonant is halved. */
function step1bFix(word: string): string {
  const n = word.length;
  if (n > 2 && (word.endsWith('at') || word.endsWith('bl') || word.endsWith('iz'))) return `${word}e`;
  const last = word[n - 1];
  if (!isVowel(last, false) && last !== 'l' && last !== 's' && last !== 'z' && last === word[n - 2]) {
    return word.slice(0, n - 1);
  }
  return mEq1(word, n) && oStar(word, n) ? `${word}e` : word;
}

const ASCII_WORD = /^[a-z]+$/;

/** The token FTS5's porter makes of a lower-case ASCII word; null for any other word. */
export function porterStem(token: string): string | null {
  if (!ASCII_WORD.test(token)) return null;
  // FTS5 passes tokens shorter than 3 or longer than 64 bytes through unchanged.
  if (token.length < 3 || token.length > 64) return token;
  let word = step1a(token);
  const [afterB, removed] = step1b(word);
  word = removed ? step1bFix(afterB) : afterB;
  if (word.endsWith('y') && hasVowel(word, word.length - 1)) word = `${word.slice(0, -1)}i`;
  word = applyStep(applyStep(applyStep(word, STEP_2), STEP_3), STEP_4);
  const n = word.length;
  if (word[n - 1] === 'e' && (mGt1(word, n - 1) || (mEq1(word, n - 1) && !oStar(word, n - 1)))) {
    word = word.slice(0, n - 1);
  }
  const m = word.length;
  if (m > 1 && word[m - 1] === 'l' && word[m - 2] === 'l' && mGt1(word, m - 1)) word = word.slice(0, m - 1);
  return word;
}

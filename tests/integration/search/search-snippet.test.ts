/**
 * Snippets of search hits (src/main/services/search-snippet.ts): cut from a window of the note
 * around the first place the query's words occur, with only those words marked, however long
 * the note and wherever the words are in it. The marks are checked against a plain reference:
 * every word of the whole text, as the index cuts it, that the query asks for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightQuery } from '../../../src/main/services/search-highlight';
import {
  findHighlights,
  highlightSnippet,
  snippetOfFields,
  type TextRange,
} from '../../../src/main/services/search-snippet';
import { normaliseWord, wordsOf } from '../../../src/main/services/search-text';

/** The marked words of a snippet, as the user sees them. */
const marked = (snippet: { text: string; highlights: TextRange[] }): string[] =>
  snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end));

/** Every word of the whole text the query asks for (segmenting all of it), merged when adjacent. */
function referenceHighlights(text: string, userQuery: string): TextRange[] {
  const query = highlightQuery(userQuery);
  const ranges: TextRange[] = [];
  for (const word of wordsOf(text.normalize('NFC'))) {
    const normalised = normaliseWord(word.text);
    if (!query.exact.has(normalised) && !query.stems.some((stem) => normalised.startsWith(stem))) continue;
    const previous = ranges.at(-1);
    if (previous && previous.end === word.start) previous.end = word.end;
    else ranges.push({ start: word.start, end: word.end });
  }
  return ranges;
}

describe('a snippet of a long note', () => {
  const filler = 'The team visited the crossing and spoke with officers on duty about the daily routine. ';

  it('shows the words near the end of a 40 KB note, marked, without segmenting the whole note', () => {
    const note = `${filler.repeat(460)}Two smugglers were arrested at the checkpoint last night.`;
    const started = performance.now();
    const snippet = highlightSnippet(note, 'smuggler checkpoint');
    // Segmenting 40 KB took about half a second; a window takes a fraction of a millisecond.
    expect(performance.now() - started).toBeLessThan(100);
    expect(marked(snippet)).toEqual(['smugglers', 'checkpoint']);
    expect(snippet.clippedStart).toBe(true);
    expect(snippet.clippedEnd).toBe(false);
    expect(snippet.text.endsWith('last night.')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(260);
    // The cut falls between words.
    expect(filler).toContain(snippet.text.split(' ')[0]);
  });

  it('finds a Thai word at the end of a long run of Thai without spaces, and cuts between words', () => {
    const run = 'เจ้าหน้าที่ตรวจคนเข้าเมืองประจำด่านพรมแดน'.repeat(40);
    const note = `${run}พบผู้เสียหายจากการค้ามนุษย์ที่ท่าเรือ`;
    const snippet = highlightSnippet(note, 'ค้ามนุษย์');
    expect(marked(snippet)).toEqual(['ค้ามนุษย์']);
    expect([snippet.clippedStart, snippet.clippedEnd]).toEqual([true, false]);
    // No snippet starts with a vowel or tone mark torn from its consonant.
    expect(snippet.text).not.toMatch(/^[\p{M}\u0e30\u0e32\u0e33\u0e45]/u);
    const start = note.length - snippet.text.length;
    expect(wordsOf(note).some((word) => word.start === start)).toBe(true);
  });

  it('marks only whole words: a Thai word inside a longer word and an English stem inside another word are not marked', () => {
    // "แดน" is a word in "ผ่านแดน" (ผ่าน|แดน) but not inside "ชายแดน" (one word).
    const thai = 'ตรวจบัตรที่ชายแดนทุกวัน บัตรผ่านแดนหมดอายุ';
    expect(findHighlights(thai, 'แดน').map(({ start, end }) => thai.slice(start, end))).toEqual(['แดน']);
    expect(findHighlights(thai, 'แดน')[0]?.start).toBe(thai.lastIndexOf('แดน'));
    const english = 'Unchecked bags; officers check passports; re-checked at the gate';
    expect(findHighlights(english, 'check').map(({ start, end }) => english.slice(start, end))).toEqual([
      'check',
      'checked',
    ]);
  });

  it('marks a Thai word typed with its tone mark and vowel in the other order', () => {
    const note = 'ชาวบ้านใช้ท\u0e48\u0e38งนาริมแม่น้ำเป็นทางข้าม';
    const snippet = highlightSnippet(note, 'ทุ่งนา');
    expect(marked(snippet)).toEqual(['ทุ่งนา'.normalize('NFC')]);
    expect(snippet.text).toBe(note.normalize('NFC'));
  });

  it('takes the first field that holds the words, and says which and in which script', () => {
    const query = highlightQuery('passport');
    const found = snippetOfFields(['ตรวจหนังสือเดินทาง', 'Passport checks at the pier', 'passports again'], query);
    expect([found.field, found.thai, marked(found.snippet)]).toEqual([1, false, ['Passport']]);
    const none = snippetOfFields(['', 'ไม่มีคำนี้', 'nothing here'], query);
    expect([none.field, none.thai, none.snippet.highlights]).toEqual([1, true, []]);
  });
});

describe('marks agree with segmenting the whole text', () => {
  const thaiWords = ['ค้า', 'มนุษย์', 'การ', 'เจ้าหน้าที่', 'ด่าน', 'ตรวจ', 'คน', 'เข้าเมือง', 'บัตร', 'ผ่าน', 'แดน'];
  // "ทุ่ง" and "อยู่" also typed with the tone mark before the vowel below (not NFC).
  const moreThai = [
    'ชายแดน',
    'ลักลอบ',
    'ขน',
    'นายหน้า',
    'ล่าม',
    'ที่',
    'ไม่',
    'มี',
    'ใน',
    'ปี',
    'ทุ่ง',
    'ท\u0e48\u0e38ง',
    'อยู่',
    'อย\u0e48\u0e39',
  ];
  const latinWords = ['checkpoint', 'Checkpoints', 'officer', 'U.S.', "don't", 'smuggling', 'smugglers', 'B3', '1,000'];
  const numbers = ['2562', '๒๕๖๒', '18:00'];
  const vocabulary = [...thaiWords, ...moreThai, ...latinWords, ...numbers];
  const separator = fc.constantFrom('', '', '', ' ', '\n', ', ', '. ', '-', ' (', ') ');
  const text = fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), separator), { minLength: 1, maxLength: 60 })
    .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
  const query = fc
    .array(fc.constantFrom(...thaiWords, ...latinWords, ...numbers, 'check', 'smuggl', 'officers', 'ทุ่ง', 'อยู่'), {
      minLength: 1,
      maxLength: 3,
    })
    .map((words) => words.join(' '));

  it('for any mix of Thai runs, English, numbers and punctuation', () => {
    fc.assert(
      fc.property(text, query, (note, userQuery) => {
        expect(findHighlights(note, userQuery)).toEqual(referenceHighlights(note, userQuery));
      }),
      { numRuns: 300 },
    );
  });

  it('the snippet holds the first marked word and marks what the reference marks inside it', () => {
    fc.assert(
      fc.property(text, query, fc.integer({ min: 30, max: 200 }), (typed, userQuery, maxLength) => {
        // Snippets are cut from the NFC form of the text, the form the reference works on.
        const note = typed.normalize('NFC');
        const snippet = highlightSnippet(typed, userQuery, maxLength);
        const reference = referenceHighlights(note, userQuery);
        if (reference.length === 0) {
          expect([snippet.highlights, snippet.clippedStart]).toEqual([[], false]);
          return;
        }
        // The first marked word is the first word the reference finds; it places the snippet in the note.
        const [first] = reference;
        const start = (first?.start ?? 0) - (snippet.highlights[0]?.start ?? Number.NaN);
        expect(note.slice(start, start + snippet.text.length)).toBe(snippet.text);
        const end = start + snippet.text.length;
        const inside = reference
          .filter((range) => range.start < end)
          .map((range) => note.slice(range.start, Math.min(range.end, end)));
        expect(marked(snippet)).toEqual(inside);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * porterStem (src/main/services/porter.ts) must stem exactly as FTS5's porter tokenizer does:
 * the search leaves out one of the two prefixes of the last word when the stems say the other
 * covers it, so a stem that differed from FTS5's could lose hits. Checked against FTS5 itself
 * (an in-memory table, read back through fts5vocab) on English words and on made-up words
 * that end in every suffix the algorithm knows.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { porterStem } from '../../../src/main/services/porter';
import { FTS_TOKENIZE, buildMatchQuery, segmentForIndex } from '../../../src/main/services/search-text';

let db: Database.Database;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE words USING fts5(word, tokenize = '${FTS_TOKENIZE}')`);
  db.exec(`CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, instance)`);
});

afterAll(() => db.close());

/** What FTS5 stores for each word (one row per word, read back in the same order). */
function fts5Stems(words: readonly string[]): string[] {
  db.exec('DELETE FROM words');
  const insert = db.prepare('INSERT INTO words (rowid, word) VALUES (?, ?)');
  words.forEach((word, i) => insert.run(i + 1, word));
  const rows = db.prepare('SELECT term FROM words_vocab ORDER BY doc').all() as { term: string }[];
  return rows.map((row) => row.term);
}

const SUFFIXES = [
  ...['s', 'es', 'sses', 'ies', 'ss', 'eed', 'ed', 'ing', 'y', 'at', 'bl', 'iz', 'ated', 'bling', 'izing'],
  ...['ational', 'tional', 'enci', 'anci', 'izer', 'logi', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization'],
  ...['ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'ical', 'ness'],
  ...['icate', 'iciti', 'ful', 'ative', 'alize', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant'],
  ...['ement', 'ment', 'ent', 'sion', 'tion', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'e', 'll'],
];

const ENGLISH =
  'Officers at the checkpoints said trafficking cases were referred to shelters; the immigration database ' +
  'was offline. Interpreters, brokers and smugglers crossed generalizations about conditional hopefulness, ' +
  'relational sensitivity, abilities, agreed feeding hopping filing controlling rolling possibly happy sky ' +
  'agreement adjustable formality electricity goodness operator digitizer radically callousness';

describe('porterStem', () => {
  it('stems English words as FTS5 does', () => {
    const words = segmentForIndex(ENGLISH).split(' ');
    expect(words.map(porterStem)).toEqual(fts5Stems(words));
  });

  it('stems any word of letters ending in a known suffix as FTS5 does', () => {
    const word = fc
      .tuple(fc.stringMatching(/^[a-z]{0,7}$/), fc.constantFrom('', ...SUFFIXES), fc.constantFrom('', ...SUFFIXES))
      .map(([start, suffix, more]) => start + suffix + more)
      .filter((candidate) => candidate.length > 0);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 50 }), (words) => {
        expect(words.map(porterStem)).toEqual(fts5Stems(words));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves words it cannot vouch for to the caller', () => {
    expect([porterStem('café'), porterStem('Checkpoint'), porterStem('b3')]).toEqual([null, null, null]);
  });
});

describe('the last word of a query', () => {
  it('is asked as one prefix when its stem covers the other, as two when not', () => {
    expect(buildMatchQuery('smuggling')).toBe('"smuggl"*');
    expect(buildMatchQuery('checkpoint')).toBe('"checkpoin"*');
    // porter cuts "abilities" to "abil", which "abilit" (its loose stem) does not cover.
    expect(buildMatchQuery('abilities')).toBe('"abilities"*');
    expect(buildMatchQuery('cafés')).toBe('("cafés"* OR "café"*)');
  });
});

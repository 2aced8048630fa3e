/**
 * Thai-aware search (src/main/services/search-text.ts) against a real SQLite FTS5 table in
 * better-sqlite3-multiple-ciphers (in memory: no project file or passphrase needed). What an
 * assessor notices: a Thai word is found inside Thai written without spaces, English finds
 * other forms of a word and the start of a word, and nothing typed into the search box can
 * break the query or be obeyed as an FTS5 operator.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHighlights, highlightSnippet } from '../../../src/main/services/search-snippet';
import {
  FTS_TOKENIZE,
  buildMatchQuery,
  queryTerms,
  segmentForIndex,
  wordsOf,
} from '../../../src/main/services/search-text';

const NOTES: Record<number, string> = {
  1: 'เจ้าหน้าที่พบผู้เสียหายจากการค้ามนุษย์ที่ด่านพรมแดน',
  2: 'ด่านตรวจคนเข้าเมืองแม่สายมีเจ้าหน้าที่ไม่เพียงพอในช่วงเทศกาล',
  3: 'แรงงานข้ามชาติจากเมียนมาเดินทางเข้ามาทางช่องทางธรรมชาติ',
  4: 'นายหน้าเรียกเก็บเงินจากแรงงานก่อนข้ามแดนโดยไม่มีใบเสร็จ',
  5: 'ระบบตรวจหนังสือเดินทางที่ท่าอากาศยานสุวรรณภูมิทำงานช้าในบางวัน',
  6: 'ผู้เสียหายได้รับการส่งต่อไปยังบ้านพักเด็กและครอบครัวจังหวัดสระแก้ว',
  7: 'เจ้าหน้าที่ตำรวจตรวจคนเข้าเมืองยังไม่ได้รับการฝึกอบรมเรื่องการคัดแยกผู้เสียหาย',
  8: 'การประสานงานระหว่างหน่วยงานที่ด่านพรมแดนยังไม่เป็นระบบ',
  9: 'มีการตรวจพบเอกสารปลอมที่จุดผ่านแดนถาวรอรัญประเทศ',
  10: 'ศูนย์ปฏิบัติการป้องกันการค้ามนุษย์มีล่ามภาษากัมพูชาเพียงคนเดียว',
  11: 'เจ้าหน้าที่ประมงตรวจเรือที่ท่าเรือสงขลาเดือนละครั้ง',
  12: 'ข้อมูลการเข้าออกประเทศถูกบันทึกในระบบเมื่อปี ๒๕๖๒',
  13: 'Officers at the Mae Sai checkpoint check passports against the watch list.',
  14: 'Victims of trafficking were referred to the provincial shelter.',
  15: 'The immigration database was offline for two days in B.E. 2562.',
  16: 'Migrants crossing through natural channels avoid the official checkpoints.',
  17: 'Interpreters for Khmer and Burmese are rarely available at the border.',
  18: 'Two smugglers were arrested and charged under the Immigration Act.',
  19: 'The café near the crossing point is used by brokers.',
  20: 'A trafficked person was identified by a labour inspector.',
  21: 'การประชุม JAP-B3-01 เรื่อง immigration checkpoints ที่ด่านสะเดา',
  22: 'ผู้ให้ข้อมูลบอกว่านายหน้ามาจากฝั่งเมียนมาและรับคนข้ามแดนทุกคืน',
};

let db: Database.Database;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE search USING fts5(record_id UNINDEXED, notes, tokenize = '${FTS_TOKENIZE}')`);
  const insert = db.prepare('INSERT INTO search (record_id, notes) VALUES (?, ?)');
  for (const [id, text] of Object.entries(NOTES)) insert.run(Number(id), segmentForIndex(text));
});

afterAll(() => db.close());

/** Record ids the user gets for what they typed, in id order. */
function search(userQuery: string): number[] {
  const match = buildMatchQuery(userQuery);
  if (match === null) return [];
  const rows = db.prepare('SELECT record_id FROM search WHERE search MATCH ? ORDER BY record_id').all(match) as {
    record_id: number;
  }[];
  return rows.map((r) => r.record_id);
}

describe('the SQLite build', () => {
  it('has FTS5 and the porter tokenizer', () => {
    expect(db.prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5') AS on_").get()).toEqual({ on_: 1 });
  });
});

describe('Thai', () => {
  it('finds a Thai word inside Thai written without spaces, and only where it is', () => {
    expect(search('ค้ามนุษย์')).toEqual([1, 10]);
    expect(search('นายหน้า')).toEqual([4, 22]);
    expect(search('หนังสือเดินทาง')).toEqual([5]);
  });

  it('finds the notes that contain all the words of a Thai query, typed with or without a space', () => {
    expect(search('ผู้เสียหาย ด่านพรมแดน')).toEqual([1]);
    expect(search('ผู้เสียหายด่านพรมแดน')).toEqual([1]);
    expect(search('ตรวจคนเข้าเมือง')).toEqual([2, 7]);
  });

  it('tells words apart by their tone marks and vowels', () => {
    expect(search('คา')).toEqual([]);
    expect(search('ค้า')).toEqual([1, 10]);
  });

  it('finds a year whether it is written in Thai or Arabic digits', () => {
    expect(search('๒๕๖๒')).toEqual([12, 15]);
    expect(search('2562')).toEqual([12, 15]);
  });
});

describe('English', () => {
  it('finds other forms of a word (porter stemming)', () => {
    expect(search('checkpoint')).toEqual([13, 16, 21]);
    expect(search('checkpoints')).toEqual([13, 16, 21]);
    expect(search('trafficked')).toEqual([14, 20]);
    expect(search('Trafficking')).toEqual([14, 20]);
  });

  it('finds a word from its beginning while the user is still typing it', () => {
    expect(search('immig')).toEqual([15, 18, 21]);
    // Porter keeps "immigrat" as typed but indexed "immigration" as "immigr".
    expect(search('immigrat')).toEqual([15, 18, 21]);
    expect(search('immigrati')).toEqual([15, 18, 21]);
    expect(search('interpret')).toEqual([17]);
  });

  it('ignores accents and case, and mixes with Thai in one query', () => {
    expect(search('CAFE')).toEqual([19]);
    expect(search('immigration ด่านสะเดา')).toEqual([21]);
    expect(search('JAP-B3-01')).toEqual([21]);
  });
});

describe('whatever the user types', () => {
  it('treats FTS5 operators and syntax as plain words, never as commands', () => {
    expect(search('passports')).toEqual([13]);
    expect(search('migrants')).toEqual([16]);
    // Obeyed, OR would give [13, 16]; as words, no note holds "passports", "or" and "migrants".
    expect(search('passports OR migrants')).toEqual([]);
    expect(search('NOT checkpoint')).toEqual([]);
    expect(search('"checkpoint')).toEqual([13, 16, 21]);
    expect(search('(immigration')).toEqual([15, 18, 21]);
    expect(search('checkpoint*')).toEqual([13, 16, 21]);
    expect(search('notes:immigration')).toEqual([]);
    expect(search('NEAR(officers checkpoint)')).toEqual([]);
    expect(search('^immigration -act')).toEqual([18]);
  });

  it('never makes SQLite throw, and every note found holds each word of the query', () => {
    const syntax = fc.constantFrom(
      '"',
      "'",
      '*',
      '(',
      ')',
      ':',
      '^',
      '-',
      '+',
      'OR',
      'AND',
      'NOT',
      'NEAR(',
      '{notes}',
      ' ',
      '\\',
      '""',
    );
    const words = fc.constantFrom('ค้ามนุษย์', 'ด่าน', 'immigration', 'check', 'notes', 'record_id', '๒๕๖๒', 'é');
    // Random graphemes test only that nothing throws: glued to a word they may change how the
    // segmenter and FTS5's tokenizer cut it, so "holds each word" is checked on known words.
    const anything = fc
      .array(fc.oneof(syntax, words, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 10 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(anything, (userQuery) => {
        if (buildMatchQuery(userQuery) !== null) search(userQuery);
      }),
      { numRuns: 300 },
    );
    const typed = fc.array(fc.oneof(syntax, words), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(typed, (userQuery) => {
        const match = buildMatchQuery(userQuery);
        if (match === null) return;
        const ids = search(userQuery);
        const required = segmentForIndex(userQuery)
          .split(' ')
          .filter((w) => !/^\p{Script=Latin}+$/u.test(w));
        for (const id of ids) {
          const indexed = segmentForIndex(NOTES[id] ?? '').split(' ');
          for (const word of required) expect(indexed).toContain(word);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts plain English words without ICU exactly as ICU would', () => {
    const plain = fc.stringMatching(/^ *[A-Za-z]{1,12}( +[A-Za-z]{1,12}){0,4} *$/);
    fc.assert(
      fc.property(plain, (userQuery) => {
        expect(queryTerms(userQuery)).toEqual(wordsOf(userQuery).map((word) => word.text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives no query for empty or punctuation-only input', () => {
    for (const nothing of ['', '   ', '?!.,', '"""', '***', '()', ':-)', '😀', '\n\t', '฿ … «»', '๏ ๚ ๛']) {
      expect(buildMatchQuery(nothing)).toBeNull();
    }
  });
});

describe('index text and snippets', () => {
  it('stores words separated by spaces, Latin in lower case, numbers kept, punctuation dropped', () => {
    expect(segmentForIndex('ด่านตรวจคนเข้าเมืองแม่สาย, Immigration checkpoint (KII-OFF-017) ปี ๒๕๖๒!')).toBe(
      'ด่าน ตรวจ คน เข้า เมือง แม่สาย immigration checkpoint kii off 017 ปี 2562',
    );
  });

  it('segments a 200 KB note in one piece of work without losing words at the cuts', () => {
    const sentence = 'เจ้าหน้าที่พบผู้เสียหายจากการค้ามนุษย์ที่ด่านพรมแดน Officers at the checkpoint.\n';
    const note = sentence.repeat(2500);
    const started = performance.now();
    const indexed = segmentForIndex(note);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(indexed).toBe(Array(2500).fill(segmentForIndex(sentence)).join(' '));
  });

  it('marks where the query words are in the original text, for a short snippet', () => {
    const note = NOTES[1] ?? '';
    expect(findHighlights(note, 'ค้ามนุษย์').map((r) => note.slice(r.start, r.end))).toEqual(['ค้ามนุษย์']);
    const english = NOTES[14] ?? '';
    expect(findHighlights(english, 'trafficked shelters').map((r) => english.slice(r.start, r.end))).toEqual([
      'trafficking',
      'shelter',
    ]);
    const snippet = highlightSnippet(`${'ข้อความอื่น '.repeat(40)}${note}${' ท้ายบันทึก'.repeat(40)}`, 'ค้ามนุษย์', 60);
    expect(snippet.clippedStart && snippet.clippedEnd).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(80);
    expect(snippet.highlights.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['ค้ามนุษย์']);
  });
});

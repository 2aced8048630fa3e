/**
 * Search when a word is in many records (issue 3 benchmark): counting stops past COUNT_CAP
 * and the answer says "more than"; up to RANK_LIMIT matches the best come first (bm25),
 * beyond it the newest; the kinds filter and deleted records behave the same either way.
 * Through the real handler table, so the answers also pass the contract's output schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStrings } from '../../../src/main/cli/catalog';
import { searchText } from '../../../src/main/cli/output';
import { createInterviews } from '../../../src/main/services/interviews';
import { COUNT_CAP, RANK_LIMIT } from '../../../src/main/services/search';
import type { Interview } from '../../../src/shared/evidence';
import type { SearchResult } from '../../../src/shared/search';
import { expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let api: TestApi;
/** COUNT_CAP + 5 interviews about wombats, oldest first; the first says "wombat" most often. */
let wombats: Interview[];
/** Two interviews about quokkas: the older one is about nothing else. */
let quokkas: Interview[];

async function find(query: string, extra: Record<string, unknown> = {}): Promise<SearchResult> {
  return expectValue(await api.call('search.query', { query, ...extra }));
}
const codes = (result: SearchResult): string[] => result.hits.map((hit) => hit.code);

beforeAll(async () => {
  root = makeTempDir('search-many');
  api = makeApi(root);
  expectValue(
    await api.call('project.create', {
      path: `${root}/many.bmma`,
      title: 'Many',
      language: 'en',
      passphrase: PASSPHRASE,
    }),
  );
  const project = api.session.require();
  quokkas = createInterviews(project, [
    interviewInput('stakeholder', { notes: 'Quokka quokka quokka: the quokka census at the island pier.' }),
    interviewInput('stakeholder', {
      notes: `${'The officers described the boat patrol schedule and the radio links in detail. '.repeat(8)}A quokka was seen.`,
    }),
  ]);
  wombats = createInterviews(
    project,
    Array.from({ length: COUNT_CAP + 5 }, (_, i) =>
      interviewInput('official', {
        notes:
          i === 0
            ? 'Wombat wombat wombat wombat wombat.'
            : `Report ${i}: ${'the patrol covered the river bank and the ferry landing; '.repeat(4)}one wombat track.`,
      }),
    ),
  );
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('a word found in more records than are counted', () => {
  it('says "more than COUNT_CAP", lists the newest first, and the kinds filter counts the same way', async () => {
    const result = await find('wombat', { limit: 20 });
    expect([result.total, result.totalIsLowerBound, result.order]).toEqual([COUNT_CAP, true, 'newest']);
    // Newest first: the last interviews created, not the one that says "wombat" five times.
    expect(codes(result)).toEqual(
      wombats
        .slice(-20)
        .reverse()
        .map((interview) => interview.code),
    );
    expect(codes(result)).not.toContain(wombats[0]?.code);
    const interviewsOnly = await find('wombat', { kinds: ['interview'], limit: 5 });
    expect([interviewsOnly.total, interviewsOnly.totalIsLowerBound, interviewsOnly.hits.length]).toEqual([
      COUNT_CAP,
      true,
      5,
    ]);
    // What `bmma search` prints under the hits, in both languages.
    expect(searchText(result, cliStrings('en')).trimEnd().split('\n').at(-1)).toBe(
      `More than ${COUNT_CAP} results, the newest 20 shown. Add a word to narrow the search.`,
    );
    expect(searchText(result, cliStrings('th')).trimEnd().split('\n').at(-1)).toBe(
      `พบมากกว่า ${COUNT_CAP} รายการ แสดง 20 รายการล่าสุด เพิ่มคำค้นเพื่อให้ผลลัพธ์แคบลง`,
    );
    expect(await find('wombat', { kinds: ['indicator', 'document'] })).toMatchObject({
      total: 0,
      totalIsLowerBound: false,
      hits: [],
    });
  });

  it('ranks by relevance once no more than RANK_LIMIT match, newest first just above it; deleted ones are gone', async () => {
    // Deleting interviews after the first (the most relevant) brings the matches to RANK_LIMIT + 1, then RANK_LIMIT.
    const remove = async (interviews: readonly Interview[]): Promise<void> => {
      for (const interview of interviews) expectValue(await api.call('interviews.delete', { id: interview.id }));
    };
    const first = wombats.length - (RANK_LIMIT + 1);
    await remove(wombats.slice(1, 1 + first));
    const above = await find('wombat', { limit: 3 });
    expect([above.total, above.totalIsLowerBound, above.order]).toEqual([
      Math.min(RANK_LIMIT + 1, COUNT_CAP),
      RANK_LIMIT + 1 > COUNT_CAP,
      'newest',
    ]);
    expect(above.hits[0]?.code).toBe(wombats.at(-1)?.code);

    await remove(wombats.slice(1 + first, 2 + first));
    const ranked = await find('wombat', { limit: RANK_LIMIT });
    expect([ranked.total, ranked.totalIsLowerBound, ranked.order]).toEqual([RANK_LIMIT, false, 'relevance']);
    // The one that says "wombat" five times is the oldest, and first.
    expect(ranked.hits[0]?.code).toBe(wombats[0]?.code);
    expect(codes(ranked)).not.toContain(wombats[1]?.code);
    expect(new Set(codes(ranked)).size).toBe(RANK_LIMIT);
  });
});

describe('a word found in few records', () => {
  it('ranks by relevance: the note about quokkas comes before the newer one that mentions one', async () => {
    const result = await find('quokkas');
    expect([result.total, result.totalIsLowerBound, result.order]).toEqual([2, false, 'relevance']);
    expect(codes(result)).toEqual(quokkas.map((interview) => interview.code));
  });

  it('marks the word in the snippet even when it is at the end of the note', async () => {
    const [, later] = (await find('quokka')).hits;
    expect(later?.snippet.clippedStart).toBe(true);
    expect(later?.snippet.text.endsWith('A quokka was seen.')).toBe(true);
    expect(later?.snippet.highlights.map(({ start, end }) => later.snippet.text.slice(start, end))).toEqual(['quokka']);
  });
});

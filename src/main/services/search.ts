import {
  SEARCH_KINDS,
  searchQuerySchema,
  type SearchKind,
  type SearchOrder,
  type SearchResult,
} from '../../shared/search';
import type { z } from 'zod';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { buildHits, type IndexEntry } from './search-hits';
import { highlightQuery } from './search-highlight';
import { matchQueryOf, queryTerms, segmentForIndex } from './search-text';
import { listLength, listValues, placeholders, prepared, sqlCache } from './statement-cache';

/**
 * Full-text search over the project (issue 3), on the FTS5 table of migration 0005.
 *
 * The index holds only segmented words (segmentForIndex): snippets are cut from the original
 * text, read from the source tables for the hits shown. The index is kept in step by the
 * services that write the source rows, inside their own write transaction, so a rollback
 * rolls the index back too. search_index_keys gives each (kind, id) a fixed FTS rowid: an
 * update replaces one row by rowid instead of scanning the index for the entity's id (FTS5
 * cannot index its UNINDEXED columns).
 *
 * A search reads the index once (queryIndex: a capped count and the newest matches, or the
 * best when few match), then the rows of the hits shown, one statement per kind
 * (search-hits.ts), and cuts each snippet from a window of its text (search-snippet.ts).
 * Statements are prepared once per connection (statement-cache.ts). On the scale-250 demo
 * a search takes about a millisecond; the bench (tests/bench/workspace.ts) measures it
 * against a LIKE scan of the same texts.
 */

export type SearchQueryInput = z.input<typeof searchQuerySchema>;

function keyOf(db: Db, kind: SearchKind, id: string): number | undefined {
  const row = prepared(db, 'SELECT rowid FROM search_index_keys WHERE kind = ? AND entity_id = ?').get(kind, id) as
    { rowid: number } | undefined;
  return row?.rowid;
}

/** Puts (or replaces) an entity's text in the index. Call inside the write that changed it. */
export function indexEntity(db: Db, kind: SearchKind, id: string, text: string): void {
  let rowid = keyOf(db, kind, id);
  if (rowid === undefined) {
    rowid = Number(
      prepared(db, 'INSERT INTO search_index_keys (kind, entity_id) VALUES (?, ?)').run(kind, id).lastInsertRowid,
    );
  } else {
    prepared(db, 'DELETE FROM search_index WHERE rowid = ?').run(rowid);
  }
  prepared(db, 'INSERT INTO search_index (rowid, kind, entity_id, body) VALUES (?, ?, ?, ?)').run(
    rowid,
    kind,
    id,
    segmentForIndex(text),
  );
}

/** Takes an entity out of the index (a tombstoned interview). */
export function removeEntity(db: Db, kind: SearchKind, id: string): void {
  const rowid = keyOf(db, kind, id);
  if (rowid === undefined) return;
  prepared(db, 'DELETE FROM search_index WHERE rowid = ?').run(rowid);
  prepared(db, 'DELETE FROM search_index_keys WHERE rowid = ?').run(rowid);
}

/** The text indexed for an interview: what a user would search it by. */
export function interviewSearchText(row: { code: string; location: string; notes: string }): string {
  return [row.code, row.location, row.notes].join('\n');
}

/** The text indexed for an indicator, both languages. */
export function indicatorSearchText(row: {
  code: string;
  text_en: string;
  text_th: string;
  guidance_en: string;
  guidance_th: string;
}): string {
  return [row.code, row.text_en, row.text_th, row.guidance_en, row.guidance_th].join('\n');
}

/**
 * The text indexed for a site visit: code, crossing point and what was observed (the same text
 * site-visits.ts indexes on each write, rebuilt here from the stored row).
 */
export function siteVisitSearchText(row: {
  code: string;
  crossing_name_en: string | null;
  crossing_name_th: string | null;
  observations: string;
  checklist: string;
}): string {
  return [
    row.code,
    row.crossing_name_en ?? '',
    row.crossing_name_th ?? '',
    row.observations,
    ...checklistNotes(row.checklist),
  ].join('\n');
}

/** The notes of a site visit's checklist (stored as JSON: item -> {rating, note}). */
function checklistNotes(checklist: string): string[] {
  const entries = Object.values(JSON.parse(checklist) as Record<string, { note?: unknown }>);
  return entries.map((entry) => (typeof entry.note === 'string' ? entry.note : ''));
}

/** The text indexed for a document: code, titles, citation and notes. */
export function documentSearchText(row: {
  code: string;
  title_en: string;
  title_th: string;
  reference: string;
  notes: string;
}): string {
  return [row.code, row.title_en, row.title_th, row.reference, row.notes].join('\n');
}

/** The text indexed for a finding: its code and both statements. */
export function findingSearchText(row: { code: string; statement_en: string; statement_th: string }): string {
  return [row.code, row.statement_en, row.statement_th].join('\n');
}

/** The text indexed for a recommendation: its code and both texts. */
export function recommendationSearchText(row: { code: string; text_en: string; text_th: string }): string {
  return [row.code, row.text_en, row.text_th].join('\n');
}

/** The text indexed for a Joint Action Plan item: code, objective, action and indicator. */
export function actionSearchText(row: {
  code: string;
  objective_en: string;
  objective_th: string;
  action_en: string;
  action_th: string;
  indicator_en: string;
  indicator_th: string;
}): string {
  return [
    row.code,
    row.objective_en,
    row.objective_th,
    row.action_en,
    row.action_th,
    row.indicator_en,
    row.indicator_th,
  ].join('\n');
}

function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** Each live row of a table, as (id, text); nothing when the table is not there yet. */
function* liveRows<Row>(db: Db, table: string, sql: string, text: (row: Row) => string): Generator<[string, string]> {
  if (!tableExists(db, table)) return;
  for (const row of db.prepare(sql).all() as Array<Row & { id: string }>) yield [row.id, text(row)];
}

/**
 * Fills the index from the rows already in the file (migration 0005; rebuilds). Migration
 * 0005 runs before 0006 has created the workspace tables, so each table is indexed only
 * when it exists.
 */
export function indexExistingRows(db: Db): void {
  const sources: Array<[SearchKind, Iterable<[string, string]>]> = [
    [
      'interview',
      liveRows(
        db,
        'interviews',
        'SELECT id, code, location, notes FROM interviews WHERE deleted = 0',
        interviewSearchText,
      ),
    ],
    [
      'indicator',
      liveRows(
        db,
        'indicators',
        'SELECT id, code, text_en, text_th, guidance_en, guidance_th FROM indicators WHERE deleted = 0',
        indicatorSearchText,
      ),
    ],
    [
      'site_visit',
      liveRows(
        db,
        'site_visits',
        `SELECT s.id, s.code, cp.name_en AS crossing_name_en, cp.name_th AS crossing_name_th,
           s.observations, s.checklist
         FROM site_visits s LEFT JOIN crossing_points cp ON cp.code = s.crossing_point_code WHERE s.deleted = 0`,
        siteVisitSearchText,
      ),
    ],
    [
      'document',
      liveRows(
        db,
        'documents',
        'SELECT id, code, title_en, title_th, reference, notes FROM documents WHERE deleted = 0',
        documentSearchText,
      ),
    ],
    [
      'finding',
      liveRows(
        db,
        'findings',
        'SELECT id, code, statement_en, statement_th FROM findings WHERE deleted = 0',
        findingSearchText,
      ),
    ],
    [
      'recommendation',
      liveRows(
        db,
        'recommendations',
        'SELECT id, code, text_en, text_th FROM recommendations WHERE deleted = 0',
        recommendationSearchText,
      ),
    ],
    [
      'action',
      liveRows(
        db,
        'actions',
        `SELECT id, code, objective_en, objective_th, action_en, action_th, indicator_en, indicator_th
         FROM actions WHERE deleted = 0`,
        actionSearchText,
      ),
    ],
  ];
  for (const [kind, rows] of sources) for (const [id, text] of rows) indexEntity(db, kind, id, text);
}

// ---------------------------------------------------------------- reading

/** False for a file of format 4 or older opened read-only (no migration has run on it). */
export function hasSearchIndex(project: ProjectFile): boolean {
  return project.read(
    (db) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'").get() !== undefined,
  );
}

/**
 * Counting stops here: past it the answer is "more than COUNT_CAP" (totalIsLowerBound).
 * Counting all 13,000 records a common word is in costs more than the rest of a search,
 * and reading matches off the index costs in proportion to how many are read (a two-word
 * Thai query, on the scale-250 demo: about 0.25 ms for 50, 0.3 for 100, 0.4 for 200, 0.75
 * for 500). Nobody reads on past the first screen of hits anyway: they add a word.
 */
export const COUNT_CAP = 100;

/**
 * Hits are ranked by relevance (FTS5's bm25) only when at most RANK_LIMIT records match;
 * otherwise the newest come first: the records indexed most recently (search_index_keys
 * gives a record its rowid when it is first indexed). bm25 scores every match before the
 * first hit can be shown, about 2 µs each (25 ms for a word in 13,000 records), while the
 * newest come straight off the index. A product decision: a query matching more than
 * RANK_LIMIT records is one the user refines by adding a word (the search box says so), and
 * until then the most recent records are as useful a first page as the most relevant; a
 * precise query, with few matches, is ranked. At most COUNT_CAP: deciding needs the count.
 */
export const RANK_LIMIT = 100;

const KINDS_LIST = listLength(SEARCH_KINDS.length);

/**
 * The statements on the index: the FTS rowids matching, newest first or best first. The
 * kinds filter joins search_index_keys (a small table keyed by rowid) rather than reading
 * the UNINDEXED kind column, which lives in FTS5's content table beside the whole text.
 */
function matchSql(order: SearchOrder, ofKinds: boolean): string {
  const from = ofKinds
    ? `FROM search_index JOIN search_index_keys k ON k.rowid = search_index.rowid
       WHERE search_index MATCH ? AND k.kind IN (${placeholders(KINDS_LIST)})`
    : 'FROM search_index WHERE search_index MATCH ?';
  const orderBy = order === 'newest' ? 'search_index.rowid DESC' : 'search_index.rank';
  return `SELECT search_index.rowid ${from} ORDER BY ${orderBy} LIMIT ?`;
}

const MATCH_SQL = {
  newest: { all: matchSql('newest', false), some: matchSql('newest', true) },
  relevance: { all: matchSql('relevance', false), some: matchSql('relevance', true) },
} as const;

const keysSql = sqlCache(
  (length: number) => `SELECT rowid, kind, entity_id FROM search_index_keys WHERE rowid IN (${placeholders(length)})`,
);

/** What the index answers for a MATCH expression, before the records are read. */
export interface IndexAnswer {
  /** Records matching, counted up to COUNT_CAP. */
  total: number;
  /** More than `total` records match. */
  totalIsLowerBound: boolean;
  order: SearchOrder;
  /** The first `limit` entries in that order. */
  entries: IndexEntry[];
}

/**
 * The index's part of a search: one pass over the matches, newest first, stopping after
 * COUNT_CAP + 1, gives the (capped) count and the newest entries; when few match, a second
 * pass ranks them by bm25. Exported for the benchmark, which times it on its own.
 */
export function queryIndex(
  db: Db,
  match: string,
  kinds: readonly SearchKind[] | undefined,
  limit: number,
): IndexAnswer {
  const some = kinds !== undefined && kinds.length < SEARCH_KINDS.length;
  const params = some ? [match, ...listValues(kinds, KINDS_LIST)] : [match];
  const newest = prepared(db, MATCH_SQL.newest[some ? 'some' : 'all'])
    .pluck()
    .all(...params, COUNT_CAP + 1) as number[];
  const total = Math.min(newest.length, COUNT_CAP);
  const order: SearchOrder = newest.length <= RANK_LIMIT ? 'relevance' : 'newest';
  // One match or none has no order to find.
  const rowids =
    order === 'relevance' && newest.length > 1
      ? (prepared(db, MATCH_SQL.relevance[some ? 'some' : 'all'])
          .pluck()
          .all(...params, limit) as number[])
      : newest.slice(0, limit);
  const answer = { total, totalIsLowerBound: newest.length > COUNT_CAP, order };
  if (rowids.length === 0) return { ...answer, entries: [] };
  // Raw rows [rowid, kind, entity_id]: cheaper to read than objects.
  const keys = new Map(
    (
      prepared(db, keysSql(listLength(rowids.length)))
        .raw(true)
        .all(...listValues(rowids)) as Array<[number, SearchKind, string]>
    ).map((key) => [key[0], key]),
  );
  const entries = rowids.flatMap((rowid) => {
    const key = keys.get(rowid);
    return key ? [{ kind: key[1], id: key[2] }] : [];
  });
  return { ...answer, entries };
}

/**
 * The hits for what the user typed and how many records match (see COUNT_CAP and
 * RANK_LIMIT for the count and the order). The query is segmented and quoted by
 * matchQueryOf and always bound: no user text reaches the SQL as syntax.
 */
export function search(project: ProjectFile, input: SearchQueryInput): SearchResult {
  const { query, kinds, limit } = searchQuerySchema.parse(input);
  const terms = queryTerms(query);
  const match = matchQueryOf(terms);
  if (match === null) return { query, total: 0, totalIsLowerBound: false, order: 'relevance', hits: [] };
  return project.read((db) => {
    const { entries, ...answer } = queryIndex(db, match, kinds, limit);
    return { query, ...answer, hits: buildHits(db, entries, highlightQuery(terms)) };
  });
}

import { searchQuerySchema, type SearchHit, type SearchKind, type SearchResult } from '../../shared/search';
import type { z } from 'zod';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { buildMatchQuery, findHighlights, highlightSnippet, segmentForIndex } from './search-text';

/**
 * Full-text search over the project (issue 3), on the FTS5 table of migration 0005.
 *
 * The index holds only segmented words (segmentForIndex): snippets are cut from the original
 * text, read from the source tables for the hits shown. The index is kept in step by the
 * services that write the source rows, inside their own write transaction, so a rollback
 * rolls the index back too. search_index_keys gives each (kind, id) a fixed FTS rowid: an
 * update replaces one row by rowid instead of scanning the index for the entity's id (FTS5
 * cannot index its UNINDEXED columns).
 */

export type SearchQueryInput = z.input<typeof searchQuerySchema>;

function keyOf(db: Db, kind: SearchKind, id: string): number | undefined {
  const row = db.prepare('SELECT rowid FROM search_index_keys WHERE kind = ? AND entity_id = ?').get(kind, id) as
    { rowid: number } | undefined;
  return row?.rowid;
}

/** Puts (or replaces) an entity's text in the index. Call inside the write that changed it. */
export function indexEntity(db: Db, kind: SearchKind, id: string, text: string): void {
  let rowid = keyOf(db, kind, id);
  if (rowid === undefined) {
    rowid = Number(
      db.prepare('INSERT INTO search_index_keys (kind, entity_id) VALUES (?, ?)').run(kind, id).lastInsertRowid,
    );
  } else {
    db.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
  }
  db.prepare('INSERT INTO search_index (rowid, kind, entity_id, body) VALUES (?, ?, ?, ?)').run(
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
  db.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
  db.prepare('DELETE FROM search_index_keys WHERE rowid = ?').run(rowid);
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

/** The first field with a highlighted word, else the first non-empty one. */
function pickField(fields: readonly string[], query: string): string {
  return fields.find((text) => findHighlights(text, query).length > 0) ?? fields.find((text) => text !== '') ?? '';
}

function interviewHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db
    .prepare('SELECT code, category, agency_code, location, notes FROM interviews WHERE id = ? AND deleted = 0')
    .get(id) as
    { code: string; category: string; agency_code: string | null; location: string; notes: string } | undefined;
  if (!row) return null;
  const where = row.agency_code ?? row.location;
  return {
    kind: 'interview',
    id,
    code: row.code,
    // Category key (the UI and CLI translate it) and agency or generalised location.
    title: where ? `${row.category} · ${where}` : row.category,
    snippet: highlightSnippet(pickField([row.notes, row.location, row.code], query), query),
  };
}

function indicatorHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db
    .prepare('SELECT code, text_en, text_th, guidance_en, guidance_th FROM indicators WHERE id = ? AND deleted = 0')
    .get(id) as
    { code: string; text_en: string; text_th: string; guidance_en: string; guidance_th: string } | undefined;
  if (!row) return null;
  const fields = [row.text_th, row.text_en, row.guidance_th, row.guidance_en];
  const text = pickField(fields, query);
  // The title in the language that matched (Thai fields first), falling back to the other.
  const thai = text !== '' && (text === row.text_th || text === row.guidance_th);
  const title = (thai ? row.text_th : row.text_en) || row.text_en || row.text_th;
  return { kind: 'indicator', id, code: row.code, title, snippet: highlightSnippet(text, query) };
}

const THAI = /[\u0e00-\u0e7f]/;

/** True when the first word the query matched in `text` is Thai (the text may mix both). */
function matchedThai(text: string, query: string): boolean {
  const [first] = findHighlights(text, query);
  return THAI.test(first ? text.slice(first.start, first.end) : text);
}

function siteVisitHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db
    .prepare(
      `SELECT v.code, v.checklist, v.observations, cp.name_en, cp.name_th FROM site_visits v
       LEFT JOIN crossing_points cp ON cp.code = v.crossing_point_code WHERE v.id = ? AND v.deleted = 0`,
    )
    .get(id) as
    | { code: string; checklist: string; observations: string; name_en: string | null; name_th: string | null }
    | undefined;
  if (!row) return null;
  const notes = Object.values(JSON.parse(row.checklist) as Record<string, { note: string }>).map((entry) => entry.note);
  const text = pickField([row.observations, ...notes, row.name_th ?? '', row.name_en ?? '', row.code], query);
  // The crossing point's name in the script that matched.
  const title = (matchedThai(text, query) ? row.name_th : row.name_en) || row.name_en || row.name_th || '';
  return { kind: 'site_visit', id, code: row.code, title, snippet: highlightSnippet(text, query) };
}

function documentHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db
    .prepare('SELECT code, title_en, title_th, reference, notes FROM documents WHERE id = ? AND deleted = 0')
    .get(id) as { code: string; title_en: string; title_th: string; reference: string; notes: string } | undefined;
  if (!row) return null;
  const text = pickField([row.title_th, row.title_en, row.notes, row.reference], query);
  const title = (matchedThai(text, query) ? row.title_th : row.title_en) || row.title_en || row.title_th;
  return { kind: 'document', id, code: row.code, title, snippet: highlightSnippet(text, query) };
}

const TITLE_CHARS = 160;

/** A title of at most TITLE_CHARS, in the script of the word that matched, else the other. */
function titleIn(matched: string, query: string, title: { en: string; th: string }): string {
  const text = (matchedThai(matched, query) ? title.th : title.en) || title.en || title.th;
  return text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1).trimEnd()}…` : text;
}

function findingHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db
    .prepare('SELECT code, statement_en, statement_th FROM findings WHERE id = ? AND deleted = 0')
    .get(id) as { code: string; statement_en: string; statement_th: string } | undefined;
  if (!row) return null;
  const text = pickField([row.statement_th, row.statement_en, row.code], query);
  const title = titleIn(text, query, { en: row.statement_en, th: row.statement_th });
  return { kind: 'finding', id, code: row.code, title, snippet: highlightSnippet(text, query) };
}

function recommendationHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db.prepare('SELECT code, text_en, text_th FROM recommendations WHERE id = ? AND deleted = 0').get(id) as
    { code: string; text_en: string; text_th: string } | undefined;
  if (!row) return null;
  const text = pickField([row.text_th, row.text_en, row.code], query);
  const title = titleIn(text, query, { en: row.text_en, th: row.text_th });
  return { kind: 'recommendation', id, code: row.code, title, snippet: highlightSnippet(text, query) };
}

function actionHit(db: Db, id: string, query: string): SearchHit | null {
  const row = db
    .prepare(
      `SELECT code, objective_en, objective_th, action_en, action_th, indicator_en, indicator_th
       FROM actions WHERE id = ? AND deleted = 0`,
    )
    .get(id) as
    | {
        code: string;
        objective_en: string;
        objective_th: string;
        action_en: string;
        action_th: string;
        indicator_en: string;
        indicator_th: string;
      }
    | undefined;
  if (!row) return null;
  const fields = [row.action_th, row.action_en, row.objective_th, row.objective_en, row.indicator_th, row.indicator_en];
  const text = pickField([...fields, row.code], query);
  // The action itself names the item; its objective when the action is still empty.
  const action = { en: row.action_en, th: row.action_th };
  const title = titleIn(text, query, action.en || action.th ? action : { en: row.objective_en, th: row.objective_th });
  return { kind: 'action', id, code: row.code, title, snippet: highlightSnippet(text, query) };
}

type HitBuilder = (db: Db, id: string, query: string) => SearchHit | null;
/** How each kind of indexed record is shown as a hit; a kind without a builder is counted, not listed. */
const HIT_BUILDERS: Partial<Record<SearchKind, HitBuilder>> = {
  interview: interviewHit,
  indicator: indicatorHit,
  site_visit: siteVisitHit,
  document: documentHit,
  finding: findingHit,
  recommendation: recommendationHit,
  action: actionHit,
};

/**
 * The best hits for what the user typed, ranked by FTS5's bm25, and how many match in all.
 * The query is segmented and quoted by buildMatchQuery and always bound: no user text
 * reaches the SQL as syntax.
 */
export function search(project: ProjectFile, input: SearchQueryInput): SearchResult {
  const { query, kinds, limit } = searchQuerySchema.parse(input);
  const match = buildMatchQuery(query);
  if (match === null) return { query, total: 0, hits: [] };
  const kindFilter = kinds ? ` AND kind IN (${kinds.map(() => '?').join(', ')})` : '';
  const params = [match, ...(kinds ?? [])];
  return project.read((db) => {
    const { total } = db
      .prepare(`SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?${kindFilter}`)
      .get(...params) as { total: number };
    const rows = db
      .prepare(`SELECT kind, entity_id FROM search_index WHERE search_index MATCH ?${kindFilter} ORDER BY rank LIMIT ?`)
      .all(...params, limit) as Array<{ kind: SearchKind; entity_id: string }>;
    const hits: SearchHit[] = [];
    for (const row of rows) {
      const hit = HIT_BUILDERS[row.kind]?.(db, row.entity_id, query) ?? null;
      if (hit) hits.push(hit);
    }
    return { query, total, hits };
  });
}

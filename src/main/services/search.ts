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

/** Fills the index from the rows already in the file (migration 0005; rebuilds). */
export function indexExistingRows(db: Db): void {
  const interviews = db
    .prepare('SELECT id, code, location, notes FROM interviews WHERE deleted = 0')
    .iterate() as IterableIterator<{ id: string; code: string; location: string; notes: string }>;
  const rows: Array<[SearchKind, string, string]> = [];
  for (const row of interviews) rows.push(['interview', row.id, interviewSearchText(row)]);
  const indicators = db
    .prepare('SELECT id, code, text_en, text_th, guidance_en, guidance_th FROM indicators WHERE deleted = 0')
    .all() as Array<{
    id: string;
    code: string;
    text_en: string;
    text_th: string;
    guidance_en: string;
    guidance_th: string;
  }>;
  for (const row of indicators) rows.push(['indicator', row.id, indicatorSearchText(row)]);
  for (const [kind, id, text] of rows) indexEntity(db, kind, id, text);
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
      const hit =
        row.kind === 'interview' ? interviewHit(db, row.entity_id, query) : indicatorHit(db, row.entity_id, query);
      if (hit) hits.push(hit);
    }
    return { query, total, hits };
  });
}

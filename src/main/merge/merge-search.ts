import type { SearchKind } from '../../shared/search';
import type { Db } from '../project/cipher';
import {
  actionSearchText,
  documentSearchText,
  findingSearchText,
  indexEntity,
  indicatorSearchText,
  interviewSearchText,
  recommendationSearchText,
  removeEntity,
  siteVisitSearchText,
} from '../services/search';
import { prepared } from '../services/statement-cache';

/**
 * Keeps the search index in step with merged records, inside the merge's transaction: the
 * same text per kind as services/search.ts indexExistingRows builds it (a tombstone leaves).
 */
interface Source {
  kind: SearchKind;
  sql: string;
  text: (row: never) => string;
}

const SOURCES: Readonly<Record<string, Source>> = {
  interviews: {
    kind: 'interview',
    sql: 'SELECT id, code, location, notes, deleted FROM interviews WHERE id = ?',
    text: interviewSearchText,
  },
  indicators: {
    kind: 'indicator',
    sql: 'SELECT id, code, text_en, text_th, guidance_en, guidance_th, deleted FROM indicators WHERE id = ?',
    text: indicatorSearchText,
  },
  site_visits: {
    kind: 'site_visit',
    sql: `SELECT s.id, s.code, cp.name_en AS crossing_name_en, cp.name_th AS crossing_name_th, s.observations,
            s.checklist, s.deleted
          FROM site_visits s LEFT JOIN crossing_points cp ON cp.code = s.crossing_point_code WHERE s.id = ?`,
    text: siteVisitSearchText,
  },
  documents: {
    kind: 'document',
    sql: 'SELECT id, code, title_en, title_th, reference, notes, deleted FROM documents WHERE id = ?',
    text: documentSearchText,
  },
  findings: {
    kind: 'finding',
    sql: 'SELECT id, code, statement_en, statement_th, deleted FROM findings WHERE id = ?',
    text: findingSearchText,
  },
  recommendations: {
    kind: 'recommendation',
    sql: 'SELECT id, code, text_en, text_th, deleted FROM recommendations WHERE id = ?',
    text: recommendationSearchText,
  },
  actions: {
    kind: 'action',
    sql: `SELECT id, code, objective_en, objective_th, action_en, action_th, indicator_en, indicator_th, deleted
          FROM actions WHERE id = ?`,
    text: actionSearchText,
  },
};

/** The search kind a table's records are indexed under, if any. */
export function searchKindOf(table: string): SearchKind | undefined {
  return SOURCES[table]?.kind;
}

/**
 * The indexed (already segmented) text of records taken whole from FROM, read from FROM's own
 * index: Thai word segmentation is the costly part of indexing, and FROM has done it already.
 * null: FROM has no entry (a tombstone), so the record leaves INTO's index too.
 */
export function indexedBodies(fromDb: Db, taken: readonly { table: string; id: string }[]): Map<string, string | null> {
  const bodies = new Map<string, string | null>();
  const hasIndex = fromDb.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'").get();
  if (!hasIndex) return bodies;
  const lookup = fromDb.prepare(
    'SELECT i.body AS body FROM search_index_keys k JOIN search_index i ON i.rowid = k.rowid WHERE k.kind = ? AND k.entity_id = ?',
  );
  for (const { table, id } of taken) {
    const source = SOURCES[table];
    if (!source) continue;
    const row = lookup.get(source.kind, id) as { body: string } | undefined;
    bodies.set(id, row?.body ?? null);
  }
  return bodies;
}

/** indexEntity without the segmentation: `body` is FROM's segmented text. */
function indexSegmented(db: Db, kind: SearchKind, id: string, body: string): void {
  const key = prepared(db, 'SELECT rowid FROM search_index_keys WHERE kind = ? AND entity_id = ?').get(kind, id) as
    | { rowid: number }
    | undefined;
  let rowid = key?.rowid;
  if (rowid === undefined) {
    rowid = Number(prepared(db, 'INSERT INTO search_index_keys (kind, entity_id) VALUES (?, ?)').run(kind, id).lastInsertRowid);
  } else {
    prepared(db, 'DELETE FROM search_index WHERE rowid = ?').run(rowid);
  }
  prepared(db, 'INSERT INTO search_index (rowid, kind, entity_id, body) VALUES (?, ?, ?, ?)').run(rowid, kind, id, body);
}

export function reindexMerged(
  db: Db,
  touched: readonly { table: string; id: string }[],
  bodies: ReadonlyMap<string, string | null> = new Map(),
  /** Records already indexed (copied with FROM's entries). */
  done: ReadonlySet<string> = new Set(),
): void {
  const hasIndex = db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'search_index'").get();
  if (!hasIndex) return;
  const seen = new Set<string>(done);
  for (const { table, id } of touched) {
    const source = SOURCES[table];
    if (!source || seen.has(id)) continue;
    seen.add(id);
    const body = bodies.get(id);
    if (body !== undefined) {
      if (body === null) removeEntity(db, source.kind, id);
      else indexSegmented(db, source.kind, id, body);
      continue;
    }
    const row = prepared(db, source.sql).get(id) as ({ deleted: number } & Record<string, unknown>) | undefined;
    if (!row || row.deleted === 1) removeEntity(db, source.kind, id);
    else indexEntity(db, source.kind, id, source.text(row as never));
  }
}

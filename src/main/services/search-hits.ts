/**
 * How each kind of indexed record is shown as a search hit: its code, a short title in the
 * language that matched, and a snippet of the field where the query's words occur. The rows
 * of the hits shown are read with one statement per kind, not one per hit; tombstoned rows
 * are left out.
 */
import type { SearchHit, SearchKind } from '../../shared/search';
import type { Db } from '../project/cipher';
import type { HighlightQuery } from './search-highlight';
import { snippetOfFields, type FieldSnippet } from './search-snippet';
import { listLength, listValues, placeholders, prepared, sqlCache } from './statement-cache';

/** An index entry to show, in the order the hits are listed. */
export interface IndexEntry {
  kind: SearchKind;
  id: string;
}

/**
 * A kind of hit. Rows are read raw (arrays, in the order the SQL selects: id first), which
 * costs less than rows as objects; each Row type names the columns.
 */
interface HitSource<Row extends readonly unknown[]> {
  /** Selects `id` and the columns `build` reads, of the rows `liveWithIds(length)`. */
  sql(length: number): string;
  build(row: Row, query: HighlightQuery): Omit<SearchHit, 'kind' | 'id'>;
}

/**
 * The condition for the live rows (t) whose ids are in a list of `length` placeholders.
 * `+t.deleted` keeps the planner on the primary key: offered the index on `deleted`, it
 * preferred reading every live row of the table.
 */
function liveWithIds(length: number): string {
  return `t.id IN (${placeholders(length)}) AND +t.deleted = 0`;
}

const TITLE_CHARS = 160;

/** A title of at most TITLE_CHARS, in the script of the word that matched, else the other. */
function titleIn(matched: FieldSnippet, title: { en: string; th: string }): string {
  const text = (matched.thai ? title.th : title.en) || title.en || title.th;
  return text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1).trimEnd()}…` : text;
}

type InterviewRow = [
  id: string,
  code: string,
  category: string,
  agencyCode: string | null,
  location: string,
  notes: string,
];

const interview: HitSource<InterviewRow> = {
  sql: (length) =>
    `SELECT t.id, t.code, t.category, t.agency_code, t.location, t.notes FROM interviews AS t WHERE ${liveWithIds(length)}`,
  build([, code, category, agencyCode, location, notes], query) {
    const where = agencyCode ?? location;
    return {
      code,
      // Category key (the UI and CLI translate it) and agency or generalised location.
      title: where ? `${category} · ${where}` : category,
      snippet: snippetOfFields([notes, location, code], query).snippet,
    };
  },
};

type IndicatorRow = [id: string, code: string, textEn: string, textTh: string, guidanceEn: string, guidanceTh: string];

const indicator: HitSource<IndicatorRow> = {
  sql: (length) =>
    `SELECT t.id, t.code, t.text_en, t.text_th, t.guidance_en, t.guidance_th FROM indicators AS t WHERE ${liveWithIds(length)}`,
  build([, code, textEn, textTh, guidanceEn, guidanceTh], query) {
    const matched = snippetOfFields([textTh, textEn, guidanceTh, guidanceEn], query);
    // The title in the language of the field that matched (Thai fields first), falling back to the other.
    const thai = matched.field === 0 || matched.field === 2;
    const title = (thai ? textTh : textEn) || textEn || textTh;
    return { code, title, snippet: matched.snippet };
  },
};

type SiteVisitRow = [
  id: string,
  code: string,
  checklist: string,
  observations: string,
  nameEn: string | null,
  nameTh: string | null,
];

/** Observations first; the checklist (JSON) is parsed only when they do not hold the words. */
function* siteVisitFields([, code, checklist, observations, nameEn, nameTh]: SiteVisitRow): Generator<string> {
  yield observations;
  for (const entry of Object.values(JSON.parse(checklist) as Record<string, { note?: unknown }>)) {
    yield typeof entry.note === 'string' ? entry.note : '';
  }
  yield nameTh ?? '';
  yield nameEn ?? '';
  yield code;
}

const siteVisit: HitSource<SiteVisitRow> = {
  sql: (length) =>
    `SELECT t.id, t.code, t.checklist, t.observations, cp.name_en, cp.name_th FROM site_visits AS t
        LEFT JOIN crossing_points cp ON cp.code = t.crossing_point_code WHERE ${liveWithIds(length)}`,
  build(row, query) {
    const matched = snippetOfFields(siteVisitFields(row), query);
    const [, code, , , nameEn, nameTh] = row;
    // The crossing point's name in the script that matched.
    const title = (matched.thai ? nameTh : nameEn) || nameEn || nameTh || '';
    return { code, title, snippet: matched.snippet };
  },
};

type DocumentRow = [id: string, code: string, titleEn: string, titleTh: string, reference: string, notes: string];

const document: HitSource<DocumentRow> = {
  sql: (length) =>
    `SELECT t.id, t.code, t.title_en, t.title_th, t.reference, t.notes FROM documents AS t WHERE ${liveWithIds(length)}`,
  build([, code, titleEn, titleTh, reference, notes], query) {
    const matched = snippetOfFields([titleTh, titleEn, notes, reference], query);
    const title = (matched.thai ? titleTh : titleEn) || titleEn || titleTh;
    return { code, title, snippet: matched.snippet };
  },
};

type FindingRow = [id: string, code: string, statementEn: string, statementTh: string];

const finding: HitSource<FindingRow> = {
  sql: (length) =>
    `SELECT t.id, t.code, t.statement_en, t.statement_th FROM findings AS t WHERE ${liveWithIds(length)}`,
  build([, code, statementEn, statementTh], query) {
    const matched = snippetOfFields([statementTh, statementEn, code], query);
    return { code, title: titleIn(matched, { en: statementEn, th: statementTh }), snippet: matched.snippet };
  },
};

type RecommendationRow = [id: string, code: string, textEn: string, textTh: string];

const recommendation: HitSource<RecommendationRow> = {
  sql: (length) => `SELECT t.id, t.code, t.text_en, t.text_th FROM recommendations AS t WHERE ${liveWithIds(length)}`,
  build([, code, textEn, textTh], query) {
    const matched = snippetOfFields([textTh, textEn, code], query);
    return { code, title: titleIn(matched, { en: textEn, th: textTh }), snippet: matched.snippet };
  },
};

type ActionRow = [
  id: string,
  code: string,
  objectiveEn: string,
  objectiveTh: string,
  actionEn: string,
  actionTh: string,
  indicatorEn: string,
  indicatorTh: string,
];

const action: HitSource<ActionRow> = {
  sql: (length) =>
    `SELECT t.id, t.code, t.objective_en, t.objective_th, t.action_en, t.action_th, t.indicator_en, t.indicator_th
        FROM actions AS t WHERE ${liveWithIds(length)}`,
  build([, code, objectiveEn, objectiveTh, actionEn, actionTh, indicatorEn, indicatorTh], query) {
    const matched = snippetOfFields(
      [actionTh, actionEn, objectiveTh, objectiveEn, indicatorTh, indicatorEn, code],
      query,
    );
    // The action itself names the item; its objective when the action is still empty.
    const named = actionEn || actionTh;
    const title = titleIn(matched, named ? { en: actionEn, th: actionTh } : { en: objectiveEn, th: objectiveTh });
    return { code, title, snippet: matched.snippet };
  },
};

type AnySource = HitSource<readonly unknown[]>;

/** Forgets a source's row type for the table below: its rows come from its own SQL, so they have it. */
function anySource<Row extends readonly unknown[]>(source: HitSource<Row>): AnySource {
  return { sql: sqlCache(source.sql), build: (row, query) => source.build(row as unknown as Row, query) };
}

const SOURCES: Record<SearchKind, AnySource> = {
  interview: anySource(interview),
  indicator: anySource(indicator),
  site_visit: anySource(siteVisit),
  document: anySource(document),
  finding: anySource(finding),
  recommendation: anySource(recommendation),
  action: anySource(action),
};

/** The hits for index entries, in their order; entries whose record is deleted are left out. */
export function buildHits(db: Db, entries: readonly IndexEntry[], query: HighlightQuery): SearchHit[] {
  const idsByKind = new Map<SearchKind, string[]>();
  for (const entry of entries) idsByKind.set(entry.kind, [...(idsByKind.get(entry.kind) ?? []), entry.id]);
  const built = new Map<string, SearchHit>();
  for (const [kind, ids] of idsByKind) {
    const source = SOURCES[kind];
    const statement = prepared(db, source.sql(listLength(ids.length)));
    for (const row of statement.raw(true).all(...listValues(ids)) as Array<[string, ...unknown[]]>) {
      built.set(`${kind}:${row[0]}`, { kind, id: row[0], ...source.build(row, query) });
    }
  }
  return entries.flatMap((entry) => built.get(`${entry.kind}:${entry.id}`) ?? []);
}

import type { z } from 'zod';
import { ACTION_STATUSES, type ActionStatus } from '../../shared/action-plan';
import { dashboardInput, GAP_KINDS, type Dashboard, type Gap, type GapKind } from '../../shared/dashboard';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { liveEvidenceCondition } from './evidence-links';
import { parseInput, readScaleLevels, scaleMax } from './records';

/**
 * The dashboard (PRODUCT.md 12): completeness and traceability gaps, each pointing at the
 * record that needs work, area scores from national ratings, and the Joint Action Plan's
 * status by area and by lead agency. Every figure is one set-based query (NOT EXISTS,
 * GROUP BY) so the page stays well under 100 ms with 10,000 interviews and 7,500 actions.
 */

export type DashboardQuery = z.input<typeof dashboardInput>;

const LABEL_CHARS = 160;
const label = (en: string, th: string): string =>
  `substr(${en}, 1, ${LABEL_CHARS}) AS label_en, substr(${th}, 1, ${LABEL_CHARS}) AS label_th`;

/** "<scope> — <text>" for a rating gap, in one language (constant SQL; r, ag, cp as joined below). */
const scopeName = (language: 'en' | 'th', text: string): string =>
  `CASE r.scope_type WHEN 'national' THEN '${language === 'en' ? 'National' : 'ระดับประเทศ'}'
    WHEN 'agency' THEN coalesce(nullif(ag.abbreviation_${language}, ''), ag.name_${language}, r.scope_code)
    ELSE coalesce(nullif(cp.name_${language}, ''), r.scope_code) END || ' — ' || ${text}`;

// The fragments below join constant SQL only: no value from the caller is ever interpolated.

/**
 * A passage counts only while its interview is live. Tombstoned interviews are few, so the
 * test is a NOT IN over them (built once per query) rather than a look-up per passage.
 */
const OF_LIVE_INTERVIEW = (interviewId: string): string =>
  `${interviewId} NOT IN (SELECT id FROM interviews WHERE deleted = 1)`;

const LIVE_PASSAGE_TO = (targetType: string, targetId: string): string => `EXISTS (
  SELECT 1 FROM passages p WHERE p.target_type = '${targetType}' AND p.target_id = ${targetId} AND p.deleted = 0
  AND ${OF_LIVE_INTERVIEW('p.interview_id')})`;

const LIVE_LINK_OF = (ownerKind: string, ownerId: string): string => `EXISTS (
  SELECT 1 FROM evidence_links l WHERE l.owner_kind = '${ownerKind}' AND l.owner_id = ${ownerId}
  AND ${liveEvidenceCondition('l')})`;

interface GapQuery {
  target: Gap['target'];
  /** Selects id, code, label_en, label_th; `order` sorts it by code. */
  sql: string;
  order: string;
}

/** Each kind's records, as SQL: what is missing, and where the user goes to fix it. */
const GAP_QUERIES: Record<GapKind, GapQuery> = {
  indicator_unrated: {
    target: 'indicator',
    sql: `SELECT i.id, i.code, ${label('i.text_en', 'i.text_th')}, i.subarea_code, i.sort_order FROM indicators i
      WHERE i.deleted = 0 AND i.retired = 0
      AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.indicator_id = i.id AND r.deleted = 0)`,
    order: 'subarea_code, sort_order, code',
  },
  // The rating is edited on its indicator's page, so the gap opens the indicator.
  rating_without_evidence: {
    target: 'indicator',
    // The scope is named in each language (National / ระดับประเทศ, the agency's abbreviation,
    // the crossing point's name) in front of the indicator's text.
    sql: `SELECT i.id, i.code,
        ${label(scopeName('en', 'i.text_en'), scopeName('th', 'i.text_th'))},
        i.subarea_code, i.sort_order, r.scope_type, r.scope_code
      FROM ratings r JOIN indicators i ON i.id = r.indicator_id AND i.deleted = 0 AND i.retired = 0
      LEFT JOIN agencies ag ON r.scope_type = 'agency' AND ag.code = r.scope_code
      LEFT JOIN crossing_points cp ON r.scope_type = 'crossing_point' AND cp.code = r.scope_code
      WHERE r.deleted = 0 AND NOT ${LIVE_LINK_OF('rating', 'r.id')} AND NOT ${LIVE_PASSAGE_TO('indicator', 'i.id')}`,
    order: "subarea_code, sort_order, scope_type <> 'national', scope_type, scope_code",
  },
  finding_without_evidence: {
    target: 'finding',
    sql: `SELECT f.id, f.code, ${label('f.statement_en', 'f.statement_th')}, f.subarea_code FROM findings f
      WHERE f.deleted = 0 AND NOT ${LIVE_LINK_OF('finding', 'f.id')} AND NOT ${LIVE_PASSAGE_TO('finding', 'f.id')}`,
    order: 'subarea_code, length(code), code',
  },
  finding_without_recommendation: {
    target: 'finding',
    sql: `SELECT f.id, f.code, ${label('f.statement_en', 'f.statement_th')}, f.subarea_code FROM findings f
      WHERE f.deleted = 0 AND NOT EXISTS (
        SELECT 1 FROM recommendation_findings rf JOIN recommendations r ON r.id = rf.recommendation_id AND r.deleted = 0
        WHERE rf.finding_id = f.id)`,
    order: 'subarea_code, length(code), code',
  },
  recommendation_without_action: {
    target: 'recommendation',
    sql: `SELECT r.id, r.code, ${label('r.text_en', 'r.text_th')}, r.subarea_code FROM recommendations r
      WHERE r.deleted = 0 AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.recommendation_id = r.id AND a.deleted = 0)`,
    order: 'subarea_code, length(code), code',
  },
  action_without_lead: {
    target: 'action',
    // INDEXED BY: without statistics the planner would walk every live item instead.
    sql: `SELECT a.id, a.code, ${label('a.action_en', 'a.action_th')}, a.subarea_code FROM actions a
      INDEXED BY actions_without_lead WHERE a.deleted = 0 AND a.lead_agency_code IS NULL`,
    order: 'subarea_code, length(code), code',
  },
  action_without_indicator: {
    target: 'action',
    sql: `SELECT a.id, a.code, ${label('a.action_en', 'a.action_th')}, a.subarea_code FROM actions a
      INDEXED BY actions_without_indicator WHERE a.deleted = 0 AND trim(a.indicator_en) = '' AND trim(a.indicator_th) = ''`,
    order: 'subarea_code, length(code), code',
  },
  // The passage is looked at again in its interview's notes.
  passage_changed: {
    target: 'interview',
    sql: `SELECT p.interview_id AS id, p.code, ${label('p.snippet', 'p.snippet')} FROM passages p
      WHERE p.deleted = 0 AND p.state = 'changed' AND ${OF_LIVE_INTERVIEW('p.interview_id')}`,
    order: 'length(code), code',
  },
  // Component 3: the curriculum's coverage gaps (the same rule as curriculum.coverage).
  finding_not_in_curriculum: {
    target: 'finding',
    sql: `SELECT f.id, f.code, ${label('f.statement_en', 'f.statement_th')}, f.subarea_code FROM findings f
      WHERE f.deleted = 0 AND f.training_addressable = 1 AND NOT EXISTS (
        SELECT 1 FROM module_findings mf JOIN curriculum_modules m ON m.id = mf.module_id AND m.deleted = 0
        WHERE mf.finding_id = f.id)`,
    order: 'subarea_code, length(code), code',
  },
};

function gapsOf(db: Db, kind: GapKind, limit: number): { count: number; gaps: Gap[] } {
  const { target, sql, order } = GAP_QUERIES[kind];
  const { count } = db.prepare(`SELECT count(*) AS count FROM (${sql})`).get() as { count: number };
  if (count === 0) return { count, gaps: [] };
  const rows = db.prepare(`SELECT id, code, label_en, label_th FROM (${sql}) ORDER BY ${order} LIMIT ?`).all(limit) as {
    id: string;
    code: string;
    label_en: string;
    label_th: string;
  }[];
  return {
    count,
    gaps: rows.map((row) => ({
      kind,
      target,
      id: row.id,
      code: row.code,
      label: { en: row.label_en, th: row.label_th },
    })),
  };
}

// ---------------------------------------------------------------- totals and scores

const countOf = (db: Db, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

/** Findings with two independent evidence types among their live items (passages = interview). */
const SUPPORTED_FINDINGS = /* sql */ `
  SELECT count(*) AS n FROM (
    SELECT f.id FROM findings f
    JOIN evidence_links l ON l.owner_kind = 'finding' AND l.owner_id = f.id AND ${liveEvidenceCondition('l')}
    WHERE f.deleted = 0
    GROUP BY f.id
    HAVING count(DISTINCT CASE l.evidence_kind WHEN 'passage' THEN 'interview' ELSE l.evidence_kind END) >= 2)`;

function totals(db: Db): Dashboard['totals'] {
  return {
    indicators: countOf(db, 'SELECT count(*) AS n FROM indicators WHERE deleted = 0 AND retired = 0'),
    indicatorsRated: countOf(
      db,
      `SELECT count(*) AS n FROM indicators i WHERE i.deleted = 0 AND i.retired = 0
       AND EXISTS (SELECT 1 FROM ratings r WHERE r.indicator_id = i.id AND r.deleted = 0)`,
    ),
    interviews: countOf(db, 'SELECT count(*) AS n FROM interviews WHERE deleted = 0'),
    siteVisits: countOf(db, 'SELECT count(*) AS n FROM site_visits WHERE deleted = 0'),
    documents: countOf(db, 'SELECT count(*) AS n FROM documents WHERE deleted = 0'),
    passages: countOf(
      db,
      `SELECT count(*) AS n FROM passages p WHERE p.deleted = 0 AND ${OF_LIVE_INTERVIEW('p.interview_id')}`,
    ),
    ratings: countOf(
      db,
      `SELECT count(*) AS n FROM ratings r JOIN indicators i ON i.id = r.indicator_id AND i.deleted = 0 AND i.retired = 0
       WHERE r.deleted = 0`,
    ),
    findings: countOf(db, 'SELECT count(*) AS n FROM findings WHERE deleted = 0'),
    findingsSupported: countOf(db, SUPPORTED_FINDINGS),
    recommendations: countOf(db, 'SELECT count(*) AS n FROM recommendations WHERE deleted = 0'),
    actions: countOf(db, 'SELECT count(*) AS n FROM actions WHERE deleted = 0'),
  };
}

interface AreaRow {
  code: string;
  name_en: string;
  name_th: string;
}

function areas(db: Db): AreaRow[] {
  return db
    .prepare('SELECT code, name_en, name_th FROM framework_areas WHERE deleted = 0 ORDER BY sort_order, code')
    .all() as AreaRow[];
}

/** Per area: live indicators, how many have a national rating, and the mean of value / scale maximum. */
function areaScores(db: Db, areaRows: readonly AreaRow[]): Dashboard['areaScores'] {
  const indicatorCounts = new Map(
    (
      db
        .prepare(
          `SELECT sa.area_code, count(*) AS n FROM indicators i JOIN framework_subareas sa ON sa.code = i.subarea_code
           WHERE i.deleted = 0 AND i.retired = 0 GROUP BY sa.area_code`,
        )
        .all() as { area_code: string; n: number }[]
    ).map((row) => [row.area_code, row.n]),
  );
  const national = db
    .prepare(
      `SELECT sa.area_code, i.scale, r.value FROM ratings r
       JOIN indicators i ON i.id = r.indicator_id AND i.deleted = 0 AND i.retired = 0
       JOIN framework_subareas sa ON sa.code = i.subarea_code
       WHERE r.deleted = 0 AND r.scope_type = 'national'`,
    )
    .all() as { area_code: string; scale: string; value: number }[];
  const scales = readScaleLevels(db);
  const shares = new Map<string, number[]>();
  for (const rating of national) {
    const max = scaleMax(scales.get(rating.scale) ?? []);
    if (max <= 0) continue;
    const list = shares.get(rating.area_code) ?? [];
    list.push(Math.min(1, Math.max(0, rating.value / max)));
    shares.set(rating.area_code, list);
  }
  return areaRows.map((area) => {
    const list = shares.get(area.code) ?? [];
    // One national rating per indicator (ratings_one_per_scope), so rated = ratings counted.
    const score = list.length === 0 ? null : (list.reduce((sum, share) => sum + share, 0) / list.length) * 100;
    return {
      areaCode: area.code,
      name: { en: area.name_en, th: area.name_th },
      indicators: indicatorCounts.get(area.code) ?? 0,
      rated: list.length,
      score,
    };
  });
}

type StatusCounts = Record<ActionStatus, number>;

function zeroCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

function actionsByArea(db: Db, areaRows: readonly AreaRow[]): Dashboard['actionsByArea'] {
  // Grouped by sub-area on the covering index actions_subarea; sub-areas add up to areas here.
  const rows = db
    .prepare(`SELECT subarea_code, status, count(*) AS n FROM actions WHERE deleted = 0 GROUP BY subarea_code, status`)
    .all() as { subarea_code: string; status: ActionStatus; n: number }[];
  const areaOf = new Map(
    (db.prepare('SELECT code, area_code FROM framework_subareas').all() as { code: string; area_code: string }[]).map(
      (row) => [row.code, row.area_code],
    ),
  );
  const byArea = new Map(areaRows.map((area) => [area.code, zeroCounts()]));
  for (const row of rows) {
    const counts = byArea.get(areaOf.get(row.subarea_code) ?? '');
    if (counts) counts[row.status] += row.n;
  }
  return areaRows.map((area) => ({
    areaCode: area.code,
    name: { en: area.name_en, th: area.name_th },
    counts: byArea.get(area.code) ?? zeroCounts(),
  }));
}

const NO_LEAD = { en: 'No lead agency', th: 'ไม่มีหน่วยงานหลัก' };

/** Agencies leading at least one live item, by code; items without a lead last. */
function actionsByLeadAgency(db: Db): Dashboard['actionsByLeadAgency'] {
  const rows = db
    .prepare(
      `SELECT g.code, g.status, g.n, ag.name_en, ag.name_th
       FROM (SELECT lead_agency_code AS code, status, count(*) AS n FROM actions WHERE deleted = 0
             GROUP BY lead_agency_code, status) g
       LEFT JOIN agencies ag ON ag.code = g.code
       ORDER BY g.code IS NULL, g.code`,
    )
    .all() as {
    code: string | null;
    status: ActionStatus;
    n: number;
    name_en: string | null;
    name_th: string | null;
  }[];
  const byAgency = new Map<string | null, Dashboard['actionsByLeadAgency'][number]>();
  for (const row of rows) {
    let entry = byAgency.get(row.code);
    if (!entry) {
      const name = row.code === null ? NO_LEAD : { en: row.name_en ?? row.code, th: row.name_th ?? row.code };
      entry = { agencyCode: row.code, name, counts: zeroCounts() };
      byAgency.set(row.code, entry);
    }
    entry.counts[row.status] = row.n;
  }
  return [...byAgency.values()];
}

/** The whole dashboard in one read transaction of the open file. */
export function getDashboard(project: ProjectFile, query?: DashboardQuery): Dashboard {
  const { gapLimit } = parseInput(dashboardInput.unwrap(), query ?? {});
  return project.read((db) =>
    db.transaction(() => {
      const gapCounts = {} as Record<GapKind, number>;
      const gaps: Gap[] = [];
      for (const kind of GAP_KINDS) {
        const result = gapsOf(db, kind, gapLimit);
        gapCounts[kind] = result.count;
        gaps.push(...result.gaps);
      }
      const areaRows = areas(db);
      return {
        totals: totals(db),
        gapCounts,
        gaps,
        areaScores: areaScores(db, areaRows),
        actionsByArea: actionsByArea(db, areaRows),
        actionsByLeadAgency: actionsByLeadAgency(db),
      };
    })(),
  );
}

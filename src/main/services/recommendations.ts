import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  recommendationCreateSchema,
  recommendationListSchema,
  recommendationUpdateSchema,
  type Recommendation,
} from '../../shared/analysis';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  areaOfSubArea,
  assertCurrent,
  changedFields,
  codeOrder,
  definedOnly,
  idList,
  laterThan,
  missing,
  nextSubAreaCode,
  notFound,
  parseInput,
} from './records';
import { indexEntity, recommendationSearchText, removeEntity } from './search';
import { reopenAfterEdit } from './review';

/**
 * Recommendations (PRODUCT.md 5): what should change, in EN/TH, with priority and horizon,
 * following from one or more findings (of any sub-area). The code (REC-C4-01) comes from the
 * sub-area given at creation and is never reused. Joint Action Plan items cite them.
 */

export type RecommendationCreateInput = z.input<typeof recommendationCreateSchema>;
export type RecommendationUpdateInput = z.input<typeof recommendationUpdateSchema>;
export type RecommendationListQuery = z.input<typeof recommendationListSchema>;

interface RecommendationRow {
  id: string;
  code: string;
  subarea_code: string;
  area_code: string;
  text_en: string;
  text_th: string;
  priority: Recommendation['priority'];
  horizon: Recommendation['horizon'];
  created_at: string;
  updated_at: string;
}

const RECOMMENDATION_SELECT = /* sql */ `
  SELECT r.id, r.code, r.subarea_code, sa.area_code, r.text_en, r.text_th, r.priority, r.horizon,
    r.created_at, r.updated_at
  FROM recommendations r JOIN framework_subareas sa ON sa.code = r.subarea_code`;

// ---------------------------------------------------------------- reading

function toRecommendations(db: Db, rows: readonly RecommendationRow[]): Recommendation[] {
  const ids = idList(rows.map((row) => row.id));
  const findings = db
    .prepare(
      `SELECT rf.recommendation_id, f.id, f.code, f.deleted FROM recommendation_findings rf
       JOIN findings f ON f.id = rf.finding_id
       WHERE rf.recommendation_id IN (SELECT value FROM json_each(?)) ORDER BY ${codeOrder('f')}`,
    )
    .all(ids) as { recommendation_id: string; id: string; code: string; deleted: number }[];
  const actions = db
    .prepare(
      `SELECT a.recommendation_id, a.id, a.code FROM actions a
       WHERE a.recommendation_id IN (SELECT value FROM json_each(?)) AND a.deleted = 0 ORDER BY ${codeOrder('a')}`,
    )
    .all(ids) as { recommendation_id: string; id: string; code: string }[];
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    areaCode: row.area_code,
    subAreaCode: row.subarea_code,
    findings: findings
      .filter((link) => link.recommendation_id === row.id)
      .map((link) => ({ id: link.id, code: link.code, deleted: link.deleted === 1 })),
    text: { en: row.text_en, th: row.text_th },
    priority: row.priority,
    horizon: row.horizon,
    actions: actions.filter((link) => link.recommendation_id === row.id).map(({ id, code }) => ({ id, code })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

function readRow(db: Db, id: string): RecommendationRow {
  const row = db.prepare(`${RECOMMENDATION_SELECT} WHERE r.id = ? AND r.deleted = 0`).get(id) as
    RecommendationRow | undefined;
  if (!row) throw notFound('recommendation');
  return row;
}

function readRecommendation(db: Db, id: string): Recommendation {
  const [recommendation] = toRecommendations(db, [readRow(db, id)]);
  if (!recommendation) throw notFound('recommendation');
  return recommendation;
}

export function getRecommendation(project: ProjectFile, id: string): Recommendation {
  return project.read((db) => readRecommendation(db, id));
}

/** Live recommendations in code order, of one area or citing one finding if asked. */
export function listRecommendations(project: ProjectFile, query?: RecommendationListQuery): Recommendation[] {
  const filters = parseInput(recommendationListSchema, query) ?? {};
  const where = ['r.deleted = 0'];
  const params: Record<string, unknown> = {};
  if (filters.areaCode !== undefined) {
    where.push('sa.area_code = @areaCode');
    params['areaCode'] = filters.areaCode;
  }
  if (filters.findingId !== undefined) {
    where.push('r.id IN (SELECT recommendation_id FROM recommendation_findings WHERE finding_id = @findingId)');
    params['findingId'] = filters.findingId;
  }
  return project.read((db) => {
    const rows = db
      .prepare(`${RECOMMENDATION_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${codeOrder('r')}`)
      .all(params) as RecommendationRow[];
    return toRecommendations(db, rows);
  });
}

// ---------------------------------------------------------------- writing

/** Each finding once, in the order given; every one must be a live finding. */
function checkedFindingIds(db: Db, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    if (db.prepare('SELECT 1 FROM findings WHERE id = ? AND deleted = 0').get(id) === undefined) {
      throw missing('finding', { id });
    }
  }
  return unique;
}

function linkedFindingIds(db: Db, id: string): string[] {
  return (
    db
      .prepare('SELECT finding_id FROM recommendation_findings WHERE recommendation_id = ? ORDER BY finding_id')
      .all(id) as { finding_id: string }[]
  ).map((row) => row.finding_id);
}

function writeFindingLinks(db: Db, id: string, findingIds: readonly string[]): void {
  db.prepare('DELETE FROM recommendation_findings WHERE recommendation_id = ?').run(id);
  const insert = db.prepare('INSERT INTO recommendation_findings (recommendation_id, finding_id) VALUES (?, ?)');
  for (const findingId of findingIds) insert.run(id, findingId);
}

/** Creates a recommendation inside the caller's transaction (the demo generator writes many in one). */
export function createRecommendationIn(ctx: WriteContext, input: RecommendationCreateInput): Recommendation {
  const fields = parseInput(recommendationCreateSchema, input);
  const { db } = ctx;
  areaOfSubArea(db, fields.subAreaCode);
  const findingIds = checkedFindingIds(db, fields.findingIds);
  const id = crypto.randomUUID();
  const code = nextSubAreaCode(ctx, 'REC', fields.subAreaCode);
  db.prepare(
    `INSERT INTO recommendations (id, code, subarea_code, text_en, text_th, priority, horizon,
       created_at, updated_at, updated_by)
     VALUES (@id, @code, @subAreaCode, @textEn, @textTh, @priority, @horizon, @now, @now, @actor)`,
  ).run({
    id,
    code,
    subAreaCode: fields.subAreaCode,
    textEn: fields.text.en,
    textTh: fields.text.th,
    priority: fields.priority,
    horizon: fields.horizon,
    now: ctx.now,
    actor: ctx.actor,
  });
  writeFindingLinks(db, id, findingIds);
  indexEntity(
    db,
    'recommendation',
    id,
    recommendationSearchText({ code, text_en: fields.text.en, text_th: fields.text.th }),
  );
  ctx.audit('recommendation.created', 'recommendation', id, { code });
  return readRecommendation(db, id);
}

export function createRecommendation(project: ProjectFile, input: RecommendationCreateInput): Recommendation {
  return project.write((ctx) => createRecommendationIn(ctx, input));
}

type EditableName = 'findingIds' | 'text' | 'priority' | 'horizon';
const EDITABLE: readonly EditableName[] = ['findingIds', 'text', 'priority', 'horizon'];

/**
 * A partial edit. Findings added must be live; a finding kept from before may have been
 * deleted since (it shows as deleted until the user takes it out).
 */
export function updateRecommendationIn(ctx: WriteContext, input: RecommendationUpdateInput): Recommendation {
  const { id, expectedUpdatedAt, ...patch } = parseInput(recommendationUpdateSchema, input);
  const { db } = ctx;
  const row = readRow(db, id);
  assertCurrent('recommendation', row.updated_at, expectedUpdatedAt);
  const stored = linkedFindingIds(db, id);
  const current = {
    findingIds: stored,
    text: { en: row.text_en, th: row.text_th },
    priority: row.priority,
    horizon: row.horizon,
  };
  const given = definedOnly(patch);
  const findingIds = given.findingIds ? [...new Set(given.findingIds)] : stored;
  const next = { ...current, ...given, findingIds: [...findingIds].sort() };
  const changed = changedFields(current, next, EDITABLE);
  if (changed.length === 0) return readRecommendation(db, id);
  if (changed.includes('findingIds'))
    checkedFindingIds(
      db,
      findingIds.filter((findingId) => !stored.includes(findingId)),
    );

  db.prepare(
    `UPDATE recommendations SET text_en = @textEn, text_th = @textTh, priority = @priority, horizon = @horizon,
       updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({
    id,
    textEn: next.text.en,
    textTh: next.text.th,
    priority: next.priority,
    horizon: next.horizon,
    updatedAt: laterThan(ctx.now, row.updated_at),
    actor: ctx.actor,
  });
  if (changed.includes('findingIds')) writeFindingLinks(db, id, findingIds);
  if (changed.includes('text')) {
    indexEntity(
      db,
      'recommendation',
      id,
      recommendationSearchText({ code: row.code, text_en: next.text.en, text_th: next.text.th }),
    );
  }
  reopenAfterEdit(ctx, 'recommendation', id);
  ctx.audit('recommendation.updated', 'recommendation', id, { code: row.code, fields: changed });
  return readRecommendation(db, id);
}

export function updateRecommendation(project: ProjectFile, input: RecommendationUpdateInput): Recommendation {
  return project.write((ctx) => updateRecommendationIn(ctx, input));
}

/** Tombstone: hidden from lists, the dashboard and search; actions citing it keep its id. */
export function deleteRecommendation(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE recommendations SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    removeEntity(ctx.db, 'recommendation', id);
    ctx.audit('recommendation.deleted', 'recommendation', id, { code: row.code });
  });
  return { id };
}

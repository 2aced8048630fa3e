import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  ratingCreateSchema,
  ratingListSchema,
  ratingUpdateSchema,
  type Rating,
  type ScopeRef,
} from '../../shared/analysis';
import { AppError } from '../../shared/errors';
import { INDICATOR_SCOPE_LABELS } from '../../shared/reference/vocabulary';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  addedRefs,
  currentRefs,
  readLinkedEvidence,
  sortedRefs,
  toEvidenceLinks,
  validateEvidenceRefs,
  writeLinks,
} from './evidence-links';
import {
  assertCalendarDate,
  assertCurrent,
  assertScopeTarget,
  changedFields,
  definedOnly,
  invalid,
  laterThan,
  missing,
  notFound,
  parseInput,
  readScaleLevels,
  scaleMax,
  type ScaleLevel,
} from './records';

/**
 * Ratings (PRODUCT.md 5): one indicator at one scope (national, an agency, a crossing point),
 * a value on the indicator's own scale, justification, confidence and the evidence behind it.
 * One live rating per indicator and scope; deleting leaves a tombstone (its links stay).
 */

export type RatingCreateInput = z.input<typeof ratingCreateSchema>;
export type RatingUpdateInput = z.input<typeof ratingUpdateSchema>;
export type RatingListQuery = z.input<typeof ratingListSchema>;

interface RatingRow {
  id: string;
  indicator_id: string;
  scope_type: ScopeRef['type'];
  scope_code: string;
  value: number;
  justification_en: string;
  justification_th: string;
  confidence: Rating['confidence'];
  state: Rating['state'];
  rated_on: string;
  assessor: string;
  created_at: string;
  updated_at: string;
  indicator_code: string;
  scale: string;
  area_code: string;
  agency_en: string | null;
  agency_th: string | null;
  crossing_en: string | null;
  crossing_th: string | null;
}

const RATING_SELECT = /* sql */ `
  SELECT r.id, r.indicator_id, r.scope_type, r.scope_code, r.value, r.justification_en, r.justification_th,
    r.confidence, r.state, r.rated_on, r.assessor, r.created_at, r.updated_at,
    i.code AS indicator_code, i.scale, sa.area_code,
    a.name_en AS agency_en, a.name_th AS agency_th, cp.name_en AS crossing_en, cp.name_th AS crossing_th
  FROM ratings r
  JOIN indicators i ON i.id = r.indicator_id
  JOIN framework_subareas sa ON sa.code = i.subarea_code
  LEFT JOIN agencies a ON r.scope_type = 'agency' AND a.code = r.scope_code
  LEFT JOIN crossing_points cp ON r.scope_type = 'crossing_point' AND cp.code = r.scope_code`;

const RATING_ORDER = `ORDER BY i.subarea_code, i.sort_order, i.code,
  CASE r.scope_type WHEN 'national' THEN 0 WHEN 'agency' THEN 1 ELSE 2 END, r.scope_code`;

function scopeLabel(row: RatingRow): Rating['scopeLabel'] {
  if (row.scope_type === 'national') return INDICATOR_SCOPE_LABELS.national;
  const en = row.scope_type === 'agency' ? row.agency_en : row.crossing_en;
  const th = row.scope_type === 'agency' ? row.agency_th : row.crossing_th;
  // A reference record removed since the rating: its code still says which one it was.
  return { en: en ?? row.scope_code, th: th ?? row.scope_code };
}

function toRatings(db: Db, rows: readonly RatingRow[]): Rating[] {
  const scales = readScaleLevels(db);
  const links = readLinkedEvidence(
    db,
    'rating',
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const levels = scales.get(row.scale) ?? [];
    const level = levels.find((candidate) => candidate.value === row.value);
    return {
      id: row.id,
      indicatorId: row.indicator_id,
      indicatorCode: row.indicator_code,
      areaCode: row.area_code,
      scope: { type: row.scope_type, code: row.scope_type === 'national' ? null : row.scope_code },
      scopeLabel: scopeLabel(row),
      value: row.value,
      valueLabel: level ? level.label : { en: String(row.value), th: String(row.value) },
      scaleMax: scaleMax(levels),
      justification: { en: row.justification_en, th: row.justification_th },
      confidence: row.confidence,
      state: row.state,
      ratedOn: row.rated_on,
      assessor: row.assessor,
      evidence: toEvidenceLinks(links.get(row.id) ?? []),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

function readRow(db: Db, id: string): RatingRow {
  const row = db.prepare(`${RATING_SELECT} WHERE r.id = ? AND r.deleted = 0`).get(id) as RatingRow | undefined;
  if (!row) throw notFound('rating');
  return row;
}

function readRating(db: Db, id: string): Rating {
  const [rating] = toRatings(db, [readRow(db, id)]);
  if (!rating) throw notFound('rating');
  return rating;
}

// ---------------------------------------------------------------- checks

interface RatedIndicator {
  id: string;
  code: string;
  scale: string;
  scope: string;
}

/** The indicator must be live and not retired: a rating of a retired indicator means nothing. */
function ratedIndicator(db: Db, id: string): RatedIndicator {
  const row = db
    .prepare('SELECT id, code, scale, scope FROM indicators WHERE id = ? AND deleted = 0 AND retired = 0')
    .get(id) as RatedIndicator | undefined;
  if (!row) throw missing('indicator', { id });
  return row;
}

function checkScope(db: Db, indicator: RatedIndicator, scope: ScopeRef): void {
  const allowed = JSON.parse(indicator.scope) as string[];
  if (!allowed.includes(scope.type)) throw invalid('scope.type', 'scope_not_allowed', { allowed });
  assertScopeTarget(db, scope);
}

/** OUT_OF_SCALE with the values the scale does allow, so the form can say which. */
export function checkOnScale(levels: readonly ScaleLevel[], value: number): void {
  if (!levels.some((level) => level.value === value)) {
    throw new AppError('OUT_OF_SCALE', undefined, { allowed: levels.map((level) => level.value) });
  }
}

function levelsOf(db: Db, indicator: RatedIndicator): ScaleLevel[] {
  return readScaleLevels(db).get(indicator.scale) ?? [];
}

// ---------------------------------------------------------------- writing

type Fields = z.output<typeof ratingCreateSchema>;
type EditableName = 'value' | 'justification' | 'confidence' | 'state' | 'ratedOn' | 'assessor' | 'evidence';
const EDITABLE: readonly EditableName[] = [
  'value',
  'justification',
  'confidence',
  'state',
  'ratedOn',
  'assessor',
  'evidence',
];

function columns(fields: Omit<Fields, 'indicatorId' | 'scope'>): Record<string, unknown> {
  return {
    value: fields.value,
    justificationEn: fields.justification.en,
    justificationTh: fields.justification.th,
    confidence: fields.confidence,
    state: fields.state,
    ratedOn: fields.ratedOn,
    assessor: fields.assessor,
  };
}

/** Creates a rating inside the caller's transaction (the demo generator writes many in one). */
export function createRatingIn(ctx: WriteContext, input: RatingCreateInput): Rating {
  const fields = parseInput(ratingCreateSchema, input);
  const { db } = ctx;
  const indicator = ratedIndicator(db, fields.indicatorId);
  checkScope(db, indicator, fields.scope);
  checkOnScale(levelsOf(db, indicator), fields.value);
  assertCalendarDate('ratedOn', fields.ratedOn);
  const scopeCode = fields.scope.code ?? '';
  const existing = db
    .prepare('SELECT id FROM ratings WHERE indicator_id = ? AND scope_type = ? AND scope_code = ? AND deleted = 0')
    .get(indicator.id, fields.scope.type, scopeCode) as { id: string } | undefined;
  if (existing) throw new AppError('DUPLICATE', undefined, { entity: 'rating', id: existing.id });
  validateEvidenceRefs(db, fields.evidence);

  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO ratings (id, indicator_id, scope_type, scope_code, value, justification_en, justification_th,
       confidence, state, rated_on, assessor, created_at, updated_at, updated_by)
     VALUES (@id, @indicatorId, @scopeType, @scopeCode, @value, @justificationEn, @justificationTh,
       @confidence, @state, @ratedOn, @assessor, @now, @now, @actor)`,
  ).run({
    id,
    indicatorId: indicator.id,
    scopeType: fields.scope.type,
    scopeCode,
    ...columns(fields),
    now: ctx.now,
    actor: ctx.actor,
  });
  writeLinks(ctx, 'rating', id, fields.evidence);
  ctx.audit('rating.created', 'rating', id, { code: indicator.code, scope: fields.scope.type });
  return readRating(db, id);
}

export function createRating(project: ProjectFile, input: RatingCreateInput): Rating {
  return project.write((ctx) => createRatingIn(ctx, input));
}

/**
 * A partial edit; the value is checked against the indicator's scale again, new evidence must
 * be live (links kept from before may point at items deleted since). `expectedUpdatedAt`
 * guards against overwriting a newer save (CONFLICT). An edit that changes nothing writes nothing.
 */
export function updateRatingIn(ctx: WriteContext, input: RatingUpdateInput): Rating {
  const { id, expectedUpdatedAt, ...patch } = parseInput(ratingUpdateSchema, input);
  const { db } = ctx;
  const row = readRow(db, id);
  assertCurrent('rating', row.updated_at, expectedUpdatedAt);
  const stored = currentRefs(db, 'rating', id);
  const current = {
    value: row.value,
    justification: { en: row.justification_en, th: row.justification_th },
    confidence: row.confidence,
    state: row.state,
    ratedOn: row.rated_on,
    assessor: row.assessor,
    evidence: sortedRefs(stored),
  };
  const given = definedOnly(patch);
  const next = { ...current, ...given, evidence: sortedRefs(given.evidence ?? stored) };
  const changed = changedFields(current, next, EDITABLE);
  if (changed.length === 0) return readRating(db, id);

  if (changed.includes('value')) {
    const indicator = db
      .prepare('SELECT id, code, scale, scope FROM indicators WHERE id = ?')
      .get(row.indicator_id) as RatedIndicator;
    checkOnScale(levelsOf(db, indicator), next.value);
  }
  if (changed.includes('ratedOn')) assertCalendarDate('ratedOn', next.ratedOn);
  if (changed.includes('evidence')) validateEvidenceRefs(db, addedRefs(stored, next.evidence));

  db.prepare(
    `UPDATE ratings SET value = @value, justification_en = @justificationEn, justification_th = @justificationTh,
       confidence = @confidence, state = @state, rated_on = @ratedOn, assessor = @assessor,
       updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({ id, ...columns(next), updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor });
  if (changed.includes('evidence')) writeLinks(ctx, 'rating', id, given.evidence ?? stored);
  ctx.audit('rating.updated', 'rating', id, { code: row.indicator_code, fields: changed });
  return readRating(db, id);
}

export function updateRating(project: ProjectFile, input: RatingUpdateInput): Rating {
  return project.write((ctx) => updateRatingIn(ctx, input));
}

/** Tombstone: hidden from list and get; its evidence links stay (harmless, kept for merges). */
export function deleteRating(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE ratings SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('rating.deleted', 'rating', id, { code: row.indicator_code, scope: row.scope_type });
  });
  return { id };
}

// ---------------------------------------------------------------- reading

export function getRating(project: ProjectFile, id: string): Rating {
  return project.read((db) => readRating(db, id));
}

/** Live ratings in framework order, then national, agencies, crossing points. */
export function listRatings(project: ProjectFile, query?: RatingListQuery): Rating[] {
  const filters = parseInput(ratingListSchema, query) ?? {};
  const where = ['r.deleted = 0'];
  const params: Record<string, unknown> = {};
  if (filters.indicatorId !== undefined) {
    where.push('r.indicator_id = @indicatorId');
    params['indicatorId'] = filters.indicatorId;
  }
  if (filters.areaCode !== undefined) {
    where.push('sa.area_code = @areaCode');
    params['areaCode'] = filters.areaCode;
  }
  if (filters.scopeType !== undefined) {
    where.push('r.scope_type = @scopeType');
    params['scopeType'] = filters.scopeType;
  }
  return project.read((db) => {
    const rows = db.prepare(`${RATING_SELECT} WHERE ${where.join(' AND ')} ${RATING_ORDER}`).all(params) as RatingRow[];
    return toRatings(db, rows);
  });
}

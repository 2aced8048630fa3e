import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  actionCreateSchema,
  actionListSchema,
  actionUpdateSchema,
  smartCheck,
  statusUpdateCreateSchema,
  type ActionItem,
  type ActionStatus,
} from '../../shared/action-plan';
import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  agencyExists,
  areaOfSubArea,
  assertCalendarDate,
  assertCurrent,
  changedFields,
  codeOrder,
  definedOnly,
  invalid,
  laterThan,
  missing,
  nextSubAreaCode,
  notFound,
  parseInput,
} from './records';
import { actionSearchText, indexEntity, removeEntity } from './search';
import { reopenAfterEdit } from './review';

/**
 * Joint Action Plan items (PRODUCT.md 6, DOMAIN.md 1.9): one concrete step with one lead
 * agency, supporting agencies, dates, an indicator with baseline and target, cost, risks, a
 * SMART check and dated status updates. The item's status is its latest update's (by date,
 * then by entry). Codes (JAP-B3-01) come from the sub-area and are never reused.
 */

export type ActionCreateInput = z.input<typeof actionCreateSchema>;
export type ActionUpdateInput = z.input<typeof actionUpdateSchema>;
export type ActionListQuery = z.input<typeof actionListSchema>;
export type StatusUpdateInput = z.input<typeof statusUpdateCreateSchema>;
export type ActionSummary = Omit<ActionItem, 'updates'>;

type Fields = z.output<typeof actionCreateSchema>;

interface ActionRow {
  id: string;
  code: string;
  subarea_code: string;
  area_code: string;
  recommendation_id: string | null;
  recommendation_code: string | null;
  objective_en: string;
  objective_th: string;
  action_en: string;
  action_th: string;
  lead_agency_code: string | null;
  supporting_agency_codes: string;
  start_date: string | null;
  end_date: string | null;
  timeframe: Fields['timeframe'];
  priority: Fields['priority'];
  key_measure: number;
  indicator_en: string;
  indicator_th: string;
  baseline_en: string;
  baseline_th: string;
  target_en: string;
  target_th: string;
  verification_en: string;
  verification_th: string;
  estimated_cost: number | null;
  currency: Fields['currency'];
  funding_source: string;
  risks_en: string;
  risks_th: string;
  status: ActionStatus;
  status_date: string | null;
  created_at: string;
  updated_at: string;
}

const ACTION_SELECT = /* sql */ `
  SELECT a.id, a.code, a.subarea_code, sa.area_code, a.recommendation_id, r.code AS recommendation_code,
    a.objective_en, a.objective_th, a.action_en, a.action_th, a.lead_agency_code, a.supporting_agency_codes,
    a.start_date, a.end_date, a.timeframe, a.priority, a.key_measure, a.indicator_en, a.indicator_th,
    a.baseline_en, a.baseline_th, a.target_en, a.target_th, a.verification_en, a.verification_th,
    a.estimated_cost, a.currency, a.funding_source, a.risks_en, a.risks_th, a.status, a.status_date,
    a.created_at, a.updated_at
  FROM actions a
  JOIN framework_subareas sa ON sa.code = a.subarea_code
  LEFT JOIN recommendations r ON r.id = a.recommendation_id`;

const pair = (en: string, th: string): { en: string; th: string } => ({ en, th });

function toFields(row: ActionRow): Fields {
  return {
    subAreaCode: row.subarea_code,
    recommendationId: row.recommendation_id,
    objective: pair(row.objective_en, row.objective_th),
    action: pair(row.action_en, row.action_th),
    leadAgencyCode: row.lead_agency_code,
    supportingAgencyCodes: JSON.parse(row.supporting_agency_codes) as string[],
    startDate: row.start_date,
    endDate: row.end_date,
    timeframe: row.timeframe,
    priority: row.priority,
    keyMeasure: row.key_measure === 1,
    indicator: pair(row.indicator_en, row.indicator_th),
    baseline: pair(row.baseline_en, row.baseline_th),
    target: pair(row.target_en, row.target_th),
    meansOfVerification: pair(row.verification_en, row.verification_th),
    estimatedCost: row.estimated_cost,
    currency: row.currency,
    fundingSource: row.funding_source,
    risks: pair(row.risks_en, row.risks_th),
  };
}

function toSummary(row: ActionRow): ActionSummary {
  const { subAreaCode, ...fields } = toFields(row);
  return {
    id: row.id,
    code: row.code,
    areaCode: row.area_code,
    subAreaCode,
    ...fields,
    recommendationCode: row.recommendation_code,
    status: row.status,
    statusDate: row.status_date,
    smart: smartCheck(fields),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function readRow(db: Db, id: string): ActionRow {
  const row = db.prepare(`${ACTION_SELECT} WHERE a.id = ? AND a.deleted = 0`).get(id) as ActionRow | undefined;
  if (!row) throw notFound('action');
  return row;
}

/** Newest first: by date, then the later entry of the same date first. */
function readUpdates(db: Db, actionId: string): ActionItem['updates'] {
  const rows = db
    .prepare(
      `SELECT id, date, status, note, created_at FROM action_status_updates
       WHERE action_id = ? AND deleted = 0 ORDER BY date DESC, rowid DESC`,
    )
    .all(actionId) as { id: string; date: string; status: ActionStatus; note: string; created_at: string }[];
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    status: row.status,
    note: row.note,
    createdAt: row.created_at,
  }));
}

function readAction(db: Db, id: string): ActionItem {
  return { ...toSummary(readRow(db, id)), updates: readUpdates(db, id) };
}

export function getAction(project: ProjectFile, id: string): ActionItem {
  return project.read((db) => readAction(db, id));
}

/**
 * A page of live items in code order, and how many match in all. The order walks the
 * actions_live index (deleted, subarea_code, length(code), code), so the first page of 7,500
 * items is read without sorting them all.
 */
export function listActions(project: ProjectFile, query?: ActionListQuery): { total: number; items: ActionSummary[] } {
  const { areaCode, leadAgencyCode, status, recommendationId, limit, offset } = parseInput(
    actionListSchema.unwrap(),
    query ?? {},
  );
  const where = ['a.deleted = 0'];
  const params: Record<string, unknown> = { limit, offset };
  if (areaCode !== undefined) {
    where.push('a.subarea_code IN (SELECT code FROM framework_subareas WHERE area_code = @areaCode)');
    params['areaCode'] = areaCode;
  }
  if (leadAgencyCode !== undefined) {
    where.push('a.lead_agency_code = @leadAgencyCode');
    params['leadAgencyCode'] = leadAgencyCode;
  }
  if (status !== undefined) {
    where.push('a.status = @status');
    params['status'] = status;
  }
  if (recommendationId !== undefined) {
    where.push('a.recommendation_id = @recommendationId');
    params['recommendationId'] = recommendationId;
  }
  const condition = where.join(' AND ');
  return project.read((db) => {
    const { total } = db.prepare(`SELECT count(*) AS total FROM actions a WHERE ${condition}`).get(params) as {
      total: number;
    };
    const rows = db
      .prepare(`${ACTION_SELECT} WHERE ${condition} ORDER BY ${codeOrder('a')} LIMIT @limit OFFSET @offset`)
      .all(params) as ActionRow[];
    return { total, items: rows.map(toSummary) };
  });
}

// ---------------------------------------------------------------- checks

type FieldName = keyof Fields;
const FIELD_NAMES = Object.keys(actionCreateSchema.shape) as FieldName[];

/** Supporting agencies once each, in the order given. */
function normalise(fields: Fields): Fields {
  return { ...fields, supportingAgencyCodes: [...new Set(fields.supportingAgencyCodes)] };
}

/** The rules zod cannot see, for the fields being written (all of them on create). */
function checkRules(db: Db, fields: Fields, written: ReadonlySet<FieldName>): void {
  if (written.has('recommendationId') && fields.recommendationId !== null) {
    const live = db.prepare('SELECT 1 FROM recommendations WHERE id = ? AND deleted = 0').get(fields.recommendationId);
    if (!live) throw missing('recommendation', { id: fields.recommendationId });
  }
  if (written.has('leadAgencyCode') && fields.leadAgencyCode !== null && !agencyExists(db, fields.leadAgencyCode)) {
    throw missing('agency', { code: fields.leadAgencyCode });
  }
  if (written.has('supportingAgencyCodes')) {
    const unknown = fields.supportingAgencyCodes.find((code) => !agencyExists(db, code));
    if (unknown !== undefined) throw missing('agency', { code: unknown });
  }
  // DOMAIN.md 1.9: one lead; it is not also one of the supporting agencies.
  if (
    (written.has('leadAgencyCode') || written.has('supportingAgencyCodes')) &&
    fields.leadAgencyCode !== null &&
    fields.supportingAgencyCodes.includes(fields.leadAgencyCode)
  ) {
    throw invalid('supportingAgencyCodes', 'includes_lead');
  }
  if (written.has('startDate')) assertCalendarDate('startDate', fields.startDate);
  if (written.has('endDate')) assertCalendarDate('endDate', fields.endDate);
  if (
    (written.has('startDate') || written.has('endDate')) &&
    fields.startDate !== null &&
    fields.endDate !== null &&
    fields.endDate < fields.startDate
  ) {
    throw new AppError('DATE_ORDER', undefined, { field: 'endDate' });
  }
}

function columnValues(fields: Fields): Record<string, unknown> {
  return {
    recommendationId: fields.recommendationId,
    objectiveEn: fields.objective.en,
    objectiveTh: fields.objective.th,
    actionEn: fields.action.en,
    actionTh: fields.action.th,
    leadAgencyCode: fields.leadAgencyCode,
    supportingAgencyCodes: JSON.stringify(fields.supportingAgencyCodes),
    startDate: fields.startDate,
    endDate: fields.endDate,
    timeframe: fields.timeframe,
    priority: fields.priority,
    keyMeasure: fields.keyMeasure ? 1 : 0,
    indicatorEn: fields.indicator.en,
    indicatorTh: fields.indicator.th,
    baselineEn: fields.baseline.en,
    baselineTh: fields.baseline.th,
    targetEn: fields.target.en,
    targetTh: fields.target.th,
    verificationEn: fields.meansOfVerification.en,
    verificationTh: fields.meansOfVerification.th,
    estimatedCost: fields.estimatedCost,
    currency: fields.currency,
    fundingSource: fields.fundingSource,
    risksEn: fields.risks.en,
    risksTh: fields.risks.th,
  };
}

function searchText(code: string, fields: Fields): string {
  return actionSearchText({
    code,
    objective_en: fields.objective.en,
    objective_th: fields.objective.th,
    action_en: fields.action.en,
    action_th: fields.action.th,
    indicator_en: fields.indicator.en,
    indicator_th: fields.indicator.th,
  });
}

const SEARCHED: readonly FieldName[] = ['objective', 'action', 'indicator'];

// ---------------------------------------------------------------- writing

/** Creates an item inside the caller's transaction (the demo generator writes many in one). */
export function createActionIn(ctx: WriteContext, input: ActionCreateInput): ActionItem {
  const fields = normalise(parseInput(actionCreateSchema, input));
  const { db } = ctx;
  areaOfSubArea(db, fields.subAreaCode);
  checkRules(db, fields, new Set(FIELD_NAMES));
  const id = crypto.randomUUID();
  const code = nextSubAreaCode(ctx, 'JAP', fields.subAreaCode);
  db.prepare(
    `INSERT INTO actions (id, code, subarea_code, recommendation_id, objective_en, objective_th, action_en, action_th,
       lead_agency_code, supporting_agency_codes, start_date, end_date, timeframe, priority, key_measure,
       indicator_en, indicator_th, baseline_en, baseline_th, target_en, target_th, verification_en, verification_th,
       estimated_cost, currency, funding_source, risks_en, risks_th, created_at, updated_at, updated_by)
     VALUES (@id, @code, @subAreaCode, @recommendationId, @objectiveEn, @objectiveTh, @actionEn, @actionTh,
       @leadAgencyCode, @supportingAgencyCodes, @startDate, @endDate, @timeframe, @priority, @keyMeasure,
       @indicatorEn, @indicatorTh, @baselineEn, @baselineTh, @targetEn, @targetTh, @verificationEn, @verificationTh,
       @estimatedCost, @currency, @fundingSource, @risksEn, @risksTh, @now, @now, @actor)`,
  ).run({ id, code, subAreaCode: fields.subAreaCode, ...columnValues(fields), now: ctx.now, actor: ctx.actor });
  indexEntity(db, 'action', id, searchText(code, fields));
  ctx.audit('action.created', 'action', id, { code });
  return readAction(db, id);
}

export function createAction(project: ProjectFile, input: ActionCreateInput): ActionItem {
  return project.write((ctx) => createActionIn(ctx, input));
}

/**
 * A partial edit, checked merged with the stored item: an end date moved before the stored
 * start is DATE_ORDER, nothing written. The sub-area cannot change (the code is tied to it).
 */
export function updateActionIn(ctx: WriteContext, input: ActionUpdateInput): ActionItem {
  const { id, expectedUpdatedAt, ...patch } = parseInput(actionUpdateSchema, input);
  const { db } = ctx;
  const row = readRow(db, id);
  assertCurrent('action', row.updated_at, expectedUpdatedAt);
  const current = toFields(row);
  if (patch.subAreaCode !== undefined && patch.subAreaCode !== current.subAreaCode)
    throw invalid('subAreaCode', 'immutable');
  const next = normalise({ ...current, ...definedOnly(patch) });
  const changed = changedFields(current, next, FIELD_NAMES) as FieldName[];
  if (changed.length === 0) return readAction(db, id);
  checkRules(db, next, new Set(changed));

  db.prepare(
    `UPDATE actions SET recommendation_id = @recommendationId, objective_en = @objectiveEn, objective_th = @objectiveTh,
       action_en = @actionEn, action_th = @actionTh, lead_agency_code = @leadAgencyCode,
       supporting_agency_codes = @supportingAgencyCodes, start_date = @startDate, end_date = @endDate,
       timeframe = @timeframe, priority = @priority, key_measure = @keyMeasure,
       indicator_en = @indicatorEn, indicator_th = @indicatorTh, baseline_en = @baselineEn, baseline_th = @baselineTh,
       target_en = @targetEn, target_th = @targetTh, verification_en = @verificationEn, verification_th = @verificationTh,
       estimated_cost = @estimatedCost, currency = @currency, funding_source = @fundingSource,
       risks_en = @risksEn, risks_th = @risksTh, updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({ id, ...columnValues(next), updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor });
  if (changed.some((name) => SEARCHED.includes(name))) indexEntity(db, 'action', id, searchText(row.code, next));
  reopenAfterEdit(ctx, 'action', id);
  ctx.audit('action.updated', 'action', id, { code: row.code, fields: changed });
  return readAction(db, id);
}

export function updateAction(project: ProjectFile, input: ActionUpdateInput): ActionItem {
  return project.write((ctx) => updateActionIn(ctx, input));
}

/** Tombstone: hidden from the plan, the dashboard and search; its status updates stay with it. */
export function deleteAction(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE actions SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    removeEntity(ctx.db, 'action', id);
    ctx.audit('action.deleted', 'action', id, { code: row.code });
  });
  return { id };
}

// ---------------------------------------------------------------- status updates

/**
 * Records a dated status update and sets the item's status to the latest one: an update dated
 * before the current latest is kept in the history without changing the status.
 */
export function addStatusUpdateIn(ctx: WriteContext, input: StatusUpdateInput): ActionItem {
  const update = parseInput(statusUpdateCreateSchema, input);
  const { db } = ctx;
  const row = readRow(db, update.actionId);
  assertCalendarDate('date', update.date);
  db.prepare(
    `INSERT INTO action_status_updates (id, action_id, date, status, note, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(crypto.randomUUID(), row.id, update.date, update.status, update.note, ctx.now, ctx.now, ctx.actor);
  const latest = db
    .prepare(
      `SELECT status, date FROM action_status_updates WHERE action_id = ? AND deleted = 0
       ORDER BY date DESC, rowid DESC LIMIT 1`,
    )
    .get(row.id) as { status: ActionStatus; date: string };
  db.prepare('UPDATE actions SET status = ?, status_date = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    latest.status,
    latest.date,
    laterThan(ctx.now, row.updated_at),
    ctx.actor,
    row.id,
  );
  // The note is free text: only the code, status and date enter the audit trail.
  ctx.audit('action.statusUpdated', 'action', row.id, { code: row.code, status: update.status, date: update.date });
  return readAction(db, row.id);
}

export function addStatusUpdate(project: ProjectFile, input: StatusUpdateInput): ActionItem {
  return project.write((ctx) => addStatusUpdateIn(ctx, input));
}

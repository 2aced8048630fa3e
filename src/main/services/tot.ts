import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import {
  MAX_DAY_MINUTES,
  MAX_EVENT_DAYS,
  totEventCreateSchema,
  totEventUpdateSchema,
  totSessionSaveSchema,
  totTemplateSchema,
  type TotEvent,
  type TotEventCreateInput,
  type TotEventSummary,
  type TotEventUpdateInput,
  type TotSessionSaveInput,
} from '../../shared/tot';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  assertCalendarDate,
  assertCurrent,
  changedFields,
  definedOnly,
  invalid,
  laterThan,
  notFound,
  parseInput,
} from './records';
import { assertModuleLinkable, SESSION_MODULE_SELECT } from './tot-module-link';
import { readParticipants, readEvaluations, readFollowUps } from './tot-read';
import { DEFAULT_TOT_AGENDA } from './tot-template';

/**
 * Training of Trainers events and their agenda (PRODUCT.md 9, DOMAIN.md 4.2). Sessions are
 * kept by day number; every write checks the whole day it touches: inside the event's days,
 * ends after it starts, no facilitator in two places at once, at most 9 hours of sessions.
 * A day over 9 hours is refused, not warned about: the agenda is also the finance plan and
 * a template day is 7¼ hours, so a longer one is a mistake more often than a plan.
 */

interface EventRow {
  id: string;
  code: string;
  title_en: string;
  title_th: string;
  start_date: string;
  end_date: string;
  venue: string;
  pass_mark: number;
  created_at: string;
  updated_at: string;
  session_count: number;
  participant_count: number;
}

interface SessionRow {
  id: string;
  day: number;
  start_time: string;
  end_time: string;
  title_en: string;
  title_th: string;
  module: string;
  module_id: string | null;
  module_code: string | null;
  facilitator: string;
  method: string;
  updated_at: string;
}

const EVENT_SELECT = /* sql */ `
  SELECT e.*,
    (SELECT count(*) FROM tot_sessions s WHERE s.event_id = e.id AND s.deleted = 0) AS session_count,
    (SELECT count(*) FROM tot_participants p WHERE p.event_id = e.id AND p.deleted = 0) AS participant_count
  FROM tot_events e`;

const DAY_MS = 86_400_000;

/** Days from start to end, both included. */
export function eventDays(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS) + 1;
}

export function dayDate(startDate: string, day: number): string {
  return new Date(Date.parse(`${startDate}T00:00:00Z`) + (day - 1) * DAY_MS).toISOString().slice(0, 10);
}

function toSummary(row: EventRow): TotEventSummary {
  return {
    id: row.id,
    code: row.code,
    title: { en: row.title_en, th: row.title_th },
    startDate: row.start_date,
    endDate: row.end_date,
    venue: row.venue,
    passMark: row.pass_mark,
    days: eventDays(row.start_date, row.end_date),
    sessionCount: row.session_count,
    participantCount: row.participant_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function readEventRow(db: Db, id: string): EventRow {
  const row = db.prepare(`${EVENT_SELECT} WHERE e.id = ? AND e.deleted = 0`).get(id) as EventRow | undefined;
  if (!row) throw notFound('tot_event');
  return row;
}

function readSessionRows(db: Db, eventId: string): SessionRow[] {
  return db
    .prepare(
      `SELECT s.id, s.day, s.start_time, s.end_time, s.title_en, s.title_th, s.module, ${SESSION_MODULE_SELECT},
         s.facilitator, s.method, s.updated_at
       FROM tot_sessions s WHERE s.event_id = ? AND s.deleted = 0 ORDER BY s.day, s.start_time, s.end_time, s.rowid`,
    )
    .all(eventId) as SessionRow[];
}

/** The whole event: what the editor, the agenda document and the evaluation report read. */
export function readEvent(db: Db, id: string): TotEvent {
  const row = readEventRow(db, id);
  return {
    ...toSummary(row),
    sessions: readSessionRows(db, id).map((s) => ({
      id: s.id,
      day: s.day,
      date: dayDate(row.start_date, s.day),
      startTime: s.start_time,
      endTime: s.end_time,
      title: { en: s.title_en, th: s.title_th },
      module: s.module,
      moduleId: s.module_id,
      moduleCode: s.module_code,
      facilitator: s.facilitator,
      method: s.method,
      updatedAt: s.updated_at,
    })),
    participants: readParticipants(db, id),
    evaluations: readEvaluations(db, id),
    followUps: readFollowUps(db, id),
  };
}

export function listTotEvents(project: ProjectFile): TotEventSummary[] {
  return project.read((db) =>
    (db.prepare(`${EVENT_SELECT} WHERE e.deleted = 0 ORDER BY e.start_date DESC, e.code`).all() as EventRow[]).map(
      toSummary,
    ),
  );
}

export function getTotEvent(project: ProjectFile, id: string): TotEvent {
  return project.read((db) => readEvent(db, id));
}

// ---------------------------------------------------------------- event writes

type EventFields = ReturnType<typeof totEventCreateSchema.parse>;
const EVENT_FIELDS = Object.keys(totEventCreateSchema.shape) as (keyof EventFields)[];

function checkEvent(db: Db, fields: EventFields, id: string | null): void {
  assertCalendarDate('startDate', fields.startDate);
  assertCalendarDate('endDate', fields.endDate);
  if (fields.endDate < fields.startDate) throw new AppError('DATE_ORDER', undefined, { field: 'endDate' });
  const days = eventDays(fields.startDate, fields.endDate);
  if (days > MAX_EVENT_DAYS) throw invalid('endDate', 'too_many_days', { max: MAX_EVENT_DAYS });
  const clash = db
    .prepare('SELECT id FROM tot_events WHERE code = ? AND deleted = 0 AND id IS NOT ?')
    .get(fields.code, id);
  if (clash) throw new AppError('DUPLICATE', undefined, { field: 'code', entity: 'tot_event' });
  if (id !== null) {
    const outside = db
      .prepare('SELECT day FROM tot_sessions WHERE event_id = ? AND deleted = 0 AND day > ? ORDER BY day DESC LIMIT 1')
      .get(id, days) as { day: number } | undefined;
    if (outside) throw new AppError('SESSION_OUTSIDE_EVENT', undefined, { field: 'endDate', day: outside.day, days });
  }
}

export function createTotEventIn(ctx: WriteContext, input: TotEventCreateInput): TotEvent {
  const fields = parseInput(totEventCreateSchema, input);
  checkEvent(ctx.db, fields, null);
  const id = crypto.randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO tot_events (id, code, title_en, title_th, start_date, end_date, venue, pass_mark, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, fields.code, fields.title.en, fields.title.th, fields.startDate, fields.endDate, fields.venue,
      fields.passMark, ctx.now, ctx.now, ctx.actor);
  ctx.audit('tot.event.created', 'tot_event', id, { code: fields.code });
  return readEvent(ctx.db, id);
}

export function createTotEvent(project: ProjectFile, input: TotEventCreateInput): TotEvent {
  return project.write((ctx) => createTotEventIn(ctx, input));
}

export function updateTotEvent(project: ProjectFile, input: TotEventUpdateInput): TotEvent {
  return project.write((ctx) => {
    const { id, expectedUpdatedAt, ...patch } = parseInput(totEventUpdateSchema, input);
    const row = readEventRow(ctx.db, id);
    assertCurrent('tot_event', row.updated_at, expectedUpdatedAt);
    const current: EventFields = {
      code: row.code,
      title: { en: row.title_en, th: row.title_th },
      startDate: row.start_date,
      endDate: row.end_date,
      venue: row.venue,
      passMark: row.pass_mark,
    };
    const next = { ...current, ...definedOnly(patch) };
    const changed = changedFields(current, next, EVENT_FIELDS);
    if (changed.length === 0) return readEvent(ctx.db, id);
    checkEvent(ctx.db, next, id);
    ctx.db
      .prepare(
        `UPDATE tot_events SET code = ?, title_en = ?, title_th = ?, start_date = ?, end_date = ?, venue = ?,
           pass_mark = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
      )
      .run(next.code, next.title.en, next.title.th, next.startDate, next.endDate, next.venue, next.passMark,
        laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('tot.event.updated', 'tot_event', id, { code: next.code, fields: changed });
    return readEvent(ctx.db, id);
  });
}

/** Tombstone: the event and everything recorded under it leave every list and result. */
export function deleteTotEvent(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readEventRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE tot_events SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('tot.event.deleted', 'tot_event', id, { code: row.code });
  });
  return { id };
}

// ---------------------------------------------------------------- agenda checks

type SessionFields = Omit<ReturnType<typeof totSessionSaveSchema.parse>, 'eventId' | 'id' | 'expectedUpdatedAt'>;

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const sameFacilitator = (a: string, b: string): boolean =>
  a.trim() !== '' && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Minutes covered by the union of the intervals (parallel sessions count once). */
function coveredMinutes(intervals: readonly [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -1;
  for (const [from, to] of sorted) {
    if (from >= end) {
      total += to - from;
      end = to;
    } else if (to > end) {
      total += to - end;
      end = to;
    }
  }
  return total;
}

/**
 * The agenda rules for one session placed among the event's other live sessions (`others`
 * excludes the session being edited). Throws the first rule broken; nothing is written.
 */
export function checkSession(session: SessionFields, days: number, others: readonly SessionRow[]): void {
  if (session.day > days) throw new AppError('SESSION_OUTSIDE_EVENT', undefined, { field: 'day', day: session.day, days });
  if (session.endTime <= session.startTime) throw new AppError('DATE_ORDER', undefined, { field: 'endTime' });
  const sameDay = others.filter((other) => other.day === session.day);
  const clash = sameDay.find(
    (other) =>
      sameFacilitator(other.facilitator, session.facilitator) &&
      other.start_time < session.endTime &&
      session.startTime < other.end_time,
  );
  if (clash) {
    throw new AppError('SESSION_OVERLAP', undefined, {
      field: 'facilitator',
      day: session.day,
      otherSessionId: clash.id,
      otherStart: clash.start_time,
      otherEnd: clash.end_time,
    });
  }
  const covered = coveredMinutes([
    ...sameDay.map((other): [number, number] => [minutes(other.start_time), minutes(other.end_time)]),
    [minutes(session.startTime), minutes(session.endTime)],
  ]);
  if (covered > MAX_DAY_MINUTES) {
    throw new AppError('DAY_TOO_LONG', undefined, { field: 'endTime', day: session.day, minutes: covered });
  }
}

// ---------------------------------------------------------------- session writes

function insertSession(ctx: WriteContext, eventId: string, fields: SessionFields): string {
  const id = crypto.randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO tot_sessions (id, event_id, day, start_time, end_time, title_en, title_th, module, module_id, facilitator,
         method, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, eventId, fields.day, fields.startTime, fields.endTime, fields.title.en, fields.title.th, fields.module,
      fields.moduleId, fields.facilitator, fields.method, ctx.now, ctx.now, ctx.actor);
  return id;
}

/** Adds a session (no id) or edits one; returns the whole event. */
export function saveTotSessionIn(ctx: WriteContext, input: TotSessionSaveInput): TotEvent {
  const { eventId, id, expectedUpdatedAt, ...fields } = parseInput(totSessionSaveSchema, input);
  const { db } = ctx;
  const event = readEventRow(db, eventId);
  const days = eventDays(event.start_date, event.end_date);
  const all = readSessionRows(db, eventId);
  assertModuleLinkable(db, fields.moduleId);
  if (id === undefined) {
    checkSession(fields, days, all);
    const newId = insertSession(ctx, eventId, fields);
    ctx.audit('tot.session.created', 'tot_session', newId, { event: event.code, day: fields.day });
    return readEvent(db, eventId);
  }
  const row = all.find((s) => s.id === id);
  if (!row) throw notFound('tot_session');
  assertCurrent('tot_session', row.updated_at, expectedUpdatedAt);
  const current: SessionFields = {
    day: row.day,
    startTime: row.start_time,
    endTime: row.end_time,
    title: { en: row.title_en, th: row.title_th },
    module: row.module,
    moduleId: row.module_id,
    facilitator: row.facilitator,
    method: row.method,
  };
  const changed = changedFields(current, fields, Object.keys(current) as (keyof SessionFields)[]);
  if (changed.length === 0) return readEvent(db, eventId);
  checkSession(fields, days, all.filter((s) => s.id !== id));
  db.prepare(
    `UPDATE tot_sessions SET day = ?, start_time = ?, end_time = ?, title_en = ?, title_th = ?, module = ?,
       module_id = ?, facilitator = ?, method = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(fields.day, fields.startTime, fields.endTime, fields.title.en, fields.title.th, fields.module, fields.moduleId,
    fields.facilitator, fields.method, laterThan(ctx.now, row.updated_at), ctx.actor, id);
  ctx.audit('tot.session.updated', 'tot_session', id, { event: event.code, fields: changed });
  return readEvent(db, eventId);
}

export function saveTotSession(project: ProjectFile, input: TotSessionSaveInput): TotEvent {
  return project.write((ctx) => saveTotSessionIn(ctx, input));
}

export function deleteTotSession(project: ProjectFile, id: string): TotEvent {
  return project.write((ctx) => {
    const row = ctx.db.prepare('SELECT event_id, updated_at FROM tot_sessions WHERE id = ? AND deleted = 0').get(id) as
      { event_id: string; updated_at: string } | undefined;
    if (!row) throw notFound('tot_session');
    ctx.db
      .prepare('UPDATE tot_sessions SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('tot.session.deleted', 'tot_session', id, { event: readEventRow(ctx.db, row.event_id).code });
    return readEvent(ctx.db, row.event_id);
  });
}

/**
 * Fills the grid with the default 5-day agenda (DOMAIN.md 4.2), each session checked like a
 * hand-entered one. A grid that has sessions is refused unless `replace` (they become
 * tombstones); an event shorter than the template is refused with SESSION_OUTSIDE_EVENT.
 */
export function applyTotTemplateIn(ctx: WriteContext, input: { eventId: string; replace?: boolean }): TotEvent {
  const { eventId, replace } = parseInput(totTemplateSchema, input);
  const { db } = ctx;
  const event = readEventRow(db, eventId);
  const days = eventDays(event.start_date, event.end_date);
  const existing = readSessionRows(db, eventId);
  if (existing.length > 0 && !replace) throw invalid('sessions', 'agenda_not_empty');
  if (existing.length > 0) {
    db.prepare('UPDATE tot_sessions SET deleted = 1, updated_at = ?, updated_by = ? WHERE event_id = ? AND deleted = 0').run(
      ctx.now,
      ctx.actor,
      eventId,
    );
  }
  const placed: SessionRow[] = [];
  for (const session of DEFAULT_TOT_AGENDA) {
    const fields = parseInput(totSessionSaveSchema, { eventId, ...session });
    checkSession(fields, days, placed);
    const id = insertSession(ctx, eventId, fields);
    placed.push({
      id,
      day: fields.day,
      start_time: fields.startTime,
      end_time: fields.endTime,
      title_en: fields.title.en,
      title_th: fields.title.th,
      module: fields.module,
      module_id: null,
      module_code: null,
      facilitator: fields.facilitator,
      method: fields.method,
      updated_at: ctx.now,
    });
  }
  ctx.audit('tot.agenda.templateApplied', 'tot_event', eventId, {
    code: event.code,
    sessions: placed.length,
    replaced: existing.length,
  });
  return readEvent(db, eventId);
}

export function applyTotTemplate(project: ProjectFile, input: { eventId: string; replace?: boolean }): TotEvent {
  return project.write((ctx) => applyTotTemplateIn(ctx, input));
}

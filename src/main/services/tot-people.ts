import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import {
  totAttendanceSchema,
  totEvaluationSaveSchema,
  totFollowUpSaveSchema,
  totParticipantSaveSchema,
  totTestSaveSchema,
  type TotAttendanceInput,
  type TotEvaluationSaveInput,
  type TotEvent,
  type TotFollowUpSaveInput,
  type TotParticipantSaveInput,
  type TotTestSaveInput,
} from '../../shared/tot';
import { totResults, type TotResults } from '../../shared/tot-stats';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  agencyExists,
  assertCalendarDate,
  assertCurrent,
  changedFields,
  invalid,
  laterThan,
  missing,
  notFound,
  parseInput,
} from './records';
import { eventDays, readEvent, readEventRow } from './tot';

/**
 * The people of a Training of Trainers (DOMAIN.md 4.3–4.4): participants by pseudonymous
 * code only (P-001, per event, never reused), daily attendance, pre/post tests, L1 reaction
 * forms and L3 follow-ups. Audit details carry codes, days and field names, never the
 * comment or note text. Every write returns the whole event, as the editor shows it.
 */

interface ParticipantRow {
  id: string;
  event_id: string;
  code: string;
  agency_code: string;
  unit: string;
  sex: string;
  rank_band: string;
  province_code: string | null;
  role: string;
  certificate_issued: number;
  updated_at: string;
}

function readParticipantRow(db: Db, id: string): ParticipantRow {
  const row = db.prepare('SELECT * FROM tot_participants WHERE id = ? AND deleted = 0').get(id) as
    ParticipantRow | undefined;
  if (!row) throw notFound('tot_participant');
  return row;
}

/** The participant must be live and registered in this event: NOT_REGISTERED otherwise. */
function registeredIn(db: Db, eventId: string, participantId: string): ParticipantRow {
  const row = db.prepare('SELECT * FROM tot_participants WHERE id = ? AND deleted = 0').get(participantId) as
    ParticipantRow | undefined;
  if (!row || row.event_id !== eventId) throw new AppError('NOT_REGISTERED', undefined, { field: 'participantId' });
  return row;
}

function nextParticipantCode(db: Db, eventId: string): string {
  const key = `code-counter:tot-participant:${eventId}`;
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  const next = Number(row?.value ?? '0') + 1;
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    String(next),
  );
  return `P-${String(next).padStart(3, '0')}`;
}

// ---------------------------------------------------------------- participants

export function saveTotParticipantIn(ctx: WriteContext, input: TotParticipantSaveInput): TotEvent {
  const { eventId, id, expectedUpdatedAt, ...fields } = parseInput(totParticipantSaveSchema, input);
  const { db } = ctx;
  const event = readEventRow(db, eventId);
  if (!agencyExists(db, fields.agencyCode)) throw missing('agency', { code: fields.agencyCode });
  if (fields.provinceCode !== null) {
    const live = db.prepare('SELECT 1 FROM provinces WHERE code = ? AND deleted = 0').get(fields.provinceCode);
    if (!live) throw missing('province', { code: fields.provinceCode });
  }
  const values = [fields.agencyCode, fields.unit, fields.sex, fields.rankBand, fields.provinceCode, fields.role,
    fields.certificateIssued ? 1 : 0];
  if (id === undefined) {
    const newId = crypto.randomUUID();
    const code = nextParticipantCode(db, eventId);
    db.prepare(
      `INSERT INTO tot_participants (id, event_id, code, agency_code, unit, sex, rank_band, province_code, role,
         certificate_issued, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId, eventId, code, ...values, ctx.now, ctx.now, ctx.actor);
    ctx.audit('tot.participant.created', 'tot_participant', newId, { event: event.code, code });
    return readEvent(db, eventId);
  }
  const row = registeredIn(db, eventId, id);
  assertCurrent('tot_participant', row.updated_at, expectedUpdatedAt);
  const current = {
    agencyCode: row.agency_code,
    unit: row.unit,
    sex: row.sex,
    rankBand: row.rank_band,
    provinceCode: row.province_code,
    role: row.role,
    certificateIssued: row.certificate_issued === 1,
  };
  const changed = changedFields(current, fields, Object.keys(current) as (keyof typeof current)[]);
  if (changed.length === 0) return readEvent(db, eventId);
  db.prepare(
    `UPDATE tot_participants SET agency_code = ?, unit = ?, sex = ?, rank_band = ?, province_code = ?, role = ?,
       certificate_issued = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(...values, laterThan(ctx.now, row.updated_at), ctx.actor, id);
  ctx.audit('tot.participant.updated', 'tot_participant', id, { event: event.code, code: row.code, fields: changed });
  return readEvent(db, eventId);
}

export function saveTotParticipant(project: ProjectFile, input: TotParticipantSaveInput): TotEvent {
  return project.write((ctx) => saveTotParticipantIn(ctx, input));
}

/** Tombstone: the participant's attendance and tests leave the results with them. */
export function deleteTotParticipant(project: ProjectFile, id: string): TotEvent {
  return project.write((ctx) => {
    const row = readParticipantRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE tot_participants SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('tot.participant.deleted', 'tot_participant', id, { code: row.code });
    return readEvent(ctx.db, row.event_id);
  });
}

// ---------------------------------------------------------------- attendance and tests

/** Marks (or unmarks) one participant present on one event day. */
export function setTotAttendanceIn(ctx: WriteContext, input: TotAttendanceInput): TotEvent {
  const { eventId, participantId, day, present } = parseInput(totAttendanceSchema, input);
  const { db } = ctx;
  const event = readEventRow(db, eventId);
  const participant = registeredIn(db, eventId, participantId);
  const days = eventDays(event.start_date, event.end_date);
  if (day > days) throw new AppError('SESSION_OUTSIDE_EVENT', undefined, { field: 'day', day, days });
  db.prepare(
    `INSERT INTO tot_attendance (participant_id, day, updated_at, updated_by, deleted) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (participant_id, day) DO UPDATE SET deleted = excluded.deleted, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(participantId, day, ctx.now, ctx.actor, present ? 0 : 1);
  ctx.audit('tot.attendance.set', 'tot_participant', participantId, { code: participant.code, day, present });
  return readEvent(db, eventId);
}

export function setTotAttendance(project: ProjectFile, input: TotAttendanceInput): TotEvent {
  return project.write((ctx) => setTotAttendanceIn(ctx, input));
}

/** Records a pre- or post-test (score null removes it). A score above the maximum is refused. */
export function saveTotTestIn(ctx: WriteContext, input: TotTestSaveInput): TotEvent {
  const { participantId, kind, score, maxScore } = parseInput(totTestSaveSchema, input);
  const { db } = ctx;
  const participant = readParticipantRow(db, participantId);
  if (score !== null && score > maxScore) {
    throw new AppError('SCORE_ABOVE_MAX', undefined, { field: 'score', kind, maxScore });
  }
  const live = db
    .prepare('SELECT id, updated_at FROM tot_tests WHERE participant_id = ? AND kind = ? AND deleted = 0')
    .get(participantId, kind) as { id: string; updated_at: string } | undefined;
  if (live) {
    db.prepare('UPDATE tot_tests SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?').run(
      laterThan(ctx.now, live.updated_at),
      ctx.actor,
      live.id,
    );
  }
  if (score !== null) {
    db.prepare(
      `INSERT INTO tot_tests (id, participant_id, kind, score, max_score, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(crypto.randomUUID(), participantId, kind, score, maxScore, ctx.now, ctx.now, ctx.actor);
  }
  ctx.audit(score === null ? 'tot.test.removed' : 'tot.test.saved', 'tot_participant', participantId, {
    code: participant.code,
    kind,
    fields: ['score', 'maxScore'],
  });
  return readEvent(db, participant.event_id);
}

export function saveTotTest(project: ProjectFile, input: TotTestSaveInput): TotEvent {
  return project.write((ctx) => saveTotTestIn(ctx, input));
}

// ---------------------------------------------------------------- L1 and L3

type Child = 'tot_evaluations' | 'tot_followups';

/** The live child row being edited, checked for CONFLICT; undefined for a new one. */
function currentChild(db: Db, table: Child, eventId: string, id: string | undefined, expected: string | undefined) {
  if (id === undefined) return undefined;
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ? AND event_id = ? AND deleted = 0`).get(id, eventId) as
    ({ updated_at: string } & Record<string, unknown>) | undefined;
  if (!row) throw notFound(table.slice(0, -1));
  assertCurrent(table.slice(0, -1), row.updated_at, expected);
  return row;
}

export function saveTotEvaluationIn(ctx: WriteContext, input: TotEvaluationSaveInput): TotEvent {
  const { eventId, id, expectedUpdatedAt, participantId, relevance, trainer, methods, logistics, comment } = parseInput(
    totEvaluationSaveSchema,
    input,
  );
  const { db } = ctx;
  const event = readEventRow(db, eventId);
  if (participantId !== null) registeredIn(db, eventId, participantId);
  const row = currentChild(db, 'tot_evaluations', eventId, id, expectedUpdatedAt);
  const values = [participantId, relevance, trainer, methods, logistics, comment];
  const recordId = id ?? crypto.randomUUID();
  if (row === undefined) {
    db.prepare(
      `INSERT INTO tot_evaluations (id, event_id, participant_id, relevance, trainer, methods, logistics, comment,
         created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(recordId, eventId, ...values, ctx.now, ctx.now, ctx.actor);
  } else {
    db.prepare(
      `UPDATE tot_evaluations SET participant_id = ?, relevance = ?, trainer = ?, methods = ?, logistics = ?, comment = ?,
         updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(...values, laterThan(ctx.now, row.updated_at), ctx.actor, recordId);
  }
  ctx.audit(row ? 'tot.evaluation.updated' : 'tot.evaluation.created', 'tot_evaluation', recordId, {
    event: event.code,
    fields: ['participantId', 'relevance', 'trainer', 'methods', 'logistics', 'comment'],
  });
  return readEvent(db, eventId);
}

export function saveTotEvaluation(project: ProjectFile, input: TotEvaluationSaveInput): TotEvent {
  return project.write((ctx) => saveTotEvaluationIn(ctx, input));
}

export function saveTotFollowUpIn(ctx: WriteContext, input: TotFollowUpSaveInput): TotEvent {
  const { eventId, id, expectedUpdatedAt, participantId, date, cascadeSessions, participantsReached, note } =
    parseInput(totFollowUpSaveSchema, input);
  const { db } = ctx;
  const event = readEventRow(db, eventId);
  assertCalendarDate('date', date);
  if (date < event.end_date) throw invalid('date', 'before_event_end');
  if (participantId !== null) registeredIn(db, eventId, participantId);
  const row = currentChild(db, 'tot_followups', eventId, id, expectedUpdatedAt);
  const values = [participantId, date, cascadeSessions, participantsReached, note];
  const recordId = id ?? crypto.randomUUID();
  if (row === undefined) {
    db.prepare(
      `INSERT INTO tot_followups (id, event_id, participant_id, date, cascade_sessions, participants_reached, note,
         created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(recordId, eventId, ...values, ctx.now, ctx.now, ctx.actor);
  } else {
    db.prepare(
      `UPDATE tot_followups SET participant_id = ?, date = ?, cascade_sessions = ?, participants_reached = ?, note = ?,
         updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(...values, laterThan(ctx.now, row.updated_at), ctx.actor, recordId);
  }
  ctx.audit(row ? 'tot.followUp.updated' : 'tot.followUp.created', 'tot_followup', recordId, {
    event: event.code,
    fields: ['participantId', 'date', 'cascadeSessions', 'participantsReached', 'note'],
  });
  return readEvent(db, eventId);
}

export function saveTotFollowUp(project: ProjectFile, input: TotFollowUpSaveInput): TotEvent {
  return project.write((ctx) => saveTotFollowUpIn(ctx, input));
}

/** Tombstones an L1 form or an L3 follow-up. */
export function deleteTotChild(project: ProjectFile, table: Child, id: string): TotEvent {
  return project.write((ctx) => {
    const row = ctx.db.prepare(`SELECT event_id, updated_at FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as
      { event_id: string; updated_at: string } | undefined;
    if (!row) throw notFound(table.slice(0, -1));
    ctx.db
      .prepare(`UPDATE ${table} SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?`)
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit(`tot.${table === 'tot_evaluations' ? 'evaluation' : 'followUp'}.deleted`, table.slice(0, -1), id);
    return readEvent(ctx.db, row.event_id);
  });
}

// ---------------------------------------------------------------- results

/** The event's results (see src/shared/tot-stats.ts for the rules). */
export function eventResults(event: TotEvent): TotResults {
  return totResults({
    passMark: event.passMark,
    days: event.days,
    participants: event.participants,
    evaluations: event.evaluations,
    followUps: event.followUps,
  });
}

export function getTotResults(project: ProjectFile, eventId: string): TotResults {
  return project.read((db) => eventResults(readEvent(db, eventId)));
}

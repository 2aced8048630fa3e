import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  MINUTES_STATUSES,
  meetingCreateSchema,
  meetingListSchema,
  meetingStatusSchema,
  meetingUpdateSchema,
  type Meeting,
  type MeetingCreateInput,
  type MeetingSummary,
  type MeetingUpdateInput,
} from '../../shared/meetings';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  listMeetingSummaries,
  meetingCode,
  readMeeting,
  readMeetingRow,
  toDetails,
  type MeetingRow,
} from './meetings-read';
import {
  agencyExists,
  assertCalendarDate,
  assertCurrent,
  changedFields,
  definedOnly,
  invalid,
  laterThan,
  missing,
  parseInput,
} from './records';

/**
 * Meetings (PRODUCT.md 7, DOMAIN.md 5): the meeting record itself and its minutes status.
 * Attendance, agenda, provisions, positions and follow-ups are in meetings-items.ts.
 * The audit trail gets codes and field names only: titles, venues and reasons are free text.
 */

type Fields = Omit<z.output<typeof meetingCreateSchema>, never>;
type FieldName = keyof Fields;
const FIELD_NAMES = Object.keys(meetingCreateSchema.shape) as FieldName[];

/** The editable fields of a stored meeting: the read model's, picked by the create schema's keys. */
function toFields(row: MeetingRow): Fields {
  const details = toDetails(row);
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, details[name]])) as Fields;
}

function checkRules(db: Db, fields: Fields, written: ReadonlySet<FieldName>, selfId: string | null): void {
  if (written.has('date')) assertCalendarDate('date', fields.date);
  if (
    (written.has('startTime') || written.has('endTime')) &&
    fields.startTime !== null &&
    fields.endTime !== null &&
    fields.endTime <= fields.startTime
  ) {
    throw invalid('endTime', 'before_start');
  }
  if (written.has('chairAgencyCode') && fields.chairAgencyCode !== null && !agencyExists(db, fields.chairAgencyCode)) {
    throw missing('agency', { code: fields.chairAgencyCode });
  }
  if (written.has('component') || written.has('number') || written.has('yearBE')) {
    const taken = db
      .prepare(
        `SELECT id FROM meetings WHERE deleted = 0 AND component = ? AND year_be = ? AND number = ? AND id IS NOT ?`,
      )
      .get(fields.component, fields.yearBE, fields.number, selfId) as { id: string } | undefined;
    if (taken) {
      throw new AppError('DUPLICATE', undefined, {
        entity: 'meeting',
        field: 'number',
        id: taken.id,
        code: meetingCode(fields.component, fields.number, fields.yearBE),
      });
    }
  }
}

function columnValues(fields: Fields): Record<string, unknown> {
  return {
    component: fields.component,
    number: fields.number,
    yearBE: fields.yearBE,
    code: meetingCode(fields.component, fields.number, fields.yearBE),
    titleEn: fields.title.en,
    titleTh: fields.title.th,
    date: fields.date,
    startTime: fields.startTime,
    endTime: fields.endTime,
    venueEn: fields.venue.en,
    venueTh: fields.venue.th,
    chairPosition: fields.chairPosition,
    chairAgencyCode: fields.chairAgencyCode,
    language: fields.language,
    interpretation: fields.interpretation ? 1 : 0,
    minuteTaker: fields.minuteTaker,
    checker: fields.checker,
  };
}

export function listMeetings(project: ProjectFile, query?: z.input<typeof meetingListSchema>): MeetingSummary[] {
  const parsed = parseInput(meetingListSchema, query);
  return project.read((db) => listMeetingSummaries(db, parsed?.component));
}

export function getMeeting(project: ProjectFile, id: string): Meeting {
  return project.read((db) => readMeeting(db, id));
}

export function createMeetingIn(ctx: WriteContext, input: MeetingCreateInput): Meeting {
  const fields = parseInput(meetingCreateSchema, input);
  const { db } = ctx;
  checkRules(db, fields, new Set(FIELD_NAMES), null);
  const id = crypto.randomUUID();
  const values = columnValues(fields);
  db.prepare(
    `INSERT INTO meetings (id, code, component, number, year_be, title_en, title_th, date, start_time, end_time,
       venue_en, venue_th, chair_position, chair_agency_code, language, interpretation, minute_taker, checker,
       created_at, updated_at, updated_by)
     VALUES (@id, @code, @component, @number, @yearBE, @titleEn, @titleTh, @date, @startTime, @endTime,
       @venueEn, @venueTh, @chairPosition, @chairAgencyCode, @language, @interpretation, @minuteTaker, @checker,
       @now, @now, @actor)`,
  ).run({ id, ...values, now: ctx.now, actor: ctx.actor });
  ctx.audit('meeting.created', 'meeting', id, { code: values['code'] });
  return readMeeting(db, id);
}

export function createMeeting(project: ProjectFile, input: MeetingCreateInput): Meeting {
  return project.write((ctx) => createMeetingIn(ctx, input));
}

/** A partial edit checked merged with the stored meeting; a new number/year changes the code. */
export function updateMeetingIn(ctx: WriteContext, input: MeetingUpdateInput): Meeting {
  const { id, expectedUpdatedAt, ...patch } = parseInput(meetingUpdateSchema, input);
  const { db } = ctx;
  const row = readMeetingRow(db, id);
  assertCurrent('meeting', row.updated_at, expectedUpdatedAt);
  const current = toFields(row);
  const next: Fields = { ...current, ...definedOnly(patch) };
  const changed = changedFields(current, next, FIELD_NAMES) as FieldName[];
  if (changed.length === 0) return readMeeting(db, id);
  checkRules(db, next, new Set(changed), id);
  db.prepare(
    `UPDATE meetings SET code = @code, component = @component, number = @number, year_be = @yearBE,
       title_en = @titleEn, title_th = @titleTh, date = @date, start_time = @startTime, end_time = @endTime,
       venue_en = @venueEn, venue_th = @venueTh, chair_position = @chairPosition, chair_agency_code = @chairAgencyCode,
       language = @language, interpretation = @interpretation, minute_taker = @minuteTaker, checker = @checker,
       updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({ id, ...columnValues(next), updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor });
  ctx.audit('meeting.updated', 'meeting', id, {
    code: meetingCode(next.component, next.number, next.yearBE),
    fields: changed,
  });
  return readMeeting(db, id);
}

export function updateMeeting(project: ProjectFile, input: MeetingUpdateInput): Meeting {
  return project.write((ctx) => updateMeetingIn(ctx, input));
}

/** Tombstone: the meeting's number is free again for a new meeting that year. */
export function deleteMeeting(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readMeetingRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE meetings SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('meeting.deleted', 'meeting', id, { code: row.code });
  });
  return { id };
}

/**
 * Minutes go draft -> circulated -> adopted one step at a time; any status may go back to
 * draft, with a reason (kept on the meeting for the next reader, not in the audit trail).
 */
export function setMeetingStatusIn(ctx: WriteContext, input: z.input<typeof meetingStatusSchema>): Meeting {
  const { id, status, reason } = parseInput(meetingStatusSchema, input);
  const { db } = ctx;
  const row = readMeetingRow(db, id);
  const from = MINUTES_STATUSES.indexOf(row.minutes_status);
  const to = MINUTES_STATUSES.indexOf(status);
  if (to === from) return readMeeting(db, id);
  const back = status === 'draft';
  if (!back && to !== from + 1) throw invalid('status', 'transition', { from: row.minutes_status, to: status });
  if (back && reason.trim() === '') throw invalid('reason', 'required');
  db.prepare(
    'UPDATE meetings SET minutes_status = ?, status_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  ).run(status, back ? reason.trim() : '', laterThan(ctx.now, row.updated_at), ctx.actor, id);
  ctx.audit('meeting.statusChanged', 'meeting', id, {
    code: row.code,
    from: row.minutes_status,
    to: status,
    ...(back ? { fields: ['reason'] } : {}),
  });
  return readMeeting(db, id);
}

export function setMeetingStatus(project: ProjectFile, input: z.input<typeof meetingStatusSchema>): Meeting {
  return project.write((ctx) => setMeetingStatusIn(ctx, input));
}

import crypto from 'node:crypto';
import type { z } from 'zod';
import { agendaItemSaveSchema, agendaMoveSchema, attendanceSaveSchema, type Meeting } from '../../shared/meetings';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { readMeeting, readMeetingRow } from './meetings-read';
import { assertAgency, assertPositionsSeated, nextOrder, readChild } from './meetings-rules';
import { invalid, laterThan, notFound, parseInput } from './records';

/**
 * Attendance rows and agenda items of a meeting (provisions and positions: meetings-provisions.ts).
 * Every write is one transaction that returns the whole meeting, so the editor shows counts and
 * numbering exactly as stored. Audit: codes, ids and field names only.
 */

type Input<S extends z.ZodType> = z.input<S>;

// ---------------------------------------------------------------- attendance

export function saveAttendanceIn(ctx: WriteContext, input: Input<typeof attendanceSaveSchema>): Meeting {
  const row = parseInput(attendanceSaveSchema, input);
  const { db } = ctx;
  const meeting = readMeetingRow(db, row.meetingId);
  assertAgency(db, row.agencyCode);
  if (row.status === 'absent' && row.absenceReason.trim() === '') throw invalid('absenceReason', 'required');
  if (row.status === 'substitute' && row.substituteFor.trim() === '') throw invalid('substituteFor', 'required');
  const values = {
    agencyCode: row.agencyCode,
    position: row.position.trim(),
    sex: row.sex,
    status: row.status,
    // A reason only belongs to an absence, a "for whom" only to a substitute.
    absenceReason: row.status === 'absent' ? row.absenceReason.trim() : '',
    substituteFor: row.status === 'substitute' ? row.substituteFor.trim() : '',
    now: ctx.now,
    actor: ctx.actor,
  };
  if (row.id === undefined) {
    const id = crypto.randomUUID();
    const order = nextOrder(
      db,
      'SELECT max(sort_order) + 1 AS next FROM meeting_attendance WHERE meeting_id = ?',
      meeting.id,
    );
    db.prepare(
      `INSERT INTO meeting_attendance (id, meeting_id, agency_code, position, sex, status, absence_reason, substitute_for,
         sort_order, created_at, updated_at, updated_by)
       VALUES (@id, @meetingId, @agencyCode, @position, @sex, @status, @absenceReason, @substituteFor, @order, @now, @now, @actor)`,
    ).run({ id, meetingId: meeting.id, order, ...values });
    ctx.audit('meeting.attendanceAdded', 'meeting', meeting.id, { code: meeting.code, rowId: id, status: row.status });
  } else {
    const child = readChild(db, 'meeting_attendance', row.id);
    if (child.meeting_id !== meeting.id) throw notFound('meeting_attendance');
    db.prepare(
      `UPDATE meeting_attendance SET agency_code = @agencyCode, position = @position, sex = @sex, status = @status,
         absence_reason = @absenceReason, substitute_for = @substituteFor, updated_at = @updatedAt, updated_by = @actor
       WHERE id = @id`,
    ).run({ id: row.id, ...values, updatedAt: laterThan(ctx.now, child.updated_at) });
    assertPositionsSeated(db, meeting.id);
    ctx.audit('meeting.attendanceUpdated', 'meeting', meeting.id, {
      code: meeting.code,
      rowId: row.id,
      status: row.status,
    });
  }
  return readMeeting(db, meeting.id);
}

export function saveAttendance(project: ProjectFile, input: Input<typeof attendanceSaveSchema>): Meeting {
  return project.write((ctx) => saveAttendanceIn(ctx, input));
}

/** Refused (AGENCY_NOT_ATTENDING) when it would leave a recorded position without a seat. */
export function removeAttendance(project: ProjectFile, id: string): Meeting {
  return project.write((ctx) => {
    const child = readChild(ctx.db, 'meeting_attendance', id);
    ctx.db
      .prepare('UPDATE meeting_attendance SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, child.updated_at), ctx.actor, id);
    assertPositionsSeated(ctx.db, child.meeting_id);
    ctx.audit('meeting.attendanceRemoved', 'meeting', child.meeting_id, { rowId: id });
    return readMeeting(ctx.db, child.meeting_id);
  });
}

// ---------------------------------------------------------------- agenda

const AGENDA_NEXT =
  'SELECT max(sort_order) + 1 AS next FROM meeting_agenda_items WHERE meeting_id = ? AND category = ?';

/** A new item goes last in its category; moving it to another category puts it last there. */
export function saveAgendaItemIn(ctx: WriteContext, input: Input<typeof agendaItemSaveSchema>): Meeting {
  const item = parseInput(agendaItemSaveSchema, input);
  const { db } = ctx;
  const meeting = readMeetingRow(db, item.meetingId);
  const values = {
    category: item.category,
    titleEn: item.title.en,
    titleTh: item.title.th,
    discussionEn: item.discussion.en,
    discussionTh: item.discussion.th,
    resolutionEn: item.resolution.en,
    resolutionTh: item.resolution.th,
    actor: ctx.actor,
  };
  if (item.id === undefined) {
    const id = crypto.randomUUID();
    db.prepare(
      `INSERT INTO meeting_agenda_items (id, meeting_id, category, sort_order, title_en, title_th, discussion_en,
         discussion_th, resolution_en, resolution_th, created_at, updated_at, updated_by)
       VALUES (@id, @meetingId, @category, @order, @titleEn, @titleTh, @discussionEn, @discussionTh,
         @resolutionEn, @resolutionTh, @now, @now, @actor)`,
    ).run({
      id,
      meetingId: meeting.id,
      order: nextOrder(db, AGENDA_NEXT, meeting.id, item.category),
      now: ctx.now,
      ...values,
    });
    ctx.audit('meeting.agendaItemAdded', 'meeting', meeting.id, {
      code: meeting.code,
      itemId: id,
      category: item.category,
    });
    return readMeeting(db, meeting.id);
  }
  const stored = db
    .prepare('SELECT * FROM meeting_agenda_items WHERE id = ? AND deleted = 0 AND meeting_id = ?')
    .get(item.id, meeting.id) as Record<string, string | number> | undefined;
  if (!stored) throw notFound('meeting_agenda_items');
  const order =
    stored['category'] === item.category ? stored['sort_order'] : nextOrder(db, AGENDA_NEXT, meeting.id, item.category);
  const columns = {
    category: 'category',
    titleEn: 'title_en',
    titleTh: 'title_th',
    discussionEn: 'discussion_en',
    discussionTh: 'discussion_th',
    resolutionEn: 'resolution_en',
    resolutionTh: 'resolution_th',
  } as const;
  const changed = (Object.keys(columns) as (keyof typeof columns)[])
    .filter((key) => stored[columns[key]] !== values[key])
    .map((key) => key.replace(/(En|Th)$/, ''));
  if (changed.length === 0) return readMeeting(db, meeting.id);
  db.prepare(
    `UPDATE meeting_agenda_items SET category = @category, sort_order = @order, title_en = @titleEn, title_th = @titleTh,
       discussion_en = @discussionEn, discussion_th = @discussionTh, resolution_en = @resolutionEn,
       resolution_th = @resolutionTh, updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({ id: item.id, order, updatedAt: laterThan(ctx.now, String(stored['updated_at'])), ...values });
  ctx.audit('meeting.agendaItemUpdated', 'meeting', meeting.id, {
    code: meeting.code,
    itemId: item.id,
    fields: [...new Set(changed)],
  });
  return readMeeting(db, meeting.id);
}

export function saveAgendaItem(project: ProjectFile, input: Input<typeof agendaItemSaveSchema>): Meeting {
  return project.write((ctx) => saveAgendaItemIn(ctx, input));
}

/** Swaps the item with its neighbour in the same category; at either end nothing changes. */
export function moveAgendaItem(project: ProjectFile, input: Input<typeof agendaMoveSchema>): Meeting {
  const { id, direction } = parseInput(agendaMoveSchema, input);
  return project.write((ctx) => {
    const { db } = ctx;
    const item = db
      .prepare('SELECT meeting_id, category, sort_order FROM meeting_agenda_items WHERE id = ? AND deleted = 0')
      .get(id) as { meeting_id: string; category: number; sort_order: number } | undefined;
    if (!item) throw notFound('meeting_agenda_items');
    const neighbour = db
      .prepare(
        `SELECT id, sort_order FROM meeting_agenda_items WHERE meeting_id = ? AND category = ? AND deleted = 0
         AND sort_order ${direction === 'up' ? '<' : '>'} ? ORDER BY sort_order ${direction === 'up' ? 'DESC' : 'ASC'} LIMIT 1`,
      )
      .get(item.meeting_id, item.category, item.sort_order) as { id: string; sort_order: number } | undefined;
    if (neighbour) {
      const update = db.prepare(
        'UPDATE meeting_agenda_items SET sort_order = ?, updated_at = ?, updated_by = ? WHERE id = ?',
      );
      update.run(neighbour.sort_order, ctx.now, ctx.actor, id);
      update.run(item.sort_order, ctx.now, ctx.actor, neighbour.id);
      ctx.audit('meeting.agendaItemMoved', 'meeting', item.meeting_id, { itemId: id, direction });
    }
    return readMeeting(db, item.meeting_id);
  });
}

/** Tombstones the item with its provisions and positions; follow-ups stay, unlinked from it. */
export function removeAgendaItem(project: ProjectFile, id: string): Meeting {
  return project.write((ctx) => {
    const child = readChild(ctx.db, 'meeting_agenda_items', id);
    const stamp = { now: ctx.now, actor: ctx.actor, id };
    ctx.db
      .prepare(
        `UPDATE meeting_positions SET deleted = 1, updated_at = @now, updated_by = @actor WHERE deleted = 0
         AND item_provision_id IN (SELECT id FROM meeting_item_provisions WHERE agenda_item_id = @id)`,
      )
      .run(stamp);
    ctx.db
      .prepare(
        'UPDATE meeting_item_provisions SET deleted = 1, updated_at = @now, updated_by = @actor WHERE agenda_item_id = @id AND deleted = 0',
      )
      .run(stamp);
    ctx.db
      .prepare(
        'UPDATE meeting_follow_ups SET agenda_item_id = NULL, updated_at = @now, updated_by = @actor WHERE agenda_item_id = @id',
      )
      .run(stamp);
    ctx.db
      .prepare('UPDATE meeting_agenda_items SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, child.updated_at), ctx.actor, id);
    ctx.audit('meeting.agendaItemRemoved', 'meeting', child.meeting_id, { itemId: id });
    return readMeeting(ctx.db, child.meeting_id);
  });
}

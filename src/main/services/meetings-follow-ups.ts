import crypto from 'node:crypto';
import type { z } from 'zod';
import { followUpSaveSchema, type Meeting } from '../../shared/meetings';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { readMeeting, readMeetingRow } from './meetings-read';
import { agencyExists, assertCalendarDate, laterThan, missing, notFound, parseInput } from './records';

/**
 * Resolutions turn into follow-up actions (DOMAIN.md 5): owner agency, due date, status and
 * an optional link to a Joint Action Plan item. A tombstoned JAP item cannot be linked
 * (LINK_TARGET_MISSING); one deleted after linking shows with a null actionCode.
 */

type FollowUpInput = z.input<typeof followUpSaveSchema>;

export function saveFollowUpIn(ctx: WriteContext, input: FollowUpInput): Meeting {
  const followUp = parseInput(followUpSaveSchema, input);
  const { db } = ctx;
  const meeting = readMeetingRow(db, followUp.meetingId);
  if (followUp.ownerAgencyCode !== null && !agencyExists(db, followUp.ownerAgencyCode)) {
    throw missing('agency', { code: followUp.ownerAgencyCode });
  }
  assertCalendarDate('dueDate', followUp.dueDate);
  if (
    followUp.actionId !== null &&
    !db.prepare('SELECT 1 FROM actions WHERE id = ? AND deleted = 0').get(followUp.actionId)
  ) {
    throw missing('action', { id: followUp.actionId });
  }
  if (
    followUp.agendaItemId !== null &&
    !db
      .prepare('SELECT 1 FROM meeting_agenda_items WHERE id = ? AND meeting_id = ? AND deleted = 0')
      .get(followUp.agendaItemId, meeting.id)
  ) {
    throw missing('agenda_item', { id: followUp.agendaItemId });
  }
  const values = {
    agendaItemId: followUp.agendaItemId,
    textEn: followUp.text.en,
    textTh: followUp.text.th,
    owner: followUp.ownerAgencyCode,
    dueDate: followUp.dueDate,
    status: followUp.status,
    actionId: followUp.actionId,
    actor: ctx.actor,
  };
  if (followUp.id === undefined) {
    const id = crypto.randomUUID();
    const { next } = db
      .prepare('SELECT max(sort_order) + 1 AS next FROM meeting_follow_ups WHERE meeting_id = ?')
      .get(meeting.id) as { next: number | null };
    db.prepare(
      `INSERT INTO meeting_follow_ups (id, meeting_id, agenda_item_id, text_en, text_th, owner_agency_code, due_date,
         status, action_id, sort_order, created_at, updated_at, updated_by)
       VALUES (@id, @meetingId, @agendaItemId, @textEn, @textTh, @owner, @dueDate, @status, @actionId, @order,
         @now, @now, @actor)`,
    ).run({ id, meetingId: meeting.id, order: next ?? 1, now: ctx.now, ...values });
    ctx.audit('meeting.followUpAdded', 'meeting', meeting.id, {
      code: meeting.code,
      followUpId: id,
      status: followUp.status,
      linked: followUp.actionId !== null,
    });
    return readMeeting(db, meeting.id);
  }
  const stored = db
    .prepare('SELECT * FROM meeting_follow_ups WHERE id = ? AND meeting_id = ? AND deleted = 0')
    .get(followUp.id, meeting.id) as (Record<string, unknown> & { updated_at: string }) | undefined;
  if (!stored) throw notFound('meeting_follow_ups');
  const columns = {
    agendaItemId: ['agenda_item_id'],
    text: ['text_en', 'text_th'],
    ownerAgencyCode: ['owner_agency_code'],
    dueDate: ['due_date'],
    status: ['status'],
    actionId: ['action_id'],
  } as const;
  const given: Record<string, unknown> = {
    agenda_item_id: values.agendaItemId,
    text_en: values.textEn,
    text_th: values.textTh,
    owner_agency_code: values.owner,
    due_date: values.dueDate,
    status: values.status,
    action_id: values.actionId,
  };
  const changed = Object.entries(columns)
    .filter(([, names]) => names.some((name) => stored[name] !== given[name]))
    .map(([field]) => field);
  if (changed.length === 0) return readMeeting(db, meeting.id);
  db.prepare(
    `UPDATE meeting_follow_ups SET agenda_item_id = @agendaItemId, text_en = @textEn, text_th = @textTh,
       owner_agency_code = @owner, due_date = @dueDate, status = @status, action_id = @actionId,
       updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({ id: followUp.id, updatedAt: laterThan(ctx.now, stored.updated_at), ...values });
  ctx.audit('meeting.followUpUpdated', 'meeting', meeting.id, {
    code: meeting.code,
    followUpId: followUp.id,
    status: followUp.status,
    fields: changed,
  });
  return readMeeting(db, meeting.id);
}

export function saveFollowUp(project: ProjectFile, input: FollowUpInput): Meeting {
  return project.write((ctx) => saveFollowUpIn(ctx, input));
}

export function removeFollowUp(project: ProjectFile, id: string): Meeting {
  return project.write((ctx) => {
    const row = ctx.db
      .prepare('SELECT meeting_id, updated_at FROM meeting_follow_ups WHERE id = ? AND deleted = 0')
      .get(id) as { meeting_id: string; updated_at: string } | undefined;
    if (!row) throw notFound('meeting_follow_ups');
    ctx.db
      .prepare('UPDATE meeting_follow_ups SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('meeting.followUpRemoved', 'meeting', row.meeting_id, { followUpId: id });
    return readMeeting(ctx.db, row.meeting_id);
  });
}

import {
  AGENDA_CATEGORIES,
  COMPONENT_CODE,
  SEXES,
  type AgendaItem,
  type AttendanceCounts,
  type AttendanceRow,
  type FollowUp,
  type ItemProvision,
  type Meeting,
  type MeetingComponent,
  type MeetingSummary,
  type ProvisionOption,
} from '../../shared/meetings';
import type { Db } from '../project/cipher';
import { notFound } from './records';

/**
 * Reading meetings back in the shape the Meetings tab and the Word minutes use: one query
 * per child table, assembled in memory (a meeting has tens of rows, not thousands).
 */

export interface MeetingRow {
  id: string;
  code: string;
  component: MeetingComponent;
  number: number;
  year_be: number;
  title_en: string;
  title_th: string;
  date: string;
  start_time: string | null;
  end_time: string | null;
  venue_en: string;
  venue_th: string;
  chair_position: string;
  chair_agency_code: string | null;
  language: Meeting['language'];
  interpretation: number;
  minute_taker: string;
  checker: string;
  minutes_status: Meeting['minutesStatus'];
  status_reason: string;
  created_at: string;
  updated_at: string;
}

export function meetingCode(component: MeetingComponent, number: number, yearBE: number): string {
  return `MTG-${COMPONENT_CODE[component]}-${number}/${yearBE}`;
}

type Details = Omit<MeetingSummary, 'attendanceCount'>;

export function toDetails(row: MeetingRow): Details {
  return {
    id: row.id,
    code: row.code,
    component: row.component,
    number: row.number,
    yearBE: row.year_be,
    title: { en: row.title_en, th: row.title_th },
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    venue: { en: row.venue_en, th: row.venue_th },
    chairPosition: row.chair_position,
    chairAgencyCode: row.chair_agency_code,
    language: row.language,
    interpretation: row.interpretation === 1,
    minuteTaker: row.minute_taker,
    checker: row.checker,
    minutesStatus: row.minutes_status,
    statusReason: row.status_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function readMeetingRow(db: Db, id: string): MeetingRow {
  const row = db.prepare('SELECT * FROM meetings WHERE id = ? AND deleted = 0').get(id) as MeetingRow | undefined;
  if (!row) throw notFound('meeting');
  return row;
}

const ATTENDING = "status IN ('present', 'substitute', 'observer')";

/** Newest first, then by number; attendanceCount = people in the room (not the absent). */
export function listMeetingSummaries(db: Db, component: MeetingComponent | undefined): MeetingSummary[] {
  const rows = db
    .prepare(
      `SELECT m.*, (SELECT count(*) FROM meeting_attendance a
          WHERE a.meeting_id = m.id AND a.deleted = 0 AND a.${ATTENDING}) AS attendance_count
       FROM meetings m WHERE m.deleted = 0 AND (@component IS NULL OR m.component = @component)
       ORDER BY m.date DESC, m.year_be DESC, m.number DESC`,
    )
    .all({ component: component ?? null }) as (MeetingRow & { attendance_count: number })[];
  return rows.map((row) => ({ ...toDetails(row), attendanceCount: row.attendance_count }));
}

function emptySexCounts(): Record<(typeof SEXES)[number] | 'total', number> {
  return { female: 0, male: 0, other: 0, not_recorded: 0, total: 0 };
}

export function countAttendance(rows: readonly AttendanceRow[]): AttendanceCounts {
  const byStatus = { present: 0, absent: 0, substitute: 0, observer: 0 };
  const bySex = emptySexCounts();
  const byAgency = new Map<string, ReturnType<typeof emptySexCounts>>();
  for (const row of rows) {
    byStatus[row.status] += 1;
    if (row.status === 'absent') continue;
    bySex[row.sex] += 1;
    bySex.total += 1;
    const agency = byAgency.get(row.agencyCode) ?? emptySexCounts();
    agency[row.sex] += 1;
    agency.total += 1;
    byAgency.set(row.agencyCode, agency);
  }
  return {
    byStatus,
    attending: bySex.total,
    bySex,
    byAgency: [...byAgency.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([agencyCode, counts]) => ({ agencyCode, ...counts })),
  };
}

interface ProvisionRow {
  instrument_code: string;
  section: string;
  title_en: string;
  title_th: string;
  draft: number;
  source: ProvisionOption['source'];
  instrument_en: string;
  instrument_th: string;
}

/** Shipped provisions and the user's, one list; `draft` is the instrument's status for shipped ones. */
const PROVISIONS_SQL = /* sql */ `
  SELECT p.instrument_code, p.section, p.title_en, p.title_th, (i.status = 'draft') AS draft, 'reference' AS source,
    i.title_en AS instrument_en, i.title_th AS instrument_th, p.sort_order AS sort_key
  FROM legal_provisions p JOIN legal_instruments i ON i.code = p.instrument_code
  WHERE p.deleted = 0
  UNION ALL
  SELECT p.instrument_code, p.section, p.title_en, p.title_th, p.draft, 'project' AS source,
    i.title_en, i.title_th, 100000 + p.rowid
  FROM meeting_provisions p JOIN legal_instruments i ON i.code = p.instrument_code
  WHERE p.deleted = 0`;

function toProvision(row: ProvisionRow): ProvisionOption {
  return {
    instrumentCode: row.instrument_code,
    instrumentTitle: { en: row.instrument_en, th: row.instrument_th },
    section: row.section,
    title: { en: row.title_en, th: row.title_th },
    draft: row.draft === 1,
    source: row.source,
  };
}

export function listProvisionOptions(db: Db): ProvisionOption[] {
  const rows = db.prepare(`${PROVISIONS_SQL} ORDER BY 1, sort_key`).all() as ProvisionRow[];
  return rows.map(toProvision);
}

export function findProvision(db: Db, instrumentCode: string, section: string): ProvisionOption | undefined {
  const row = db
    .prepare(`SELECT * FROM (${PROVISIONS_SQL}) WHERE instrument_code = ? AND section = ?`)
    .get(instrumentCode, section) as ProvisionRow | undefined;
  return row ? toProvision(row) : undefined;
}

function readAttendance(db: Db, meetingId: string): AttendanceRow[] {
  const rows = db
    .prepare(
      `SELECT id, agency_code, position, sex, status, absence_reason, substitute_for FROM meeting_attendance
       WHERE meeting_id = ? AND deleted = 0 ORDER BY sort_order, rowid`,
    )
    .all(meetingId) as {
    id: string;
    agency_code: string;
    position: string;
    sex: AttendanceRow['sex'];
    status: AttendanceRow['status'];
    absence_reason: string;
    substitute_for: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    agencyCode: row.agency_code,
    position: row.position,
    sex: row.sex,
    status: row.status,
    absenceReason: row.absence_reason,
    substituteFor: row.substitute_for,
  }));
}

function readItemProvisions(db: Db, meetingId: string): Map<string, ItemProvision[]> {
  const links = db
    .prepare(
      `SELECT l.id, l.agenda_item_id, l.instrument_code, l.section, l.consensus FROM meeting_item_provisions l
       JOIN meeting_agenda_items a ON a.id = l.agenda_item_id
       WHERE a.meeting_id = ? AND l.deleted = 0 ORDER BY l.sort_order, l.rowid`,
    )
    .all(meetingId) as {
    id: string;
    agenda_item_id: string;
    instrument_code: string;
    section: string;
    consensus: number | null;
  }[];
  const positions = db
    .prepare(
      `SELECT p.id, p.item_provision_id, p.agency_code, p.position, p.note FROM meeting_positions p
       JOIN meeting_item_provisions l ON l.id = p.item_provision_id
       JOIN meeting_agenda_items a ON a.id = l.agenda_item_id
       WHERE a.meeting_id = ? AND p.deleted = 0 ORDER BY p.agency_code`,
    )
    .all(meetingId) as {
    id: string;
    item_provision_id: string;
    agency_code: string;
    position: ItemProvision['positions'][number]['position'];
    note: string;
  }[];
  const byItem = new Map<string, ItemProvision[]>();
  for (const link of links) {
    const provision = findProvision(db, link.instrument_code, link.section);
    const list = byItem.get(link.agenda_item_id) ?? [];
    list.push({
      // A provision later tombstoned in the reference data still shows by its section.
      instrumentCode: link.instrument_code,
      instrumentTitle: provision?.instrumentTitle ?? { en: link.instrument_code, th: link.instrument_code },
      section: link.section,
      title: provision?.title ?? { en: '', th: '' },
      draft: provision?.draft ?? false,
      source: provision?.source ?? 'project',
      id: link.id,
      consensus: link.consensus === null ? null : link.consensus === 1,
      positions: positions
        .filter((position) => position.item_provision_id === link.id)
        .map((position) => ({
          id: position.id,
          agencyCode: position.agency_code,
          position: position.position,
          note: position.note,
        })),
    });
    byItem.set(link.agenda_item_id, list);
  }
  return byItem;
}

function readAgenda(db: Db, meetingId: string): AgendaItem[] {
  const rows = db
    .prepare(
      `SELECT * FROM meeting_agenda_items WHERE meeting_id = ? AND deleted = 0 ORDER BY category, sort_order, rowid`,
    )
    .all(meetingId) as {
    id: string;
    category: number;
    title_en: string;
    title_th: string;
    discussion_en: string;
    discussion_th: string;
    resolution_en: string;
    resolution_th: string;
  }[];
  const provisions = readItemProvisions(db, meetingId);
  const seen = new Map<number, number>(AGENDA_CATEGORIES.map((category) => [category, 0]));
  return rows.map((row) => {
    const order = (seen.get(row.category) ?? 0) + 1;
    seen.set(row.category, order);
    return {
      id: row.id,
      category: row.category,
      order,
      number: `${row.category}.${order}`,
      title: { en: row.title_en, th: row.title_th },
      discussion: { en: row.discussion_en, th: row.discussion_th },
      resolution: { en: row.resolution_en, th: row.resolution_th },
      provisions: provisions.get(row.id) ?? [],
    };
  });
}

function readFollowUps(db: Db, meetingId: string): FollowUp[] {
  const rows = db
    .prepare(
      `SELECT f.*, a.code AS action_code FROM meeting_follow_ups f
       LEFT JOIN actions a ON a.id = f.action_id AND a.deleted = 0
       WHERE f.meeting_id = ? AND f.deleted = 0 ORDER BY f.sort_order, f.rowid`,
    )
    .all(meetingId) as {
    id: string;
    agenda_item_id: string | null;
    text_en: string;
    text_th: string;
    owner_agency_code: string | null;
    due_date: string | null;
    status: FollowUp['status'];
    action_id: string | null;
    action_code: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    agendaItemId: row.agenda_item_id,
    text: { en: row.text_en, th: row.text_th },
    ownerAgencyCode: row.owner_agency_code,
    dueDate: row.due_date,
    status: row.status,
    actionId: row.action_id,
    actionCode: row.action_code,
  }));
}

export function readMeeting(db: Db, id: string): Meeting {
  const row = readMeetingRow(db, id);
  const attendance = readAttendance(db, id);
  return {
    ...toDetails(row),
    attendance,
    counts: countAttendance(attendance),
    agenda: readAgenda(db, id),
    followUps: readFollowUps(db, id),
  };
}

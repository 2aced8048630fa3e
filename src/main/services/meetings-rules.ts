import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';
import { agencyExists, missing, notFound } from './records';

/** Checks the meeting services share: child rows, ordering, agencies and who sits at the table. */

/** The live child row and its meeting, or NOT_FOUND. */
export function readChild(db: Db, table: string, id: string): { meeting_id: string; updated_at: string } {
  const row = db.prepare(`SELECT meeting_id, updated_at FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as
    { meeting_id: string; updated_at: string } | undefined;
  if (!row) throw notFound(table);
  return row;
}

export function nextOrder(db: Db, sql: string, ...params: unknown[]): number {
  const row = db.prepare(sql).get(...params) as { next: number | null };
  return row.next ?? 1;
}

export function assertAgency(db: Db, code: string): void {
  if (!agencyExists(db, code)) throw missing('agency', { code });
}

/** Present or substitute: the agency is at the table and may hold a position. */
export function seated(db: Db, meetingId: string, agencyCode: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM meeting_attendance WHERE meeting_id = ? AND agency_code = ? AND deleted = 0
         AND status IN ('present', 'substitute')`,
      )
      .get(meetingId, agencyCode) !== undefined
  );
}

/** After an attendance change: no agency keeps a position it no longer has a seat for. */
export function assertPositionsSeated(db: Db, meetingId: string): void {
  const agencies = db
    .prepare(
      `SELECT DISTINCT p.agency_code FROM meeting_positions p
       JOIN meeting_item_provisions l ON l.id = p.item_provision_id AND l.deleted = 0
       JOIN meeting_agenda_items a ON a.id = l.agenda_item_id AND a.deleted = 0
       WHERE a.meeting_id = ? AND p.deleted = 0`,
    )
    .pluck()
    .all(meetingId) as string[];
  const orphan = agencies.find((code) => !seated(db, meetingId, code));
  if (orphan !== undefined)
    throw new AppError('AGENCY_NOT_ATTENDING', undefined, { agencyCode: orphan, reason: 'has_positions' });
}

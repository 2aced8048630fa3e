import type { Db } from '../project/cipher';
import type { VaultSubject, VaultSubjectKind } from '../../shared/vault';

/**
 * The people whose identity the vault may hold, each named by a code that identifies
 * nobody: the interview's pseudonym (KII-OFF-001), the meeting and the seat of an attendee,
 * the agency and role of a TWG member, the event and code of a ToT participant.
 */
const SUBJECT_QUERIES: Record<VaultSubjectKind, string> = {
  interview: `SELECT id, code FROM interviews WHERE deleted = 0`,
  meeting_attendance: `
    SELECT a.id AS id, m.code || ' · ' || a.agency_code || ' #' || (a.sort_order + 1) AS code
    FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
    WHERE a.deleted = 0 AND m.deleted = 0`,
  twg_member: `SELECT id, 'TWG · ' || agency_code || ' · ' || role AS code FROM twg_members WHERE deleted = 0`,
  tot_participant: `
    SELECT p.id AS id, e.code || ' · ' || p.code AS code
    FROM tot_participants p JOIN tot_events e ON e.id = p.event_id
    WHERE p.deleted = 0 AND e.deleted = 0`,
};

export function subjectCode(db: Db, kind: VaultSubjectKind, id: string): string | null {
  const row = db.prepare(`SELECT code FROM (${SUBJECT_QUERIES[kind]}) WHERE id = ?`).get(id) as
    { code: string } | undefined;
  return row?.code ?? null;
}

/** Every live subject of every kind, sorted by kind then code. */
export function listVaultSubjects(db: Db): VaultSubject[] {
  const subjects: VaultSubject[] = [];
  for (const kind of Object.keys(SUBJECT_QUERIES) as VaultSubjectKind[]) {
    const rows = db.prepare(`SELECT id, code FROM (${SUBJECT_QUERIES[kind]}) ORDER BY code`).all() as {
      id: string;
      code: string;
    }[];
    for (const row of rows) subjects.push({ kind, id: row.id, code: row.code });
  }
  return subjects;
}

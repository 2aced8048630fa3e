import type { TotEvaluation, TotFollowUp, TotParticipant } from '../../shared/tot';
import type { Db } from '../project/cipher';

/** Reads of an event's people and evaluations, shared by the event and the participant services. */

interface ParticipantRow {
  id: string;
  code: string;
  agency_code: string;
  unit: string;
  sex: TotParticipant['sex'];
  rank_band: string;
  province_code: string | null;
  role: TotParticipant['role'];
  certificate_issued: number;
  updated_at: string;
}

/** Live participants in code order, with their days present and live tests. */
export function readParticipants(db: Db, eventId: string): TotParticipant[] {
  const rows = db
    .prepare(
      `SELECT id, code, agency_code, unit, sex, rank_band, province_code, role, certificate_issued, updated_at
       FROM tot_participants WHERE event_id = ? AND deleted = 0 ORDER BY length(code), code`,
    )
    .all(eventId) as ParticipantRow[];
  const days = db
    .prepare(
      `SELECT a.participant_id, a.day FROM tot_attendance a JOIN tot_participants p ON p.id = a.participant_id
       WHERE p.event_id = ? AND p.deleted = 0 AND a.deleted = 0 ORDER BY a.day`,
    )
    .all(eventId) as { participant_id: string; day: number }[];
  const tests = db
    .prepare(
      `SELECT t.participant_id, t.kind, t.score, t.max_score FROM tot_tests t JOIN tot_participants p ON p.id = t.participant_id
       WHERE p.event_id = ? AND p.deleted = 0 AND t.deleted = 0`,
    )
    .all(eventId) as { participant_id: string; kind: 'pre' | 'post'; score: number; max_score: number }[];
  return rows.map((row) => {
    const test = (kind: 'pre' | 'post') => {
      const found = tests.find((t) => t.participant_id === row.id && t.kind === kind);
      return found ? { score: found.score, maxScore: found.max_score } : null;
    };
    return {
      id: row.id,
      code: row.code,
      agencyCode: row.agency_code,
      unit: row.unit,
      sex: row.sex,
      rankBand: row.rank_band,
      provinceCode: row.province_code,
      role: row.role,
      certificateIssued: row.certificate_issued === 1,
      daysPresent: days.filter((d) => d.participant_id === row.id).map((d) => d.day),
      pre: test('pre'),
      post: test('post'),
      updatedAt: row.updated_at,
    };
  });
}

export function readEvaluations(db: Db, eventId: string): TotEvaluation[] {
  const rows = db
    .prepare(
      `SELECT id, participant_id, relevance, trainer, methods, logistics, comment, updated_at
       FROM tot_evaluations WHERE event_id = ? AND deleted = 0 ORDER BY created_at, rowid`,
    )
    .all(eventId) as {
    id: string;
    participant_id: string | null;
    relevance: number | null;
    trainer: number | null;
    methods: number | null;
    logistics: number | null;
    comment: string;
    updated_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    participantId: row.participant_id,
    relevance: row.relevance,
    trainer: row.trainer,
    methods: row.methods,
    logistics: row.logistics,
    comment: row.comment,
    updatedAt: row.updated_at,
  }));
}

export function readFollowUps(db: Db, eventId: string): TotFollowUp[] {
  const rows = db
    .prepare(
      `SELECT id, participant_id, date, cascade_sessions, participants_reached, note, updated_at
       FROM tot_followups WHERE event_id = ? AND deleted = 0 ORDER BY date, rowid`,
    )
    .all(eventId) as {
    id: string;
    participant_id: string | null;
    date: string;
    cascade_sessions: number;
    participants_reached: number;
    note: string;
    updated_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    participantId: row.participant_id,
    date: row.date,
    cascadeSessions: row.cascade_sessions,
    participantsReached: row.participants_reached,
    note: row.note,
    updatedAt: row.updated_at,
  }));
}

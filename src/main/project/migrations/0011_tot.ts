/**
 * Migration 11: Training of Trainers (Component 4) (issue 5). Events, their agenda sessions
 * (by event day number), pseudonymous participants, daily attendance, pre/post tests, L1
 * reaction forms and L3 follow-ups. No names anywhere: participants are codes (P-001).
 * Every row has a tombstone flag; the partial unique indexes apply to live rows only.
 */
export const migration0011 = {
  version: 11,
  name: 'Training of Trainers (Component 4)',
  sql: /* sql */ `
    CREATE TABLE tot_events (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 40),
      title_en TEXT NOT NULL,
      title_th TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL CHECK (end_date >= start_date),
      venue TEXT NOT NULL,
      pass_mark REAL NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX tot_events_code ON tot_events (code) WHERE deleted = 0;

    CREATE TABLE tot_sessions (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES tot_events (id),
      day INTEGER NOT NULL CHECK (day >= 1),
      start_time TEXT NOT NULL,
      end_time TEXT NOT NULL CHECK (end_time > start_time),
      title_en TEXT NOT NULL,
      title_th TEXT NOT NULL,
      module TEXT NOT NULL,
      facilitator TEXT NOT NULL,
      method TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE INDEX tot_sessions_event ON tot_sessions (event_id, deleted, day, start_time);

    CREATE TABLE tot_participants (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES tot_events (id),
      code TEXT NOT NULL,
      agency_code TEXT NOT NULL,
      unit TEXT NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other')),
      rank_band TEXT NOT NULL,
      province_code TEXT,
      role TEXT NOT NULL CHECK (role IN ('participant', 'trainer', 'observer')),
      certificate_issued INTEGER NOT NULL CHECK (certificate_issued IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX tot_participants_code ON tot_participants (event_id, code) WHERE deleted = 0;

    -- One row per participant and day once marked: a live row is "present"; unmarking
    -- tombstones it (deleted = 1) and marking again brings it back.
    CREATE TABLE tot_attendance (
      participant_id TEXT NOT NULL REFERENCES tot_participants (id),
      day INTEGER NOT NULL CHECK (day >= 1),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      PRIMARY KEY (participant_id, day)
    ) STRICT;

    CREATE TABLE tot_tests (
      id TEXT PRIMARY KEY NOT NULL,
      participant_id TEXT NOT NULL REFERENCES tot_participants (id),
      kind TEXT NOT NULL CHECK (kind IN ('pre', 'post')),
      score REAL NOT NULL CHECK (score >= 0),
      max_score REAL NOT NULL CHECK (max_score > 0 AND score <= max_score),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX tot_tests_live ON tot_tests (participant_id, kind) WHERE deleted = 0;

    CREATE TABLE tot_evaluations (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES tot_events (id),
      participant_id TEXT REFERENCES tot_participants (id),
      relevance INTEGER CHECK (relevance BETWEEN 1 AND 5),
      trainer INTEGER CHECK (trainer BETWEEN 1 AND 5),
      methods INTEGER CHECK (methods BETWEEN 1 AND 5),
      logistics INTEGER CHECK (logistics BETWEEN 1 AND 5),
      comment TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE INDEX tot_evaluations_event ON tot_evaluations (event_id, deleted);

    CREATE TABLE tot_followups (
      id TEXT PRIMARY KEY NOT NULL,
      event_id TEXT NOT NULL REFERENCES tot_events (id),
      participant_id TEXT REFERENCES tot_participants (id),
      date TEXT NOT NULL,
      cascade_sessions INTEGER NOT NULL CHECK (cascade_sessions >= 0),
      participants_reached INTEGER NOT NULL CHECK (participants_reached >= 0),
      note TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE INDEX tot_followups_event ON tot_followups (event_id, deleted);
  `,
};

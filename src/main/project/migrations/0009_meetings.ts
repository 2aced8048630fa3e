/**
 * Migration 9: meetings of Component 2, the TWG and validation workshops (issue 5). Attendance,
 * agenda items, provisions discussed, agency positions and follow-ups hang off a meeting by id;
 * agencies, instruments and JAP items are cited by code / id and checked by the service.
 * Everything is tombstoned (deleted = 1), never removed.
 */
const common = /* sql */ `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

export const migration0009 = {
  version: 9,
  name: 'meetings (Component 2 and TWG)',
  sql: /* sql */ `
    CREATE TABLE meetings (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL,
      component TEXT NOT NULL CHECK (component IN ('c2', 'twg', 'validation')),
      number INTEGER NOT NULL,
      year_be INTEGER NOT NULL,
      title_en TEXT NOT NULL DEFAULT '',
      title_th TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL,
      start_time TEXT,
      end_time TEXT,
      venue_en TEXT NOT NULL DEFAULT '',
      venue_th TEXT NOT NULL DEFAULT '',
      chair_position TEXT NOT NULL DEFAULT '',
      chair_agency_code TEXT,
      language TEXT NOT NULL CHECK (language IN ('th', 'en', 'th_en')),
      interpretation INTEGER NOT NULL DEFAULT 0 CHECK (interpretation IN (0, 1)),
      minute_taker TEXT NOT NULL DEFAULT '',
      checker TEXT NOT NULL DEFAULT '',
      minutes_status TEXT NOT NULL DEFAULT 'draft' CHECK (minutes_status IN ('draft', 'circulated', 'adopted')),
      status_reason TEXT NOT NULL DEFAULT '',
      ${common}
    ) STRICT;
    -- The service answers DUPLICATE first; the index is the backstop.
    CREATE UNIQUE INDEX meetings_number ON meetings (component, year_be, number) WHERE deleted = 0;
    CREATE INDEX meetings_date ON meetings (deleted, date);

    CREATE TABLE meeting_attendance (
      id TEXT PRIMARY KEY NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      agency_code TEXT NOT NULL,
      position TEXT NOT NULL DEFAULT '',
      sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'not_recorded')),
      status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'substitute', 'observer')),
      absence_reason TEXT NOT NULL DEFAULT '',
      substitute_for TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL,
      ${common}
    ) STRICT;
    CREATE INDEX meeting_attendance_meeting ON meeting_attendance (meeting_id, deleted, sort_order);

    CREATE TABLE meeting_agenda_items (
      id TEXT PRIMARY KEY NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      category INTEGER NOT NULL CHECK (category BETWEEN 1 AND 5),
      sort_order INTEGER NOT NULL,
      title_en TEXT NOT NULL DEFAULT '',
      title_th TEXT NOT NULL DEFAULT '',
      discussion_en TEXT NOT NULL DEFAULT '',
      discussion_th TEXT NOT NULL DEFAULT '',
      resolution_en TEXT NOT NULL DEFAULT '',
      resolution_th TEXT NOT NULL DEFAULT '',
      ${common}
    ) STRICT;
    CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, deleted, category, sort_order);

    -- Provisions the user adds (draft sections of the new Immigration Act); the shipped ones
    -- stay in legal_provisions. An (instrument, section) lives in one of the two tables only.
    CREATE TABLE meeting_provisions (
      id TEXT PRIMARY KEY NOT NULL,
      instrument_code TEXT NOT NULL REFERENCES legal_instruments (code),
      section TEXT NOT NULL,
      title_en TEXT NOT NULL DEFAULT '',
      title_th TEXT NOT NULL DEFAULT '',
      draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1)),
      ${common}
    ) STRICT;
    CREATE UNIQUE INDEX meeting_provisions_section ON meeting_provisions (instrument_code, section) WHERE deleted = 0;

    CREATE TABLE meeting_item_provisions (
      id TEXT PRIMARY KEY NOT NULL,
      agenda_item_id TEXT NOT NULL REFERENCES meeting_agenda_items (id),
      instrument_code TEXT NOT NULL,
      section TEXT NOT NULL,
      consensus INTEGER CHECK (consensus IS NULL OR consensus IN (0, 1)),
      sort_order INTEGER NOT NULL,
      ${common}
    ) STRICT;
    CREATE UNIQUE INDEX meeting_item_provisions_once
      ON meeting_item_provisions (agenda_item_id, instrument_code, section) WHERE deleted = 0;

    CREATE TABLE meeting_positions (
      id TEXT PRIMARY KEY NOT NULL,
      item_provision_id TEXT NOT NULL REFERENCES meeting_item_provisions (id),
      agency_code TEXT NOT NULL,
      position TEXT NOT NULL CHECK (position IN ('support', 'support_with_amendments', 'oppose', 'no_position')),
      note TEXT NOT NULL DEFAULT '',
      ${common}
    ) STRICT;
    CREATE UNIQUE INDEX meeting_positions_once ON meeting_positions (item_provision_id, agency_code) WHERE deleted = 0;

    CREATE TABLE meeting_follow_ups (
      id TEXT PRIMARY KEY NOT NULL,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      agenda_item_id TEXT REFERENCES meeting_agenda_items (id),
      text_en TEXT NOT NULL DEFAULT '',
      text_th TEXT NOT NULL DEFAULT '',
      owner_agency_code TEXT,
      due_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
      action_id TEXT REFERENCES actions (id),
      sort_order INTEGER NOT NULL,
      ${common}
    ) STRICT;
    CREATE INDEX meeting_follow_ups_meeting ON meeting_follow_ups (meeting_id, deleted, sort_order);
  `,
} as const;

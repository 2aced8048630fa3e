/**
 * Migration 2: interviews, the first evidence table. Identities never sit here (they go to
 * the identity vault); the pseudonym code is the only handle on a person.
 */
export const migration0002 = {
  version: 2,
  name: 'interviews',
  sql: /* sql */ `
    CREATE TABLE interviews (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      category TEXT NOT NULL,
      agency_code TEXT,
      location TEXT NOT NULL DEFAULT '',
      month TEXT,
      interview_date TEXT,
      language TEXT NOT NULL DEFAULT 'th',
      interpreter TEXT NOT NULL DEFAULT '',
      consent TEXT NOT NULL DEFAULT '{}',
      notes TEXT NOT NULL DEFAULT '',
      sensitivity TEXT NOT NULL DEFAULT 'internal',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;

    CREATE INDEX interviews_category ON interviews (category, deleted, code);
    CREATE INDEX interviews_agency ON interviews (agency_code, deleted, code);
  `,
} as const;

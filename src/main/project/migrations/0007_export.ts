/**
 * Migration 7: saved export profiles (issue 4). A profile is a small JSON object validated by
 * exportProfileSchema on every read and write; the CHECK only keeps the column a JSON object so
 * a row written by any path still parses. Names are unique among live rows only: a tombstoned
 * profile's name can be saved again.
 */
export const migration0007 = {
  version: 7,
  name: 'export profiles',
  sql: /* sql */ `
    CREATE TABLE export_profiles (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      profile TEXT NOT NULL CHECK (json_valid(profile) AND json_type(profile) = 'object'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX export_profiles_live_name ON export_profiles (name) WHERE deleted = 0;
  `,
};

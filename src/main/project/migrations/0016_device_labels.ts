/**
 * Migration 16: the names of the computers that worked on the file (issue 6, audit trail).
 *
 * Events, comments and updated_by record a device id (a random UUID per installation), never a
 * person. A user may give their computer a name ("Assessor 2 – Mae Sot laptop"); the app writes
 * it here under the device id when a project is opened or created and when the name changes, so
 * the name travels with the file (copies, merges, review copies) and the audit trail, its annex
 * and review comments can show it. Names are looked up when shown: the audit chain never holds
 * them. The house columns (timestamps, updated_by, tombstone) make it a record table like any
 * other for counts and merges.
 */
export const migration0016 = {
  version: 16,
  name: 'device labels',
  sql: /* sql */ `
    CREATE TABLE device_labels (
      id TEXT PRIMARY KEY NOT NULL,
      label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
  `,
} as const;

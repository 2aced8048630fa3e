/**
 * Migration 15: merging assessors' project files (issue 6).
 *
 * merge_conflicts holds each field that both files changed to different values since they
 * last met, side by side, until the user keeps this file's value or takes the other's. The
 * record id is the key of the row as text (a JSON array for a composite key); field is a
 * column name, or '@<table>' for a set of child rows (links, chunks) replaced as a whole.
 * Values are JSON text. The table holds content, so it is never merged or copied onwards.
 *
 * merge_bases records where two files last met: the other file's audit head (event id and
 * hash) and this file's audit sequence number right after the merge. The next merge reads
 * "changed since they last met" from the two audit chains and updated_at after those points,
 * so no copy of the other file's rows has to be kept.
 */
export const migration0015 = {
  version: 15,
  name: 'merge conflicts and bases',
  sql: /* sql */ `
    CREATE TABLE merge_conflicts (
      id TEXT PRIMARY KEY NOT NULL,
      table_name TEXT NOT NULL,
      record_id TEXT NOT NULL,
      field TEXT NOT NULL,
      into_value TEXT NOT NULL CHECK (json_valid(into_value)),
      from_value TEXT NOT NULL CHECK (json_valid(from_value)),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'taken')),
      created_at TEXT NOT NULL,
      resolved_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX merge_conflicts_open ON merge_conflicts (table_name, record_id, field) WHERE status = 'open';
    CREATE TABLE merge_bases (
      id TEXT PRIMARY KEY NOT NULL,
      from_event_id TEXT NOT NULL,
      from_hash TEXT NOT NULL,
      into_seq INTEGER NOT NULL,
      merged_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX merge_bases_seq ON merge_bases (into_seq);
  `,
} as const;

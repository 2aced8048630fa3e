/**
 * Migration 14: review (issue 6, PRODUCT.md 10): a review status per finding, recommendation,
 * action-plan item and report section (narrative: target_id is the section key), threaded
 * comments, every decision taken (so a review copy can send back the ones made in it), the
 * review packets already imported (importing one twice changes nothing) and the packet
 * decisions held back as conflicts until the user resolves them. Every table carries the
 * house columns (UUID id, timestamps, updated_by, tombstone) so counts and merges treat them
 * like any other record table.
 */
const TARGET_TYPE = `target_type TEXT NOT NULL CHECK (target_type IN ('finding', 'recommendation', 'action', 'narrative'))`;
const STATUS = `status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'changes_requested', 'approved'))`;
const COMMON = `
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL`;

export const migration0014 = {
  version: 14,
  name: 'review statuses, comments and packets',
  sql: /* sql */ `
    CREATE TABLE review_states (
      id TEXT PRIMARY KEY NOT NULL,
      ${TARGET_TYPE},
      target_id TEXT NOT NULL,
      ${STATUS},
      reason TEXT NOT NULL DEFAULT '',
      -- Set when an edit after approval sent the item back to draft (the UI says so and when).
      reopened_at TEXT,${COMMON}
    ) STRICT;
    CREATE UNIQUE INDEX review_states_target ON review_states (target_type, target_id);
    CREATE TABLE review_decisions (
      id TEXT PRIMARY KEY NOT NULL,
      ${TARGET_TYPE},
      target_id TEXT NOT NULL,
      ${STATUS},
      reason TEXT NOT NULL DEFAULT '',
      -- The record's updated_at when the decision was taken: a packet's decision applies only
      -- if the record is still at that version in the project.
      record_updated_at TEXT,
      -- 'local' (taken in this file), 'copy' (taken in a review copy), 'packet' (imported).
      origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'copy', 'packet')),
      decided_at TEXT NOT NULL,
      decided_by TEXT NOT NULL,${COMMON}
    ) STRICT;
    CREATE INDEX review_decisions_target ON review_decisions (target_type, target_id);
    CREATE TABLE review_comments (
      id TEXT PRIMARY KEY NOT NULL,
      ${TARGET_TYPE},
      target_id TEXT NOT NULL,
      parent_id TEXT REFERENCES review_comments (id),
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      -- 'local', 'copy' (written in a review copy, goes into its packet) or 'packet' (imported).
      origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'copy', 'packet')),${COMMON}
    ) STRICT;
    CREATE INDEX review_comments_target ON review_comments (target_type, target_id);
    CREATE TABLE review_packets (
      id TEXT PRIMARY KEY NOT NULL,
      copy_id TEXT NOT NULL,
      comments INTEGER NOT NULL,
      decisions INTEGER NOT NULL,
      conflicts INTEGER NOT NULL,${COMMON}
    ) STRICT;
    CREATE TABLE review_conflicts (
      -- The decision's own id: the same decision in a later packet is not listed twice.
      id TEXT PRIMARY KEY NOT NULL,
      packet_id TEXT NOT NULL REFERENCES review_packets (id),
      ${TARGET_TYPE},
      target_id TEXT NOT NULL,
      ${STATUS},
      reason TEXT NOT NULL DEFAULT '',
      record_updated_at TEXT,
      current_updated_at TEXT,
      decided_at TEXT NOT NULL,
      decided_by TEXT NOT NULL,
      -- NULL while it waits for the user; 'accepted' or 'dismissed' afterwards.
      resolution TEXT CHECK (resolution IN ('accepted', 'dismissed')),
      resolved_at TEXT,${COMMON}
    ) STRICT;
  `,
};

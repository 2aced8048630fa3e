/**
 * Migration 14: review (issue 6, PRODUCT.md 10): a review status per finding, recommendation,
 * action-plan item and report section, threaded comments, and the review packets already
 * imported (importing one twice changes nothing). The review helper owns this file and may
 * change the SQL until it is committed.
 */
export const migration0014 = {
  version: 14,
  name: 'review statuses, comments and packets',
  sql: /* sql */ `
    CREATE TABLE review_states (
      target_type TEXT NOT NULL CHECK (target_type IN ('finding', 'recommendation', 'action', 'narrative')),
      target_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'changes_requested', 'approved')),
      reason TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (target_type, target_id)
    );
    CREATE TABLE review_comments (
      id TEXT PRIMARY KEY,
      target_type TEXT NOT NULL CHECK (target_type IN ('finding', 'recommendation', 'action', 'narrative')),
      target_id TEXT NOT NULL,
      parent_id TEXT REFERENCES review_comments (id),
      author TEXT NOT NULL,
      body TEXT NOT NULL,
      origin TEXT NOT NULL DEFAULT 'local',
      deleted INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX review_comments_target ON review_comments (target_type, target_id);
    CREATE TABLE review_packets (
      id TEXT PRIMARY KEY,
      imported_at TEXT NOT NULL,
      comments INTEGER NOT NULL,
      decisions INTEGER NOT NULL,
      conflicts INTEGER NOT NULL
    );
  `,
};

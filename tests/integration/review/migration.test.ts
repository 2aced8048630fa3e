/**
 * Migration 14 on a version-13 file: the review tables arrive empty and nothing that was there
 * changes; one status row per item, with an id every file derives alike (for merging).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/project/cipher';
import { migrate } from '../../../src/main/project/migrate';
import { MIGRATIONS } from '../../../src/main/project/migrations';
import { reviewStateId } from '../../../src/main/services/review';
import { contentHash, tableNames } from '../../helpers/project';

const REVIEW_TABLES = ['review_comments', 'review_conflicts', 'review_decisions', 'review_packets', 'review_states'];
let db: Db | null = null;

afterEach(() => {
  db?.close();
  db = null;
});

describe('migration 0014 (review)', () => {
  it('adds the review tables to a version-13 file and leaves the rest as it was', () => {
    db = new Database(':memory:') as unknown as Db;
    migrate(db, MIGRATIONS.slice(0, 13));
    expect(tableNames(db).filter((name) => name.startsWith('review_'))).toEqual([]);
    const before = contentHash(db);
    migrate(db, MIGRATIONS.slice(0, 14));
    expect(db.pragma('user_version', { simple: true })).toBe(14);
    expect(tableNames(db).filter((name) => name.startsWith('review_'))).toEqual(REVIEW_TABLES);
    expect(contentHash(db, REVIEW_TABLES)).toBe(before);
    for (const table of REVIEW_TABLES) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
  });

  it('keeps one status per item and refuses a status outside the workflow', () => {
    db = new Database(':memory:') as unknown as Db;
    migrate(db);
    const insert = db.prepare(
      `INSERT INTO review_states (id, target_type, target_id, status, created_at, updated_at, updated_by)
       VALUES (?, 'finding', 'f-1', ?, 'now', 'now', 'device')`,
    );
    insert.run('a', 'draft');
    expect(() => insert.run('b', 'approved')).toThrow(/UNIQUE/);
    expect(() =>
      db
        ?.prepare(
          `INSERT INTO review_states (id, target_type, target_id, status, created_at, updated_at, updated_by)
         VALUES ('c', 'finding', 'f-2', 'published', 'now', 'now', 'device')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe('status row ids', () => {
  it('are the same UUID for the same item in every file, and differ between items', () => {
    const id = reviewStateId('finding', '5b0c8f0e-0000-4000-8000-000000000001');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reviewStateId('finding', '5b0c8f0e-0000-4000-8000-000000000001')).toBe(id);
    expect(reviewStateId('action', '5b0c8f0e-0000-4000-8000-000000000001')).not.toBe(id);
    expect(reviewStateId('narrative', 'background')).not.toBe(reviewStateId('narrative', 'cross_cutting'));
  });
});

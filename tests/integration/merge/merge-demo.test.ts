/**
 * Merging across the whole data model (issue 6): two copies of the demo project, edited
 * differently in evidence, findings, recommendations and their links, the action plan,
 * meetings, the curriculum and ToT. Everything one side changed arrives; the field both
 * changed differently is a conflict; foreign keys hold; the result verifies; twice = no change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeFromFile } from '../../../src/main/merge/merge';
import type { Db } from '../../../src/main/project/cipher';
import { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { contentHash, makeProject, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let dir: string;

/** An edit as the services make it: the row, its updated_at, an audit event naming the fields. */
function edit(project: ProjectFile, table: string, id: string, fields: Record<string, unknown>): void {
  project.write((ctx) => {
    const columns = Object.keys(fields);
    ctx.db
      .prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now, updated_by = @actor WHERE id = @id`)
      .run({ ...fields, now: ctx.now, actor: ctx.actor, id });
    const camel = columns.map((c) => c.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase()));
    ctx.audit(`${table}.updated`, table, id, { fields: camel });
  });
}

const firstId = (db: Db, table: string) =>
  (db.prepare(`SELECT id FROM ${table} WHERE deleted = 0 ORDER BY id LIMIT 1`).get() as { id: string }).id;

beforeAll(() => {
  dir = makeTempDir('merge-demo');
  const project = makeProject(dir, 'demo.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  project.close();
}, 120_000);

afterAll(() => removeTempDir(dir));

describe('merging two copies of the demo project', () => {
  it('brings every one-sided change across the data model, one conflict, foreign keys intact, verifiable, idempotent', () => {
    fs.copyFileSync(path.join(dir, 'demo.bmma'), path.join(dir, 'into.bmma'));
    fs.copyFileSync(path.join(dir, 'demo.bmma'), path.join(dir, 'from.bmma'));
    const into = ProjectFile.open(path.join(dir, 'into.bmma'), PASSPHRASE, { actor: 'a' });
    const from = ProjectFile.open(path.join(dir, 'from.bmma'), PASSPHRASE, { actor: 'b' });
    try {
      const ids = from.read((db) =>
        Object.fromEntries(
          ['findings', 'recommendations', 'actions', 'meetings', 'curriculum_modules', 'tot_events', 'site_visits', 'documents'].map(
            (t) => [t, firstId(db, t)],
          ),
        ),
      ) as Record<string, string>;
      edit(from, 'findings', ids['findings']!, { statement_en: 'Finding edited there' });
      edit(from, 'actions', ids['actions']!, { action_en: 'Action edited there' });
      edit(from, 'meetings', ids['meetings']!, { title_en: 'Meeting edited there' });
      edit(from, 'curriculum_modules', ids['curriculum_modules']!, { title_en: 'Module edited there' });
      // The module's links to findings change with it (a set following its parent), audited
      // under the module as the curriculum service does ('findingIds').
      from.write((ctx) => {
        ctx.db.prepare('DELETE FROM module_findings WHERE module_id = ?').run(ids['curriculum_modules']);
        ctx.db.prepare('INSERT INTO module_findings (module_id, finding_id) VALUES (?, ?)').run(ids['curriculum_modules'], ids['findings']);
        ctx.audit('curriculum.moduleUpdated', 'module', ids['curriculum_modules'], { fields: ['findingIds'] });
      });
      edit(from, 'tot_events', ids['tot_events']!, { venue: 'Venue edited there' });
      edit(from, 'site_visits', ids['site_visits']!, { observations: 'Observed there' });
      edit(into, 'documents', ids['documents']!, { notes: 'Document notes here' });
      edit(into, 'recommendations', ids['recommendations']!, { text_en: 'Recommendation here' });
      edit(from, 'recommendations', ids['recommendations']!, { text_en: 'Recommendation there' });
      from.close();

      const counts = mergeFromFile(into, path.join(dir, 'from.bmma'), PASSPHRASE);
      expect(counts).toMatchObject({ added: 0, updated: 6, conflicts: 1 });
      const value = (table: string, column: string) =>
        into.read((db) => (db.prepare(`SELECT ${column} AS v FROM ${table} WHERE id = ?`).get(ids[table]) as { v: unknown }).v);
      expect(value('findings', 'statement_en')).toBe('Finding edited there');
      expect(value('actions', 'action_en')).toBe('Action edited there');
      expect(value('meetings', 'title_en')).toBe('Meeting edited there');
      expect(value('curriculum_modules', 'title_en')).toBe('Module edited there');
      expect(value('tot_events', 'venue')).toBe('Venue edited there');
      const links = into.read((db) => db.prepare('SELECT finding_id FROM module_findings WHERE module_id = ?').all(ids['curriculum_modules']));
      expect(links).toEqual([{ finding_id: ids['findings'] }]);
      expect(value('site_visits', 'observations')).toBe('Observed there');
      expect(value('documents', 'notes')).toBe('Document notes here');
      expect(value('recommendations', 'text_en')).toBe('Recommendation here');
      expect(into.read((db) => db.prepare('PRAGMA foreign_key_check').all())).toEqual([]);
      expect(into.checkIntegrity().ok).toBe(true);
      const hash = into.read((db) => contentHash(db));
      expect(mergeFromFile(into, path.join(dir, 'from.bmma'), PASSPHRASE)).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
      expect(into.read((db) => contentHash(db))).toBe(hash);
    } finally {
      into.close();
      if (from.isOpen) from.close();
    }
  }, 120_000);
});

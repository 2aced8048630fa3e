/**
 * Property test of the merge (issue 6): random sequences of edits on two copies of one small
 * project (added on each side, fields edited, records deleted), then FROM merged into INTO.
 * Checked against a model of what each side changed: no record or field lost, conflicts exactly
 * where both sides changed the same field to different values (and a deletion against an edit),
 * the merge idempotent, and the result passing the integrity and audit checks of `bmma verify`.
 * Kept fast: three records, a handful of runs (each run opens real encrypted files).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeFromFile } from '../../../src/main/merge/merge';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview, deleteInterview, updateInterview } from '../../../src/main/services/interviews';
import { interviewInput } from '../../helpers/interviews';
import { contentHash, makeProject, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

type Field = 'location' | 'notes';
type Op =
  | { kind: 'edit'; record: number; field: Field }
  | { kind: 'delete'; record: number }
  | { kind: 'add' };

const RECORDS = 3;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), record: fc.nat(RECORDS - 1), field: fc.constantFrom<Field>('location', 'notes') }),
  fc.record({ kind: fc.constant('delete' as const), record: fc.nat(RECORDS - 1) }),
  fc.constant({ kind: 'add' as const }),
);

interface Model {
  /** Final values of the fields this side changed, by record index ('deleted' as 1). */
  changed: Map<number, Map<string, unknown>>;
  added: Map<string, { location: string; notes: string }>;
}

interface Row {
  id: string;
  location: string;
  notes: string;
  deleted: number;
}

let dir: string;
let base: string;
let ids: string[];
let run = 0;

beforeAll(() => {
  dir = makeTempDir('merge-property');
  const project = makeProject(dir, 'base.bmma', { backupOnOpen: false });
  ids = Array.from({ length: RECORDS }, (_, n) =>
    createInterview(project, interviewInput('official', { location: `Base ${n}`, notes: `Base notes ${n}` })).id,
  );
  project.close();
  base = path.join(dir, 'base.bmma');
});

afterAll(() => removeTempDir(dir));

/** Applies the ops through the services; every value is new, so no edit ever returns to the base. */
function apply(project: ProjectFile, ops: readonly Op[], side: 'into' | 'from'): Model {
  const model: Model = { changed: new Map(), added: new Map() };
  ops.forEach((op, n) => {
    if (op.kind === 'add') {
      const value = { location: `${side} added ${n}`, notes: `${side} added notes ${n}` };
      // Each side adds in its own category: interview codes are numbered per category.
      const created = createInterview(project, interviewInput(side === 'into' ? 'stakeholder' : 'focus_group', value));
      model.added.set(created.id, value);
      return;
    }
    const fields = model.changed.get(op.record) ?? new Map<string, unknown>();
    if (fields.get('deleted') === 1) return;
    if (op.kind === 'delete') {
      deleteInterview(project, ids[op.record]!);
      fields.set('deleted', 1);
    } else {
      const value = `${side} ${op.field} ${n}`;
      updateInterview(project, { id: ids[op.record]!, [op.field]: value });
      fields.set(op.field, value);
    }
    model.changed.set(op.record, fields);
  });
  return model;
}

/** The values every record had in the base file. */
const baseValue = (record: number, field: Field) => (field === 'location' ? `Base ${record}` : `Base notes ${record}`);

function rows(project: ProjectFile): Map<string, Row> {
  const list = project.read((db) => db.prepare('SELECT id, location, notes, deleted FROM interviews').all()) as Row[];
  return new Map(list.map((r) => [r.id, r]));
}

describe('merge property', () => {
  it('loses nothing, conflicts exactly where both sides changed a field differently, and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 6 }), fc.array(opArb, { maxLength: 6 }), (intoOps, fromOps) => {
        run += 1;
        const intoPath = path.join(dir, `into-${run}.bmma`);
        const fromPath = path.join(dir, `from-${run}.bmma`);
        fs.copyFileSync(base, intoPath);
        fs.copyFileSync(base, fromPath);
        const into = ProjectFile.open(intoPath, PASSPHRASE, { actor: 'a' });
        try {
          const from = ProjectFile.open(fromPath, PASSPHRASE, { actor: 'b' });
          const intoModel = apply(into, intoOps, 'into');
          const fromModel = apply(from, fromOps, 'from');
          const fromRows = rows(from);
          from.close();
          const intoBefore = rows(into);

          const counts = mergeFromFile(into, fromPath, PASSPHRASE);
          const merged = rows(into);
          const conflicts = into.read((db) =>
            db.prepare("SELECT record_id, field FROM merge_conflicts WHERE status = 'open'").all(),
          ) as { record_id: string; field: string }[];

          // Every record of either side is there; additions carry their values.
          for (const id of [...intoBefore.keys(), ...fromRows.keys()]) expect(merged.has(id)).toBe(true);
          for (const [id, value] of [...intoModel.added, ...fromModel.added]) {
            expect(merged.get(id)).toMatchObject(value);
          }
          // Field by field against the model.
          const expectedConflicts: string[] = [];
          ids.forEach((id, record) => {
            const mine = intoModel.changed.get(record) ?? new Map<string, unknown>();
            const theirs = fromModel.changed.get(record) ?? new Map<string, unknown>();
            const row = merged.get(id)!;
            for (const field of ['location', 'notes'] as const) {
              const both = mine.has(field) && theirs.has(field) && mine.get(field) !== theirs.get(field);
              if (both) expectedConflicts.push(`${id}:${field}`);
              // Ours wins meanwhile in a conflict; otherwise whichever side changed it.
              const want = mine.has(field) ? mine.get(field) : theirs.has(field) ? theirs.get(field) : intoBefore.get(id)![field];
              expect(row[field], `${record}.${field}`).toBe(want);
            }
            const intoDeleted = mine.get('deleted') === 1;
            const fromDeleted = theirs.get('deleted') === 1;
            const otherEdited = (other: Map<string, unknown>, deleter: Map<string, unknown>) =>
              (['location', 'notes'] as const).some((f) => other.has(f) && other.get(f) !== (deleter.get(f) ?? baseValue(record, f)));
            const deletionConflict =
              (fromDeleted && !intoDeleted && otherEdited(mine, theirs)) || (intoDeleted && !fromDeleted && otherEdited(theirs, mine));
            if (deletionConflict) expectedConflicts.push(`${id}:deleted`);
            expect(row.deleted, `${record}.deleted`).toBe(intoDeleted || (fromDeleted && !deletionConflict) ? 1 : 0);
          });
          expect(conflicts.map((c) => `${c.record_id}:${c.field}`).sort()).toEqual(expectedConflicts.sort());
          expect(counts.conflicts).toBe(expectedConflicts.length);

          // Idempotent, and the result verifies.
          const hash = into.read((db) => contentHash(db));
          expect(mergeFromFile(into, fromPath, PASSPHRASE)).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
          expect(into.read((db) => contentHash(db))).toBe(hash);
          expect(into.checkIntegrity().ok).toBe(true);
        } finally {
          into.close();
          fs.rmSync(intoPath, { force: true });
          fs.rmSync(fromPath, { force: true });
        }
      }),
      { numRuns: 6, seed: 6006 },
    );
  }, 180_000);
});

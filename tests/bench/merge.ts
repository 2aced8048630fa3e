/**
 * Merge benchmark (issue 6, target <= 2 s for 10,000 records): two encrypted copies of one
 * project; FROM holds 10,000 interviews (5,000 shared with INTO, 1,000 of them edited in FROM,
 * 5,000 added in FROM), INTO edited 500 of the shared ones (250 on the same field as FROM:
 * conflicts). `bmma merge` is timed end to end (open FROM, plan, one transaction, search index)
 * against a naive baseline in the same run: open FROM and copy its 10,000 rows row by row into
 * the same INTO (select by id, then update or insert: last writer wins, no conflicts, no index).
 * Each round starts from fresh copies of INTO; the two alternate which goes first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mergeFromFile } from '../../src/main/merge/merge';
import { ProjectFile } from '../../src/main/project/project-file';
import { createInterviews } from '../../src/main/services/interviews';
import { batches, elapsed, interviewInputs, PASSPHRASE } from './workloads';

const SHARED = 5_000;
const ADDED = 5_000;
const FROM_EDITS = 1_000;
const INTO_EDITS = 500;
const ROUNDS = 3;
const OPTIONS = { actor: 'bench-device' };

export interface MergeBenchReport {
  records: number;
  mergeMs: number[];
  baselineMs: number[];
  medianMergeMs: number;
  medianBaselineMs: number;
  ratio: number;
  counts: { added: number; updated: number; conflicts: number };
  targetMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Edits `count` interviews from `start` the way the services do: a write, an event with the field names. */
function editInterviews(project: ProjectFile, ids: readonly string[], start: number, count: number, field: 'location' | 'notes', label: string): void {
  project.write((ctx) => {
    const update = ctx.db.prepare(`UPDATE interviews SET ${field} = ?, updated_at = ?, updated_by = ? WHERE id = ?`);
    for (let i = start; i < start + count; i += 1) {
      update.run(`${label} ${i}`, ctx.now, ctx.actor, ids[i]);
      ctx.audit('interview.updated', 'interview', ids[i], { fields: [field] });
    }
  });
}

function addInterviews(project: ProjectFile, count: number, seed: number): string[] {
  const ids: string[] = [];
  for (const batch of batches(interviewInputs(count, seed), 500)) ids.push(...createInterviews(project, batch).map((i) => i.id));
  return ids;
}

/** The naive baseline: every FROM row looked up in INTO by id, then updated or inserted. */
function naiveCopy(intoFile: string, fromFile: string): void {
  const into = ProjectFile.open(intoFile, PASSPHRASE, OPTIONS);
  const from = ProjectFile.open(fromFile, PASSPHRASE, { ...OPTIONS, readOnly: true });
  try {
    const rows = from.read((db) => db.prepare('SELECT * FROM interviews').all()) as Record<string, unknown>[];
    const columns = Object.keys(rows[0] ?? {});
    into.write((ctx) => {
      for (const row of rows) {
        const found = ctx.db.prepare('SELECT id FROM interviews WHERE id = ?').get(row['id']);
        if (found) {
          ctx.db
            .prepare(`UPDATE interviews SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`)
            .run(...columns.map((c) => row[c]), row['id']);
        } else {
          ctx.db
            .prepare(`INSERT INTO interviews (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
            .run(...columns.map((c) => row[c]));
        }
      }
    });
  } finally {
    from.close();
    into.close();
  }
}

export function runMergeBench(dir: string, progress: (message: string) => void): MergeBenchReport {
  progress(`building the base project (${SHARED} interviews)`);
  const baseFile = path.join(dir, 'merge-base.bmma');
  const base = ProjectFile.create(baseFile, { title: 'Merge bench', language: 'th', calendar: 'BE', passphrase: PASSPHRASE }, OPTIONS);
  const shared = addInterviews(base, SHARED, 61);
  base.close();
  const intoBase = path.join(dir, 'merge-into-base.bmma');
  const fromFile = path.join(dir, 'merge-from.bmma');
  fs.copyFileSync(baseFile, intoBase);
  fs.copyFileSync(baseFile, fromFile);
  progress(`editing the copies (FROM: ${FROM_EDITS} edits, ${ADDED} added; INTO: ${INTO_EDITS} edits)`);
  const from = ProjectFile.open(fromFile, PASSPHRASE, OPTIONS);
  editInterviews(from, shared, 0, FROM_EDITS, 'location', 'from');
  addInterviews(from, ADDED, 62);
  from.close();
  const into = ProjectFile.open(intoBase, PASSPHRASE, OPTIONS);
  // The first half overlaps FROM's edits on the same field (conflicts), the second half does not.
  editInterviews(into, shared, FROM_EDITS - INTO_EDITS / 2, INTO_EDITS, 'location', 'into');
  into.close();

  const mergeMs: number[] = [];
  const baselineMs: number[] = [];
  let counts = { added: 0, updated: 0, conflicts: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    const runs: Array<() => void> = [
      () => {
        const file = path.join(dir, `merge-into-${round}.bmma`);
        fs.copyFileSync(intoBase, file);
        const project = ProjectFile.open(file, PASSPHRASE, OPTIONS);
        try {
          mergeMs.push(elapsed(() => (counts = mergeFromFile(project, fromFile, PASSPHRASE))));
        } finally {
          project.close();
        }
      },
      () => {
        const file = path.join(dir, `naive-into-${round}.bmma`);
        fs.copyFileSync(intoBase, file);
        // The open of INTO is outside the timing on both sides.
        baselineMs.push(elapsed(() => naiveCopy(file, fromFile)));
      },
    ];
    for (const run of round % 2 === 0 ? runs : [...runs].reverse()) run();
    progress(`round ${round + 1}/${ROUNDS}: merge ${mergeMs.at(-1)!.toFixed(0)} ms, naive ${baselineMs.at(-1)!.toFixed(0)} ms`);
  }
  const medianMergeMs = median(mergeMs);
  const medianBaselineMs = median(baselineMs);
  return {
    records: SHARED + ADDED,
    mergeMs,
    baselineMs,
    medianMergeMs,
    medianBaselineMs,
    ratio: medianMergeMs / medianBaselineMs,
    counts: { added: counts.added, updated: counts.updated, conflicts: counts.conflicts },
    targetMs: 2_000,
  };
}

export function printMergeTable(report: MergeBenchReport): void {
  const ok = report.medianMergeMs <= report.targetMs ? 'ok' : 'OVER TARGET';
  console.log(`records in FROM         ${report.records}`);
  console.log(`merge (median)          ${report.medianMergeMs.toFixed(0)} ms   target <= ${report.targetMs} ms: ${ok}`);
  console.log(`naive row-by-row copy   ${report.medianBaselineMs.toFixed(0)} ms`);
  console.log(`ratio merge / naive     ${report.ratio.toFixed(2)}x`);
  console.log(
    `merged                  ${report.counts.added} added, ${report.counts.updated} updated, ${report.counts.conflicts} conflicts`,
  );
}

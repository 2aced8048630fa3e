/**
 * Merge benchmark (issue 6, target <= 2 s for a 10,000-record merge), two workloads on
 * encrypted copies of one project, each timed end to end (`mergeFromFile`: open FROM, plan, one
 * transaction, search index) against a naive baseline in the same run: open FROM and copy its
 * rows one by one into the same INTO (select by key, then update or insert: last writer wins, no
 * conflicts, no search index). Each round starts from fresh copies of INTO; the two alternate
 * which goes first.
 *
 * - "assessor's file" (the target): the file one assessor filled on their laptop merged into the
 *   team's copy. Both start from the same new project; FROM holds the demo at a scale giving
 *   10,000+ records of every kind (interviews, passages, site visits, documents, ratings,
 *   findings, the action plan with status updates, meetings, curriculum, ToT); INTO has 100
 *   interviews of its own whose codes clash with FROM's (renumbered on the way in).
 * - "heavy notes" (a stress case, not the target): 10,000 interviews with 4 KB Thai notes each
 *   (5,000 shared with INTO, 1,000 of them edited in FROM, 5,000 added in FROM); INTO edited 500
 *   shared ones (250 on the same field as FROM: conflicts). About 60 MB of rows and search index
 *   are written, so the time is bound by encrypting and writing pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mergeFromFile } from '../../src/main/merge/merge';
import { ProjectFile } from '../../src/main/project/project-file';
import { createInterviews } from '../../src/main/services/interviews';
import { fillDemo } from '../../src/main/services/demo/build';
import { MERGE_TABLES } from '../../src/main/merge/tables';
import { batches, elapsed, interviewInputs, PASSPHRASE } from './workloads';

const SHARED = 5_000;
const ADDED = 5_000;
const FROM_EDITS = 1_000;
const INTO_EDITS = 500;
const ROUNDS = 3;
/** Demo scale giving FROM 10,000+ records (10,610 rows of merged tables at 60). */
const DEMO_SCALE = 60;
const OPTIONS = { actor: 'bench-device' };

export interface MergeWorkloadReport {
  name: string;
  /** Records (rows of merged tables) in FROM. */
  records: number;
  mergeMs: number[];
  baselineMs: number[];
  medianMergeMs: number;
  medianBaselineMs: number;
  ratio: number;
  counts: { added: number; updated: number; conflicts: number };
  /** The issue's target applies to the assessor's-file workload; null for the stress case. */
  targetMs: number | null;
}

export interface MergeBenchReport {
  workloads: MergeWorkloadReport[];
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

/** The naive baseline: every FROM row of every merged table looked up in INTO by key, then updated or inserted. */
function naiveCopy(intoFile: string, fromFile: string): void {
  const into = ProjectFile.open(intoFile, PASSPHRASE, OPTIONS);
  const from = ProjectFile.open(fromFile, PASSPHRASE, { ...OPTIONS, readOnly: true });
  try {
    into.write((ctx) => {
      ctx.db.pragma('defer_foreign_keys = ON');
      for (const table of MERGE_TABLES) {
        if (table.kind === 'skip') continue;
        const rows = from.read((db) => db.prepare(`SELECT * FROM ${table.name}`).all()) as Record<string, unknown>[];
        if (rows.length === 0) continue;
        const columns = Object.keys(rows[0]!);
        const where = table.key.map((k) => `${k} = ?`).join(' AND ');
        const find = ctx.db.prepare(`SELECT 1 FROM ${table.name} WHERE ${where}`);
        const update = ctx.db.prepare(`UPDATE ${table.name} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${where}`);
        const insert = ctx.db.prepare(
          `INSERT OR REPLACE INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) {
          const key = table.key.map((k) => row[k]);
          if (find.get(...key)) update.run(...columns.map((c) => row[c]), ...key);
          else insert.run(...columns.map((c) => row[c]));
        }
      }
    });
  } finally {
    from.close();
    into.close();
  }
}

function countMerged(file: string): number {
  const project = ProjectFile.open(file, PASSPHRASE, { ...OPTIONS, readOnly: true });
  try {
    return project.read((db) =>
      MERGE_TABLES.filter((t) => t.kind !== 'skip').reduce(
        (sum, t) => sum + (db.prepare(`SELECT count(*) AS n FROM ${t.name}`).get() as { n: number }).n,
        0,
      ),
    );
  } finally {
    project.close();
  }
}

/** Times the merge and the naive copy of fromFile into fresh copies of intoBase, alternating. */
function timeRounds(
  dir: string,
  name: string,
  intoBase: string,
  fromFile: string,
  targetMs: number | null,
  progress: (message: string) => void,
): MergeWorkloadReport {
  const mergeMs: number[] = [];
  const baselineMs: number[] = [];
  let counts = { added: 0, updated: 0, conflicts: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    const runs: Array<() => void> = [
      () => {
        const file = path.join(dir, `${name}-merge-${round}.bmma`);
        fs.copyFileSync(intoBase, file);
        const project = ProjectFile.open(file, PASSPHRASE, OPTIONS);
        try {
          mergeMs.push(elapsed(() => (counts = mergeFromFile(project, fromFile, PASSPHRASE))));
        } finally {
          project.close();
        }
      },
      () => {
        const file = path.join(dir, `${name}-naive-${round}.bmma`);
        fs.copyFileSync(intoBase, file);
        baselineMs.push(elapsed(() => naiveCopy(file, fromFile)));
      },
    ];
    for (const run of round % 2 === 0 ? runs : [...runs].reverse()) run();
    progress(`${name} round ${round + 1}/${ROUNDS}: merge ${mergeMs.at(-1)!.toFixed(0)} ms, naive ${baselineMs.at(-1)!.toFixed(0)} ms`);
  }
  const medianMergeMs = median(mergeMs);
  const medianBaselineMs = median(baselineMs);
  return {
    name,
    records: countMerged(fromFile),
    mergeMs,
    baselineMs,
    medianMergeMs,
    medianBaselineMs,
    ratio: medianMergeMs / medianBaselineMs,
    counts: { added: counts.added, updated: counts.updated, conflicts: counts.conflicts },
    targetMs,
  };
}

function assessorWorkload(dir: string, progress: (message: string) => void): MergeWorkloadReport {
  progress(`assessor's file: the demo at scale ${DEMO_SCALE} in FROM, 100 interviews of its own in INTO`);
  const baseFile = path.join(dir, 'assessor-base.bmma');
  const base = ProjectFile.create(baseFile, { title: 'Merge bench', language: 'th', calendar: 'BE', passphrase: PASSPHRASE }, OPTIONS);
  base.close();
  const intoBase = path.join(dir, 'assessor-into-base.bmma');
  const fromFile = path.join(dir, 'assessor-from.bmma');
  fs.copyFileSync(baseFile, intoBase);
  fs.copyFileSync(baseFile, fromFile);
  const from = ProjectFile.open(fromFile, PASSPHRASE, OPTIONS);
  fillDemo(from, { scale: DEMO_SCALE });
  from.close();
  const into = ProjectFile.open(intoBase, PASSPHRASE, OPTIONS);
  addInterviews(into, 100, 63);
  into.close();
  return timeRounds(dir, 'assessor', intoBase, fromFile, 2_000, progress);
}

function heavyWorkload(dir: string, progress: (message: string) => void): MergeWorkloadReport {
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

  return timeRounds(dir, 'heavy', intoBase, fromFile, null, progress);
}

export function runMergeBench(dir: string, progress: (message: string) => void): MergeBenchReport {
  return { workloads: [assessorWorkload(dir, progress), heavyWorkload(dir, progress)] };
}

export function printMergeTable(report: MergeBenchReport): void {
  for (const w of report.workloads) {
    const target = w.targetMs === null ? 'stress case, no target' : `target <= ${w.targetMs} ms: ${w.medianMergeMs <= w.targetMs ? 'ok' : 'OVER TARGET'}`;
    console.log(`${w.name === 'assessor' ? "assessor's file (demo mix)" : 'heavy notes (4 KB each)'}`);
    console.log(`  records in FROM         ${w.records}`);
    console.log(`  merge (median)          ${w.medianMergeMs.toFixed(0)} ms   ${target}`);
    console.log(`  naive row-by-row copy   ${w.medianBaselineMs.toFixed(0)} ms`);
    console.log(`  ratio merge / naive     ${w.ratio.toFixed(2)}x`);
    console.log(`  merged                  ${w.counts.added} added, ${w.counts.updated} updated, ${w.counts.conflicts} conflicts`);
  }
}

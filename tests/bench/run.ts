/**
 * `npm run bench`: four benchmarks, all by default; `npm run bench -- --only=storage`,
 * `--only=workspace`, `--only=export` or `--only=merge` runs one.
 *
 * Storage: encrypted (SQLCipher 4) vs plain SQLite on an assessment-shaped workload.
 * Both sides use the same schema, the same ProjectFile code path and the same pragmas; only
 * the key differs (OpenOptions.unencrypted).
 *
 * Method: the two projects are open side by side and every unit of work (one bulk
 * transaction, one save, one read) runs on both, alternating which goes first, so that
 * noise from other processes on this shared machine hits both sides alike. A round is one
 * pass over the workload; the ratio reported is the median of the per-round ratios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_KIB, PAGE_SIZE } from '../../src/main/project/cipher';
import type { ProjectFile } from '../../src/main/project/project-file';
import { printTable, summarise, type Measurement, type Row } from './report';
import {
  SIDES,
  batches,
  createProject,
  editPlan,
  elapsed,
  insertBatch,
  interviewInputs,
  openProject,
  readPlan,
  readStep,
  singleEdit,
  timedOpen,
  type ReadStep,
  type Side,
} from './workloads';
import { printExportTable, runExportBench } from './export';
import { DEMO_SCALE, printWorkspaceTable, runWorkspaceBench } from './workspace';
import { printMergeTable, runMergeBench } from './merge';

const INTERVIEWS = 10_000;
const BATCH = 100;
const EDITS = 500;
const READS = 1_000;
/**
 * Rounds per workload: more where a round is cheap, since fsync latency on a shared machine
 * is noisy; the whole run stays under ~3 minutes on 2 cores.
 */
const ROUNDS = { bulk: 3, edits: 7, reads: 5 } as const;
const OPENS = 7;

interface OpenSide {
  project: ProjectFile;
  file: string;
  ids: string[];
}
type Pair = Record<Side, OpenSide>;

/** Alternates which side goes first, so neither always runs on a warmer machine. */
function orderFor(turn: number): readonly Side[] {
  return turn % 2 === 0 ? SIDES : [...SIDES].reverse();
}

/** Runs every unit on both sides, alternately; returns each unit's ms per side. */
function interleaved<U>(
  units: readonly U[],
  round: number,
  run: (side: Side, unit: U) => void,
): Record<Side, number[]> {
  const times: Record<Side, number[]> = { encrypted: [], plain: [] };
  units.forEach((unit, i) => {
    for (const side of orderFor(round + i)) times[side].push(elapsed(() => run(side, unit)));
  });
  return times;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function measurement(name: string, target: number | null): Measurement {
  return { name, encrypted: [], plain: [], target };
}

function record(into: Measurement, times: Record<Side, number[]>, include: (i: number) => boolean = () => true): void {
  for (const side of SIDES) into[side].push(sum(times[side].filter((_, i) => include(i))));
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

function removeProjectFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

function createPair(dir: string, name: string): Pair {
  const make = (side: Side): OpenSide => {
    const project = createProject(dir, side, name);
    return { project, file: project.path, ids: [] };
  };
  return { encrypted: make('encrypted'), plain: make('plain') };
}

function closePair(pair: Pair, remove: boolean): void {
  for (const side of SIDES) {
    pair[side].project.close();
    if (remove) removeProjectFiles(pair[side].file);
  }
}

/** JIT, native module and OS caches warmed on a small project per side; nothing recorded. */
function warmUp(dir: string): void {
  const pair = createPair(dir, 'warmup');
  interleaved(batches(interviewInputs(500, 1), BATCH), 0, (side, batch) =>
    insertBatch(pair[side].project, batch, pair[side].ids),
  );
  interleaved(editPlan(50, 500, 2), 0, (side, edit) => singleEdit(pair[side].project, pair[side].ids, edit));
  interleaved(readPlan(200, 500, 3), 0, (side, step) => readStep(pair[side].project, pair[side].ids, step));
  closePair(pair, false);
  for (const side of SIDES) timedOpen(pair[side].file, side);
  for (const side of SIDES) removeProjectFiles(pair[side].file);
}

/** (a) Each round writes a fresh pair of files; the last pair is kept for (b) and (c). */
function runBulk(dir: string, results: Measurement[]): Pair {
  const units = batches(interviewInputs(INTERVIEWS, 2564), BATCH);
  const bulk = measurement(`(a) bulk: ${INTERVIEWS.toLocaleString('en')} in tx of ${BATCH}`, 2.0);
  let pair: Pair | undefined;
  for (let round = 0; round < ROUNDS.bulk; round += 1) {
    if (pair) closePair(pair, true);
    const current = createPair(dir, `bulk${round}`);
    record(
      bulk,
      interleaved(units, round, (side, batch) => insertBatch(current[side].project, batch, current[side].ids)),
    );
    progress(
      `bulk round ${round + 1}: encrypted ${bulk.encrypted[round]?.toFixed(0)} ms, plain ${bulk.plain[round]?.toFixed(0)} ms`,
    );
    pair = current;
  }
  results.push(bulk);
  if (!pair) throw new Error('no bulk round ran');
  return pair;
}

function runEdits(pair: Pair, results: Measurement[]): void {
  const edits = measurement(`(b) single edits: ${EDITS}, 1 tx each`, 1.3);
  for (let round = 0; round < ROUNDS.edits; round += 1) {
    const plan = editPlan(EDITS, INTERVIEWS, 100 + round);
    record(
      edits,
      interleaved(plan, round, (side, edit) => singleEdit(pair[side].project, pair[side].ids, edit)),
    );
    progress(
      `edits round ${round + 1}: encrypted ${edits.encrypted[round]?.toFixed(0)} ms, plain ${edits.plain[round]?.toFixed(0)} ms`,
    );
  }
  results.push(edits);
}

/** Returns [all reads, look-ups by id, list screens]. */
function readRounds(
  pair: Pair,
  plan: readonly ReadStep[],
  reopen: boolean,
  all: Measurement,
  byId: Measurement,
  lists: Measurement,
): Measurement[] {
  const isId = (i: number) => plan[i]?.kind === 'id';
  for (let round = 0; round < ROUNDS.reads; round += 1) {
    if (reopen) {
      for (const side of SIDES) {
        pair[side].project.close();
        pair[side].project = openProject(pair[side].file, side);
      }
    }
    const times = interleaved(plan, round, (side, step) => readStep(pair[side].project, pair[side].ids, step));
    record(all, times);
    record(byId, times, isId);
    record(lists, times, (i) => !isId(i));
    progress(
      `${reopen ? 'cold ' : ''}reads round ${round + 1}: encrypted ${all.encrypted[round]?.toFixed(0)} ms, plain ${all.plain[round]?.toFixed(0)} ms`,
    );
  }
  return [all, byId, lists];
}

function runReads(pair: Pair, results: Measurement[]): void {
  const plan = readPlan(READS, INTERVIEWS, 11);
  const ids = plan.filter((step) => step.kind === 'id').length;
  const warm = readRounds(
    pair,
    plan,
    false,
    measurement(`(c) mixed reads: ${READS.toLocaleString('en')}`, 1.1),
    measurement(`    of which ${ids} by id`, null),
    measurement(`    of which ${READS - ids} lists by filter`, null),
  );
  // The first screens after opening: the page cache is empty, so each page is read (and on the
  // encrypted side decrypted and authenticated) once. Look-ups by id go first, so that they
  // meet a cold cache rather than pages the list scans loaded. Reported for information.
  const coldPlan = [...plan.filter((step) => step.kind === 'id'), ...plan.filter((step) => step.kind !== 'id')];
  const cold = readRounds(
    pair,
    coldPlan,
    true,
    measurement('    all, just opened (cold cache)', null),
    measurement(`    ${ids} by id, just opened`, null),
    measurement(`    ${READS - ids} lists, just opened`, null),
  );
  results.push(...warm, ...cold);
}

function runOpens(pair: Pair, results: Measurement[]): void {
  for (const side of SIDES) pair[side].project.close();
  const open = measurement(`Open ${INTERVIEWS.toLocaleString('en')}-interview file`, null);
  for (let round = 0; round < OPENS; round += 1) {
    for (const side of orderFor(round)) open[side].push(timedOpen(pair[side].file, side));
  }
  results.push(open);
}

function runStorageBench(): void {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-bench-'));
  const rows: Row[] = [];
  let sizes: Record<Side, number>;
  console.log(
    `BMMA Workbench benchmark: SQLCipher 4 vs plain SQLite, same schema and code path (only the key differs)\n` +
      `${INTERVIEWS.toLocaleString('en')} interviews, ~4 KB Thai/English notes; units alternate between the sides; ` +
      `medians over rounds (bulk ${ROUNDS.bulk}, edits ${ROUNDS.edits}, reads ${ROUNDS.reads}, open ${OPENS});\n` +
      `page cache ${CACHE_KIB / 1024} MiB, page ${PAGE_SIZE} B, WAL, ` +
      `synchronous=FULL; node ${process.version}, ${os.cpus().length} cores`,
  );
  try {
    progress('warming up');
    warmUp(dir);
    const results: Measurement[] = [];
    const pair = runBulk(dir, results);
    runEdits(pair, results);
    runReads(pair, results);
    runOpens(pair, results);
    sizes = { encrypted: fs.statSync(pair.encrypted.file).size, plain: fs.statSync(pair.plain.file).size };
    rows.push(...results.map(summarise));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  printTable(rows, sizes, seconds);

  const report = {
    at: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    loadAverage: os.loadavg(),
    config: {
      interviews: INTERVIEWS,
      batch: BATCH,
      edits: EDITS,
      reads: READS,
      rounds: ROUNDS,
      opens: OPENS,
      cacheKiB: CACHE_KIB,
      pageSize: PAGE_SIZE,
    },
    fileBytes: sizes,
    results: rows,
    seconds,
  };
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync(path.join('.bench', 'last.json'), `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * Workspace: search, dashboard and list screens on the `bmma demo --scale 250` project (see
 * workspace.ts). Search is compared with a LIKE scan of the same texts in the same run.
 */
function runWorkspace(): void {
  const started = Date.now();
  console.log(
    `BMMA Workbench workspace benchmark: demo --scale ${DEMO_SCALE}, encrypted; search via the FTS5 index vs a ` +
      `LIKE '%…%' scan of the same texts in the same run; node ${process.version}, ${os.cpus().length} cores, ` +
      `load ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
  );
  const report = runWorkspaceBench();
  printWorkspaceTable(report);
  const seconds = (Date.now() - started) / 1000;
  console.log(`total ${seconds.toFixed(0)} s`);
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync(
    path.join('.bench', 'workspace.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), ...report, seconds }, null, 2)}\n`,
  );
}

/**
 * Export: the report and the Joint Action Plan from the same demo, against pandoc converting
 * the same content as Markdown (see export.ts).
 */
async function runExport(): Promise<void> {
  const started = Date.now();
  console.log(
    `BMMA Workbench export benchmark: demo --scale ${DEMO_SCALE}, each export in a fresh process vs pandoc on the ` +
      `same content as Markdown, same run; node ${process.version}, ${os.cpus().length} cores, load ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
  );
  const report = await runExportBench();
  printExportTable(report);
  const seconds = (Date.now() - started) / 1000;
  console.log(`total ${seconds.toFixed(0)} s`);
  fs.mkdirSync('.bench', { recursive: true });
  fs.writeFileSync(
    path.join('.bench', 'export.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), ...report, seconds }, null, 2)}\n`,
  );
}

/** Merge (issue 6): 10,000 records from another assessor's copy vs a naive row-by-row copy (see merge.ts). */
function runMerge(): void {
  const started = Date.now();
  console.log(
    `BMMA Workbench merge benchmark: encrypted copies, bmma merge vs a naive row-by-row copy in the same run; ` +
      `node ${process.version}, ${os.cpus().length} cores, load ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-bench-merge-'));
  try {
    const report = runMergeBench(dir, progress);
    printMergeTable(report);
    const seconds = (Date.now() - started) / 1000;
    console.log(`total ${seconds.toFixed(0)} s`);
    fs.mkdirSync('.bench', { recursive: true });
    fs.writeFileSync(
      path.join('.bench', 'merge.json'),
      `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), ...report, seconds }, null, 2)}\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const BENCHES = ['storage', 'workspace', 'export', 'merge'] as const;

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (only !== undefined && !(BENCHES as readonly string[]).includes(only)) {
    console.error(`usage: npm run bench [-- --only=${BENCHES.join('|')}]`);
    process.exitCode = 1;
    return;
  }
  if (only === undefined || only === 'storage') runStorageBench();
  if (only === undefined) console.log('');
  if (only === undefined || only === 'workspace') runWorkspace();
  if (only === undefined) console.log('');
  if (only === undefined || only === 'export') await runExport();
  if (only === undefined) console.log('');
  if (only === undefined || only === 'merge') runMerge();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

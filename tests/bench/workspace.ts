/**
 * The assessment-workspace benchmark (issue 3), on the `bmma demo --scale 250` project
 * (about 11,000 interviews, 2,000 site visits, 5,000 documents, 7,500 action items):
 * - Thai and English full-text search through services/search.ts, p50/p95, against a
 *   LIKE '%…%' scan of the same texts in the same run (target: p95 <= 20 ms, >= 50x faster);
 * - the dashboard (all gaps + area scores + action status), median (target <= 100 ms);
 * - the first page of the interview list, median.
 *
 * The demo is built once and cached in the system temp folder, keyed by the generator
 * version, the file format and a hash of the demo's source, so repeated runs skip the build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProjectFile } from '../../src/main/project/project-file';
import { LATEST_FORMAT_VERSION } from '../../src/main/project/migrations';
import { getDashboard } from '../../src/main/services/dashboard';
import { DEMO_GENERATOR_VERSION, fillDemo } from '../../src/main/services/demo';
import { listInterviews } from '../../src/main/services/interviews';
import { queryIndex, search } from '../../src/main/services/search';
import { buildMatchQuery } from '../../src/main/services/search-text';
import { median } from './report';
import { elapsed } from './workloads';

/** 250 (about 11,000 interviews) unless `--scale=N` is given, e.g. for a quick check of the bench itself. */
export const DEMO_SCALE = Number(
  process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? 250,
);
const PASSPHRASE = 'ด่านแม่สอด workspace bench 2564';
const OPTIONS = { actor: 'bench-device', backupOnOpen: false } as const;

/** Words the demo's notes, visits, documents and plan use; Thai ones occur inside unspaced text. */
const QUERIES = {
  thai: ['ชีวมิติ', 'ค้ามนุษย์', 'ลักลอบ', 'นายหน้า', 'ล่าม', 'บัตรผ่านแดน'],
  english: ['biometric', 'smuggling', 'referral', 'interpreter', 'checkpoint', 'broker'],
} as const;
const SEARCH_ROUNDS = 25;
const SCAN_ROUNDS = 3;
const DASHBOARD_ROUNDS = 15;
const LIST_ROUNDS = 30;

/**
 * The same texts the search index holds (services/search.ts *SearchText, crossing point names
 * included), scanned row by row with LIKE, as a search without an index would.
 */
const SCAN_SQL = /* sql */ `
  SELECT 'interview' AS kind, id FROM interviews
    WHERE deleted = 0 AND (code LIKE @p OR location LIKE @p OR notes LIKE @p)
  UNION ALL SELECT 'site_visit', v.id FROM site_visits v LEFT JOIN crossing_points cp ON cp.code = v.crossing_point_code
    WHERE v.deleted = 0 AND (v.code LIKE @p OR cp.name_en LIKE @p OR cp.name_th LIKE @p OR v.observations LIKE @p
      OR v.checklist LIKE @p)
  UNION ALL SELECT 'document', id FROM documents
    WHERE deleted = 0 AND (code LIKE @p OR title_en LIKE @p OR title_th LIKE @p OR reference LIKE @p OR notes LIKE @p)
  UNION ALL SELECT 'finding', id FROM findings
    WHERE deleted = 0 AND (code LIKE @p OR statement_en LIKE @p OR statement_th LIKE @p)
  UNION ALL SELECT 'recommendation', id FROM recommendations
    WHERE deleted = 0 AND (code LIKE @p OR text_en LIKE @p OR text_th LIKE @p)
  UNION ALL SELECT 'action', id FROM actions
    WHERE deleted = 0 AND (code LIKE @p OR objective_en LIKE @p OR objective_th LIKE @p OR action_en LIKE @p
      OR action_th LIKE @p OR indicator_en LIKE @p OR indicator_th LIKE @p)
  UNION ALL SELECT 'indicator', id FROM indicators
    WHERE deleted = 0 AND (code LIKE @p OR text_en LIKE @p OR text_th LIKE @p OR guidance_en LIKE @p OR guidance_th LIKE @p)`;

export interface WorkspaceRow {
  name: string;
  p50: number;
  p95: number;
  /** The LIKE scan of the same texts, for search rows. */
  baselineP50: number | null;
  baselineP95: number | null;
  /** Scan p50 / search p50 (how many times faster). */
  speedup: number | null;
  target: string;
  pass: boolean;
  samples: number;
}

/** Per search word: how many records match, and the median of each way of finding them. */
export interface QueryFigures {
  query: string;
  matches: number;
  serviceMs: number;
  indexMs: number;
  scanMs: number;
}

export interface WorkspaceReport {
  demoFile: string;
  built: boolean;
  buildSeconds: number | null;
  fileBytes: number;
  counts: Record<string, number>;
  rows: WorkspaceRow[];
  queries: QueryFigures[];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Changes whenever the demo's code or content changes, so a stale cache is never measured. */
function demoSourceHash(): string {
  const folder = path.resolve(__dirname, '../../src/main/services/demo');
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(folder).sort()) hash.update(name).update(fs.readFileSync(path.join(folder, name)));
  return hash.digest('hex').slice(0, 12);
}

function cachePath(): string {
  const key = `demo-g${DEMO_GENERATOR_VERSION}-f${LATEST_FORMAT_VERSION}-s${DEMO_SCALE}-${demoSourceHash()}.bmma`;
  return path.join(os.tmpdir(), 'bmma-bench-cache', key);
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** Builds the demo under a temporary name and renames it into the cache only when complete. */
function buildDemo(file: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  for (const stale of fs.readdirSync(path.dirname(file)))
    fs.rmSync(path.join(path.dirname(file), stale), { force: true });
  const partial = `${file}.partial`;
  const started = Date.now();
  const project = ProjectFile.create(
    partial,
    { title: 'BMMA bench demo', language: 'th', calendar: 'BE', passphrase: PASSPHRASE },
    OPTIONS,
  );
  try {
    let last = '';
    fillDemo(project, {
      scale: DEMO_SCALE,
      onProgress: ({ stage, done, total }) => {
        const line = `demo ${stage}: ${Math.floor((done / total) * 10) * 10}%`;
        if (line !== last) progress(`${line} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        last = line;
      },
    });
  } finally {
    project.close();
  }
  fs.renameSync(partial, file);
  return (Date.now() - started) / 1000;
}

export function openDemo(): { project: ProjectFile; built: boolean; buildSeconds: number | null } {
  const file = cachePath();
  if (fs.existsSync(file)) {
    try {
      progress(`using the cached demo ${file}`);
      return { project: ProjectFile.open(file, PASSPHRASE, OPTIONS), built: false, buildSeconds: null };
    } catch {
      progress('the cached demo does not open; building it again');
    }
  }
  progress(`building the --scale ${DEMO_SCALE} demo (once; cached in ${path.dirname(file)})`);
  const buildSeconds = buildDemo(file);
  progress(`built in ${buildSeconds.toFixed(0)} s`);
  return { project: ProjectFile.open(file, PASSPHRASE, OPTIONS), built: true, buildSeconds };
}

/** What the header search box asks for (src/renderer/src/features/search: SEARCH_LIMIT). */
const SEARCH_LIMIT = 20;

/**
 * Two rows per language: the search service as the app calls it (index, then a highlighted
 * snippet per hit), and the index alone (the service's own statements: the capped count with
 * the newest entries, or bm25 when few match), each against the same LIKE scan.
 */
function searchRows(project: ProjectFile, language: keyof typeof QUERIES, figures: QueryFigures[]): WorkspaceRow[] {
  const queries = QUERIES[language];
  const perQuery = new Map<string, { service: number[]; index: number[]; scan: number[] }>(
    queries.map((query) => [query, { service: [], index: [], scan: [] }]),
  );
  const service: number[] = [];
  const index: number[] = [];
  const scanned: number[] = [];
  const [scan, count] = project.read((db) => [
    db.prepare(SCAN_SQL),
    // Only for the per-word figures (how many records each word finds), not timed.
    db.prepare('SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?'),
  ]);
  let hits = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
    for (const query of queries) {
      const own = perQuery.get(query);
      const serviceMs = elapsed(() => (hits += search(project, { query, limit: SEARCH_LIMIT }).hits.length));
      const match = buildMatchQuery(query);
      if (match === null) throw new Error(`"${query}" gives no MATCH expression`);
      const indexMs = elapsed(() =>
        project.read((db) => (hits += queryIndex(db, match, undefined, SEARCH_LIMIT).entries.length)),
      );
      service.push(serviceMs);
      index.push(indexMs);
      own?.service.push(serviceMs);
      own?.index.push(indexMs);
    }
  }
  for (let round = 0; round < SCAN_ROUNDS; round += 1) {
    for (const query of queries) {
      const scanMs = elapsed(() => (hits += scan.all({ p: `%${query}%` }).length));
      scanned.push(scanMs);
      perQuery.get(query)?.scan.push(scanMs);
    }
  }
  for (const [query, times] of perQuery) {
    figures.push({
      query,
      matches: (count.get(buildMatchQuery(query)) as { total: number }).total,
      serviceMs: median(times.service),
      indexMs: median(times.index),
      scanMs: median(times.scan),
    });
  }
  if (hits === 0) throw new Error(`no ${language} query found anything: the benchmark would measure nothing`);
  const baselineP50 = median(scanned);
  const baselineP95 = percentile(scanned, 95);
  const row = (name: string, times: number[], judged: boolean): WorkspaceRow => {
    const p50 = median(times);
    const p95 = percentile(times, 95);
    const speedup = baselineP50 / p50;
    return {
      name,
      p50,
      p95,
      baselineP50,
      baselineP95,
      speedup,
      target: judged ? 'p95 <= 20 ms, >= 50x' : '-',
      pass: p95 <= 20 && speedup >= 50,
      samples: times.length,
    };
  };
  return [
    row(`search ${language} (${queries.length} words): service, top ${SEARCH_LIMIT} with snippets`, service, true),
    row(`    of which the FTS5 index: total + top ${SEARCH_LIMIT}`, index, false),
  ];
}

function timedRow(name: string, rounds: number, targetMs: number | null, run: () => unknown): WorkspaceRow {
  run(); // warm the statement cache and the pages once
  const times = Array.from({ length: rounds }, () => elapsed(() => void run()));
  const p50 = median(times);
  return {
    name,
    p50,
    p95: percentile(times, 95),
    baselineP50: null,
    baselineP95: null,
    speedup: null,
    target: targetMs === null ? '-' : `median <= ${targetMs} ms`,
    pass: targetMs === null ? true : p50 <= targetMs,
    samples: times.length,
  };
}

export function runWorkspaceBench(): WorkspaceReport {
  const { project, built, buildSeconds } = openDemo();
  try {
    const counts = project.read((db) => {
      const count = (table: string) =>
        (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted = 0`).get() as { n: number }).n;
      return Object.fromEntries(
        [
          'interviews',
          'site_visits',
          'documents',
          'passages',
          'ratings',
          'findings',
          'actions',
          'action_status_updates',
        ].map((t) => [t, count(t)]),
      );
    });
    progress('measuring search, dashboard and the interview list');
    const queries: QueryFigures[] = [];
    const rows = [
      ...searchRows(project, 'thai', queries),
      ...searchRows(project, 'english', queries),
      timedRow('dashboard (all gaps, area scores, plan status)', DASHBOARD_ROUNDS, 100, () => getDashboard(project)),
      timedRow('interview list, first page (200)', LIST_ROUNDS, null, () => listInterviews(project, { limit: 200 })),
      timedRow('interview list, officials, first page', LIST_ROUNDS, null, () =>
        listInterviews(project, { category: 'official', limit: 200 }),
      ),
    ];
    return {
      demoFile: project.path,
      built,
      buildSeconds,
      fileBytes: fs.statSync(project.path).size,
      counts,
      rows,
      queries,
    };
  } finally {
    project.close();
  }
}

export function printWorkspaceTable(report: WorkspaceReport): void {
  const header = ['workload', 'p50 ms', 'p95 ms', 'LIKE scan p50', 'LIKE scan p95', 'faster', 'target', 'result'];
  const lines = report.rows.map((row) => [
    row.name,
    row.p50.toFixed(2),
    row.p95.toFixed(2),
    row.baselineP50 === null ? '-' : row.baselineP50.toFixed(1),
    row.baselineP95 === null ? '-' : row.baselineP95.toFixed(1),
    row.speedup === null ? '-' : `${row.speedup.toFixed(0)}x`,
    row.target,
    row.target === '-' ? 'info' : row.pass ? 'PASS' : 'over',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log('per word (medians, ms): records matched; service (top 20 + snippets) / FTS5 index / LIKE scan');
  for (const figure of report.queries) {
    console.log(
      `  ${figure.query}: ${figure.matches.toLocaleString('en')} matched; ${figure.serviceMs.toFixed(1)} / ` +
        `${figure.indexMs.toFixed(1)} / ${figure.scanMs.toFixed(1)}`,
    );
  }
  const counts = Object.entries(report.counts)
    .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
    .join(', ');
  console.log(
    `demo --scale ${DEMO_SCALE}: ${counts}; file ${(report.fileBytes / 1024 / 1024).toFixed(1)} MiB; ` +
      (report.built ? `built in ${report.buildSeconds?.toFixed(0)} s this run` : 'cached build'),
  );
}

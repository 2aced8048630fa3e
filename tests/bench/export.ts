/**
 * The export benchmark (issue 4): the BMMA report and the Joint Action Plan exported from the
 * `bmma demo --scale 250` project (cached like the workspace bench's, see workspace.ts), each
 * export in a fresh child process (export-worker.ts) that reports its time and peak resident
 * memory; and in the same run pandoc (Debian's package, installed here if missing) converting
 * the same content rendered as Markdown (export-markdown.ts) to .docx. Rounds alternate export
 * and pandoc, so noise from other processes on a shared machine hits both alike.
 *
 * Targets: each export's median time at most half of pandoc's on the same content; peak memory
 * under 500 MB.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadActionPlan } from '../../src/main/export/action-plan';
import { loadReportModel } from '../../src/main/export/report-data';
import { DEFAULT_EXPORT_PROFILE, type ExportDocument, type ExportProfile } from '../../src/shared/export';
/** The benchmark times the two big documents; the others are a few pages each. */
type BenchDocument = Extract<ExportDocument, 'report' | 'action_plan'>;
import { actionPlanMarkdown, reportMarkdown } from './export-markdown';
import type { WorkerResult } from './export-worker';
import { median } from './report';
import { DEMO_SCALE, openDemo } from './workspace';

/** `--export-rounds=N`: exports (and pandoc runs) per document; each export costs tens of seconds at scale 250. */
const ROUNDS = Number(
  process.argv.find((arg) => arg.startsWith('--export-rounds='))?.slice('--export-rounds='.length) ?? 3,
);
const RATIO_TARGET = 0.5;
const MEMORY_TARGET_BYTES = 500 * 1024 * 1024;

/** What a ministry gets: Thai, B.E., Thai digits, marked and in draft. */
const PROFILE: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'th',
  calendar: 'BE',
  digits: 'thai',
  marking: 'secret',
  draft: { enabled: true, version: '0.3', date: '2026-03-15' },
};

const DOCUMENTS: { document: BenchDocument; name: string }[] = [
  { document: 'report', name: 'report' },
  { document: 'action_plan', name: 'Joint Action Plan' },
];

interface Run {
  seconds: number;
  maxRssBytes: number;
}

export interface ExportBenchRow {
  document: ExportDocument;
  name: string;
  exports: Run[];
  pandoc: Run[];
  exportSeconds: number;
  pandocSeconds: number | null;
  ratio: number | null;
  peakBytes: number;
  pandocPeakBytes: number | null;
  docxBytes: number;
  markdownBytes: number;
  pass: { time: boolean | null; memory: boolean };
}

export interface ExportBenchReport {
  scale: number;
  rounds: number;
  pandocVersion: string | null;
  rows: ExportBenchRow[];
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** pandoc on PATH, installing Debian's package when it is missing and we may (root, apt-get present). */
function ensurePandoc(): string | null {
  const version = (): string | null => {
    const run = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    return run.status === 0 ? (run.stdout.split('\n')[0] ?? 'pandoc') : null;
  };
  const found = version();
  if (found !== null) return found;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) {
    progress('pandoc is missing and cannot be installed here (needs root and apt-get): the pandoc side is skipped');
    return null;
  }
  progress('installing pandoc (apt-get install -y --no-install-recommends pandoc)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'pandoc'], {
    env,
    stdio: 'inherit',
  });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'pandoc'], { env, stdio: 'inherit' });
  }
  return version();
}

/** The Markdown pandoc converts: the same data the builders read, rendered for the same profile. */
function writeMarkdown(dir: string): Record<BenchDocument, string> {
  const { project } = openDemo();
  try {
    const files = {
      report: path.join(dir, 'report.md'),
      action_plan: path.join(dir, 'action-plan.md'),
    };
    fs.writeFileSync(files.report, reportMarkdown(loadReportModel(project, PROFILE, '2026-03-15'), PROFILE));
    fs.writeFileSync(files.action_plan, actionPlanMarkdown(loadActionPlan(project), PROFILE));
    return files;
  } finally {
    project.close();
  }
}

function runExportWorker(document: ExportDocument, out: string): WorkerResult {
  const worker = path.join(__dirname, 'export-worker.ts');
  const run = spawnSync(
    process.execPath,
    ['--require', 'tsx/cjs', worker, document, out, JSON.stringify(PROFILE), `--scale=${DEMO_SCALE}`],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    throw new Error(`the ${document} export failed (exit ${run.status}):\n${run.stderr}`);
  }
  return JSON.parse(line) as WorkerResult;
}

/** Peak resident memory of a process, read from /proc while it runs (VmHWM is the high-water mark). */
function readHighWater(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** One pandoc conversion: wall time including its start-up (it is what a user would wait for), and peak RSS. */
function runPandoc(markdown: string, out: string, toc: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // The report has a table of contents (a TOC field); pandoc writes one too with --toc.
    const args = ['--from', 'markdown', '--to', 'docx', ...(toc ? ['--toc'] : []), '--output', out, markdown];
    const child = spawn('pandoc', args, {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, readHighWater(child.pid) ?? 0);
    }, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      if (code !== 0) reject(new Error(`pandoc failed (exit ${code}): ${stderr}`));
      else resolve({ seconds, maxRssBytes: peak });
    });
  });
}

export async function runExportBench(): Promise<ExportBenchReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-export-bench-'));
  try {
    // Builds the cached demo once if needed, before anything is timed.
    progress(`export bench: the --scale ${DEMO_SCALE} demo`);
    openDemo().project.close();
    const pandocVersion = ensurePandoc();
    progress('rendering the same content as Markdown for pandoc');
    const markdown = writeMarkdown(dir);
    const rows: ExportBenchRow[] = [];
    for (const { document, name } of DOCUMENTS) {
      const exports: Run[] = [];
      const pandoc: Run[] = [];
      let docxBytes = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        // Alternate which goes first: neither always meets a warmer machine.
        const steps = [
          () => {
            const result = runExportWorker(document, path.join(dir, `${document}.docx`));
            docxBytes = result.bytes;
            exports.push({ seconds: result.seconds, maxRssBytes: result.maxRssBytes });
          },
          async () => {
            if (pandocVersion !== null)
              pandoc.push(
                await runPandoc(markdown[document], path.join(dir, `${document}-pandoc.docx`), document === 'report'),
              );
          },
        ];
        for (const step of round % 2 === 0 ? steps : [...steps].reverse()) await step();
        progress(
          `${name} round ${round + 1}: export ${exports.at(-1)?.seconds.toFixed(1)} s, ` +
            `${((exports.at(-1)?.maxRssBytes ?? 0) / 1024 / 1024).toFixed(0)} MB; ` +
            (pandocVersion === null ? 'no pandoc' : `pandoc ${pandoc.at(-1)?.seconds.toFixed(1)} s`),
        );
      }
      const exportSeconds = median(exports.map((r) => r.seconds));
      const pandocSeconds = pandoc.length > 0 ? median(pandoc.map((r) => r.seconds)) : null;
      const ratio = pandocSeconds === null ? null : exportSeconds / pandocSeconds;
      const peakBytes = Math.max(...exports.map((r) => r.maxRssBytes));
      rows.push({
        document,
        name,
        exports,
        pandoc,
        exportSeconds,
        pandocSeconds,
        ratio,
        peakBytes,
        pandocPeakBytes: pandoc.length > 0 ? Math.max(...pandoc.map((r) => r.maxRssBytes)) : null,
        docxBytes,
        markdownBytes: fs.statSync(markdown[document]).size,
        pass: { time: ratio === null ? null : ratio <= RATIO_TARGET, memory: peakBytes < MEMORY_TARGET_BYTES },
      });
    }
    return { scale: DEMO_SCALE, rounds: ROUNDS, pandocVersion, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printExportTable(report: ExportBenchReport): void {
  const mb = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024 / 1024).toFixed(0));
  const header = ['document', 'export s', 'pandoc s', 'ratio', 'target', 'result', 'peak MB', 'target', 'result'];
  const lines = report.rows.map((row) => [
    `${row.name} (median of ${row.exports.length})`,
    row.exportSeconds.toFixed(2),
    row.pandocSeconds === null ? '-' : row.pandocSeconds.toFixed(2),
    row.ratio === null ? '-' : `${row.ratio.toFixed(2)}x`,
    `<= ${RATIO_TARGET}x`,
    row.pass.time === null ? 'n/a' : row.pass.time ? 'PASS' : 'FAIL',
    mb(row.peakBytes),
    `< ${mb(MEMORY_TARGET_BYTES)}`,
    row.pass.memory ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  for (const row of report.rows) {
    console.log(
      `  ${row.name}: exports ${row.exports.map((r) => r.seconds.toFixed(1)).join(' / ')} s; pandoc ` +
        `${row.pandoc.map((r) => r.seconds.toFixed(1)).join(' / ') || '-'} s, peak ${mb(row.pandocPeakBytes)} MB; ` +
        `.docx ${(row.docxBytes / 1024).toFixed(0)} KiB, Markdown ${(row.markdownBytes / 1024).toFixed(0)} KiB`,
    );
  }
  console.log(
    `export = read through the services + build + pack + write, in a fresh process (peak = its maxRSS); ` +
      `pandoc = ${report.pandocVersion ?? 'not available'} converting the same content as Markdown, wall time; ` +
      `profile th / B.E. / Thai digits / ลับมาก / draft; demo --scale ${report.scale}`,
  );
}

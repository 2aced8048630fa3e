/** Figures of the benchmark: medians, ratios against the targets, and the printed table. */
export interface Measurement {
  name: string;
  /** Per-round ms; index i of both sides was measured in the same round. */
  encrypted: number[];
  plain: number[];
  /** Ratio target (encrypted / plain), or null for figures reported for information. */
  target: number | null;
}

export interface Row {
  name: string;
  encryptedMs: number;
  plainMs: number;
  /** Median of the per-round ratios (rounds are paired, so noise in one round cancels). */
  ratio: number;
  target: number | null;
  pass: boolean | null;
  encryptedRuns: number[];
  plainRuns: number[];
  ratios: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function summarise(measurement: Measurement): Row {
  const ratios = measurement.encrypted.map((ms, i) => ms / (measurement.plain[i] ?? NaN));
  const ratio = median(ratios);
  return {
    name: measurement.name,
    encryptedMs: median(measurement.encrypted),
    plainMs: median(measurement.plain),
    ratio,
    target: measurement.target,
    pass: measurement.target === null ? null : ratio <= measurement.target,
    encryptedRuns: measurement.encrypted,
    plainRuns: measurement.plain,
    ratios,
  };
}

export function printTable(rows: readonly Row[], sizes: { encrypted: number; plain: number }, seconds: number): void {
  const header = ['workload', 'encrypted ms', 'plain ms', 'ratio', 'target', 'result'];
  const lines = rows.map((row) => [
    row.name,
    row.encryptedMs.toFixed(1),
    row.plainMs.toFixed(1),
    `${row.ratio.toFixed(2)}x`,
    row.target === null ? '-' : `<= ${row.target.toFixed(1)}x`,
    row.pass === null ? 'info' : row.pass ? 'PASS' : 'over',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `ratio = median of per-round ratios; file size: encrypted ${mib(sizes.encrypted)} MiB, plain ${mib(sizes.plain)} MiB; ` +
      `total ${seconds.toFixed(0)} s`,
  );
}

/**
 * One export in its own process, for the export benchmark (export.ts): opens the cached
 * `--scale` demo, then times what a user waits for after choosing the file — read through the
 * services, build, pack and write the .docx — and prints one JSON line: seconds, bytes and the
 * process's peak resident memory (maxRSS covers the whole process: opening the project,
 * the loaded code and the export; a fresh process per export so one run's garbage does not
 * count against the next).
 *
 * Usage: tsx tests/bench/export-worker.ts <report|action_plan> <out.docx> '<profile JSON>' [--scale=N]
 */
import fs from 'node:fs';
import { DOCUMENT_BUILDERS } from '../../src/main/export/documents';
import { silentProgress } from '../../src/main/export/progress';
import { packDocument } from '../../src/main/export/write';
import { EXPORT_DOCUMENTS, exportProfileSchema, type ExportDocument } from '../../src/shared/export';
import { openDemo } from './workspace';

export interface WorkerResult {
  document: ExportDocument;
  seconds: number;
  bytes: number;
  maxRssBytes: number;
}

async function main(): Promise<void> {
  const [document, out, profileJson] = process.argv.slice(2);
  if (!EXPORT_DOCUMENTS.includes(document as ExportDocument) || !out || !profileJson) {
    throw new Error('usage: export-worker.ts <report|action_plan> <out.docx> <profile JSON>');
  }
  const profile = exportProfileSchema.parse(JSON.parse(profileJson));
  const builder = DOCUMENT_BUILDERS[document as ExportDocument];
  const { project } = openDemo();
  try {
    const started = performance.now();
    const built = await builder.build(project, profile, '2026-03-15', silentProgress, null);
    const bytes = await packDocument(built, builder.title(profile));
    // Written as writeExport does it (temp file, fsync, rename), without its audit event: the
    // cached demo stays as built.
    const temp = `${out}.tmp`;
    const fd = fs.openSync(temp, 'w');
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temp, out);
    const seconds = (performance.now() - started) / 1000;
    const result: WorkerResult = {
      document: document as ExportDocument,
      seconds,
      bytes: bytes.length,
      // resourceUsage().maxRSS is in kibibytes.
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    project.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

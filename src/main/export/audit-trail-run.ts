import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ProjectFile } from '../project/project-file';
import { suggestedFileName } from '../services/export-run';
import { auditTrailBuilder } from './audit-trail';
import { ExportJobs } from './progress';
import { packDocument, writeExport } from './write';

/** Today as YYYY-MM-DD in local time (the DRAFT watermark's date when the profile gives none). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * "Export as annex" from the Audit trail tab: the trail as filtered there, through the same steps
 * as export.run (export-run.ts) — job and progress, save dialog, pack with scrubbed properties,
 * atomic write, SHA-256 in the audit trail as an 'audit_trail' export. Only the builder differs:
 * export.run's request has no room for a filter, so this channel carries it.
 */
export async function runAuditAnnex(
  project: ProjectFile,
  input: ChannelInput<'audit.exportAnnex'>,
  choosePath: (suggestedName: string) => Promise<string | null>,
  options: { jobs?: ExportJobs; overwrite?: boolean } = {},
): Promise<ChannelOutput<'audit.exportAnnex'>> {
  const { profile } = input;
  const builder = auditTrailBuilder(input.filter ?? {});
  const date = today();
  const job = (options.jobs ?? new ExportJobs()).start(input.jobId);
  try {
    const target = await choosePath(suggestedFileName('audit_trail', profile, date));
    if (target === null) {
      job.finish('cancelled');
      return { path: null, sha256: null, bytes: 0 };
    }
    const built = await builder.build(project, profile, date, job.sink, null);
    await job.sink.step('packing', 0, 1);
    const bytes = await packDocument(built, builder.title(profile));
    await job.sink.step('writing', 0, 1);
    const result = writeExport(project, target, bytes, {
      document: 'audit_trail',
      profile,
      overwrite: options.overwrite ?? true,
    });
    job.finish('done');
    if (options.jobs) options.jobs.lastWritten = result.path;
    return result;
  } catch (error) {
    job.finish(error instanceof AppError && error.code === 'CANCELLED' ? 'cancelled' : 'failed');
    throw error;
  }
}

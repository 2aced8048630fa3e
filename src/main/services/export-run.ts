import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ExportDocument, ExportProfile } from '../../shared/export';
import { toBuddhistYear } from '../../shared/dates';
import { DOCUMENT_BUILDERS } from '../export/documents';
import { ExportJobs } from '../export/progress';
import { packDocument, writeExport } from '../export/write';
import type { ProjectFile } from '../project/project-file';

/** Today as YYYY-MM-DD in local time: the date a DRAFT watermark carries when the profile gives none. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "BMMA-Joint-Action-Plan-TH-2563.docx": ASCII only, so it survives every USB stick and mail system. */
export function suggestedFileName(document: ExportDocument, profile: ExportProfile, date: string): string {
  const year = Number(date.slice(0, 4));
  const shownYear = profile.calendar === 'BE' ? toBuddhistYear(year) : year;
  return `${DOCUMENT_BUILDERS[document].fileStem}-${profile.language.toUpperCase()}-${shownYear}.docx`;
}

/**
 * Builds the chosen document, asks where to save it (null = the user cancelled: nothing is
 * written), writes it atomically and records its SHA-256 in the audit trail.
 */
export async function runExport(
  project: ProjectFile,
  input: ChannelInput<'export.run'>,
  choosePath: (suggestedName: string) => Promise<string | null>,
  options: { overwrite?: boolean; jobs?: ExportJobs } = {},
): Promise<ChannelOutput<'export.run'>> {
  const { document, profile, jobId } = input;
  const date = today();
  const target = await choosePath(suggestedFileName(document, profile, date));
  if (target === null) return { path: null, sha256: null, bytes: 0 };
  const job = (options.jobs ?? new ExportJobs()).start(jobId);
  try {
    const builder = DOCUMENT_BUILDERS[document];
    const built = await builder.build(project, profile, date, job.sink);
    await job.sink.step('packing', 0, 1);
    const bytes = await packDocument(built, builder.title(profile));
    await job.sink.step('writing', 0, 1);
    const result = await writeExport(project, target, bytes, { document, profile, overwrite: options.overwrite ?? true });
    job.finish('done');
    if (options.jobs && result.path) options.jobs.lastWritten = result.path;
    return result;
  } catch (error) {
    job.finish(error instanceof AppError && error.code === 'CANCELLED' ? 'cancelled' : 'failed');
    throw error;
  }
}

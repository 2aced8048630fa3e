import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ExportDocument, ExportProfile, ExportStage } from '../../shared/export';
import { toBuddhistYear } from '../../shared/dates';
import { DOCUMENT_BUILDERS } from '../export/documents';
import { ExportJobs, type ExportProgressSink } from '../export/progress';
import { packDocument, writeExport } from '../export/write';
import type { ProjectFile } from '../project/project-file';

/** Today as YYYY-MM-DD in local time: the date a DRAFT watermark carries when the profile gives none. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * "BMMA-Joint-Action-Plan-TH-2563.docx", "BMMA-Minutes-MTG-C2-3-2563-TH-2569.docx": ASCII only,
 * so it survives every USB stick and mail system. `subject` is the meeting's or event's code stem.
 */
export function suggestedFileName(
  document: ExportDocument,
  profile: ExportProfile,
  date: string,
  subject: string | null = null,
): string {
  const year = Number(date.slice(0, 4));
  const shownYear = profile.calendar === 'BE' ? toBuddhistYear(year) : year;
  const stem = [DOCUMENT_BUILDERS[document].fileStem, ...(subject ? [subject] : [])].join('-');
  return `${stem}-${profile.language.toUpperCase()}-${shownYear}.docx`;
}

export interface RunExportOptions {
  overwrite?: boolean;
  /** The session's job table: progress polls, cancels and "Open folder" go through it. */
  jobs?: ExportJobs;
  /** Told of every step before it runs (the CLI's progress lines on stderr). */
  onStep?: (stage: ExportStage, done: number, total: number) => void;
}

/** The job's sink, also telling `onStep`: one place where a step is reported and a cancel is noticed. */
function watched(sink: ExportProgressSink, onStep: RunExportOptions['onStep']): ExportProgressSink {
  if (!onStep) return sink;
  return {
    step: async (stage, done, total) => {
      onStep(stage, done, total);
      await sink.step(stage, done, total);
    },
  };
}

/**
 * Asks where to save (null = the user cancelled the dialog: nothing is written), builds the
 * chosen document, packs it, writes it atomically and records its SHA-256 in the audit trail.
 *
 * The job starts before the save dialog, so a progress poll never sees "unknown" for an export
 * that is on its way. Every stage up to and including "writing" checks for a cancel BEFORE the
 * file is touched: a cancelled export leaves no file, no temp file and no export.written event.
 * Once writeExport has begun there is no await left, so a cancel can no longer half-write it.
 */
export async function runExport(
  project: ProjectFile,
  input: ChannelInput<'export.run'>,
  choosePath: (suggestedName: string) => Promise<string | null>,
  options: RunExportOptions = {},
): Promise<ChannelOutput<'export.run'>> {
  const { document, profile, jobId } = input;
  const subjectId = input.subjectId ?? null;
  const builder = DOCUMENT_BUILDERS[document];
  const date = today();
  const job = (options.jobs ?? new ExportJobs()).start(jobId);
  try {
    // A meeting or event that does not exist is refused before the save dialog opens.
    const subject = subjectId !== null && builder.subjectStem ? builder.subjectStem(project, subjectId) : null;
    const target = await choosePath(suggestedFileName(document, profile, date, subject));
    if (target === null) {
      job.finish('cancelled');
      return { path: null, sha256: null, bytes: 0 };
    }
    const sink = watched(job.sink, options.onStep);
    const built = await builder.build(project, profile, date, sink, subjectId);
    await sink.step('packing', 0, 1);
    const bytes = await packDocument(built, builder.title(profile));
    // The last chance to stop: packing may have taken a while and the user may have cancelled.
    await sink.step('writing', 0, 1);
    const result = writeExport(project, target, bytes, {
      document,
      profile,
      subjectId,
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

import { AppError } from '../../shared/errors';
import type { ExportProgress, ExportStage } from '../../shared/export';

/**
 * Progress and cancellation of exports (issue 4). A builder reports each step through a sink;
 * every report yields to the event loop, so the renderer's progress polls and a cancel are
 * answered while a long export runs, and a cancelled export stops at its next step with
 * CANCELLED before anything is written.
 */

export interface ExportProgressSink {
  /** Record a step (done of total in this stage), let other work run, throw CANCELLED if cancelled. */
  step(stage: ExportStage, done: number, total: number): Promise<void>;
}

/** For callers with no one watching (tests, benchmarks): still stops nothing, yields nothing. */
export const silentProgress: ExportProgressSink = { step: async () => undefined };

interface Job {
  progress: ExportProgress;
  cancelRequested: boolean;
}

/** How many finished jobs are remembered for late progress polls. */
const KEEP_FINISHED = 20;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  /** The last file an export wrote in this session: what "Open folder" shows. */
  lastWritten: string | null = null;

  /** A sink for one export; `jobId` undefined = not watched (still cancellable by nobody). */
  start(jobId: string | undefined): { sink: ExportProgressSink; finish(state: 'done' | 'cancelled' | 'failed'): void } {
    const job: Job = { progress: { state: 'running', stage: null, done: 0, total: 0 }, cancelRequested: false };
    if (jobId !== undefined) {
      this.jobs.set(jobId, job);
      this.forgetOldJobs();
    }
    return {
      sink: {
        step: async (stage, done, total) => {
          job.progress = { state: 'running', stage, done, total };
          await yieldToEventLoop();
          if (job.cancelRequested) throw new AppError('CANCELLED');
        },
      },
      finish: (state) => {
        job.progress = { ...job.progress, state };
      },
    };
  }

  progress(jobId: string): ExportProgress {
    return this.jobs.get(jobId)?.progress ?? { state: 'unknown', stage: null, done: 0, total: 0 };
  }

  /** Ask a running export to stop; false when it is not running (unknown or already finished). */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.progress.state !== 'running') return false;
    job.cancelRequested = true;
    return true;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.progress.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportDocument, ExportProfile, ExportProgress } from '../../../../shared/export';
import { bmma, errorCodeOf, unwrap } from '../../lib/bmma';
import { flushPendingEdits } from '../../lib/pending-edits';
import { progressPercent } from './sections';

/** How often the progress bar asks how far the export has got. */
export const PROGRESS_POLL_MS = 200;

export interface ExportResult {
  path: string;
  sha256: string;
  bytes: number;
}

export type ExportRunState =
  | { kind: 'idle' }
  /** Unsaved edits elsewhere in the window are being saved first. */
  | { kind: 'flushing' }
  /** These edits could not be saved: nothing was exported. */
  | { kind: 'blocked'; labels: string[] }
  /** percent: how full the bar is, never going back when a builder reports its stages out of order. */
  | { kind: 'running'; progress: ExportProgress | null; percent: number; cancelling: boolean }
  | { kind: 'cancelled' }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'failed'; error: unknown };

/**
 * One export as the Export screen runs it (issue 4): save every pending edit (refusing to export,
 * naming them, when one cannot be saved), then export.run under a fresh job id while polling
 * export.progress, with cancel. A closed save dialog returns to idle: nothing written, nothing said.
 */
export function useExportRun(): {
  state: ExportRunState;
  start: (document: ExportDocument, profile: ExportProfile, subjectId: string | null) => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const jobRef = useRef<string | null>(null);
  const timerRef = useRef<number | undefined>(undefined);

  const stopPolling = () => {
    window.clearInterval(timerRef.current);
    timerRef.current = undefined;
  };
  useEffect(() => stopPolling, []);

  const start = useCallback(async (document: ExportDocument, profile: ExportProfile, subjectId: string | null) => {
    setState({ kind: 'flushing' });
    const failed = await flushPendingEdits();
    if (failed.length > 0) {
      setState({ kind: 'blocked', labels: failed });
      return;
    }
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setState({ kind: 'running', progress: null, percent: 0, cancelling: false });
    let asking = false;
    timerRef.current = window.setInterval(() => {
      // One poll at a time; a late answer for a finished job is dropped.
      if (asking) return;
      asking = true;
      void unwrap(bmma().export.progress({ jobId }))
        .then((progress) => {
          if (jobRef.current !== jobId || progress.state !== 'running') return;
          setState((current) =>
            current.kind === 'running'
              ? { ...current, progress, percent: Math.max(current.percent, progressPercent(progress)) }
              : current,
          );
        })
        .catch(() => undefined)
        .finally(() => (asking = false));
    }, PROGRESS_POLL_MS);
    try {
      const result = await unwrap(
        bmma().export.run({ document, profile, jobId, ...(subjectId === null ? {} : { subjectId }) }),
      );
      stopPolling();
      if (result.path === null || result.sha256 === null) setState({ kind: 'idle' });
      else setState({ kind: 'done', result: { path: result.path, sha256: result.sha256, bytes: result.bytes } });
    } catch (error) {
      stopPolling();
      setState(errorCodeOf(error) === 'CANCELLED' ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      jobRef.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId === null) return;
    setState((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    void unwrap(bmma().export.cancel({ jobId })).catch(() => undefined);
  }, []);

  return { state, start, cancel };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Interview } from '../../../../shared/evidence';
import { BmmaError, errorCodeOf } from '../../lib/bmma';
import { usePendingEdit } from '../../lib/pending-edits';
import {
  fieldErrorsFromDetails,
  interviewFormFrom,
  sameInterview,
  toCreateInput,
  toUpdateInput,
  type InterviewFormValues,
} from './interview-form';
import { createInterview, fetchInterview, updateInterview } from './queries';

/** Quiet time after the last change before it is written: long enough not to save every keystroke. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'new' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid'; error: unknown }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; error: unknown };

interface SaverOptions {
  form: UseFormReturn<InterviewFormValues>;
  /** The interview as the file holds it when the editor opens; null for a new one. */
  initial: Interview | null;
  /** After every write (create, save, undo, reload), with the file's version. */
  onSaved: (interview: Interview, created: boolean) => void;
}

export interface InterviewSaver {
  state: SaveState;
  /** The version in the file (null until a new interview is first saved). */
  saved: Interview | null;
  /** A previous version to write back, or unsaved changes to drop. */
  canUndo: boolean;
  /** Saves now (creates a new interview); false when the form is invalid or the write failed. */
  saveNow: () => Promise<boolean>;
  /** Drops unsaved changes or, when there are none, writes back the version before the last save. */
  undo: () => Promise<void>;
  /** After a CONFLICT: loads the file's version, replacing the form. */
  reload: () => Promise<void>;
  /** True when the form differs from the file's version (always true for a changed new form). */
  hasUnsavedChanges: () => boolean;
}

/**
 * Autosave with one level of undo. Changes are written AUTOSAVE_DELAY_MS after the last one,
 * when the form is valid, with the updatedAt the editor holds (a newer row answers CONFLICT:
 * autosave then stops until the user reloads). A new interview is created only on an explicit
 * save, because creating assigns its pseudonym code for good (codes are never reused).
 */
export function useInterviewSaver({ form, initial, onSaved }: SaverOptions): InterviewSaver {
  const [state, setState] = useState<SaveState>(initial ? { kind: 'saved', at: initial.updatedAt } : { kind: 'new' });
  const [saved, setSaved] = useState<Interview | null>(initial);
  const [hasPrevious, setHasPrevious] = useState(false);

  const savedRef = useRef<Interview | null>(initial);
  const savedValuesRef = useRef<InterviewFormValues | null>(initial ? interviewFormFrom(initial) : null);
  const previousRef = useRef<Interview | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlightRef = useRef<Promise<unknown> | null>(null);
  const conflictRef = useRef(false);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const stopTimer = () => {
    if (timerRef.current !== null) clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  /** Records a version the file now holds, matching the given form values. */
  const adopt = (interview: Interview, values: InterviewFormValues, previous: Interview | null) => {
    savedRef.current = interview;
    savedValuesRef.current = values;
    previousRef.current = previous;
    setSaved(interview);
    setHasPrevious(previous !== null);
  };

  const fail = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === 'CONFLICT') {
      conflictRef.current = true;
      setState({ kind: 'conflict', error });
      return;
    }
    if (code === 'VALIDATION' && error instanceof BmmaError) {
      for (const { field, message } of fieldErrorsFromDetails(error.details)) form.setError(field, { message });
      setState({ kind: 'invalid', error });
      return;
    }
    setState({ kind: 'failed', error });
  };

  /** One write at a time: a save asked for while another runs waits, then writes the latest values. */
  const exclusive = async <T>(write: () => Promise<T>): Promise<T> => {
    while (inFlightRef.current) await inFlightRef.current.catch(() => undefined);
    const run = write();
    inFlightRef.current = run;
    try {
      return await run;
    } finally {
      inFlightRef.current = null;
    }
  };

  // A new interview is compared with the blank form it started from.
  const [blank] = useState(() => structuredClone(form.getValues()));
  const hasUnsavedChanges = useCallback(
    () => !sameInterview(form.getValues(), savedValuesRef.current ?? blank),
    [form, blank],
  );

  const saveNow = useCallback(async (): Promise<boolean> => {
    stopTimer();
    return exclusive(async () => {
      if (!(await form.trigger())) {
        setState({ kind: 'invalid', error: null });
        return false;
      }
      const values = structuredClone(form.getValues());
      const before = savedRef.current;
      if (before && savedValuesRef.current && sameInterview(values, savedValuesRef.current)) {
        if (!conflictRef.current) setState({ kind: 'saved', at: before.updatedAt });
        return true;
      }
      setState({ kind: 'saving' });
      try {
        const result = before
          ? await updateInterview(toUpdateInput(values, before))
          : await createInterview(toCreateInput(values));
        conflictRef.current = false;
        adopt(result, values, before);
        onSavedRef.current(result, before === null);
        if (sameInterview(form.getValues(), values)) setState({ kind: 'saved', at: result.updatedAt });
        else schedule();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reads refs only; form is stable
  }, []);

  function schedule() {
    stopTimer();
    setState((current) => (current.kind === 'pending' ? current : { kind: 'pending' }));
    timerRef.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  // Every change to the form: nothing to do for a new interview (explicit save) or during a
  // conflict; back to "saved" when the change was undone by hand; otherwise (re)start the timer.
  useEffect(() => {
    const subscription = form.watch(() => {
      const savedValues = savedValuesRef.current;
      const current = savedRef.current;
      if (!savedValues || !current || conflictRef.current) return;
      if (sameInterview(form.getValues(), savedValues)) {
        stopTimer();
        if (!inFlightRef.current) setState({ kind: 'saved', at: current.updatedAt });
        return;
      }
      schedule();
    });
    return () => {
      subscription.unsubscribe();
      stopTimer();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once for the editor's life
  }, []);

  const undo = useCallback(async () => {
    stopTimer();
    await exclusive(async () => {
      const current = savedRef.current;
      const savedValues = savedValuesRef.current;
      if (!current || !savedValues) return;
      // Changes not yet written: the last change is those, and dropping them is the undo.
      if (!sameInterview(form.getValues(), savedValues)) {
        form.reset(structuredClone(savedValues));
        if (!conflictRef.current) setState({ kind: 'saved', at: current.updatedAt });
        return;
      }
      const previous = previousRef.current;
      if (!previous) return;
      const values = interviewFormFrom(previous);
      setState({ kind: 'saving' });
      try {
        const result = await updateInterview(toUpdateInput(values, current));
        adopt(result, values, null);
        form.reset(structuredClone(values));
        onSavedRef.current(result, false);
        setState({ kind: 'saved', at: result.updatedAt });
      } catch (error) {
        fail(error);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reads refs only; form is stable
  }, []);

  const reload = useCallback(async () => {
    stopTimer();
    await exclusive(async () => {
      const current = savedRef.current;
      if (!current) return;
      try {
        const fresh = await fetchInterview(current.id);
        const values = interviewFormFrom(fresh);
        conflictRef.current = false;
        adopt(fresh, values, null);
        form.reset(structuredClone(values));
        onSavedRef.current(fresh, false);
        setState({ kind: 'saved', at: fresh.updatedAt });
      } catch (error) {
        fail(error);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reads refs only; form is stable
  }, []);

  const canUndo =
    saved !== null && (hasPrevious || state.kind === 'pending' || state.kind === 'invalid' || state.kind === 'failed');

  // Changes not in the file yet are flushed (or named) by the Export screen, even after a tab switch.
  const unsaved = ['pending', 'saving', 'invalid', 'failed', 'conflict'].includes(state.kind);
  usePendingEdit(saved ? `interview:${saved.id}` : null, saved?.code ?? '', unsaved, saveNow);

  return { state, saved, canUndo, saveNow, undo, reload, hasUnsavedChanges };
}

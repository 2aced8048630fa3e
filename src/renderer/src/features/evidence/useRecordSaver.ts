import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { errorCodeOf } from '../../lib/bmma';
import { usePendingEdit } from '../../lib/pending-edits';
import type { SaveState } from '../interviews/useInterviewSaver';

/** Quiet time after the last change before it is written, as in the interview editor. */
export const AUTOSAVE_DELAY_MS = 1500;

export type { SaveState };

interface SavedRecord {
  id: string;
  updatedAt: string;
  /** The record's code (SV-..., DOC-...): how the Export screen names an edit it could not save. */
  code: string;
}

/** How one kind of record is read into the form, compared, and written. */
export interface RecordAdapter<V extends FieldValues, R extends SavedRecord> {
  valuesFrom: (record: R) => V;
  /** Same values as far as the file is concerned (what would be sent is the same). */
  same: (a: V, b: V) => boolean;
  create: (values: V) => Promise<R>;
  update: (values: V, saved: R) => Promise<R>;
  fetch: (id: string) => Promise<R>;
  /** Fields to highlight for a refused write (VALIDATION details, DATE_ORDER...); messages are i18n keys. */
  fieldErrors: (error: unknown) => { field: Path<V>; message: string }[];
}

interface SaverOptions<V extends FieldValues, R extends SavedRecord> {
  form: UseFormReturn<V>;
  /** The record as the file holds it when the editor opens; null for a new one. */
  initial: R | null;
  adapter: RecordAdapter<V, R>;
  /** After every write (create, save, undo, reload), with the file's version. */
  onSaved: (record: R, created: boolean) => void;
}

export interface RecordSaver<R> {
  state: SaveState;
  /** The version in the file (null until a new record is first saved). */
  saved: R | null;
  canUndo: boolean;
  /** Saves now (creates a new record); false when the form is invalid or the write failed. */
  saveNow: () => Promise<boolean>;
  /** The file's version as of now, read from a ref: right after saveNow() resolves, unlike `saved`. */
  current: () => R | null;
  undo: () => Promise<void>;
  reload: () => Promise<void>;
  hasUnsavedChanges: () => boolean;
  /**
   * A fresh copy of the record, read after a change made beside the form (an attachment added
   * or removed may move updatedAt): when its fields are the ones the editor saved, it becomes
   * the saved version, so the next autosave is not refused as a CONFLICT. Otherwise someone
   * else changed the record, and the next save rightly says so.
   */
  adoptFresh: (record: R) => void;
}

/**
 * Autosave with one level of undo for site visits and documents, the same behaviour as the
 * interview editor (useInterviewSaver): changes are written AUTOSAVE_DELAY_MS after the last
 * one when the form is valid, with the updatedAt the editor holds (a newer row answers
 * CONFLICT and autosave stops until the user reloads). A new record is created only on an
 * explicit save, because creating assigns its code for good.
 */
export function useRecordSaver<V extends FieldValues, R extends SavedRecord>({
  form,
  initial,
  adapter,
  onSaved,
}: SaverOptions<V, R>): RecordSaver<R> {
  const [state, setState] = useState<SaveState>(initial ? { kind: 'saved', at: initial.updatedAt } : { kind: 'new' });
  const [saved, setSaved] = useState<R | null>(initial);
  const [hasPrevious, setHasPrevious] = useState(false);

  const savedRef = useRef<R | null>(initial);
  const savedValuesRef = useRef<V | null>(initial ? adapter.valuesFrom(initial) : null);
  const previousRef = useRef<R | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlightRef = useRef<Promise<unknown> | null>(null);
  const conflictRef = useRef(false);
  const adapterRef = useRef(adapter);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
    adapterRef.current = adapter;
  }, [onSaved, adapter]);

  const stopTimer = () => {
    if (timerRef.current !== null) clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  const adopt = (record: R, values: V, previous: R | null) => {
    savedRef.current = record;
    savedValuesRef.current = values;
    previousRef.current = previous;
    setSaved(record);
    setHasPrevious(previous !== null);
  };

  const fail = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === 'CONFLICT') {
      conflictRef.current = true;
      setState({ kind: 'conflict', error });
      return;
    }
    const fields = adapterRef.current.fieldErrors(error);
    for (const { field, message } of fields) form.setError(field, { message });
    setState(fields.length > 0 || code === 'VALIDATION' ? { kind: 'invalid', error } : { kind: 'failed', error });
  };

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

  const [blank] = useState(() => structuredClone(form.getValues()));
  const hasUnsavedChanges = useCallback(
    () => !adapterRef.current.same(form.getValues(), savedValuesRef.current ?? blank),
    [form, blank],
  );

  const saveNow = useCallback(async (): Promise<boolean> => {
    stopTimer();
    return exclusive(async () => {
      if (!(await form.trigger())) {
        setState({ kind: 'invalid', error: null });
        return false;
      }
      const { same, create, update } = adapterRef.current;
      const values = structuredClone(form.getValues());
      const before = savedRef.current;
      if (before && savedValuesRef.current && same(values, savedValuesRef.current)) {
        if (!conflictRef.current) setState({ kind: 'saved', at: before.updatedAt });
        return true;
      }
      setState({ kind: 'saving' });
      try {
        const result = before ? await update(values, before) : await create(values);
        conflictRef.current = false;
        adopt(result, values, before);
        onSavedRef.current(result, before === null);
        if (same(form.getValues(), values)) setState({ kind: 'saved', at: result.updatedAt });
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

  useEffect(() => {
    const subscription = form.watch(() => {
      const savedValues = savedValuesRef.current;
      const current = savedRef.current;
      if (!savedValues || !current || conflictRef.current) return;
      if (adapterRef.current.same(form.getValues(), savedValues)) {
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
      const { same, valuesFrom, update } = adapterRef.current;
      const current = savedRef.current;
      const savedValues = savedValuesRef.current;
      if (!current || !savedValues) return;
      // Changes not yet written are the last change: dropping them is the undo.
      if (!same(form.getValues(), savedValues)) {
        form.reset(structuredClone(savedValues));
        if (!conflictRef.current) setState({ kind: 'saved', at: current.updatedAt });
        return;
      }
      const previous = previousRef.current;
      if (!previous) return;
      const values = valuesFrom(previous);
      setState({ kind: 'saving' });
      try {
        const result = await update(values, current);
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
        const fresh = await adapterRef.current.fetch(current.id);
        const values = adapterRef.current.valuesFrom(fresh);
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

  const adoptFresh = useCallback((record: R) => {
    const savedValues = savedValuesRef.current;
    if (!savedValues || conflictRef.current || savedRef.current?.id !== record.id) return;
    if (!adapterRef.current.same(adapterRef.current.valuesFrom(record), savedValues)) return;
    savedRef.current = record;
    setSaved(record);
    setState((current) => (current.kind === 'saved' ? { kind: 'saved', at: record.updatedAt } : current));
  }, []);

  const current = useCallback(() => savedRef.current, []);

  const canUndo =
    saved !== null && (hasPrevious || state.kind === 'pending' || state.kind === 'invalid' || state.kind === 'failed');

  // Changes not in the file yet are flushed (or named) by the Export screen, even after a tab switch.
  const unsaved = ['pending', 'saving', 'invalid', 'failed', 'conflict'].includes(state.kind);
  usePendingEdit(saved ? `record:${saved.id}` : null, saved?.code ?? '', unsaved, saveNow);

  return { state, saved, canUndo, saveNow, current, undo, reload, hasUnsavedChanges, adoptFresh };
}

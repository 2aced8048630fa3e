/**
 * Edits typed but not saved yet (autosave still waiting, or a save that failed), across the
 * whole window. An editor registers while it holds unsaved changes; the Export screen flushes
 * them all before exporting so a Word file never misses what the user just typed, and refuses
 * to export, naming the edit, when one cannot be saved (issue 4, "an unsaved edit pending").
 */
import { useEffect, useRef } from 'react';

export interface PendingEdit {
  /** What the user would call it, in the UI language ("Executive summary (Thai)", "KII-OFF-003"). */
  label: string;
  /** Save now; rejects with the save's error when it cannot be saved. */
  flush: () => Promise<void>;
}

const pending = new Map<string, PendingEdit>();

/** Register (or replace) the pending edit under `key`; returns the function that unregisters it. */
export function registerPendingEdit(key: string, edit: PendingEdit): () => void {
  pending.set(key, edit);
  return () => {
    if (pending.get(key) === edit) pending.delete(key);
  };
}

export function pendingEditLabels(): string[] {
  return [...pending.values()].map((edit) => edit.label);
}

/**
 * Save every pending edit. Resolves with the labels of those that could not be saved (empty:
 * everything is saved and the export may go ahead).
 */
export async function flushPendingEdits(): Promise<string[]> {
  const failed: string[] = [];
  for (const [key, edit] of [...pending.entries()]) {
    try {
      await edit.flush();
      if (pending.get(key) === edit) pending.delete(key);
    } catch {
      failed.push(edit.label);
    }
  }
  return failed;
}

/**
 * For record editors with autosave: registers the record while the editor is open and holds
 * changes the file does not (`dirty`), with `save` (false = could not be saved) as the flush.
 * It ends with the editor: closing one already saves, or asks before dropping, what is unsaved.
 * `key` null: nothing to register yet (a new record, not created: creating assigns its code).
 */
export function usePendingEdit(key: string | null, label: string, dirty: boolean, save: () => Promise<boolean>): void {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    if (key === null || !dirty) return undefined;
    return registerPendingEdit(key, {
      label,
      flush: async () => {
        if (!(await saveRef.current())) throw new Error(`${key} could not be saved`);
      },
    });
  }, [key, label, dirty]);
}

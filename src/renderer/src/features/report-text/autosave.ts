import { useQueryClient } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NarrativeLanguage, NarrativeSection, RichDoc } from '../../../../shared/narrative';
import { bmma, unwrap } from '../../lib/bmma';
import { registerPendingEdit } from '../../lib/pending-edits';
import { saveNarrative } from './queries';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 1000;

export type SaveStatus = 'saved' | 'saving' | 'unsaved';

/**
 * Saves still running for a section after its editor unmounted (tab switch): a remounted
 * editor waits for them so it starts from the saved version, not from a CONFLICT.
 */
const savesInFlight = new Map<string, Promise<unknown>>();

export function narrativeKey(section: NarrativeSection, language: NarrativeLanguage): string {
  return `narrative:${section}:${language}`;
}

/**
 * False while a save of this section from an earlier editor (unmounted by a tab or section
 * switch) is still running, so the new editor mounts from the saved version. Once a section is
 * ready it stays ready: the mounted editor's own saves must not unmount it.
 */
export function useSettledSave(key: string): boolean {
  const [readyKey, setReadyKey] = useState<string | null>(null);
  const running = readyKey === key ? undefined : savesInFlight.get(key);
  // Adjusting state while rendering (React's documented pattern): no extra pass through an effect.
  if (readyKey !== key && running === undefined) setReadyKey(key);
  useEffect(() => {
    if (!running) return undefined;
    let live = true;
    void running.then(() => {
      if (live) setReadyKey(key);
    });
    return () => {
      live = false;
    };
  }, [key, running]);
  return running === undefined;
}

/** Records a running save; the entry is removed before anyone waiting on it resumes. */
function track(key: string, run: Promise<void>): void {
  const tracked: Promise<unknown> = run
    .catch(() => undefined)
    .then(() => {
      if (savesInFlight.get(key) === tracked) savesInFlight.delete(key);
    });
  savesInFlight.set(key, tracked);
}

interface AutosaveOptions {
  section: NarrativeSection;
  language: NarrativeLanguage;
  /** "Executive summary (Thai)": what the Export screen names when this edit cannot be saved. */
  label: string;
  /** The version the editor loaded (null: never saved). */
  initialUpdatedAt: string | null;
}

/**
 * Debounced autosave with optimistic concurrency. Saves run one at a time; a save that fails
 * keeps the text in the editor and the edit registered as pending, so an export refuses to go
 * ahead without it. Unmounting saves what is still waiting.
 */
export function useAutosave({ section, language, label, initialUpdatedAt }: AutosaveOptions) {
  const client = useQueryClient();
  const key = narrativeKey(section, language);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<unknown>(null);
  const base = useRef(initialUpdatedAt);
  const dirty = useRef(false);
  const doc = useRef<JSONContent | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const inflight = useRef<Promise<void> | null>(null);
  const unregister = useRef<(() => void) | null>(null);
  const labelRef = useRef(label);
  useEffect(() => {
    labelRef.current = label;
  }, [label]);

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (inflight.current) await inflight.current.catch(() => undefined);
    if (!dirty.current || !doc.current) return;
    // The editor's JSON is checked by the schema in main; the renderer only carries it.
    const content = doc.current as RichDoc;
    dirty.current = false;
    setStatus('saving');
    const run = (async () => {
      try {
        const saved = await saveNarrative(client, { section, language, content, expectedUpdatedAt: base.current });
        base.current = saved.updatedAt;
        setError(null);
        if (dirty.current) {
          setStatus('unsaved');
        } else {
          setStatus('saved');
          unregister.current?.();
          unregister.current = null;
        }
      } catch (caught) {
        dirty.current = true;
        setError(caught);
        setStatus('unsaved');
        throw caught;
      }
    })();
    inflight.current = run;
    track(key, run);
    try {
      await run;
    } finally {
      if (inflight.current === run) inflight.current = null;
    }
  }, [client, key, section, language]);

  const onChange = useCallback(
    (json: JSONContent) => {
      doc.current = json;
      dirty.current = true;
      setStatus((current) => (current === 'saving' ? current : 'unsaved'));
      unregister.current ??= registerPendingEdit(key, { label: labelRef.current, flush: save });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save().catch(() => undefined), AUTOSAVE_DELAY_MS);
    },
    [key, save],
  );

  /** After a CONFLICT: take the stored version's stamp and save this text over it. */
  const overwrite = useCallback(async () => {
    const list = await unwrap(bmma().narrative.list({}));
    base.current = list.find((n) => n.section === section && n.language === language)?.updatedAt ?? null;
    dirty.current = true;
    await save();
  }, [save, section, language]);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (dirty.current) void save().catch(() => undefined);
    },
    [save],
  );

  return { status, error, onChange, saveNow: save, overwrite };
}

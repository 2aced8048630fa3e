import { useState } from 'react';
import type { RecordSaver } from './useRecordSaver';

/** What an editor panel can ask of the editor in it. */
export interface RecordEditorHandle {
  /** Leaving the editor (close, Ctrl+N, another record): saves what is pending, asks before anything is lost, then proceeds. */
  requestClose: (proceed: () => void) => void;
}

export interface EditorLeave {
  requestClose: (proceed: () => void) => Promise<void>;
  /** Set while the user is asked whether to drop what could not be saved. */
  leaving: { reason: 'new' | 'unsaved'; proceed: () => void } | null;
  keepEditing: () => void;
  discard: () => void;
}

/** Leaving an editor as the interview editor does: save if possible, otherwise ask. */
export function useEditorLeave<R>(saver: RecordSaver<R>): EditorLeave {
  const [leaving, setLeaving] = useState<EditorLeave['leaving']>(null);
  const requestClose = async (proceed: () => void) => {
    if (!saver.hasUnsavedChanges()) return proceed();
    if (!saver.current()) return setLeaving({ reason: 'new', proceed });
    if (await saver.saveNow()) return proceed();
    setLeaving({ reason: 'unsaved', proceed });
  };
  return {
    requestClose,
    leaving,
    keepEditing: () => setLeaving(null),
    discard: () => {
      leaving?.proceed();
      setLeaving(null);
    },
  };
}

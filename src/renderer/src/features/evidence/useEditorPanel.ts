import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useReadOnly } from '../review/read-only';
import type { OpenRequest } from '../search/open-request';
import type { RecordEditorHandle } from './useEditorLeave';

/** Which record the side panel edits: a new one (id null) or an existing one; session remounts it. */
export type EditorTarget = { session: number; id: string | null };

/**
 * The list-and-side-panel behaviour of an evidence tab, as the Interviews tab has it: open a
 * record or a new one (Ctrl+N while the tab is shown), leave the open editor first (it saves
 * or asks), and open the record a search hit or a link asked for.
 */
export function useEditorPanel(openRequest: OpenRequest | null) {
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editorRef = useRef<RecordEditorHandle>(null);
  const sessions = useRef(0);

  const open = useCallback((id: string | null) => {
    sessions.current += 1;
    setEditing({ session: sessions.current, id });
    setSelectedId(id);
  }, []);
  const close = useCallback(() => setEditing(null), []);
  const leaveEditor = useCallback((then: () => void) => {
    if (editorRef.current) editorRef.current.requestClose(then);
    else then();
  }, []);
  /** From a list row: the open editor is left first. */
  const openRecord = useCallback((id: string) => leaveEditor(() => open(id)), [leaveEditor, open]);
  const openNew = useCallback(() => leaveEditor(() => open(null)), [leaveEditor, open]);

  useEffect(() => {
    if (openRequest) leaveEditor(() => open(openRequest.id));
  }, [openRequest, leaveEditor, open]);

  // Nothing new is created in a review copy (issue 6).
  const readOnly = useReadOnly();
  useHotkeys([['mod+N', () => readOnly || openNew(), { usePhysicalKeys: true }]], []);

  return { editing, selectedId, setSelectedId, editorRef, openRecord, openNew, close, leaveEditor };
}

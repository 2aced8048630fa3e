import { Button, CloseButton, Drawer, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { SaveStatus } from '../interviews/SaveStatus';
import { ReadOnlyBadge, ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';
import type { EditorLeave } from './useEditorLeave';
import type { RecordSaver } from './useRecordSaver';

export interface Deletion {
  heading: string;
  explanation: string;
  confirm: string;
  remove: () => Promise<unknown>;
  onDeleted: () => void;
}

interface RecordEditorFrameProps<R> {
  heading: string;
  saver: RecordSaver<R>;
  leave: EditorLeave;
  onClose: () => void;
  /** Null until the record exists. */
  deletion: Deletion | null;
  children: ReactNode;
  /** Where the record is cited: links to follow, so outside the read-only fieldset of a review copy. */
  usage?: ReactNode;
}

/** Ctrl+Z belongs to the text box while one has the focus: its own undo is finer-grained. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * The side panel around a site-visit or document form, as the interview editor has it:
 * heading, save state, Undo / Save (Ctrl+S) / Delete, the CONFLICT alert with Reload, and the
 * questions before deleting or dropping unsaved changes.
 */
export function RecordEditorFrame<R>({ heading, saver, leave, onClose, deletion, children, usage }: RecordEditorFrameProps<R>) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const { state, saved } = saver;
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => deletion?.remove() ?? Promise.resolve(null),
    onSuccess: () => deletion?.onDeleted(),
  });

  useHotkeys(
    [
      ['mod+S', () => void (readOnly || saver.saveNow()), { usePhysicalKeys: true }],
      [
        'mod+Z',
        (event: KeyboardEvent) => {
          if (isTextEntry(event.target) || !saver.canUndo) return;
          event.preventDefault();
          void saver.undo();
        },
        { usePhysicalKeys: true, preventDefault: false },
      ],
    ],
    [],
  );

  const error = 'error' in state ? state.error : null;
  return (
    <>
      <Drawer.Header>
        <Stack gap={6} style={{ flex: 1, minWidth: 0, paddingInlineEnd: 6 }}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Drawer.Title fz="h3" fw={600}>
              {heading}
            </Drawer.Title>
            <CloseButton aria-label={t('evidenceCommon.editor.close')} onClick={() => void leave.requestClose(onClose)} />
          </Group>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <SaveStatus state={state} />
            {readOnly ? (
              <ReadOnlyBadge />
            ) : (
              <Group gap="xs" wrap="wrap">
                {saved !== null && (
                  <Button size="xs" variant="default" disabled={!saver.canUndo} onClick={() => void saver.undo()}>
                    {t('evidenceCommon.editor.undo')}
                  </Button>
                )}
                <Button
                  size="xs"
                  onClick={() => void saver.saveNow()}
                  loading={state.kind === 'saving'}
                  aria-keyshortcuts="Control+S"
                  rightSection={
                    <Kbd size="xs" aria-hidden>
                      Ctrl+S
                    </Kbd>
                  }
                >
                  {saved !== null ? t('evidenceCommon.editor.saveNow') : t('evidenceCommon.editor.create')}
                </Button>
                {deletion && (
                  <Button size="xs" color="red" variant="light" onClick={() => setDeleting(true)}>
                    {t('evidenceCommon.editor.delete')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
        </Stack>
      </Drawer.Header>
      <Drawer.Body>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void saver.saveNow();
          }}
        >
          <Stack gap="md">
            {state.kind === 'conflict' ? (
              <ErrorAlert error={error}>
                <Text size="sm">{t('evidenceCommon.conflict.hint')}</Text>
                <Group>
                  <Button size="xs" variant="default" onClick={() => void saver.reload()}>
                    {t('evidenceCommon.conflict.reload')}
                  </Button>
                </Group>
              </ErrorAlert>
            ) : (
              <ErrorAlert error={error} />
            )}
            {saved === null && (
              <Text size="sm" c="dimmed">
                {t('evidenceCommon.editor.codeAfterSave')}
              </Text>
            )}
            <ReadOnlyHint />
            <ReadOnlyFieldset>
              <Stack gap="md">{children}</Stack>
            </ReadOnlyFieldset>
            {usage}
            <Text size="xs" c="dimmed">
              {t('evidenceCommon.editor.keyboardHint')}
            </Text>
          </Stack>
        </form>
      </Drawer.Body>
      {deletion && (
        <ConfirmModal
          opened={deleting}
          title={deletion.heading}
          explanation={deletion.explanation}
          confirmLabel={deletion.confirm}
          onCancel={() => setDeleting(false)}
          onConfirm={() => remove.mutate()}
          loading={remove.isPending}
        >
          <ErrorAlert error={remove.error} />
        </ConfirmModal>
      )}
      <ConfirmModal
        opened={leave.leaving !== null}
        title={t('evidenceCommon.discard.heading')}
        explanation={
          leave.leaving?.reason === 'new'
            ? t('evidenceCommon.discard.newExplanation')
            : t('evidenceCommon.discard.unsavedExplanation')
        }
        confirmLabel={t('evidenceCommon.discard.confirm')}
        cancelLabel={t('evidenceCommon.discard.keep')}
        onCancel={leave.keepEditing}
        onConfirm={leave.discard}
      />
    </>
  );
}

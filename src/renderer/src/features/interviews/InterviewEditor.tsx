import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, CloseButton, Drawer, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { Interview, InterviewCategory } from '../../../../shared/evidence';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ConfirmModal } from './ConfirmModal';
import { ConsentFields } from './ConsentFields';
import { GradingFields } from './GradingFields';
import { InterviewFields, type AgencyOption } from './InterviewFields';
import { emptyInterviewForm, interviewFormFrom, interviewFormSchema, type InterviewFormValues } from './interview-form';
import { NotesField } from './NotesField';
import { deleteInterview } from './queries';
import { SaveStatus } from './SaveStatus';
import { useInterviewSaver } from './useInterviewSaver';
import { InterviewIdentitySection } from '../vault/InterviewIdentitySection';
import { ReadOnlyBadge, ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

export interface InterviewEditorHandle {
  /** Leaving the editor (close, Ctrl+N): saves what is pending, asks before anything is lost, then proceeds. */
  requestClose: (proceed: () => void) => void;
}

interface InterviewEditorProps {
  /** The interview as loaded, or null for a new one. */
  initial: Interview | null;
  newCategory: InterviewCategory;
  calendar: Calendar;
  agencies: readonly AgencyOption[];
  onSaved: (interview: Interview, created: boolean) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<InterviewEditorHandle>;
}

/** Ctrl+Z belongs to the text box while one has the focus: its own undo is finer-grained. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

type Leaving = { reason: 'new' | 'unsaved'; proceed: () => void };

/** The interview editor inside the side panel: autosave, Ctrl+S, undo of the last change, delete. */
export function InterviewEditor({
  initial,
  newCategory,
  calendar,
  agencies,
  onSaved,
  onClose,
  onDeleted,
  ref,
}: InterviewEditorProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  // The reference list may arrive after the form opened: the resolver reads it when it validates.
  const [validation] = useState(() => {
    let agencyCodes: ReadonlySet<string> | null = null;
    return {
      resolver: zodResolver(interviewFormSchema(() => agencyCodes)),
      setAgencyCodes: (codes: ReadonlySet<string> | null) => {
        agencyCodes = codes;
      },
    };
  });
  useEffect(() => {
    validation.setAgencyCodes(agencies.length > 0 ? new Set(agencies.map((agency) => agency.code)) : null);
  }, [agencies, validation]);
  const form = useForm<InterviewFormValues>({
    resolver: validation.resolver,
    mode: 'onChange',
    defaultValues: initial ? interviewFormFrom(initial) : emptyInterviewForm(newCategory),
  });
  // The file's version as of the last write, read by passage coding right after it saves.
  const lastSaved = useRef<Interview | null>(initial);
  const saver = useInterviewSaver({
    form,
    initial,
    onSaved: (interview, created) => {
      lastSaved.current = interview;
      onSaved(interview, created);
    },
  });
  const { saved, state } = saver;
  const [deleting, setDeleting] = useState(false);
  const [leaving, setLeaving] = useState<Leaving | null>(null);

  const remove = useMutation({
    mutationFn: (id: string) => deleteInterview(id),
    onSuccess: onDeleted,
  });

  const requestClose = async (proceed: () => void) => {
    if (!saver.hasUnsavedChanges()) return proceed();
    if (!saver.saved) return setLeaving({ reason: 'new', proceed });
    if (await saver.saveNow()) return proceed();
    setLeaving({ reason: 'unsaved', proceed });
  };
  useImperativeHandle(ref, () => ({ requestClose: (proceed) => void requestClose(proceed) }));

  /** Passages are coded against the saved notes: pending changes (or a new interview) are saved first. */
  const ensureSaved = async (): Promise<Interview | null> => {
    if ((saver.hasUnsavedChanges() || !lastSaved.current) && !(await saver.saveNow())) return null;
    return lastSaved.current;
  };

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
        {/* Mantine narrows the header's end padding for its close button; the buttons below need it back. */}
        <Stack gap={6} style={{ flex: 1, minWidth: 0, paddingInlineEnd: 6 }}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Drawer.Title fz="h3" fw={600}>
                {saved ? t('interviews.editor.heading', { code: saved.code }) : t('interviews.editor.newHeading')}
              </Drawer.Title>
              {saved && (
                <Badge variant="light" tt="none" size="lg" fw={500}>
                  {t(`interviews.categories.${saved.category}`)}
                </Badge>
              )}
            </Group>
            <CloseButton aria-label={t('interviews.editor.close')} onClick={() => void requestClose(onClose)} />
          </Group>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <SaveStatus state={state} />
            {readOnly ? (
              <ReadOnlyBadge />
            ) : (
              <Group gap="xs" wrap="wrap">
                {saved && (
                  <Button size="xs" variant="default" disabled={!saver.canUndo} onClick={() => void saver.undo()}>
                    {t('interviews.editor.undo')}
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
                  {saved ? t('interviews.editor.saveNow') : t('interviews.editor.create')}
                </Button>
                {saved && (
                  <Button size="xs" color="red" variant="light" onClick={() => setDeleting(true)}>
                    {t('interviews.editor.delete')}
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
                <Text size="sm">{t('interviews.conflict.hint')}</Text>
                <Group>
                  <Button size="xs" variant="default" onClick={() => void saver.reload()}>
                    {t('interviews.conflict.reload')}
                  </Button>
                </Group>
              </ErrorAlert>
            ) : (
              <ErrorAlert error={error} />
            )}
            <ReadOnlyHint />
            <ReadOnlyFieldset>
              <Stack gap="md">
                <InterviewFields form={form} calendar={calendar} agencies={agencies} categoryLocked={saved !== null} />
                <ConsentFields form={form} calendar={calendar} />
                <GradingFields form={form} />
                <InterviewIdentitySection interviewId={saved?.id ?? null} />
                <NotesField
                  form={form}
                  coding={{ interview: saved, ensureSaved, hasUnsavedChanges: saver.hasUnsavedChanges }}
                />
              </Stack>
            </ReadOnlyFieldset>
            <Text size="xs" c="dimmed">
              {t('interviews.editor.keyboardHint')}
            </Text>
          </Stack>
        </form>
      </Drawer.Body>
      <ConfirmModal
        opened={deleting}
        title={t('interviews.delete.heading', { code: saved?.code ?? '' })}
        explanation={t('interviews.delete.explanation')}
        confirmLabel={t('interviews.delete.confirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => saved && remove.mutate(saved.id)}
        loading={remove.isPending}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
      <ConfirmModal
        opened={leaving !== null}
        title={t('interviews.discard.heading')}
        explanation={
          leaving?.reason === 'new'
            ? t('interviews.discard.newExplanation')
            : t('interviews.discard.unsavedExplanation')
        }
        confirmLabel={t('interviews.discard.confirm')}
        cancelLabel={t('interviews.discard.keep')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          leaving?.proceed();
          setLeaving(null);
        }}
      />
    </>
  );
}

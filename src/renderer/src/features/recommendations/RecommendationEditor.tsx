import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  CloseButton,
  Drawer,
  Group,
  Kbd,
  Stack,
  Text,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useImperativeHandle, useState, type Ref } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Finding, Recommendation } from '../../../../shared/analysis';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BmmaError } from '../../lib/bmma';
import { stashActionDraft } from '../action-plan/pending-draft';
import { serverFieldIssues } from '../action-plan/server-errors';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { useOpenRecord } from '../project/navigation';
import { createRecommendation, deleteRecommendation, fetchRecommendation, updateRecommendation } from './queries';
import {
  emptyRecommendationForm,
  recommendationFormFrom,
  recommendationFormSchema,
  sameRecommendation,
  toCreateInput,
  toUpdateInput,
  type RecommendationFormValues,
} from './recommendation-form';
import { RecommendationFields } from './RecommendationFields';
import { RecordLink } from './RecordLink';
import { ReviewBox } from '../review/ReviewBox';
import { ReadOnlyBadge, ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

export interface RecommendationEditorHandle {
  /** Leaving the editor (close, Ctrl+N, another record): asks before unsaved changes are lost. */
  requestClose: (proceed: () => void) => void;
}

interface RecommendationEditorProps {
  initial: Recommendation | null;
  subAreas: ComboboxItemGroup<ComboboxItem>[];
  findings: readonly Finding[];
  onSaved: (recommendation: Recommendation) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<RecommendationEditorHandle>;
}

const FORM_FIELDS = Object.keys(emptyRecommendationForm());

/** The recommendation editor: sub-area, linked findings, text EN/TH, priority, horizon; its actions. */
export function RecommendationEditor({
  initial,
  subAreas,
  findings,
  onSaved,
  onClose,
  onDeleted,
  ref,
}: RecommendationEditorProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const openRecord = useOpenRecord();
  const [saved, setSaved] = useState<Recommendation | null>(initial);
  const form = useForm<RecommendationFormValues>({
    resolver: zodResolver(recommendationFormSchema),
    mode: 'onChange',
    defaultValues: initial ? recommendationFormFrom(initial) : emptyRecommendationForm(),
  });
  // Every field is registered from defaultValues on, so the watched values are complete, not partial.
  const values = useWatch({ control: form.control }) as RecommendationFormValues;
  const [baseline, setBaseline] = useState<RecommendationFormValues>(() => form.getValues());
  const dirty = !sameRecommendation(values, baseline);
  const [deleting, setDeleting] = useState(false);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);

  const save = useMutation({
    mutationFn: (sent: RecommendationFormValues) =>
      saved ? updateRecommendation(toUpdateInput(sent, saved)) : createRecommendation(toCreateInput(sent)),
    onSuccess: (recommendation, sent) => {
      setSaved(recommendation);
      const stored = recommendationFormFrom(recommendation);
      setBaseline(stored);
      if (sameRecommendation(form.getValues(), sent)) form.reset(stored);
      onSaved(recommendation);
    },
    onError: (error) => {
      if (!(error instanceof BmmaError)) return;
      if (error.code === 'LINK_TARGET_MISSING')
        form.setError('findingIds', { type: 'server', message: 'recommendations.validation.linkMissing' });
      for (const issue of serverFieldIssues(error.details, FORM_FIELDS))
        form.setError(issue.field as FieldPath<RecommendationFormValues>, { type: issue.type });
    },
  });

  const saveNow = async (): Promise<boolean> => {
    if (!(await form.trigger())) return false;
    try {
      await save.mutateAsync(form.getValues());
      return true;
    } catch {
      return false;
    }
  };

  const reload = useMutation({
    mutationFn: (id: string) => fetchRecommendation(id),
    onSuccess: (recommendation) => {
      setSaved(recommendation);
      const stored = recommendationFormFrom(recommendation);
      setBaseline(stored);
      form.reset(stored);
      save.reset();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => deleteRecommendation(id), onSuccess: onDeleted });

  const requestClose = (proceed: () => void) => {
    if (!dirty) proceed();
    else setLeaving(() => proceed);
  };
  useImperativeHandle(ref, () => ({ requestClose }));
  // Inputs are not ignored: Ctrl+S must work while the user is typing.
  useHotkeys([['mod+S', () => void (readOnly || saveNow()), { usePhysicalKeys: true }]], []);

  const addAction = () => {
    if (!saved) return;
    const token = stashActionDraft({ recommendationId: saved.id, subAreaCode: saved.subAreaCode });
    requestClose(() => openRecord('action', token));
  };

  const conflict = save.error instanceof BmmaError && save.error.code === 'CONFLICT';
  const state = save.isPending
    ? t('common.saving')
    : !saved
      ? t('recommendations.editor.notSaved')
      : dirty
        ? t('recommendations.editor.unsaved')
        : t('recommendations.editor.saved');

  return (
    <>
      <Drawer.Header>
        <Stack gap={6} style={{ flex: 1, minWidth: 0, paddingInlineEnd: 6 }}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Drawer.Title fz="h3" fw={600}>
              {saved
                ? t('recommendations.editor.heading', { code: saved.code })
                : t('recommendations.editor.newHeading')}
            </Drawer.Title>
            <CloseButton aria-label={t('recommendations.editor.close')} onClick={() => requestClose(onClose)} />
          </Group>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text
              role="status"
              aria-live="polite"
              size="sm"
              c={dirty || !saved ? 'dimmed' : 'teal.8'}
              data-testid="recommendation-save-state"
            >
              {state}
            </Text>
            {readOnly ? (
              <ReadOnlyBadge />
            ) : (
              <Group gap="xs" wrap="wrap">
                <Button
                  size="xs"
                  onClick={() => void saveNow()}
                  loading={save.isPending}
                  aria-keyshortcuts="Control+S"
                  rightSection={
                    <Kbd size="xs" aria-hidden>
                      Ctrl+S
                    </Kbd>
                  }
                >
                  {saved ? t('recommendations.editor.save') : t('recommendations.editor.create')}
                </Button>
                {saved && (
                  <Button size="xs" color="red" variant="light" onClick={() => setDeleting(true)}>
                    {t('recommendations.editor.delete')}
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
            void saveNow();
          }}
        >
          <Stack gap="md">
            {conflict ? (
              <ErrorAlert error={save.error}>
                <Text size="sm">{t('recommendations.conflict.hint')}</Text>
                <Group>
                  <Button
                    size="xs"
                    variant="default"
                    loading={reload.isPending}
                    onClick={() => saved && reload.mutate(saved.id)}
                  >
                    {t('recommendations.conflict.reload')}
                  </Button>
                </Group>
              </ErrorAlert>
            ) : (
              <ErrorAlert error={save.error ?? reload.error} />
            )}
            <ReadOnlyHint />
            <ReadOnlyFieldset>
              <RecommendationFields
                form={form}
                subAreas={subAreas}
                findings={findings}
                linked={saved?.findings ?? []}
                subAreaLocked={saved !== null}
              />
            </ReadOnlyFieldset>
            {saved && (
              <Stack gap="xs" component="section" aria-labelledby="recommendation-actions-heading">
                <Text fw={600} size="sm" id="recommendation-actions-heading">
                  {t('recommendations.editor.actions')}
                </Text>
                {saved.actions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('recommendations.editor.noActions')}
                  </Text>
                ) : (
                  <Group gap="sm">
                    {saved.actions.map((action) => (
                      <RecordLink
                        key={action.id}
                        target="action"
                        id={action.id}
                        label={t('recommendations.openAction', { code: action.code })}
                      >
                        {action.code}
                      </RecordLink>
                    ))}
                  </Group>
                )}
                {!readOnly && (
                  <Group>
                    <Button variant="light" size="sm" onClick={addAction}>
                      {t('recommendations.editor.addAction')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
            <ReviewBox targetType="recommendation" targetId={saved?.id ?? null} version={saved?.updatedAt} />
            <Text size="xs" c="dimmed">
              {t('recommendations.editor.keyboardHint')}
            </Text>
          </Stack>
        </form>
      </Drawer.Body>
      <ConfirmModal
        opened={deleting}
        title={t('recommendations.delete.heading', { code: saved?.code ?? '' })}
        explanation={t('recommendations.delete.explanation')}
        confirmLabel={t('recommendations.delete.confirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => saved && remove.mutate(saved.id)}
        loading={remove.isPending}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
      <ConfirmModal
        opened={leaving !== null}
        title={t('recommendations.discard.heading')}
        explanation={t('recommendations.discard.explanation')}
        confirmLabel={t('recommendations.discard.confirm')}
        cancelLabel={t('recommendations.discard.keep')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          leaving?.();
          setLeaving(null);
        }}
      />
    </>
  );
}

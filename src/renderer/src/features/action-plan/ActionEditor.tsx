import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  CloseButton,
  Drawer,
  Grid,
  Group,
  Kbd,
  Stack,
  Text,
  Title,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { useElementSize, useHotkeys } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useImperativeHandle, useState, type ReactNode, type Ref } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/action-plan';
import type { Recommendation } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BmmaError } from '../../lib/bmma';
import { ConfirmModal } from '../interviews/ConfirmModal';
import {
  actionFormFrom,
  actionFormSchema,
  emptyActionForm,
  sameAction,
  toCreateInput,
  toUpdateInput,
  type ActionFormValues,
} from './action-form';
import { AgencyFields } from './AgencyFields';
import { BilingualFields } from './BilingualFields';
import { OriginFields } from './OriginFields';
import type { ActionDraft } from './pending-draft';
import { createActionItem, deleteActionItem, fetchActionItem, updateActionItem } from './queries';
import { ResourceFields } from './ResourceFields';
import { serverFieldIssues } from './server-errors';
import { SmartPanel } from './SmartPanel';
import { StatusBadge } from './StatusBadge';
import { StatusUpdates } from './StatusUpdates';
import { TimingFields } from './TimingFields';
import { ReviewBox } from '../review/ReviewBox';
import { ReadOnlyBadge, ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

export interface ActionEditorHandle {
  /** Leaving the editor (close, Ctrl+N, another item): asks before unsaved changes are lost. */
  requestClose: (proceed: () => void) => void;
}

interface ActionEditorProps {
  /** The item as loaded, or null for a new one. */
  initial: ActionItem | null;
  /** For a new item opened from a recommendation: its id and sub-area. */
  prefill?: ActionDraft | undefined;
  calendar: Calendar;
  subAreas: ComboboxItemGroup<ComboboxItem>[];
  agencies: ComboboxItem[];
  recommendations: readonly Recommendation[];
  onSaved: (item: ActionItem) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<ActionEditorHandle>;
}

const FORM_FIELDS = Object.keys(emptyActionForm());

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The action item editor: every field of PRODUCT.md 6, the live SMART check, status updates. */
export function ActionEditor({
  initial,
  prefill,
  calendar,
  subAreas,
  agencies,
  recommendations,
  onSaved,
  onClose,
  onDeleted,
  ref,
}: ActionEditorProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [saved, setSaved] = useState<ActionItem | null>(initial);
  const form = useForm<ActionFormValues>({
    resolver: zodResolver(actionFormSchema),
    mode: 'onChange',
    defaultValues: initial ? actionFormFrom(initial) : emptyActionForm(prefill),
  });
  // Every field is registered from defaultValues on, so the watched values are complete, not partial.
  const values = useWatch({ control: form.control }) as ActionFormValues;
  const [baseline, setBaseline] = useState<ActionFormValues>(() => form.getValues());
  const dirty = !sameAction(values, baseline);
  const [deleting, setDeleting] = useState(false);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);

  const save = useMutation({
    mutationFn: (sent: ActionFormValues) =>
      saved ? updateActionItem(toUpdateInput(sent, saved)) : createActionItem(toCreateInput(sent)),
    onSuccess: (item, sent) => {
      setSaved(item);
      const stored = actionFormFrom(item);
      setBaseline(stored);
      // What was typed while the save was on its way stays in the form (and stays unsaved).
      if (sameAction(form.getValues(), sent)) form.reset(stored);
      onSaved(item);
    },
    onError: (error) => {
      if (!(error instanceof BmmaError)) return;
      if (error.code === 'DATE_ORDER')
        form.setError('endDate', { type: 'server', message: 'actionPlan.validation.dateOrder' });
      if (error.code === 'LINK_TARGET_MISSING') {
        // The answer names the kind of record that is gone: the recommendation or an agency.
        const agency = error.details?.['kind'] === 'agency';
        const field = !agency
          ? 'recommendationId'
          : error.details?.['code'] === form.getValues('leadAgencyCode')
            ? 'leadAgencyCode'
            : 'supportingAgencyCodes';
        form.setError(field, { type: 'server', message: 'actionPlan.validation.linkMissing' });
      }
      for (const issue of serverFieldIssues(error.details, FORM_FIELDS))
        form.setError(issue.field as FieldPath<ActionFormValues>, { type: issue.type });
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
    mutationFn: (id: string) => fetchActionItem(id),
    onSuccess: (item) => {
      setSaved(item);
      const stored = actionFormFrom(item);
      setBaseline(stored);
      form.reset(stored);
      save.reset();
    },
  });

  const remove = useMutation({ mutationFn: (id: string) => deleteActionItem(id), onSuccess: onDeleted });

  const requestClose = (proceed: () => void) => {
    if (!dirty) proceed();
    else setLeaving(() => proceed);
  };
  useImperativeHandle(ref, () => ({ requestClose }));

  // Inputs are not ignored: Ctrl+S must work while the user is typing.
  useHotkeys([['mod+S', () => void (readOnly || saveNow()), { usePhysicalKeys: true }]], []);

  // The header's padding (md, top and bottom) is outside the measured content box.
  const { ref: headerRef, height: headerHeight } = useElementSize();
  const railTop = headerHeight + 2 * 16 + 8;

  const conflict = save.error instanceof BmmaError && save.error.code === 'CONFLICT';
  const state = save.isPending
    ? t('common.saving')
    : !saved
      ? t('actionPlan.editor.notSaved')
      : dirty
        ? t('actionPlan.editor.unsaved')
        : t('actionPlan.editor.saved');

  return (
    <>
      <Drawer.Header>
        <Stack ref={headerRef} gap={6} style={{ flex: 1, minWidth: 0, paddingInlineEnd: 6 }}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Drawer.Title fz="h3" fw={600}>
                {saved ? t('actionPlan.editor.heading', { code: saved.code }) : t('actionPlan.editor.newHeading')}
              </Drawer.Title>
              {saved && <StatusBadge status={saved.status} />}
            </Group>
            <CloseButton aria-label={t('actionPlan.editor.close')} onClick={() => requestClose(onClose)} />
          </Group>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text
              role="status"
              aria-live="polite"
              size="sm"
              c={dirty || !saved ? 'dimmed' : 'teal.8'}
              data-testid="action-save-state"
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
                  {saved ? t('actionPlan.editor.save') : t('actionPlan.editor.create')}
                </Button>
                {saved && (
                  <Button size="xs" color="red" variant="light" onClick={() => setDeleting(true)}>
                    {t('actionPlan.editor.delete')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
        </Stack>
      </Drawer.Header>
      <Drawer.Body>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void saveNow();
              }}
            >
              <Stack gap="lg">
                {conflict ? (
                  <ErrorAlert error={save.error}>
                    <Text size="sm">{t('actionPlan.conflict.hint')}</Text>
                    <Group>
                      <Button
                        size="xs"
                        variant="default"
                        loading={reload.isPending}
                        onClick={() => saved && reload.mutate(saved.id)}
                      >
                        {t('actionPlan.conflict.reload')}
                      </Button>
                    </Group>
                  </ErrorAlert>
                ) : (
                  <ErrorAlert error={save.error ?? reload.error} />
                )}
                <ReadOnlyHint />
                <ReadOnlyFieldset>
                  <Stack gap="lg">
                    <Section title={t('actionPlan.editor.sections.origin')}>
                      <OriginFields
                        form={form}
                        subAreas={subAreas}
                        recommendations={recommendations}
                        subAreaLocked={saved !== null}
                      />
                    </Section>
                    <Section title={t('actionPlan.editor.sections.content')}>
                      <BilingualFields form={form} />
                    </Section>
                    <Section title={t('actionPlan.editor.sections.agencies')}>
                      <AgencyFields form={form} agencies={agencies} />
                    </Section>
                    <Section title={t('actionPlan.editor.sections.timing')}>
                      <TimingFields form={form} calendar={calendar} />
                    </Section>
                    <Section title={t('actionPlan.editor.sections.resources')}>
                      <ResourceFields form={form} />
                    </Section>
                  </Stack>
                </ReadOnlyFieldset>
                <Text size="xs" c="dimmed">
                  {t('actionPlan.editor.keyboardHint')}
                </Text>
              </Stack>
            </form>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            {/* The SMART check stays in view while the form scrolls: the rail sticks under the
                drawer's (sticky) header and scrolls on its own when the timeline is long. */}
            <Stack
              gap="md"
              style={{
                position: 'sticky',
                top: railTop,
                maxHeight: `calc(100vh - ${railTop + 16}px)`,
                overflowY: 'auto',
              }}
            >
              <SmartPanel values={values} />
              <ReviewBox targetType="action" targetId={saved?.id ?? null} version={saved?.updatedAt} />
              <ReadOnlyFieldset>
                <StatusUpdates
                  key={saved?.id ?? 'new'}
                  item={saved}
                  calendar={calendar}
                  onAdded={(item) => {
                    // The update moved the item's updatedAt: later saves must expect the new one.
                    setSaved(item);
                    onSaved(item);
                  }}
                />
              </ReadOnlyFieldset>
            </Stack>
          </Grid.Col>
        </Grid>
      </Drawer.Body>
      <ConfirmModal
        opened={deleting}
        title={t('actionPlan.delete.heading', { code: saved?.code ?? '' })}
        explanation={t('actionPlan.delete.explanation')}
        confirmLabel={t('actionPlan.delete.confirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => saved && remove.mutate(saved.id)}
        loading={remove.isPending}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
      <ConfirmModal
        opened={leaving !== null}
        title={t('actionPlan.discard.heading')}
        explanation={t('actionPlan.discard.explanation')}
        confirmLabel={t('actionPlan.discard.confirm')}
        cancelLabel={t('actionPlan.discard.keep')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          leaving?.();
          setLeaving(null);
        }}
      />
    </>
  );
}

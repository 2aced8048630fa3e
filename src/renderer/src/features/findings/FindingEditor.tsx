import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, CloseButton, Drawer, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useImperativeHandle, useState, type Ref } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import type { FrameworkTree } from '../../../../shared/framework';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorCodeOf } from '../../lib/bmma';
import { EvidenceErrorHint } from '../evidence-picker/EvidenceErrorHint';
import { EvidencePicker } from '../evidence-picker/EvidencePicker';
import { evidenceKey, removeEvidence, sameEvidence, type EvidenceItem } from '../evidence-picker/evidence-options';
import { useOpenEvidence } from '../evidence-picker/useOpenEvidence';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { SaveStatus } from '../interviews/SaveStatus';
import type { SaveState } from '../interviews/useInterviewSaver';
import { useOpenRecord } from '../project/navigation';
import { AttributionWarnings } from './AttributionWarnings';
import { FindingFields } from './FindingFields';
import { FindingLinks } from './FindingLinks';
import {
  emptyFindingForm,
  findingFormFrom,
  findingFormSchema,
  toFindingCreateInput,
  toFindingUpdateInput,
  type FindingFormValues,
} from './finding-form';
import { createFinding, deleteFinding, fetchFinding, updateFinding } from './queries';
import { triangulate } from './triangulation';
import { TriangulationGauge } from './TriangulationGauge';
import { ReviewBox } from '../review/ReviewBox';
import { ReadOnlyBadge, ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

export interface FindingEditorHandle {
  /** Leaving the editor (close, Ctrl+N, opening another record): asks before unsaved changes are lost. */
  requestClose: (proceed: () => void) => void;
}

interface FindingEditorProps {
  /** The finding as loaded, or null for a new one. */
  initial: Finding | null;
  /** A new finding starts in this sub-area (the list's filter), if any. */
  newSubAreaCode: string | null;
  framework: FrameworkTree | undefined;
  calendar: Calendar;
  onSaved: (finding: Finding, created: boolean) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<FindingEditorHandle>;
}

const resolver = zodResolver(findingFormSchema);

/** The finding editor in the side panel: explicit save (Ctrl+S), delete with a confirmation. */
export function FindingEditor({
  initial,
  newSubAreaCode,
  framework,
  calendar,
  onSaved,
  onClose,
  onDeleted,
  ref,
}: FindingEditorProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const openRecord = useOpenRecord();
  const openEvidence = useOpenEvidence();
  const form = useForm<FindingFormValues>({
    resolver,
    defaultValues: initial ? findingFormFrom(initial) : emptyFindingForm(newSubAreaCode),
  });
  const { isDirty } = form.formState;
  const evidence = useWatch({ control: form.control, name: 'evidence' });
  const [saved, setSaved] = useState<Finding | null>(initial);
  const [savedAt, setSavedAt] = useState<string | null>(initial?.updatedAt ?? null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [removing, setRemoving] = useState(false);
  const [leaving, setLeaving] = useState<{ proceed: () => void } | null>(null);

  const save = async (): Promise<boolean> => {
    if (saving) return false;
    if (!(await form.trigger())) {
      setInvalid(true);
      return false;
    }
    setInvalid(false);
    setSaving(true);
    try {
      const values = form.getValues();
      const finding = saved
        ? await updateFinding(toFindingUpdateInput(values, saved))
        : await createFinding(toFindingCreateInput(values));
      setSaved(finding);
      setSavedAt(new Date().toISOString());
      setSaveError(null);
      form.reset(findingFormFrom(finding));
      onSaved(finding, saved === null);
      return true;
    } catch (error) {
      setSaveError(error);
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** After a CONFLICT: the file's version replaces the form. */
  const reload = async () => {
    if (!saved) return;
    try {
      const finding = await fetchFinding(saved.id);
      setSaved(finding);
      setSavedAt(finding.updatedAt);
      setSaveError(null);
      form.reset(findingFormFrom(finding));
    } catch (error) {
      setSaveError(error);
    }
  };

  const requestClose = (proceed: () => void) => {
    if (!form.formState.isDirty) return proceed();
    setLeaving({ proceed });
  };
  useImperativeHandle(ref, () => ({ requestClose }));
  useHotkeys([['mod+S', () => void (readOnly || save()), { usePhysicalKeys: true }]], []);

  const remove = async () => {
    if (!saved) return;
    setRemoving(true);
    try {
      await deleteFinding(saved.id);
      setDeleting(false);
      onDeleted();
    } catch (error) {
      setDeleteError(error);
    } finally {
      setRemoving(false);
    }
  };

  const errorCode = saveError ? errorCodeOf(saveError) : null;
  const state: SaveState = saving
    ? { kind: 'saving' }
    : errorCode === 'CONFLICT'
      ? { kind: 'conflict', error: saveError }
      : saveError
        ? { kind: 'failed', error: saveError }
        : invalid && isDirty
          ? { kind: 'invalid', error: null }
          : isDirty
            ? saved
              ? { kind: 'pending' }
              : { kind: 'new' }
            : saved && savedAt
              ? { kind: 'saved', at: savedAt }
              : { kind: 'new' };
  // The main process's answer while the evidence is as saved; the live rule while it is being changed.
  const evidenceAsSaved = saved !== null && sameEvidence(evidence, findingFormFrom(saved).evidence);
  const gauge = evidenceAsSaved && saved ? saved.triangulation : triangulate(evidence);
  const leaveAnd = (then: () => void) => requestClose(then);

  return (
    <>
      <Drawer.Header>
        <Stack gap={6} style={{ flex: 1, minWidth: 0, paddingInlineEnd: 6 }}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Drawer.Title fz="h3" fw={600}>
                {saved ? t('findings.editor.heading', { code: saved.code }) : t('findings.editor.newHeading')}
              </Drawer.Title>
              {saved && (
                <Badge variant="light" tt="none" size="lg" fw={500}>
                  {t(`findings.types.${saved.type}`)}
                </Badge>
              )}
            </Group>
            <CloseButton aria-label={t('findings.editor.close')} onClick={() => requestClose(onClose)} />
          </Group>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <SaveStatus state={state} />
            {readOnly ? (
              <ReadOnlyBadge />
            ) : (
              <Group gap="xs" wrap="wrap">
                <Button
                  size="xs"
                  onClick={() => void save()}
                  loading={saving}
                  aria-keyshortcuts="Control+S"
                  rightSection={
                    <Kbd size="xs" aria-hidden>
                      Ctrl+S
                    </Kbd>
                  }
                >
                  {saved ? t('findings.editor.save') : t('findings.editor.create')}
                </Button>
                {saved && (
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => {
                      setDeleteError(null);
                      setDeleting(true);
                    }}
                  >
                    {t('findings.editor.delete')}
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
            void save();
          }}
        >
          <Stack gap="lg">
            <ErrorAlert error={saveError}>
              {errorCode === 'CONFLICT' && (
                <Group>
                  <Button size="xs" variant="default" onClick={() => void reload()}>
                    {t('findings.editor.reload')}
                  </Button>
                </Group>
              )}
              <EvidenceErrorHint
                error={saveError}
                chosen={evidence}
                onOpenEvidence={(item: EvidenceItem) => leaveAnd(() => openEvidence(item))}
                onRemove={(item) =>
                  form.setValue('evidence', removeEvidence(evidence, evidenceKey(item)), { shouldDirty: true })
                }
              />
            </ErrorAlert>
            <ReadOnlyHint />
            <ReadOnlyFieldset>
              <FindingFields form={form} framework={framework} subAreaLocked={saved !== null} />
            </ReadOnlyFieldset>
            <Controller
              control={form.control}
              name="evidence"
              render={({ field }) => (
                <EvidencePicker
                  label={t('findings.form.evidence')}
                  description={t('findings.form.evidenceHint')}
                  value={field.value}
                  onChange={field.onChange}
                  calendar={calendar}
                  onOpen={(item) => leaveAnd(() => openEvidence(item))}
                />
              )}
            />
            <TriangulationGauge triangulation={gauge} source={evidenceAsSaved ? 'saved' : 'live'} />
            {saved && <AttributionWarnings warnings={saved.attributionWarnings} />}
            <ReviewBox targetType="finding" targetId={saved?.id ?? null} version={saved?.updatedAt} />
            {saved && (
              <FindingLinks
                recommendations={saved.recommendations}
                onOpen={(id) => leaveAnd(() => openRecord('recommendation', id))}
              />
            )}
            <Text size="xs" c="dimmed">
              {t('findings.editor.keyboardHint')}
            </Text>
          </Stack>
        </form>
      </Drawer.Body>
      <ConfirmModal
        opened={deleting}
        title={t('findings.delete.heading', { code: saved?.code ?? '' })}
        explanation={t('findings.delete.explanation')}
        confirmLabel={t('findings.delete.confirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => void remove()}
        loading={removing}
      >
        <ErrorAlert error={deleteError} />
      </ConfirmModal>
      <ConfirmModal
        opened={leaving !== null}
        title={t('findings.discard.heading')}
        explanation={saved ? t('findings.discard.unsavedExplanation') : t('findings.discard.newExplanation')}
        confirmLabel={t('findings.discard.confirm')}
        cancelLabel={t('findings.discard.keep')}
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          leaving?.proceed();
          setLeaving(null);
        }}
      />
    </>
  );
}

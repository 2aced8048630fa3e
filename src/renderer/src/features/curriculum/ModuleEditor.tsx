import { Alert, Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEACHING_METHODS, type CurriculumModule, type TeachingMethod } from '../../../../shared/curriculum';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUiLanguage } from '../framework/language';
import { useFindings } from '../findings/queries';
import { useAgencies } from '../reference/queries';
import { localErrors, serverErrors, type FieldErrors, type ModuleDraft } from './module-form';
import { agencyOptions, findingOptions } from './options';
import { OutcomesField } from './OutcomesField';
import { createModule, deleteModule, updateModule } from './queries';
import { ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

type Bilingual = { en: string; th: string };
type TextKey = 'title' | 'audience' | 'materials' | 'assessment' | 'trainerProfile' | 'outline';

interface ModuleEditorProps {
  /** The stored module, or null for a new one. */
  module: CurriculumModule | null;
  initial: ModuleDraft;
  onSaved: (module: CurriculumModule, created: boolean) => void;
  onDeleted: () => void;
  onClose: () => void;
}

/**
 * One module: its fields, learning outcomes and the findings it answers (only training-
 * addressable ones are offered). Saved with the Save button; a refused save keeps the draft
 * and names the field (duplicate code, hours out of range, a finding not training-addressable).
 */
export function ModuleEditor({ module, initial, onSaved, onDeleted, onClose }: ModuleEditorProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const findings = useFindings({});
  const agencies = useAgencies();
  const [draft, setDraft] = useState<ModuleDraft>(initial);
  const [stored, setStored] = useState<CurriculumModule | null>(module);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const set = (patch: Partial<ModuleDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const bilingual = (key: TextKey, en: string, th: string, rows = 1) => {
    const value = draft[key] as Bilingual;
    const Field = rows > 1 ? Textarea : TextInput;
    return (
      <SimpleGrid cols={2} spacing="sm">
        <Field
          label={en}
          value={value.en}
          {...(rows > 1 ? { autosize: true, minRows: rows } : {})}
          onChange={(event) => set({ [key]: { ...value, en: event.currentTarget.value } })}
        />
        <Field
          label={th}
          lang="th"
          value={value.th}
          {...(rows > 1 ? { autosize: true, minRows: rows } : {})}
          onChange={(event) => set({ [key]: { ...value, th: event.currentTarget.value } })}
        />
      </SimpleGrid>
    );
  };

  const save = async () => {
    const local = localErrors(draft, t);
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0 || draft.hours === '') return;
    setSaving(true);
    try {
      const fields = { ...draft, hours: draft.hours, code: draft.code.trim() };
      const saved = stored
        ? await updateModule({ id: stored.id, expectedUpdatedAt: stored.updatedAt, ...fields })
        : await createModule(fields);
      setStored(saved);
      onSaved(saved, stored === null);
    } catch (error) {
      const placed = serverErrors(error, t);
      if (placed) setErrors(placed);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!stored) return;
    try {
      await deleteModule(stored.id);
      onDeleted();
    } catch (error) {
      setFailure(error);
    }
  };

  const methodOptions = TEACHING_METHODS.map((method) => ({ value: method, label: t(`curriculum.methods.${method}`) }));
  const pickable = findingOptions(findings.data ?? [], stored?.findings ?? [], language, (code) =>
    t('curriculum.editor.staleFinding', { code }),
  );

  return (
    <Stack gap="sm" data-testid="module-editor">
      <ReadOnlyHint />
      <ReadOnlyFieldset>
        <Stack gap="sm">
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label={t('curriculum.editor.code')}
              description={t('curriculum.editor.codeHint')}
              required
              value={draft.code}
              error={errors.code}
              onChange={(event) => set({ code: event.currentTarget.value })}
            />
            <NumberInput
              label={t('curriculum.editor.hours')}
              description={t('curriculum.editor.hoursHint')}
              required
              min={0}
              max={40}
              // Kept as typed: a silent clamp to 40 would save a value the user did not enter.
              clampBehavior="none"
              step={0.5}
              decimalScale={2}
              value={draft.hours}
              error={errors.hours}
              onChange={(value) => set({ hours: typeof value === 'number' ? value : value === '' ? '' : Number(value) })}
            />
            <NumberInput
              label={t('curriculum.editor.order')}
              min={0}
              max={10000}
              allowDecimal={false}
              value={draft.order}
              onChange={(value) => set({ order: typeof value === 'number' ? value : 0 })}
            />
          </SimpleGrid>
          {bilingual('title', t('curriculum.editor.titleEn'), t('curriculum.editor.titleTh'))}
          <MultiSelect
            label={t('curriculum.editor.findings')}
            description={t('curriculum.editor.findingsHint')}
            data={pickable}
            value={draft.findingIds}
            searchable
            error={errors.findingIds}
            onChange={(findingIds) => set({ findingIds })}
            data-testid="finding-picker"
          />
          {bilingual('audience', t('curriculum.editor.audienceEn'), t('curriculum.editor.audienceTh'))}
          <SimpleGrid cols={2} spacing="sm">
            <MultiSelect
              label={t('curriculum.editor.methods')}
              data={methodOptions}
              value={draft.methods}
              onChange={(methods) => set({ methods: methods as TeachingMethod[] })}
            />
            <Select
              label={t('curriculum.editor.leadAgency')}
              data={agencyOptions(agencies.data ?? [], language)}
              value={draft.leadAgencyCode}
              searchable
              clearable
              onChange={(leadAgencyCode) => set({ leadAgencyCode })}
            />
          </SimpleGrid>
          <OutcomesField value={draft.outcomes} error={errors.outcomes} onChange={(outcomes) => set({ outcomes })} />
          {bilingual('outline', t('curriculum.editor.outlineEn'), t('curriculum.editor.outlineTh'), 3)}
          {bilingual('materials', t('curriculum.editor.materialsEn'), t('curriculum.editor.materialsTh'), 2)}
          {bilingual('assessment', t('curriculum.editor.assessmentEn'), t('curriculum.editor.assessmentTh'), 2)}
          {bilingual('trainerProfile', t('curriculum.editor.trainerEn'), t('curriculum.editor.trainerTh'), 2)}
        </Stack>
      </ReadOnlyFieldset>
      <ErrorAlert error={failure} />
      {confirming && stored && (
        <Alert color="red" variant="light">
          <Stack gap="xs">
            {t('curriculum.editor.confirmDelete', { code: stored.code })}
            <Group>
              <Button color="red" size="xs" onClick={() => void remove()}>
                {t('curriculum.editor.delete')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                {t('curriculum.editor.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group justify="space-between">
        <Group>
          {!readOnly && (
            <Button onClick={() => void save()} loading={saving}>
              {t('curriculum.editor.save')}
            </Button>
          )}
          <Button variant="default" onClick={onClose}>
            {t('curriculum.editor.close')}
          </Button>
        </Group>
        {stored && !confirming && !readOnly && (
          <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
            {t('curriculum.editor.delete')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

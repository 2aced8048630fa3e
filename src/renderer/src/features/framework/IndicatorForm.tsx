import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import {
  EVIDENCE_TYPES,
  EVIDENCE_TYPE_LABELS,
  INDICATOR_SCOPES,
  INDICATOR_SCOPE_LABELS,
} from '../../../../shared/reference/vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BmmaError } from '../../lib/bmma';
import { useFieldError } from '../../lib/form-schemas';
import {
  emptyIndicatorForm,
  fieldErrorsFromDetails,
  indicatorForm,
  indicatorFormFrom,
  rubricRowsFor,
  toCreateInput,
  toUpdateInput,
  type IndicatorFormValues,
} from './indicator-form';
import { languagesInOrder, localized, otherLanguage, useUiLanguage, type Bilingual } from './language';
import { useCreateIndicator, useUpdateIndicator } from './queries';
import { RubricFields } from './RubricFields';

export type IndicatorFormTarget =
  { mode: 'add'; subAreaCode: string; subAreaName: Bilingual } | { mode: 'edit'; indicator: ProjectIndicator };

interface IndicatorFormProps {
  target: IndicatorFormTarget;
  scales: Scale[];
  onCancel: () => void;
  onSaved: (indicator: ProjectIndicator, mode: IndicatorFormTarget['mode']) => void;
}

function initialValues(target: IndicatorFormTarget, scales: Scale[]): IndicatorFormValues {
  if (target.mode === 'add') return emptyIndicatorForm(scales[0]);
  const scale = scales.find((candidate) => candidate.id === target.indicator.scale);
  return indicatorFormFrom(target.indicator, scale);
}

/** Text and guidance in both languages, scale, optional level descriptors, expected evidence and scope. */
export function IndicatorForm({ target, scales, onCancel, onSaved }: IndicatorFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = useFieldError();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const mutation = target.mode === 'edit' ? update : create;

  const form = useForm<IndicatorFormValues>({
    resolver: zodResolver(indicatorForm),
    defaultValues: initialValues(target, scales),
  });
  const { errors } = form.formState;
  const scaleId = useWatch({ control: form.control, name: 'scale' });
  const scale = scales.find((candidate) => candidate.id === scaleId);

  /** Enter saves from any text box, Shift+Enter starts a new line: indicator texts are short. */
  const submitOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  };

  // A VALIDATION answer names the fields it refused: highlight them, the alert says the rest.
  const showServerIssues = (error: unknown) => {
    if (!(error instanceof BmmaError) || error.code !== 'VALIDATION') return;
    for (const { field, message } of fieldErrorsFromDetails(error.details)) form.setError(field, { message });
  };

  const save = (values: IndicatorFormValues) => {
    if (target.mode === 'add')
      create.mutate(toCreateInput(values, target.subAreaCode), {
        onSuccess: (indicator) => onSaved(indicator, 'add'),
        onError: showServerIssues,
      });
    else
      update.mutate(toUpdateInput(values, target.indicator.id), {
        onSuccess: (indicator) => onSaved(indicator, 'edit'),
        onError: showServerIssues,
      });
  };

  const languages = languagesInOrder(language);
  const languageName = (lang: 'en' | 'th') => t(`framework.languages.${lang}`);

  return (
    <form ref={formRef} onSubmit={form.handleSubmit(save)} noValidate>
      <Stack gap="md">
        {target.mode === 'add' && (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {t('framework.detail.subArea', { code: target.subAreaCode })} · {localized(target.subAreaName, language)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('framework.form.nextCode', { code: target.subAreaCode })}
            </Text>
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {languages.map((lang, index) => (
            <Textarea
              key={lang}
              label={t('framework.form.text', { language: languageName(lang) })}
              lang={lang}
              autosize
              minRows={2}
              maxRows={8}
              data-autofocus={index === 0 || undefined}
              error={fieldError(errors.text?.[lang])}
              {...form.register(`text.${lang}`, { deps: [`text.${otherLanguage(lang)}`] })}
              onKeyDown={submitOnEnter}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {languages.map((lang) => (
            <Textarea
              key={lang}
              label={t('framework.form.guidance', { language: languageName(lang) })}
              lang={lang}
              autosize
              minRows={2}
              maxRows={8}
              error={fieldError(errors.guidance?.[lang])}
              {...form.register(`guidance.${lang}`)}
              onKeyDown={submitOnEnter}
            />
          ))}
        </SimpleGrid>
        <Controller
          control={form.control}
          name="scale"
          render={({ field }) => (
            <Select
              label={t('framework.form.scale')}
              required
              allowDeselect={false}
              data={scales.map((candidate) => ({ value: candidate.id, label: localized(candidate.name, language) }))}
              value={field.value}
              onChange={(value) => {
                if (!value) return;
                field.onChange(value);
                // The level descriptors follow the scale's levels; text already written for a level value is kept.
                const next = scales.find((candidate) => candidate.id === value);
                form.setValue('rubric', rubricRowsFor(next, form.getValues('rubric')));
              }}
              onBlur={field.onBlur}
              error={fieldError(errors.scale)}
            />
          )}
        />
        <RubricFields form={form} scale={scale} onKeyDown={submitOnEnter} />
        <Controller
          control={form.control}
          name="expectedEvidence"
          render={({ field }) => (
            <MultiSelect
              label={t('framework.form.expectedEvidence')}
              placeholder={field.value.length === 0 ? t('framework.form.expectedEvidencePlaceholder') : undefined}
              data={EVIDENCE_TYPES.map((type) => ({ value: type, label: EVIDENCE_TYPE_LABELS[type][language] }))}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              clearable
              hidePickedOptions
              error={fieldError(errors.expectedEvidence)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="scope"
          render={({ field }) => (
            <Checkbox.Group
              label={t('framework.form.scope')}
              required
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldError(errors.scope)}
            >
              <Group gap="lg" mt="xs">
                {INDICATOR_SCOPES.map((scope) => (
                  <Checkbox key={scope} value={scope} label={INDICATOR_SCOPE_LABELS[scope][language]} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <ErrorAlert error={mutation.error} />
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('framework.form.keyboardHint')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {target.mode === 'edit' ? t('framework.form.submitEdit') : t('framework.form.submitAdd')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

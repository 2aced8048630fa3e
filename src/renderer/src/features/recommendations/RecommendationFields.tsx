import { Group, MultiSelect, Select, Stack, Textarea, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HORIZONS, PRIORITIES, type Finding, type Recommendation } from '../../../../shared/analysis';
import { firstFieldError, usePlanFieldError } from '../action-plan/field-error';
import { localized, useUiLanguage } from '../framework/language';
import { shorten } from './plan-options';
import type { RecommendationFormValues } from './recommendation-form';
import { RecordLink } from './RecordLink';

interface RecommendationFieldsProps {
  form: UseFormReturn<RecommendationFormValues>;
  subAreas: ComboboxItemGroup<ComboboxItem>[];
  findings: readonly Finding[];
  /** The findings the saved recommendation links, deleted ones included. */
  linked: Recommendation['findings'];
  subAreaLocked: boolean;
}

function isPriority(value: string | null): value is RecommendationFormValues['priority'] {
  return value !== null && (PRIORITIES as readonly string[]).includes(value);
}

function isHorizon(value: string | null): value is RecommendationFormValues['horizon'] {
  return value !== null && (HORIZONS as readonly string[]).includes(value);
}

export function RecommendationFields({ form, subAreas, findings, linked, subAreaLocked }: RecommendationFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = usePlanFieldError('recommendations');
  const chosen = useWatch({ control: form.control, name: 'findingIds' });
  const live = new Set(findings.map((finding) => finding.id));
  // A finding deleted since it was linked is still offered, marked, so its pill shows and can be removed.
  const findingOptions: ComboboxItem[] = [
    ...findings.map((finding) => ({
      value: finding.id,
      label: `${finding.code} – ${shorten(localized(finding.statement, language), 90)}`,
    })),
    ...linked
      .filter((finding) => !live.has(finding.id))
      .map((finding) => ({ value: finding.id, label: t('recommendations.deletedFinding', { code: finding.code }) })),
  ];
  const codeOf = new Map([...findings, ...linked].map((finding) => [finding.id, finding.code]));
  const errors = form.formState.errors;

  return (
    <Stack gap="md">
      <Controller
        control={form.control}
        name="subAreaCode"
        render={({ field, fieldState }) => (
          <Select
            label={t('recommendations.editor.subArea')}
            description={t('recommendations.editor.subAreaHint')}
            placeholder={t('recommendations.editor.subAreaPlaceholder')}
            data={subAreas}
            value={field.value === '' ? null : field.value}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            disabled={subAreaLocked}
            required
            searchable
            maxDropdownHeight={360}
            error={fieldError(fieldState.error)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="findingIds"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('recommendations.editor.findings')}
            description={t('recommendations.editor.findingsHint')}
            placeholder={field.value.length === 0 ? t('recommendations.editor.findingsPlaceholder') : undefined}
            nothingFoundMessage={t('recommendations.editor.noFindings')}
            data={findingOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={360}
            error={fieldError(fieldState.error)}
          />
        )}
      />
      {chosen.some((id) => live.has(id)) && (
        <Group gap="sm" mt={-8}>
          {chosen
            .filter((id) => live.has(id))
            .map((id) => (
              <RecordLink
                key={id}
                target="finding"
                id={id}
                label={t('recommendations.openFinding', { code: codeOf.get(id) ?? '' })}
              >
                {codeOf.get(id)}
              </RecordLink>
            ))}
        </Group>
      )}
      <Textarea
        lang="th"
        label={t('recommendations.editor.textTh')}
        description={t('recommendations.editor.textHint')}
        autosize
        minRows={3}
        maxRows={12}
        error={fieldError(firstFieldError(errors.text?.th))}
        {...form.register('text.th', { deps: ['text.en'] })}
      />
      <Textarea
        lang="en"
        label={t('recommendations.editor.textEn')}
        autosize
        minRows={3}
        maxRows={12}
        error={fieldError(firstFieldError(errors.text?.en))}
        {...form.register('text.en')}
      />
      <Group grow gap="md" align="flex-start">
        <Controller
          control={form.control}
          name="priority"
          render={({ field }) => (
            <Select
              label={t('recommendations.editor.priority')}
              data={PRIORITIES.map((priority) => ({
                value: priority,
                label: t(`recommendations.priorities.${priority}`),
              }))}
              value={field.value}
              onChange={(value) => isPriority(value) && field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDeselect={false}
            />
          )}
        />
        <Controller
          control={form.control}
          name="horizon"
          render={({ field }) => (
            <Select
              label={t('recommendations.editor.horizon')}
              data={HORIZONS.map((horizon) => ({ value: horizon, label: t(`recommendations.horizons.${horizon}`) }))}
              value={field.value}
              onChange={(value) => isHorizon(value) && field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDeselect={false}
            />
          )}
        />
      </Group>
    </Stack>
  );
}

import { Group, Select, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../../shared/analysis';
import { localized, useUiLanguage } from '../framework/language';
import { shorten } from '../recommendations/plan-options';
import type { ActionFormValues } from './action-form';
import { usePlanFieldError } from './field-error';

interface OriginFieldsProps {
  form: UseFormReturn<ActionFormValues>;
  subAreas: ComboboxItemGroup<ComboboxItem>[];
  recommendations: readonly Recommendation[];
  /** The sub-area gives the code: fixed once the code is assigned. */
  subAreaLocked: boolean;
}

/** Where the item comes from: its sub-area (which gives the code) and the recommendation it carries out. */
export function OriginFields({ form, subAreas, recommendations, subAreaLocked }: OriginFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = usePlanFieldError('actionPlan');
  const options = recommendations.map((recommendation) => ({
    value: recommendation.id,
    label: `${recommendation.code} – ${shorten(localized(recommendation.text, language), 80)}`,
  }));
  return (
    <Group grow align="flex-start" gap="md" wrap="wrap">
      <Controller
        control={form.control}
        name="subAreaCode"
        render={({ field, fieldState }) => (
          <Select
            label={t('actionPlan.editor.subArea')}
            description={t('actionPlan.editor.subAreaHint')}
            placeholder={t('actionPlan.editor.subAreaPlaceholder')}
            data={subAreas}
            value={field.value === '' ? null : field.value}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            disabled={subAreaLocked}
            required
            searchable
            maxDropdownHeight={360}
            miw={260}
            error={
              fieldState.error
                ? fieldState.error.type === 'too_small'
                  ? t('actionPlan.validation.subAreaRequired')
                  : fieldError(fieldState.error)
                : undefined
            }
          />
        )}
      />
      <Controller
        control={form.control}
        name="recommendationId"
        render={({ field, fieldState }) => (
          <Select
            label={t('actionPlan.editor.recommendation')}
            description={t('actionPlan.editor.recommendationHint')}
            placeholder={t('actionPlan.editor.recommendationPlaceholder')}
            data={options}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              // A new item takes its sub-area from the recommendation when none was chosen yet.
              const chosen = recommendations.find((recommendation) => recommendation.id === value);
              if (chosen && !subAreaLocked && form.getValues('subAreaCode') === '')
                form.setValue('subAreaCode', chosen.subAreaCode, { shouldValidate: true, shouldDirty: true });
            }}
            onBlur={field.onBlur}
            ref={field.ref}
            searchable
            clearable
            maxDropdownHeight={360}
            miw={260}
            error={fieldError(fieldState.error)}
          />
        )}
      />
    </Group>
  );
}

import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../../shared/action-plan';
import { useUiLanguage } from '../framework/language';
import type { ActionFormValues } from './action-form';
import { usePlanFieldError } from './field-error';

function isCurrency(value: string | null): value is ActionFormValues['currency'] {
  return value !== null && (CURRENCIES as readonly string[]).includes(value);
}

/** Estimated cost with thousands separators, its currency, and the funding source. */
export function ResourceFields({ form }: { form: UseFormReturn<ActionFormValues> }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = usePlanFieldError('actionPlan');
  return (
    <Group grow align="flex-start" gap="md" wrap="wrap">
      <Controller
        control={form.control}
        name="estimatedCost"
        render={({ field, fieldState }) => (
          <NumberInput
            label={t('actionPlan.editor.estimatedCost')}
            value={field.value ?? ''}
            onChange={(value) => field.onChange(typeof value === 'number' && Number.isFinite(value) ? value : null)}
            onBlur={field.onBlur}
            ref={field.ref}
            thousandSeparator=","
            decimalScale={2}
            allowNegative={false}
            min={0}
            max={1e12}
            hideControls
            inputMode="decimal"
            lang={language}
            miw={180}
            error={fieldState.error ? t('actionPlan.validation.costInvalid') : undefined}
          />
        )}
      />
      <Controller
        control={form.control}
        name="currency"
        render={({ field }) => (
          <Select
            label={t('actionPlan.editor.currency')}
            data={CURRENCIES.map((currency) => ({ value: currency, label: t(`actionPlan.currencies.${currency}`) }))}
            value={field.value}
            onChange={(value) => isCurrency(value) && field.onChange(value)}
            onBlur={field.onBlur}
            ref={field.ref}
            allowDeselect={false}
            miw={170}
          />
        )}
      />
      <TextInput
        label={t('actionPlan.editor.fundingSource')}
        placeholder={t('actionPlan.editor.fundingSourcePlaceholder')}
        miw={220}
        error={fieldError(form.formState.errors.fundingSource)}
        {...form.register('fundingSource')}
      />
    </Group>
  );
}

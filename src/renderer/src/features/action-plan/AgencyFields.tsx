import { Group, MultiSelect, Select, type ComboboxItem } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActionFormValues } from './action-form';
import { usePlanFieldError } from './field-error';

interface AgencyFieldsProps {
  form: UseFormReturn<ActionFormValues>;
  agencies: ComboboxItem[];
}

/** One lead agency (DOMAIN.md 1.9) and any number of supporting ones; the lead is never also supporting. */
export function AgencyFields({ form, agencies }: AgencyFieldsProps) {
  const { t } = useTranslation();
  const fieldError = usePlanFieldError('actionPlan');
  const lead = useWatch({ control: form.control, name: 'leadAgencyCode' });
  return (
    <Group grow align="flex-start" gap="md" wrap="wrap">
      <Controller
        control={form.control}
        name="leadAgencyCode"
        render={({ field, fieldState }) => (
          <Select
            label={t('actionPlan.editor.leadAgency')}
            description={t('actionPlan.editor.leadAgencyHint')}
            placeholder={t('actionPlan.editor.leadAgencyPlaceholder')}
            data={agencies}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              const supporting = form.getValues('supportingAgencyCodes');
              if (value && supporting.includes(value))
                form.setValue(
                  'supportingAgencyCodes',
                  supporting.filter((code) => code !== value),
                  { shouldDirty: true },
                );
            }}
            onBlur={field.onBlur}
            ref={field.ref}
            searchable
            clearable
            maxDropdownHeight={320}
            miw={260}
            error={fieldError(fieldState.error)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="supportingAgencyCodes"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('actionPlan.editor.supportingAgencies')}
            placeholder={field.value.length === 0 ? t('actionPlan.editor.supportingAgenciesPlaceholder') : undefined}
            data={agencies.filter((agency) => agency.value !== lead)}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={320}
            miw={260}
            error={fieldError(fieldState.error)}
          />
        )}
      />
    </Group>
  );
}

import { Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { CONSENT_MODES, PERMITTED_USES } from '../../../../shared/evidence';
import { DatePartsField } from './DatePartsField';
import { useInterviewFieldError } from './field-error';
import type { InterviewFormValues } from './interview-form';

interface ConsentFieldsProps {
  form: UseFormReturn<InterviewFormValues>;
  calendar: Calendar;
}

/** The consent record (DOMAIN.md 3.3): mode, information sheet, permitted use, recording, withdrawal. */
export function ConsentFields({ form, calendar }: ConsentFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useInterviewFieldError();
  const errors = form.formState.errors.consent;

  return (
    <Fieldset legend={t('interviews.editor.sections.consent')} variant="filled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="consent.mode"
            render={({ field }) => (
              <Radio.Group
                label={t('interviews.editor.consentMode')}
                required
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={fieldError(errors?.mode)}
              >
                <Group gap="lg" mt="xs">
                  {CONSENT_MODES.map((mode) => (
                    <Radio key={mode} value={mode} label={t(`interviews.consentModes.${mode}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput
            label={t('interviews.editor.infoSheetVersion')}
            placeholder={t('interviews.editor.infoSheetPlaceholder')}
            error={fieldError(errors?.infoSheetVersion)}
            {...form.register('consent.infoSheetVersion')}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="consent.permittedUse"
          render={({ field }) => (
            <Radio.Group
              label={t('interviews.editor.permittedUse')}
              required
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldError(errors?.permittedUse)}
            >
              <Group gap="lg" mt="xs">
                {PERMITTED_USES.map((use) => (
                  <Radio key={use} value={use} label={t(`interviews.permittedUse.${use}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name="consent.recordingAllowed"
          render={({ field }) => (
            <Checkbox
              label={t('interviews.editor.recordingAllowed')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="consent.withdrawnAt"
          render={({ field }) => (
            <DatePartsField
              label={t('interviews.editor.withdrawnAt')}
              description={t('interviews.editor.withdrawnHint')}
              precision="day"
              calendar={calendar}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={fieldError(errors?.withdrawnAt)}
            />
          )}
        />
      </Stack>
    </Fieldset>
  );
}

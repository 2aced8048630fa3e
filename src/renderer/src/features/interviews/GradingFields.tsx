import { Fieldset, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INFORMATION_GRADES, SENSITIVITY_LEVELS, SOURCE_GRADES } from '../../../../shared/evidence';
import { useInterviewFieldError } from './field-error';
import type { InterviewFormValues } from './interview-form';

/** Sensitivity and the reliability grade: source A–F and information 1–6, each with its meaning. */
export function GradingFields({ form }: { form: UseFormReturn<InterviewFormValues> }) {
  const { t } = useTranslation();
  const fieldError = useInterviewFieldError();
  const { errors } = form.formState;

  return (
    <Fieldset legend={t('interviews.editor.sections.grading')} variant="filled">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="sensitivity"
          render={({ field }) => (
            <Select
              label={t('interviews.editor.sensitivity')}
              required
              allowDeselect={false}
              data={SENSITIVITY_LEVELS.map((level) => ({ value: level, label: t(`interviews.sensitivity.${level}`) }))}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              onBlur={field.onBlur}
              error={fieldError(errors.sensitivity)}
              maw={{ sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="reliability.source"
            render={({ field }) => (
              <Select
                label={t('interviews.editor.source')}
                required
                allowDeselect={false}
                data={SOURCE_GRADES.map((grade) => ({
                  value: grade,
                  label: `${grade} – ${t(`interviews.source.${grade}`)}`,
                }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.reliability?.source)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="reliability.information"
            render={({ field }) => (
              <Select
                label={t('interviews.editor.information')}
                required
                allowDeselect={false}
                data={INFORMATION_GRADES.map((grade) => ({
                  value: String(grade),
                  label: `${grade} – ${t(`interviews.information.${grade}`)}`,
                }))}
                value={String(field.value)}
                onChange={(value) => value && field.onChange(Number(value))}
                onBlur={field.onBlur}
                error={fieldError(errors.reliability?.information)}
              />
            )}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('interviews.editor.gradingHint')}
        </Text>
      </Stack>
    </Fieldset>
  );
}

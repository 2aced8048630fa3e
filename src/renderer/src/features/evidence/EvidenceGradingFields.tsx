import { Fieldset, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Controller, type Control, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  INFORMATION_GRADES,
  INTERVIEW_LANGUAGES,
  SENSITIVITY_LEVELS,
  SOURCE_GRADES,
  type Reliability,
  type Sensitivity,
} from '../../../../shared/evidence';
import { useEvidenceFieldError } from './field-error';

/** The fields every evidence item has (PRODUCT.md 4): sensitivity, language, reliability. */
export interface EvidenceMetaValues {
  sensitivity: Sensitivity;
  language: (typeof INTERVIEW_LANGUAGES)[number];
  reliability: Reliability;
}

/**
 * Sensitivity, language and the reliability grade (source A–F, information 1–6), for any
 * editor whose form has these three fields. The interview editor's GradingFields is bound to
 * the interview form; this one serves site visits and documents.
 */
export function EvidenceGradingFields<T extends EvidenceMetaValues>({ form }: { form: UseFormReturn<T> }) {
  const { t } = useTranslation();
  const fieldError = useEvidenceFieldError();
  // The form has these fields (T extends EvidenceMetaValues), but react-hook-form's path types
  // cannot see that through a generic: narrow the control to the part this component edits.
  const control = form.control as unknown as Control<EvidenceMetaValues>;
  const errors = form.formState.errors as FieldErrors<EvidenceMetaValues>;

  return (
    <Fieldset legend={t('evidenceCommon.grading.heading')} variant="filled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={control}
            name="sensitivity"
            render={({ field }) => (
              <Select
                label={t('evidenceCommon.grading.sensitivity')}
                required
                allowDeselect={false}
                data={SENSITIVITY_LEVELS.map((level) => ({ value: level, label: t(`interviews.sensitivity.${level}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.sensitivity)}
              />
            )}
          />
          <Controller
            control={control}
            name="language"
            render={({ field }) => (
              <Select
                label={t('evidenceCommon.grading.language')}
                required
                allowDeselect={false}
                data={INTERVIEW_LANGUAGES.map((code) => ({ value: code, label: t(`interviews.languages.${code}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.language)}
              />
            )}
          />
          <Controller
            control={control}
            name="reliability.source"
            render={({ field }) => (
              <Select
                label={t('evidenceCommon.grading.source')}
                required
                allowDeselect={false}
                data={SOURCE_GRADES.map((grade) => ({ value: grade, label: `${grade} – ${t(`interviews.source.${grade}`)}` }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.reliability?.source)}
              />
            )}
          />
          <Controller
            control={control}
            name="reliability.information"
            render={({ field }) => (
              <Select
                label={t('evidenceCommon.grading.information')}
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
          {t('evidenceCommon.grading.hint')}
        </Text>
      </Stack>
    </Fieldset>
  );
}

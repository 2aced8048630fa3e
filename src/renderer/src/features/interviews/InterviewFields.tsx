import { Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Calendar } from '../../../../shared/dates';
import { INTERVIEW_CATEGORIES, INTERVIEW_LANGUAGES, type InterviewCategory } from '../../../../shared/evidence';
import type { agencyOut } from '../../../../shared/framework';
import { DatePartsField } from './DatePartsField';
import { firstFieldError, useInterviewFieldError } from './field-error';
import { categoryFields, type InterviewFormValues } from './interview-form';
import { useUiLanguage } from './language';

export type AgencyOption = z.infer<typeof agencyOut>;

interface InterviewFieldsProps {
  form: UseFormReturn<InterviewFormValues>;
  calendar: Calendar;
  agencies: readonly AgencyOption[];
  /** After the first save the category is fixed: it set the pseudonym code. */
  categoryLocked: boolean;
}

/** Who, where and when: category, agency, generalised location, month or date, language, interviewers, interpreter. */
export function InterviewFields({ form, calendar, agencies, categoryLocked }: InterviewFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = useInterviewFieldError();
  const { errors } = form.formState;
  const category = useWatch({ control: form.control, name: 'category' });
  const interpreterUsed = useWatch({ control: form.control, name: 'interpreter.used' });
  const interviewDate = useWatch({ control: form.control, name: 'interviewDate' });
  const fields = categoryFields(category);

  const languageOptions = INTERVIEW_LANGUAGES.map((code) => ({
    value: code,
    label: t(`interviews.languages.${code}`),
  }));
  const agencyOptions = agencies.map((agency) => ({
    value: agency.code,
    label: `${agency.abbreviation[language]} – ${agency.name[language]}`,
  }));

  const changeCategory = (next: InterviewCategory) => {
    form.setValue('category', next, { shouldDirty: true });
    const nextFields = categoryFields(next);
    // What the new category does not record is cleared, so nothing hidden is sent.
    if (!nextFields.exactDay) form.setValue('interviewDate', null, { shouldDirty: true });
    if (!nextFields.agency) form.setValue('agencyCode', null, { shouldDirty: true });
    form.clearErrors();
  };

  return (
    <Fieldset legend={t('interviews.editor.sections.interview')} variant="filled">
      <Stack gap="md">
        {categoryLocked ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('interviews.editor.category')}
            </Text>
            <Text size="sm">{t(`interviews.categories.${category}`)}</Text>
            <Text size="xs" c="dimmed">
              {t('interviews.editor.categoryFixed')}
            </Text>
          </Stack>
        ) : (
          <Radio.Group
            label={t('interviews.editor.category')}
            description={t('interviews.editor.codeAfterSave')}
            value={category}
            onChange={(value) => changeCategory(value as InterviewCategory)}
            required
          >
            <Group gap="lg" mt="xs">
              {INTERVIEW_CATEGORIES.map((value) => (
                <Radio key={value} value={value} label={t(`interviews.categories.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {fields.agency && (
          <Controller
            control={form.control}
            name="agencyCode"
            render={({ field }) => (
              <Select
                label={t('interviews.editor.agency')}
                description={fields.agencyRequired ? t('interviews.editor.agencyHint') : undefined}
                placeholder={t('interviews.editor.agencyPlaceholder')}
                required={fields.agencyRequired}
                searchable
                clearable={!fields.agencyRequired}
                data={agencyOptions}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                maxDropdownHeight={320}
                error={fieldError(errors.agencyCode)}
              />
            )}
          />
        )}
        <TextInput
          label={t('interviews.editor.location')}
          description={t('interviews.editor.locationHint')}
          required={fields.locationRequired}
          error={fieldError(errors.location)}
          {...form.register('location')}
        />
        <Controller
          control={form.control}
          name="month"
          render={({ field }) => (
            <DatePartsField
              label={fields.exactDay ? t('interviews.editor.date') : t('interviews.editor.month')}
              description={fields.exactDay ? t('interviews.editor.dateHint') : t('interviews.editor.monthHint')}
              precision={fields.exactDay ? 'dayOptional' : 'month'}
              calendar={calendar}
              required={fields.monthRequired}
              value={(fields.exactDay ? interviewDate : null) ?? field.value}
              onChange={(value) => {
                // One picker, two fields: the month always, the day only when it was picked.
                const day = value !== null && value.length === 10 ? value : null;
                form.setValue('interviewDate', day, { shouldDirty: true });
                field.onChange(value === null ? null : value.slice(0, 7));
              }}
              error={fieldError(errors.month) ?? fieldError(errors.interviewDate)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="language"
            render={({ field }) => (
              <Select
                label={t('interviews.editor.language')}
                required
                allowDeselect={false}
                data={languageOptions}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.language)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="interviewers"
            render={({ field }) => (
              <TagsInput
                label={t('interviews.editor.interviewers')}
                description={t('interviews.editor.interviewersHint')}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                maxTags={10}
                splitChars={[',', ' ']}
                error={fieldError(firstFieldError(errors.interviewers))}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
          <Controller
            control={form.control}
            name="interpreter.used"
            render={({ field }) => (
              <Checkbox
                label={t('interviews.editor.interpreterUsed')}
                checked={field.value}
                onChange={(event) => {
                  field.onChange(event.currentTarget.checked);
                  if (!event.currentTarget.checked) form.setValue('interpreter.language', null, { shouldDirty: true });
                }}
                mt={{ sm: 30 }}
              />
            )}
          />
          <Controller
            control={form.control}
            name="interpreter.language"
            render={({ field }) => (
              <Select
                label={t('interviews.editor.interpreterLanguage')}
                disabled={!interpreterUsed}
                required={interpreterUsed}
                data={languageOptions}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldError(errors.interpreter?.language)}
              />
            )}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

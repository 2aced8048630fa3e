import { Fieldset, SimpleGrid, Stack, Switch, Text, Textarea } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Scale } from '../../../../shared/framework';
import { useFieldError } from '../../lib/form-schemas';
import type { IndicatorFormValues } from './indicator-form';
import { languagesInOrder, localized, otherLanguage, useUiLanguage } from './language';

interface RubricFieldsProps {
  form: UseFormReturn<IndicatorFormValues>;
  scale: Scale | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/** The optional level descriptors written for this indicator, one pair of boxes per level of its scale. */
export function RubricFields({ form, scale, onKeyDown }: RubricFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = useFieldError();
  const enabled = useWatch({ control: form.control, name: 'rubricEnabled' });
  const rows = useWatch({ control: form.control, name: 'rubric' });
  const { errors } = form.formState;

  return (
    <Stack gap="sm">
      <Switch
        label={t('framework.form.rubricToggle')}
        description={t('framework.form.rubricHint')}
        error={fieldError(errors.rubricEnabled)}
        {...form.register('rubricEnabled')}
      />
      {enabled &&
        scale &&
        rows.map((row, index) => {
          const level = scale.levels.find((candidate) => candidate.value === row.value);
          return (
            <Fieldset
              key={`${scale.id}-${row.value}`}
              legend={t('framework.form.rubricLevel', {
                value: row.value,
                label: level ? localized(level.label, language) : '',
              })}
              variant="filled"
            >
              <Stack gap="xs">
                {level && (
                  <Text size="sm" c="dimmed">
                    {localized(level.descriptor, language)}
                  </Text>
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {languagesInOrder(language).map((lang) => (
                    <Textarea
                      key={lang}
                      lang={lang}
                      label={t('framework.form.rubricDescriptor', { language: t(`framework.languages.${lang}`) })}
                      autosize
                      minRows={2}
                      maxRows={6}
                      error={fieldError(errors.rubric?.[index]?.descriptor?.[lang])}
                      {...form.register(`rubric.${index}.descriptor.${lang}`, {
                        deps: [`rubric.${index}.descriptor.${otherLanguage(lang)}`],
                      })}
                      onKeyDown={onKeyDown}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            </Fieldset>
          );
        })}
    </Stack>
  );
}

import { Group, MultiSelect, Radio, Select, SimpleGrid, Stack, Switch, Text, Textarea } from '@mantine/core';
import { Controller, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FINDING_TYPES, SEVERITIES } from '../../../../shared/analysis';
import type { FrameworkTree } from '../../../../shared/framework';
import { INDICATOR_SCOPE_LABELS } from '../../../../shared/reference/vocabulary';
import { languagesInOrder, localized, useUiLanguage } from '../framework/language';
import { useAgencies, useCrossingPoints } from '../reference/queries';
import { TrainingIcon } from './icons';
import { FINDING_LIMITS, type FindingFormValues, type FindingMessageKey } from './finding-form';

interface FindingFieldsProps {
  form: UseFormReturn<FindingFormValues>;
  framework: FrameworkTree | undefined;
  /** After the first save the sub-area is fixed: it gave the code. */
  subAreaLocked: boolean;
}

function isMessageKey(value: string | undefined): value is FindingMessageKey {
  return typeof value === 'string' && value.startsWith('findings.validation.');
}

/** Sub-area, type, severity, statement (both languages), training flag and scopes. */
export function FindingFields({ form, framework, subAreaLocked }: FindingFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies();
  const crossingPoints = useCrossingPoints();
  const { errors } = form.formState;
  const fieldError = (error: FieldError | undefined) =>
    error ? t(isMessageKey(error.message) ? error.message : 'findings.validation.invalidValue') : undefined;

  const subAreaOptions = (framework?.areas ?? []).map((area) => ({
    group: `${area.code} · ${localized(area.name, language)}`,
    items: area.subAreas.map((subArea) => ({
      value: subArea.code,
      label: `${subArea.code} · ${localized(subArea.name, language)}`,
    })),
  }));
  const scopeOptions = [
    {
      group: INDICATOR_SCOPE_LABELS.national[language],
      items: [{ value: 'national', label: INDICATOR_SCOPE_LABELS.national[language] }],
    },
    {
      group: t('findings.form.scopeAgencies'),
      items: (agencies.data ?? []).map((agency) => ({
        value: `agency:${agency.code}`,
        label: `${agency.abbreviation[language]} – ${agency.name[language]}`,
      })),
    },
    {
      group: t('findings.form.scopeCrossingPoints'),
      items: (crossingPoints.data ?? []).map((point) => ({
        value: `crossing_point:${point.code}`,
        label: `${localized(point.name, language)} · ${point.code}`,
      })),
    },
  ];

  return (
    <Stack gap="md">
      <Controller
        control={form.control}
        name="subAreaCode"
        render={({ field, fieldState }) => (
          <Select
            label={t('findings.form.subArea')}
            description={subAreaLocked ? t('findings.form.subAreaFixed') : t('findings.form.subAreaHint')}
            placeholder={t('findings.form.subAreaPlaceholder')}
            data={subAreaOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            disabled={subAreaLocked}
            searchable
            required
            error={fieldError(fieldState.error)}
            nothingFoundMessage={t('findings.form.nothingFound')}
            maxDropdownHeight={360}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Radio.Group label={t('findings.form.type')} value={field.value} onChange={field.onChange} required>
              <Group gap="md" mt="xs">
                {FINDING_TYPES.map((type) => (
                  <Radio key={type} value={type} label={t(`findings.types.${type}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name="severity"
          render={({ field }) => (
            <Radio.Group label={t('findings.form.severity')} value={field.value} onChange={field.onChange} required>
              <Group gap="md" mt="xs">
                {SEVERITIES.map((severity) => (
                  <Radio key={severity} value={severity} label={t(`findings.severities.${severity}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {languagesInOrder(language).map((lang) => (
            <Textarea
              key={lang}
              lang={lang}
              label={t('findings.form.statement', { language: t(`framework.languages.${lang}`) })}
              autosize
              minRows={4}
              maxRows={12}
              maxLength={FINDING_LIMITS.statement}
              error={fieldError(errors.statement?.[lang])}
              {...form.register(`statement.${lang}`)}
            />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('findings.form.statementHint')}
        </Text>
      </Stack>
      <Controller
        control={form.control}
        name="trainingAddressable"
        render={({ field }) => (
          <Switch
            label={
              <Group gap={6} component="span" wrap="nowrap">
                <TrainingIcon />
                <span>{t('findings.form.trainingAddressable')}</span>
              </Group>
            }
            description={t('findings.form.trainingHint')}
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="scopes"
        render={({ field, fieldState }) => (
          <MultiSelect
            label={t('findings.form.scopes')}
            description={t('findings.form.scopesHint')}
            placeholder={field.value.length === 0 ? t('findings.form.scopesPlaceholder') : undefined}
            data={scopeOptions}
            value={field.value}
            onChange={field.onChange}
            searchable
            clearable
            hidePickedOptions
            error={fieldError(fieldState.error)}
            nothingFoundMessage={t('findings.form.nothingFound')}
            maxDropdownHeight={320}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
    </Stack>
  );
}

import { Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INDICATOR_SCOPE_LABELS, type IndicatorScope } from '../../../../shared/reference/vocabulary';
import { localized, useUiLanguage } from '../framework/language';
import { useAgencies, useCrossingPoints } from '../reference/queries';

interface RatingScopeFieldsProps {
  /** The scopes the indicator allows. */
  allowed: readonly IndicatorScope[];
  scopeType: IndicatorScope;
  scopeCode: string | null;
  onChange: (scope: { type: IndicatorScope; code: string | null }) => void;
  error?: string | undefined;
  /** Editing: the scope names the rating and is shown, not changed. */
  fixedLabel?: string | undefined;
}

/** Where the rating applies: national, one agency or one crossing point (searchable lists). */
export function RatingScopeFields({
  allowed,
  scopeType,
  scopeCode,
  onChange,
  error,
  fixedLabel,
}: RatingScopeFieldsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies();
  const crossingPoints = useCrossingPoints();

  if (fixedLabel !== undefined)
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('ratings.form.scope')}
        </Text>
        <Text size="sm">
          {INDICATOR_SCOPE_LABELS[scopeType][language]} · {fixedLabel}
        </Text>
        <Text size="xs" c="dimmed">
          {t('ratings.form.scopeFixed')}
        </Text>
      </Stack>
    );

  const agencyOptions = (agencies.data ?? []).map((agency) => ({
    value: agency.code,
    label: `${agency.abbreviation[language]} – ${agency.name[language]}`,
  }));
  const crossingPointOptions = (crossingPoints.data ?? []).map((point) => ({
    value: point.code,
    label: `${localized(point.name, language)} · ${point.code}`,
  }));

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('ratings.form.scope')}
        value={scopeType}
        onChange={(next) => onChange({ type: next as IndicatorScope, code: null })}
        required
      >
        <Group gap="lg" mt="xs">
          {allowed.map((type) => (
            <Radio key={type} value={type} label={INDICATOR_SCOPE_LABELS[type][language]} />
          ))}
        </Group>
      </Radio.Group>
      {scopeType === 'agency' && (
        <Select
          label={t('ratings.form.agency')}
          placeholder={t('ratings.form.agencyPlaceholder')}
          data={agencyOptions}
          value={scopeCode}
          onChange={(code) => onChange({ type: 'agency', code })}
          searchable
          required
          error={error}
          nothingFoundMessage={t('ratings.form.nothingFound')}
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {scopeType === 'crossing_point' && (
        <Select
          label={t('ratings.form.crossingPoint')}
          placeholder={t('ratings.form.crossingPointPlaceholder')}
          data={crossingPointOptions}
          value={scopeCode}
          onChange={(code) => onChange({ type: 'crossing_point', code })}
          searchable
          required
          error={error}
          nothingFoundMessage={t('ratings.form.nothingFound')}
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {scopeType === 'national' && error && (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}

import { Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { filterByTerms } from '../evidence/option-filter';
import { inLanguage } from '../evidence/format';
import { useUiLanguage } from '../interviews/language';
import { isCrossingMode } from './site-visit-form';

export type CrossingPoint = ChannelOutput<'reference.crossingPoints'>[number];
type Province = ChannelOutput<'reference.provinces'>[number];

interface CrossingPointSelectProps {
  value: string | null;
  onChange: (code: string | null) => void;
  onBlur: () => void;
  crossingPoints: readonly CrossingPoint[];
  provinces: readonly Province[];
  error: string | undefined;
}

/**
 * The crossing point visited, from the project's reference list: its name in the UI language
 * with the type of crossing and the province, searchable by any of these in either language,
 * by its code or by another spelling of its name.
 */
export function CrossingPointSelect({ value, onChange, onBlur, crossingPoints, provinces, error }: CrossingPointSelectProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { options, searchTexts, details } = useMemo(() => {
    const provinceByCode = new Map(provinces.map((province) => [province.code, province]));
    const searchTexts = new Map<string, (string | null | undefined)[]>();
    const details = new Map<string, string>();
    const options = crossingPoints.map((point) => {
      const province = provinceByCode.get(point.provinceCode);
      const provinceName = province ? inLanguage(province.name, language) : point.provinceCode;
      const mode = isCrossingMode(point.mode) ? t(`siteVisits.modes.${point.mode}`) : point.mode;
      const name = inLanguage(point.name, language);
      searchTexts.set(point.code, [
        point.code,
        point.name.en,
        point.name.th,
        ...(point.aliases ?? []),
        province?.name.en,
        province?.name.th,
        ...(province?.aliases ?? []),
      ]);
      details.set(point.code, `${mode} · ${provinceName}`);
      return { value: point.code, label: t('siteVisits.editor.crossingPointOption', { name, mode, province: provinceName }) };
    });
    return { options, searchTexts, details };
  }, [crossingPoints, provinces, language, t]);

  return (
    <Select
      label={t('siteVisits.editor.crossingPoint')}
      description={t('siteVisits.editor.crossingPointHint')}
      placeholder={t('siteVisits.editor.crossingPointPlaceholder')}
      nothingFoundMessage={t('siteVisits.editor.nothingFound')}
      required
      searchable
      data={options}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      filter={({ options: parsed, search }) => filterByTerms(parsed, search, (code) => searchTexts.get(code) ?? [])}
      maxDropdownHeight={340}
      error={error}
      renderOption={({ option }) => {
        const point = crossingPoints.find((candidate) => candidate.code === option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{point ? inLanguage(point.name, language) : option.label}</Text>
            <Text size="xs" c="dimmed">
              {details.get(option.value)}
            </Text>
          </Stack>
        );
      }}
    />
  );
}

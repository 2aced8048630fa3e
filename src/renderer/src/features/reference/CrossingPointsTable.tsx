import { Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { CROSSING_MODE_LABELS, CROSSING_STATUS_LABELS } from '../../../../shared/reference/vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { localized, useUiLanguage } from '../framework/language';
import { NameCell } from './NameCell';
import { useCrossingPoints, useProvinces } from './queries';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';

type CrossingPoint = ChannelOutput<'reference.crossingPoints'>[number];

/** "Myanmar" / "เมียนมา (พม่า)" from the ISO code, with the platform's own country names (no list to maintain). */
function countryNamer(language: 'en' | 'th'): (code: string) => string {
  const names = new Intl.DisplayNames([language === 'th' ? 'th-TH' : 'en-GB'], { type: 'region', fallback: 'code' });
  return (code) => names.of(code) ?? code;
}

/** Border crossing points: mode, status, province (joined with the province list), neighbour country and counterpart post. */
export function CrossingPointsTable() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const crossingPoints = useCrossingPoints();
  const provinces = useProvinces();
  const provinceNames = useMemo(
    () => new Map((provinces.data ?? []).map((province) => [province.code, province.name])),
    [provinces.data],
  );
  const provinceName = (code: string) => {
    const name = provinceNames.get(code);
    return name ? localized(name, language) : code;
  };
  const countryName = useMemo(() => countryNamer(language), [language]);

  const columns: ReferenceColumn<CrossingPoint>[] = [
    {
      key: 'name',
      header: t('reference.columns.name'),
      render: (point) => <NameCell name={point.name} note={point.code} toVerify={point.toVerify} />,
      sortValue: (point) => localized(point.name, language),
    },
    {
      key: 'mode',
      header: t('reference.columns.mode'),
      width: '11%',
      render: (point) => <Text size="sm">{CROSSING_MODE_LABELS[point.mode][language]}</Text>,
      sortValue: (point) => CROSSING_MODE_LABELS[point.mode][language],
    },
    {
      key: 'status',
      header: t('reference.columns.status'),
      width: '14%',
      render: (point) => <Text size="sm">{CROSSING_STATUS_LABELS[point.status][language]}</Text>,
      sortValue: (point) => CROSSING_STATUS_LABELS[point.status][language],
    },
    {
      key: 'province',
      header: t('reference.columns.province'),
      width: '14%',
      render: (point) => <Text size="sm">{provinceName(point.provinceCode)}</Text>,
      sortValue: (point) => provinceName(point.provinceCode),
    },
    {
      key: 'neighbour',
      header: t('reference.columns.neighbour'),
      width: '14%',
      render: (point) => (
        <Text size="sm" c={point.neighbourCountry ? undefined : 'dimmed'}>
          {point.neighbourCountry ? countryName(point.neighbourCountry) : '—'}
        </Text>
      ),
      sortValue: (point) => (point.neighbourCountry ? countryName(point.neighbourCountry) : '\uffff'),
    },
    {
      key: 'counterpart',
      header: t('reference.columns.counterpart'),
      width: '16%',
      render: (point) =>
        point.counterpart ? (
          <NameCell name={point.counterpart} />
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
  ];

  const searchTexts = useCallback(
    (point: CrossingPoint) => [
      point.code,
      point.name.en,
      point.name.th,
      ...(point.aliases ?? []),
      point.counterpart?.en,
      point.counterpart?.th,
      provinceNames.get(point.provinceCode)?.en,
      provinceNames.get(point.provinceCode)?.th,
      point.neighbourCountry ? countryName(point.neighbourCountry) : null,
      CROSSING_MODE_LABELS[point.mode].en,
      CROSSING_MODE_LABELS[point.mode].th,
    ],
    [provinceNames, countryName],
  );

  const error = crossingPoints.error ?? provinces.error;
  if (error) return <ErrorAlert error={error} />;
  return (
    <ReferenceTable
      label={t('reference.tabs.crossingPoints')}
      rows={crossingPoints.data ?? []}
      columns={columns}
      rowKey={(point) => point.id}
      searchTexts={searchTexts}
      initialSort="province"
      minWidth={960}
    />
  );
}

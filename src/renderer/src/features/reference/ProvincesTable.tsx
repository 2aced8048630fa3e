import { Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { REGION_LABELS } from '../../../../shared/reference/vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { otherLanguage, useUiLanguage } from '../framework/language';
import { useProvinces } from './queries';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';

type Province = ChannelOutput<'reference.provinces'>[number];

/** The 77 provinces (ISO 3166-2:TH codes), in both languages, with their region and other spellings. */
export function ProvincesTable() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const other = otherLanguage(language);
  const provinces = useProvinces();

  const columns: ReferenceColumn<Province>[] = [
    {
      key: 'code',
      header: t('reference.columns.code'),
      width: '12%',
      render: (province) => (
        <Text size="sm" ff="monospace">
          {province.code}
        </Text>
      ),
      sortValue: (province) => province.code,
    },
    {
      key: 'name',
      header: t('reference.columns.name'),
      render: (province) => (
        <>
          <Text size="sm" fw={500} lang={language}>
            {province.name[language]}
          </Text>
          {province.aliases && province.aliases.length > 0 && (
            <Text size="xs" c="dimmed">
              {province.aliases.join(' · ')}
            </Text>
          )}
        </>
      ),
      sortValue: (province) => province.name[language],
    },
    {
      key: 'otherName',
      header: t('reference.columns.otherName'),
      render: (province) => (
        <Text size="sm" lang={other}>
          {province.name[other]}
        </Text>
      ),
      sortValue: (province) => province.name[other],
    },
    {
      key: 'region',
      header: t('reference.columns.region'),
      width: '24%',
      render: (province) => <Text size="sm">{REGION_LABELS[province.region][language]}</Text>,
      sortValue: (province) => REGION_LABELS[province.region][language],
    },
  ];

  const searchTexts = useCallback(
    (province: Province) => [province.code, province.name.en, province.name.th, ...(province.aliases ?? [])],
    [],
  );

  if (provinces.isError) return <ErrorAlert error={provinces.error} />;
  return (
    <ReferenceTable
      label={t('reference.tabs.provinces')}
      rows={provinces.data ?? []}
      columns={columns}
      rowKey={(province) => province.id}
      searchTexts={searchTexts}
      initialSort="name"
      minWidth={600}
    />
  );
}

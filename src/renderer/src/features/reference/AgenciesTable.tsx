import { Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { AGENCY_TYPE_LABELS } from '../../../../shared/reference/vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { localized, useUiLanguage } from '../framework/language';
import { NameCell } from './NameCell';
import { useAgencies } from './queries';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';
import { YesNo } from './YesNo';

type Agency = ChannelOutput<'reference.agencies'>[number];

/** Agencies with their abbreviations, type, parent, and whether they benefit from the project or sit on the TWG. */
export function AgenciesTable() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies();
  const byCode = useMemo(() => new Map((agencies.data ?? []).map((agency) => [agency.code, agency])), [agencies.data]);

  const columns: ReferenceColumn<Agency>[] = [
    {
      key: 'abbreviation',
      header: t('reference.columns.abbreviation'),
      width: '12%',
      render: (agency) => (
        <Text size="sm" fw={600}>
          {localized(agency.abbreviation, language)}
        </Text>
      ),
      sortValue: (agency) => localized(agency.abbreviation, language),
    },
    {
      key: 'name',
      header: t('reference.columns.name'),
      render: (agency) => <NameCell name={agency.name} note={agency.code} />,
      sortValue: (agency) => localized(agency.name, language),
    },
    {
      key: 'type',
      header: t('reference.columns.type'),
      width: '14%',
      render: (agency) => <Text size="sm">{AGENCY_TYPE_LABELS[agency.type][language]}</Text>,
      sortValue: (agency) => AGENCY_TYPE_LABELS[agency.type][language],
    },
    {
      key: 'parent',
      header: t('reference.columns.parent'),
      width: '12%',
      render: (agency) => {
        const parent = agency.parent ? byCode.get(agency.parent) : undefined;
        return (
          <Text size="sm" title={parent ? localized(parent.name, language) : undefined}>
            {parent ? localized(parent.abbreviation, language) : (agency.parent ?? '—')}
          </Text>
        );
      },
    },
    {
      key: 'beneficiary',
      header: t('reference.columns.beneficiary'),
      width: '13%',
      render: (agency) => <YesNo value={agency.beneficiary} />,
      sortValue: (agency) => (agency.beneficiary ? 0 : 1),
    },
    {
      key: 'twg',
      header: t('reference.columns.twg'),
      width: '13%',
      render: (agency) => <YesNo value={agency.twg} />,
      sortValue: (agency) => (agency.twg ? 0 : 1),
    },
  ];

  const searchTexts = useCallback(
    (agency: Agency) => [agency.code, agency.name.en, agency.name.th, agency.abbreviation.en, agency.abbreviation.th],
    [],
  );

  if (agencies.isError) return <ErrorAlert error={agencies.error} />;
  return (
    <ReferenceTable
      label={t('reference.tabs.agencies')}
      rows={agencies.data ?? []}
      columns={columns}
      rowKey={(agency) => agency.id}
      searchTexts={searchTexts}
      initialSort="name"
      minWidth={860}
    />
  );
}

import { Button, Table, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { INSTRUMENT_KIND_LABELS, INSTRUMENT_STATUS_LABELS } from '../../../../shared/reference/vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { localized, useUiLanguage } from '../framework/language';
import { NameCell } from './NameCell';
import { ProvisionList } from './ProvisionList';
import { useLegalInstruments } from './queries';
import { ReferenceTable, type ReferenceColumn } from './ReferenceTable';

type LegalInstrument = ChannelOutput<'reference.legalInstruments'>[number];

/** Laws, decrees and treaties with their year (B.E., and C.E. in English), kind, status and key provisions. */
export function LegalInstrumentsTable() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const instruments = useLegalInstruments();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const titles = useMemo(
    () => new Map((instruments.data ?? []).map((instrument) => [instrument.code, instrument.title])),
    [instruments.data],
  );

  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const year = (instrument: LegalInstrument) =>
    instrument.yearBE === null
      ? t('reference.year.none')
      : t('reference.year.withCE', { be: instrument.yearBE, ce: instrument.yearCE });

  const columns: ReferenceColumn<LegalInstrument>[] = [
    {
      key: 'title',
      header: t('reference.columns.title'),
      render: (instrument) => {
        const amended = instrument.amends ? titles.get(instrument.amends) : undefined;
        return (
          <>
            <NameCell name={instrument.title} toVerify={instrument.toVerify} />
            {amended && (
              <Text size="xs" c="dimmed">
                {t('reference.amends', { title: localized(amended, language) })}
              </Text>
            )}
          </>
        );
      },
      sortValue: (instrument) => localized(instrument.title, language),
    },
    {
      key: 'year',
      header: t('reference.columns.year'),
      width: '13%',
      render: (instrument) => <Text size="sm">{year(instrument)}</Text>,
      sortValue: (instrument) => instrument.yearBE ?? 9999,
    },
    {
      key: 'kind',
      header: t('reference.columns.kind'),
      width: '14%',
      render: (instrument) => <Text size="sm">{INSTRUMENT_KIND_LABELS[instrument.kind][language]}</Text>,
      sortValue: (instrument) => INSTRUMENT_KIND_LABELS[instrument.kind][language],
    },
    {
      key: 'status',
      header: t('reference.columns.status'),
      width: '13%',
      render: (instrument) => <Text size="sm">{INSTRUMENT_STATUS_LABELS[instrument.status][language]}</Text>,
      sortValue: (instrument) => INSTRUMENT_STATUS_LABELS[instrument.status][language],
    },
    {
      key: 'provisions',
      header: t('reference.columns.provisions'),
      width: '15%',
      render: (instrument) => {
        const count = instrument.provisions.length;
        if (count === 0)
          return (
            <Text size="sm" c="dimmed">
              {t('reference.provisions.none')}
            </Text>
          );
        const open = expanded.has(instrument.id);
        return (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => toggle(instrument.id)}
            aria-expanded={open}
            aria-controls={`provisions-${instrument.id}`}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            h="auto"
            py={2}
          >
            {open ? t('reference.provisions.hide') : t('reference.provisions.show', { count })}
          </Button>
        );
      },
      sortValue: (instrument) => instrument.provisions.length,
    },
  ];

  const searchTexts = useCallback(
    (instrument: LegalInstrument) => [
      instrument.code,
      instrument.title.en,
      instrument.title.th,
      instrument.yearBE?.toString(),
      instrument.yearCE?.toString(),
      ...instrument.provisions.flatMap((provision) => [provision.title.en, provision.title.th]),
    ],
    [],
  );

  const renderDetail = (instrument: LegalInstrument, columnCount: number) =>
    expanded.has(instrument.id) ? (
      <Table.Tr id={`provisions-${instrument.id}`}>
        <Table.Td colSpan={columnCount} bg="gray.0">
          <ProvisionList instrument={instrument} />
        </Table.Td>
      </Table.Tr>
    ) : null;

  if (instruments.isError) return <ErrorAlert error={instruments.error} />;
  return (
    <ReferenceTable
      label={t('reference.tabs.legalInstruments')}
      rows={instruments.data ?? []}
      columns={columns}
      rowKey={(instrument) => instrument.id}
      searchTexts={searchTexts}
      initialSort="year"
      renderDetail={renderDetail}
      minWidth={880}
    />
  );
}

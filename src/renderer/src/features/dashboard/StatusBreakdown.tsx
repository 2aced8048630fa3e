import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../../shared/action-plan';
import { formatNumber } from '../../lib/format';
import { STATUS_COLOURS } from '../action-plan/status';
import { useUiLanguage } from '../framework/language';
import { statusSegments, totalOf, type StatusCounts } from './dashboard-view';

export interface StatusRow {
  key: string;
  name: string;
  counts: StatusCounts;
}

interface StatusBreakdownProps {
  /** "Area" or "Lead agency": the first column's heading and the table's name. */
  heading: string;
  caption: string;
  rows: readonly StatusRow[];
}

/**
 * Action-plan status per area or per lead agency: a stacked bar of the shares, then the count
 * of each status in its colour and the total. The numbers are the table; the bar is for the eye.
 */
export function StatusBreakdown({ heading, caption, rows }: StatusBreakdownProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const number = (value: number) => formatNumber(value, language);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} withTableBorder striped>
        <caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600, paddingBottom: 6 }}>
          {caption}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{heading}</Table.Th>
            <Table.Th w={180}>{t('dashboard.status.bar')}</Table.Th>
            {ACTION_STATUSES.map((status) => (
              <Table.Th key={status} ta="end" w={96}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <span
                    aria-hidden
                    style={{
                      width: 10,
                      height: 10,
                      borderRadius: 2,
                      background: `var(--mantine-color-${STATUS_COLOURS[status]}-6)`,
                      flex: 'none',
                    }}
                  />
                  <Text span size="xs" fw={600}>
                    {t(`actionPlan.statuses.${status}`)}
                  </Text>
                </Group>
              </Table.Th>
            ))}
            <Table.Th ta="end" w={64}>
              {t('dashboard.status.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const segments = statusSegments(row.counts);
            return (
              <Table.Tr key={row.key} data-row={row.key}>
                <Table.Td>
                  <Text size="sm">{row.name}</Text>
                </Table.Td>
                <Table.Td>
                  <div
                    aria-hidden
                    style={{
                      display: 'flex',
                      height: 14,
                      borderRadius: 3,
                      overflow: 'hidden',
                      background: 'var(--mantine-color-gray-1)',
                    }}
                  >
                    {segments.map((segment) => (
                      <div
                        key={segment.status}
                        title={`${t(`actionPlan.statuses.${segment.status}`)}: ${number(segment.count)}`}
                        style={{
                          width: `${segment.percent}%`,
                          background: `var(--mantine-color-${STATUS_COLOURS[segment.status]}-6)`,
                        }}
                      />
                    ))}
                  </div>
                </Table.Td>
                {ACTION_STATUSES.map((status) => (
                  <Table.Td key={status} ta="end" data-status={status}>
                    <Text
                      size="sm"
                      fw={row.counts[status] > 0 ? 600 : 400}
                      c={row.counts[status] > 0 ? `${STATUS_COLOURS[status]}.8` : 'dimmed'}
                    >
                      {number(row.counts[status])}
                    </Text>
                  </Table.Td>
                ))}
                <Table.Td ta="end">
                  <Text size="sm" fw={600}>
                    {number(totalOf(row.counts))}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/dashboard';
import { formatNumber } from '../../lib/format';
import { useUiLanguage } from '../framework/language';

const COUNTED = [
  'interviews',
  'siteVisits',
  'documents',
  'passages',
  'ratings',
  'findings',
  'recommendations',
  'actions',
] as const satisfies readonly (keyof Dashboard['totals'])[];

/** The headline totals; rated indicators and supported findings as "x of y". */
export function TotalsGrid({ totals }: { totals: Dashboard['totals'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const number = (value: number) => formatNumber(value, language);
  const cards: { key: string; label: string; value: string }[] = [
    {
      key: 'indicatorsRated',
      label: t('dashboard.totals.indicatorsRated'),
      value: t('dashboard.totals.ofTotal', { done: number(totals.indicatorsRated), total: number(totals.indicators) }),
    },
    {
      key: 'findingsSupported',
      label: t('dashboard.totals.findingsSupported'),
      value: t('dashboard.totals.ofTotal', { done: number(totals.findingsSupported), total: number(totals.findings) }),
    },
    ...COUNTED.map((key) => ({ key, label: t(`dashboard.totals.${key}`), value: number(totals[key]) })),
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" component="dl" m={0}>
      {cards.map((card) => (
        <Paper key={card.key} withBorder p="sm" radius="sm" data-total={card.key}>
          <Text component="dt" size="xs" c="dimmed" lh={1.4}>
            {card.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {card.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { localized, useUiLanguage } from '../framework/language';
import type { OpenRequest } from '../search/open-request';
import { AreaScoreChart } from './AreaScoreChart';
import { groupGaps, totalGaps } from './dashboard-view';
import { GapList } from './GapList';
import { useDashboard } from './queries';
import { StatusBreakdown } from './StatusBreakdown';
import { TotalsGrid } from './TotalsGrid';

function Section({
  id,
  title,
  explanation,
  children,
}: {
  id: string;
  title: string;
  explanation?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          {explanation && (
            <Text size="sm" c="dimmed">
              {explanation}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The Dashboard tab (PRODUCT.md 12): totals, completeness and traceability gaps (each opens its
 * record), area scores and Joint Action Plan status by area and by lead agency. Nothing on it
 * is dated, so the calendar is not needed; it opens no record of its own (no openRequest).
 */
export function DashboardPanel(_props: { calendar: Calendar; openRequest: OpenRequest | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const dashboard = useDashboard();
  const data = dashboard.data;
  const groups = data ? groupGaps(data) : [];

  return (
    <Stack gap="md" component="section" aria-labelledby="dashboard-heading" aria-busy={dashboard.isFetching}>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="dashboard-heading">
            {t('dashboard.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.explanation')}
          </Text>
        </Stack>
        <Button variant="default" onClick={() => void dashboard.refetch()} loading={dashboard.isFetching}>
          {t('dashboard.refresh')}
        </Button>
      </Group>
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending && (
        <Group gap="sm" py="lg" justify="center">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('dashboard.loading')}
          </Text>
        </Group>
      )}
      {data && (
        <>
          <Section id="dashboard-totals" title={t('dashboard.totals.heading')}>
            <TotalsGrid totals={data.totals} />
          </Section>
          <Section
            id="dashboard-gaps"
            title={t('dashboard.gaps.heading')}
            explanation={t('dashboard.gaps.explanation')}
          >
            {totalGaps(groups) === 0 && (
              <Alert color="teal" variant="light">
                {t('dashboard.gaps.allClear')}
              </Alert>
            )}
            <GapList groups={groups} />
          </Section>
          <Section
            id="dashboard-areas"
            title={t('dashboard.areas.heading')}
            explanation={t('dashboard.areas.explanation')}
          >
            <AreaScoreChart areas={data.areaScores} />
          </Section>
          <Section id="dashboard-status" title={t('dashboard.status.heading')}>
            {data.totals.actions === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dashboard.status.empty')}
              </Text>
            ) : (
              <Stack gap="lg">
                <StatusBreakdown
                  caption={t('dashboard.status.byArea')}
                  heading={t('dashboard.status.area')}
                  rows={data.actionsByArea.map((row) => ({
                    key: row.areaCode,
                    name: `${row.areaCode} – ${localized(row.name, language)}`,
                    counts: row.counts,
                  }))}
                />
                <StatusBreakdown
                  caption={t('dashboard.status.byAgency')}
                  heading={t('dashboard.status.agency')}
                  rows={data.actionsByLeadAgency.map((row) => ({
                    key: row.agencyCode ?? 'none',
                    name: row.agencyCode === null ? t('dashboard.status.noLead') : localized(row.name, language),
                    counts: row.counts,
                  }))}
                />
              </Stack>
            )}
          </Section>
        </>
      )}
    </Stack>
  );
}

import { Anchor, Button, Group, List, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { localized, useUiLanguage } from '../framework/language';
import { useOpenRecord } from '../project/navigation';
import { shorten } from '../recommendations/plan-options';
import { useCoverage } from './queries';
import { useReadOnly } from '../review/read-only';

/**
 * Coverage of the training-addressable findings: how many a module covers, and the gaps, each
 * opening its finding or starting a module that answers it.
 */
export function CoveragePanel({ onStartModule }: { onStartModule: (findingId: string) => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const openRecord = useOpenRecord();
  const coverage = useCoverage();
  if (coverage.isPending) return <Loader size="sm" />;
  if (coverage.isError) return <ErrorAlert error={coverage.error} />;
  const { rows, gaps, total, covered } = coverage.data;
  const number = (value: number) => formatNumber(value, language);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverage-heading" data-testid="coverage-panel">
      <Stack gap="sm">
        <Title order={4} id="coverage-heading">
          {t('curriculum.coverage.heading')}
        </Title>
        <Text fw={600} c={gaps.length === 0 ? 'teal.8' : 'orange.8'} data-testid="coverage-summary">
          {t('curriculum.coverage.summary', { covered: number(covered), total: number(total) })}
        </Text>
        {total > 0 && <Progress value={(covered / total) * 100} color={gaps.length === 0 ? 'teal' : 'orange'} />}
        {total === 0 && <Text c="dimmed">{t('curriculum.coverage.noFindings')}</Text>}
        {total > 0 && gaps.length === 0 && <Text c="teal">{t('curriculum.coverage.noGaps')}</Text>}
        {gaps.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('curriculum.coverage.gapsHeading')}
            </Text>
            <List listStyleType="none" spacing={4} data-testid="coverage-gaps">
              {gaps.map(({ finding }) => (
                <List.Item key={finding.id} data-finding-code={finding.code}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      ta="start"
                      aria-label={t('curriculum.coverage.openFinding', { code: finding.code })}
                      onClick={() => openRecord('finding', finding.id)}
                    >
                      <Text span ff="monospace" fw={600} size="sm">
                        {finding.code}
                      </Text>{' '}
                      {shorten(localized(finding.statement, language), 90)}
                    </Anchor>
                    {!readOnly && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        style={{ flex: 'none' }}
                        aria-label={t('curriculum.coverage.startModule', { code: finding.code })}
                        onClick={() => onStartModule(finding.id)}
                      >
                        {t('curriculum.coverage.addModule')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {rows.some((row) => row.modules.length > 0) && (
          <Text fw={600} size="sm">
            {t('curriculum.coverage.coveredHeading')}
          </Text>
        )}
        {rows.some((row) => row.modules.length > 0) && (
          <List listStyleType="none" spacing={2} data-testid="coverage-covered">
            {rows
              .filter((row) => row.modules.length > 0)
              .map(({ finding, modules }) => (
                <List.Item key={finding.id} data-finding-code={finding.code}>
                  <Text size="sm" c="dimmed">
                    <Text span ff="monospace" size="sm">
                      ✓ {finding.code}
                    </Text>{' '}
                    {t('curriculum.coverage.coveredBy', { modules: modules.map((m) => m.code).join(', ') })}
                  </Text>
                </List.Item>
              ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

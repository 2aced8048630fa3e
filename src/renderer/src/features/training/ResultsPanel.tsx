import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TOT_ROLES, TOT_SEXES, type TotEvent, type TotRole, type TotSex } from '../../../../shared/tot';
import type { KeyedStats } from '../../../../shared/tot-stats';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUiLanguage } from '../framework/language';
import { useAgencies } from '../reference/queries';
import { showNumber, showPercent, showShare } from './format';
import { useTotResults } from './queries';

/** The event's figures (computed in main by src/shared/tot-stats.ts) and the by-sex / by-agency tables. */
export function ResultsPanel({ event }: { event: TotEvent }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const query = useTotResults(event.id);
  const agencies = useAgencies().data ?? [];
  if (query.error) return <ErrorAlert error={query.error} />;
  const results = query.data;
  if (!results) return <Loader />;
  const o = results.overall;
  const points = (value: number | null) =>
    value === null ? '—' : t('training.results.points', { value: `${value > 0 ? '+' : ''}${showNumber(value, language)}` });
  const figures: [string, string][] = [
    [t('training.results.meanPre'), showPercent(o.meanPre, language)],
    [t('training.results.meanPost'), showPercent(o.meanPost, language)],
    [t('training.results.meanGain'), points(o.meanGain)],
    [t('training.results.improved'), showShare(o.improvedShare, language)],
    [t('training.results.passRate', { mark: results.passMark }), showShare(o.passRate, language)],
    [t('training.results.attendanceRate'), showShare(o.attendanceRate, language)],
  ];
  const sexLabel = (key: string) =>
    (TOT_SEXES as readonly string[]).includes(key) ? t(`training.participant.sexes.${key as TotSex}`) : key;
  const roleLabel = (key: string) =>
    (TOT_ROLES as readonly string[]).includes(key) ? t(`training.participant.roles.${key as TotRole}`) : key;
  const agencyLabel = (code: string) => agencies.find((a) => a.code === code)?.abbreviation[language] || code;

  const breakdown = (title: string, rows: KeyedStats[], label: (key: string) => string) => (
    <Stack gap="xs">
      <Title order={5}>{title}</Title>
      <Table striped withTableBorder aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.results.group')}</Table.Th>
            <Table.Th>{t('training.results.n')}</Table.Th>
            <Table.Th>{t('training.results.meanPre')}</Table.Th>
            <Table.Th>{t('training.results.meanPost')}</Table.Th>
            <Table.Th>{t('training.results.meanGain')}</Table.Th>
            <Table.Th>{t('training.results.improved')}</Table.Th>
            <Table.Th>{t('training.results.passRate', { mark: results.passMark })}</Table.Th>
            <Table.Th>{t('training.results.attendanceRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{label(row.key)}</Table.Td>
              <Table.Td>{row.n}</Table.Td>
              <Table.Td>{showPercent(row.meanPre, language)}</Table.Td>
              <Table.Td>{showPercent(row.meanPost, language)}</Table.Td>
              <Table.Td>{points(row.meanGain)}</Table.Td>
              <Table.Td>{showShare(row.improvedShare, language)}</Table.Td>
              <Table.Td>{showShare(row.passRate, language)}</Table.Td>
              <Table.Td>{showShare(row.attendanceRate, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );

  return (
    <Stack gap="md" data-testid="tot-results">
      <Text size="sm" c="dimmed">
        {t('training.results.overall')} · {t('training.results.n')} {o.n} · {t('training.results.paired')} {o.pairedN}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
        {figures.map(([label, value]) => (
          <Paper key={label} withBorder p="sm" aria-label={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl">
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {o.missingPost > 0 && (
        <Alert color="yellow" variant="light">
          {t('training.results.missingPostNote', { count: o.missingPost })}
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={5}>{t('training.results.roster')}</Title>
        <Table striped withTableBorder w="auto" aria-label={t('training.results.roster')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.participant.role')}</Table.Th>
              <Table.Th>{t('training.participant.sex')}</Table.Th>
              <Table.Th>{t('training.results.people')}</Table.Th>
              <Table.Th>{t('training.results.certificates')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.roster.map((row) => (
              <Table.Tr key={`${row.role}-${row.sex}`}>
                <Table.Td>{roleLabel(row.role)}</Table.Td>
                <Table.Td>{sexLabel(row.sex)}</Table.Td>
                <Table.Td>{row.count}</Table.Td>
                <Table.Td>{row.certificates}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {breakdown(t('training.results.bySex'), results.bySex, sexLabel)}
      {breakdown(t('training.results.byAgency'), results.byAgency, agencyLabel)}
      <Group gap="xl" align="flex-start">
        <Stack gap={4}>
          <Title order={5}>{t('training.results.l1', { count: results.l1.responses })}</Title>
          {(['relevance', 'trainer', 'methods', 'logistics'] as const).map((item) => (
            <Text key={item} size="sm">
              {t(`training.evaluation.${item}`)}: {showNumber(results.l1[item], language, 2)}
            </Text>
          ))}
        </Stack>
        <Text size="sm" maw={420}>
          {t('training.results.l3', {
            followUps: results.l3.followUps,
            sessions: results.l3.cascadeSessions,
            reached: results.l3.participantsReached,
          })}
        </Text>
      </Group>
    </Stack>
  );
}

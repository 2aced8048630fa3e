import { Alert, Badge, Button, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { formatDateTime, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';

interface IntegrityPanelProps {
  calendar: Calendar;
}

/** Reads every page of the file and verifies the audit chain; a failure points to the backups. */
export function IntegrityPanel({ calendar }: IntegrityPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const check = useMutation({
    mutationFn: () => unwrap(bmma().project.checkIntegrity()),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
  const report = check.data;

  const verdict = (value: 'ok' | 'failed') => (
    <Badge color={value === 'ok' ? 'teal' : 'red'} variant="light" size="lg">
      {value === 'ok' ? t('integrity.ok') : t('integrity.failed')}
    </Badge>
  );

  const rows: [string, ReactNode][] = report
    ? [
        [t('integrity.cipher'), verdict(report.cipher)],
        [t('integrity.sqlite'), verdict(report.sqlite)],
        [t('integrity.audit'), verdict(report.audit)],
        [t('integrity.pagesChecked'), formatNumber(report.pagesChecked, language)],
        [t('integrity.auditEvents'), formatNumber(report.auditEvents, language)],
        [t('integrity.checkedAt'), formatDateTime(report.checkedAt, { language, calendar })],
      ]
    : [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="integrity-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="integrity-heading">
          {t('integrity.heading')}
        </Title>
        <Text size="sm">{t('integrity.explanation')}</Text>
        <div>
          <Button onClick={() => check.mutate()} loading={check.isPending}>
            {t('integrity.run')}
          </Button>
        </div>
        <ErrorAlert error={check.error} />
        {report && (
          <>
            <Alert color={report.ok ? 'teal' : 'red'} variant="light" role="status">
              {report.ok ? t('integrity.allGood') : t('integrity.problem')}
            </Alert>
            <Table variant="vertical" layout="fixed" verticalSpacing="xs" data-testid="integrity-report">
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={{ base: 180, sm: 300 }} scope="row">
                      {label}
                    </Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {report.problems.length > 0 && (
              <Stack gap={4}>
                <Text fw={600}>{t('integrity.problems')}</Text>
                {report.problems.map((problem) => (
                  <Code key={problem}>{problem}</Code>
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

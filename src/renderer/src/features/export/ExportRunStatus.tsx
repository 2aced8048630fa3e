import { Alert, Button, Card, Code, Group, List, Progress, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EXPORT_STAGES, type ExportProgress } from '../../../../shared/export';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { formatBytes } from '../../lib/format';
import { useUiLanguage } from '../framework/language';
import type { ExportResult, ExportRunState } from './useExportRun';

function ProgressPanel({ progress, percent, finished, cancelling, onCancel }: {
  progress: ExportProgress | null;
  percent: number;
  finished: boolean;
  cancelling: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const stage = progress?.stage ?? null;
  const label = finished
    ? t('exportDoc.run.finished')
    : stage === null
      ? t('exportDoc.run.starting')
      : t(progress && progress.total > 1 ? 'exportDoc.run.stageCount' : 'exportDoc.run.stage', {
          step: EXPORT_STAGES.indexOf(stage) + 1,
          steps: EXPORT_STAGES.length,
          stage: t(`exportDoc.run.stages.${stage}`),
          done: progress?.done ?? 0,
          total: progress?.total ?? 0,
        });
  const value = finished ? 100 : percent;
  return (
    <Card withBorder padding="sm" data-testid="export-progress">
      <Stack gap="xs">
        <Progress
          value={value}
          size="lg"
          color={finished ? 'teal' : 'blue'}
          animated={!finished}
          aria-label={t('exportDoc.run.progressLabel')}
        />
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" aria-live="polite">
            {label}
          </Text>
          {onCancel && (
            <Button size="xs" variant="default" color="red" onClick={onCancel} loading={cancelling}>
              {cancelling ? t('exportDoc.run.cancelling') : t('exportDoc.run.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function SavedFile({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const open = useMutation({ mutationFn: () => unwrap(bmma().export.showFolder({})) });
  return (
    <Card withBorder padding="sm" data-testid="export-result">
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600}>
          {t('exportDoc.run.done')}
        </Text>
        <Button size="xs" variant="light" onClick={() => open.mutate()} loading={open.isPending}>
          {t('exportDoc.run.openFolder')}
        </Button>
      </Group>
      <Table variant="vertical" withRowBorders={false} fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th>{t('exportDoc.run.path')}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{result.path}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('exportDoc.run.size')}</Table.Th>
            <Table.Td>{formatBytes(result.bytes, language)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('exportDoc.run.sha256')}</Table.Th>
            <Table.Td>
              <Code style={{ wordBreak: 'break-all' }}>{result.sha256}</Code>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <ErrorAlert error={open.error} />
    </Card>
  );
}

/** What the export is doing or did: saving edits first, the progress bar, the saved file, or why not. */
export function ExportRunStatus({ state, onCancel }: { state: ExportRunState; onCancel: () => void }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'flushing':
      return (
        <Text size="sm" c="dimmed">
          {t('exportDoc.run.flushing')}
        </Text>
      );
    case 'blocked':
      return (
        <Alert color="red" variant="light" title={t('exportDoc.run.blockedTitle')} data-testid="export-blocked">
          <Stack gap="xs">
            <Text size="sm">{t('exportDoc.run.blockedExplanation')}</Text>
            <List size="sm">
              {state.labels.map((label) => (
                <List.Item key={label}>{label}</List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      );
    case 'running':
      return <ProgressPanel progress={state.progress} percent={state.percent} finished={false} cancelling={state.cancelling} onCancel={onCancel} />;
    case 'cancelled':
      return (
        <Alert color="yellow" variant="light" data-testid="export-cancelled">
          <Text size="sm">{t('exportDoc.run.cancelled')}</Text>
        </Alert>
      );
    case 'done':
      return (
        <Stack gap="sm">
          <ProgressPanel progress={null} percent={100} finished cancelling={false} />
          <SavedFile result={state.result} />
        </Stack>
      );
    case 'failed':
      return <ErrorAlert error={state.error} />;
  }
}

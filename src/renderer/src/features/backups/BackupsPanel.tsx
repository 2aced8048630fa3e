import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { formatBytes, formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { queryKeys, useBackups } from '../../lib/queries';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useReadOnly } from '../review/read-only';

interface BackupsPanelProps {
  projectPath: string;
  calendar: Calendar;
}

/** The encrypted backups next to the file: make one now, or restore one into a new file. */
export function BackupsPanel({ projectPath, calendar }: BackupsPanelProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const backups = useBackups(projectPath);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);

  const backUp = useMutation({
    mutationFn: () => unwrap(bmma().backups.create()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['backups'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.info });
    },
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="backups-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="backups-heading">
          {t('backups.heading')}
        </Title>
        <Text size="sm">{t('backups.explanation')}</Text>
        <Group gap="md">
          <Button onClick={() => backUp.mutate()} loading={backUp.isPending}>
            {t('backups.backUpNow')}
          </Button>
          <Text role="status" size="sm" c="teal.8">
            {backUp.isSuccess ? `✓ ${t('backups.created')}` : ''}
          </Text>
        </Group>
        {restored && (
          <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setRestored(false)}>
            {t('backups.restored')}
          </Alert>
        )}
        <ErrorAlert error={backups.error ?? backUp.error} />
        {backups.data && backups.data.length === 0 && <Text c="dimmed">{t('backups.empty')}</Text>}
        {backups.data && backups.data.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.createdAt')}</Table.Th>
                  <Table.Th>{t('backups.name')}</Table.Th>
                  <Table.Th>{t('backups.size')}</Table.Th>
                  <Table.Th>{t('backups.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.data.map((backup) => {
                  const date = formatDateTime(backup.createdAt, { language, calendar });
                  return (
                    <Table.Tr key={backup.name}>
                      <Table.Td>{date}</Table.Td>
                      <Table.Td className="bmma-path">{backup.name}</Table.Td>
                      <Table.Td>{formatBytes(backup.size, language)}</Table.Td>
                      <Table.Td>
                        {/* A restored review copy could not record its restore: not offered there (issue 6). */}
                        {!readOnly && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            aria-label={t('backups.restoreLabel', { date })}
                            onClick={() => setRestoring(backup.name)}
                          >
                            {t('backups.restore')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {restoring && (
        <RestoreBackupModal
          projectPath={projectPath}
          backupName={restoring}
          opened
          onClose={() => setRestoring(null)}
          onRestored={() => setRestored(true)}
        />
      )}
    </Card>
  );
}

import { Button, Card, CloseButton, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../../shared/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { queryKeys, useRecentFiles, useSettings } from '../../lib/queries';
import classes from './RecentFilesList.module.css';

interface RecentFilesListProps {
  onPick: (path: string) => void;
}

/** Files opened lately on this computer: pick one to open it, remove one, or clear the list. */
export function RecentFilesList({ onPick }: RecentFilesListProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const recent = useRecentFiles();
  const settings = useSettings();
  const dateStyle = { language: currentLanguage(), calendar: settings.data?.calendar ?? 'BE' } as const;

  const setList = (list: RecentFile[]) => queryClient.setQueryData(queryKeys.recent, list);
  const remove = useMutation({
    mutationFn: (path: string) => unwrap(bmma().recent.remove({ path })),
    onSuccess: setList,
  });
  const clear = useMutation({ mutationFn: () => unwrap(bmma().recent.clear()), onSuccess: setList });
  const files = recent.data ?? [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="recent-files-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="recent-files-heading">
            {t('start.recent.heading')}
          </Title>
          {files.length > 0 && (
            <Button variant="subtle" size="compact-sm" onClick={() => clear.mutate()} loading={clear.isPending}>
              {t('start.recent.clear')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={recent.error ?? remove.error ?? clear.error} />
        {files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('start.recent.empty')}
          </Text>
        ) : (
          <ul className={classes.list} aria-labelledby="recent-files-heading">
            {files.map((file) => (
              <li key={file.path} className={classes.item}>
                <UnstyledButton
                  className={classes.pick}
                  onClick={() => onPick(file.path)}
                  aria-label={t('start.recent.pick', { title: file.title })}
                >
                  <Text fw={600} lineClamp={2}>
                    {file.title}
                  </Text>
                  <Text className="bmma-path" c="dimmed">
                    {file.path}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('start.recent.openedAt', { date: formatDateTime(file.openedAt, dateStyle) })}
                  </Text>
                </UnstyledButton>
                <CloseButton
                  aria-label={t('start.recent.remove', { title: file.title })}
                  onClick={() => remove.mutate(file.path)}
                />
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Card>
  );
}

import { CloseButton, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Wide enough for two columns of fields; the list stays visible on the left. */
const EDITOR_WIDTH = 780;

/** The side panel an evidence editor lives in; closing it asks the editor first. */
export function EditorDrawer({
  opened,
  onClose,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="right" size={EDITOR_WIDTH} keepMounted={false}>
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content>{children}</Drawer.Content>
    </Drawer.Root>
  );
}

/** Reads the record once, then hands it to the editor, which keeps its own copy from then on. */
export function RecordLoader<R>({
  query,
  onClose,
  children,
}: {
  query: UseQueryResult<R>;
  onClose: () => void;
  children: (record: R) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isSuccess) return children(query.data);
  return (
    <>
      <Drawer.Header>
        <Group justify="flex-end" style={{ flex: 1 }}>
          <CloseButton aria-label={t('evidenceCommon.editor.close')} onClick={onClose} />
        </Group>
      </Drawer.Header>
      <Drawer.Body>
        {query.isError ? (
          <ErrorAlert error={query.error} />
        ) : (
          <Stack align="center" py="xl" gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('evidenceCommon.editor.loading')}
            </Text>
          </Stack>
        )}
      </Drawer.Body>
    </>
  );
}

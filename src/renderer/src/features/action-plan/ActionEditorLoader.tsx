import { CloseButton, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import type { ComponentProps, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ActionEditor, type ActionEditorHandle } from './ActionEditor';
import { useActionItem } from './queries';

type EditorProps = Omit<ComponentProps<typeof ActionEditor>, 'initial' | 'prefill' | 'ref'>;

/** Reads the item once, then hands it to the editor, which keeps its own copy from then on. */
export function ActionEditorLoader({
  id,
  ref,
  ...editor
}: EditorProps & { id: string; ref?: Ref<ActionEditorHandle> }) {
  const { t } = useTranslation();
  const item = useActionItem(id);
  if (item.isSuccess) return <ActionEditor ref={ref} initial={item.data} {...editor} />;
  return (
    <>
      <Drawer.Header>
        <Group justify="flex-end" style={{ flex: 1 }}>
          <CloseButton aria-label={t('actionPlan.editor.close')} onClick={editor.onClose} />
        </Group>
      </Drawer.Header>
      <Drawer.Body>
        {item.isError ? (
          <ErrorAlert error={item.error} />
        ) : (
          <Stack align="center" py="xl" gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('actionPlan.editor.loading')}
            </Text>
          </Stack>
        )}
      </Drawer.Body>
    </>
  );
}

import { CloseButton, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import type { ComponentProps, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRecommendation } from './queries';
import { RecommendationEditor, type RecommendationEditorHandle } from './RecommendationEditor';

type EditorProps = Omit<ComponentProps<typeof RecommendationEditor>, 'initial' | 'ref'>;

/** Reads the recommendation once, then hands it to the editor, which keeps its own copy from then on. */
export function RecommendationEditorLoader({
  id,
  ref,
  ...editor
}: EditorProps & { id: string; ref?: Ref<RecommendationEditorHandle> }) {
  const { t } = useTranslation();
  const recommendation = useRecommendation(id);
  if (recommendation.isSuccess) return <RecommendationEditor ref={ref} initial={recommendation.data} {...editor} />;
  return (
    <>
      <Drawer.Header>
        <Group justify="flex-end" style={{ flex: 1 }}>
          <CloseButton aria-label={t('recommendations.editor.close')} onClick={editor.onClose} />
        </Group>
      </Drawer.Header>
      <Drawer.Body>
        {recommendation.isError ? (
          <ErrorAlert error={recommendation.error} />
        ) : (
          <Stack align="center" py="xl" gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('recommendations.editor.loading')}
            </Text>
          </Stack>
        )}
      </Drawer.Body>
    </>
  );
}

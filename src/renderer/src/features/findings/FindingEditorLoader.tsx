import { CloseButton, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import type { FrameworkTree } from '../../../../shared/framework';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FindingEditor, type FindingEditorHandle } from './FindingEditor';
import { useFinding } from './queries';

interface FindingEditorLoaderProps {
  id: string;
  framework: FrameworkTree | undefined;
  calendar: Calendar;
  onSaved: (finding: Finding, created: boolean) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<FindingEditorHandle>;
}

/** Reads the finding once, then hands it to the editor, which keeps its own copy from then on. */
export function FindingEditorLoader({ id, ref, onClose, ...editor }: FindingEditorLoaderProps) {
  const { t } = useTranslation();
  const finding = useFinding(id);
  if (finding.isSuccess)
    return <FindingEditor ref={ref} initial={finding.data} newSubAreaCode={null} onClose={onClose} {...editor} />;
  return (
    <>
      <Drawer.Header>
        <Group justify="flex-end" style={{ flex: 1 }}>
          <CloseButton aria-label={t('findings.editor.close')} onClick={onClose} />
        </Group>
      </Drawer.Header>
      <Drawer.Body>
        {finding.isError ? (
          <ErrorAlert error={finding.error} />
        ) : (
          <Stack align="center" py="xl" gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('findings.editor.loading')}
            </Text>
          </Stack>
        )}
      </Drawer.Body>
    </>
  );
}

import { CloseButton, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { Interview } from '../../../../shared/evidence';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InterviewEditor, type InterviewEditorHandle } from './InterviewEditor';
import type { AgencyOption } from './InterviewFields';
import { useInterview } from './queries';

interface EditorLoaderProps {
  id: string;
  calendar: Calendar;
  agencies: readonly AgencyOption[];
  onSaved: (interview: Interview, created: boolean) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<InterviewEditorHandle>;
}

/** Reads the interview once, then hands it to the editor, which keeps its own copy from then on. */
export function EditorLoader({ id, ref, onClose, ...editor }: EditorLoaderProps) {
  const { t } = useTranslation();
  const interview = useInterview(id);
  if (interview.isSuccess)
    return (
      <InterviewEditor
        ref={ref}
        initial={interview.data}
        newCategory={interview.data.category}
        onClose={onClose}
        {...editor}
      />
    );
  return (
    <>
      <Drawer.Header>
        <Group justify="flex-end" style={{ flex: 1 }}>
          <CloseButton aria-label={t('interviews.editor.close')} onClick={onClose} />
        </Group>
      </Drawer.Header>
      <Drawer.Body>
        {interview.isError ? (
          <ErrorAlert error={interview.error} />
        ) : (
          <Stack align="center" py="xl" gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('interviews.editor.loading')}
            </Text>
          </Stack>
        )}
      </Drawer.Body>
    </>
  );
}

import { Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { formatNumber } from '../../lib/format';
import { EditorDrawer, RecordLoader } from '../evidence/EditorDrawer';
import type { RecordEditorHandle } from '../evidence/useEditorLeave';
import { useEditorPanel } from '../evidence/useEditorPanel';
import { useUiLanguage } from '../interviews/language';
import { useAgencies, useLegalInstruments } from '../reference/queries';
import type { OpenRequest } from '../search/open-request';
import { DocumentEditor } from './DocumentEditor';
import { DocumentList } from './DocumentList';
import { invalidateAfterDocumentWrite, useDocument, useFirstDocumentPage } from './queries';
import { NewRecordButton } from '../review/read-only';

type EditorProps = Omit<Parameters<typeof DocumentEditor>[0], 'initial' | 'ref'>;

/**
 * The Documents tab: the virtualised list and the editor in a side panel.
 * Ctrl+N (while this tab is shown) starts a new document, after the open one is saved.
 */
export function DocumentsPanel({ calendar, openRequest }: { calendar: Calendar; openRequest: OpenRequest | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const instruments = useLegalInstruments();
  const agencyList = useMemo(() => agencies.data ?? [], [agencies.data]);
  const instrumentList = useMemo(() => instruments.data ?? [], [instruments.data]);
  const { editing, selectedId, setSelectedId, editorRef, openRecord, openNew, close, leaveEditor } =
    useEditorPanel(openRequest);
  const first = useFirstDocumentPage();
  const dateStyle = useMemo(() => ({ language, calendar }), [language, calendar]);

  const editorProps: EditorProps = {
    calendar,
    agencies: agencyList,
    instruments: instrumentList,
    onSaved: (document) => {
      setSelectedId(document.id);
      invalidateAfterDocumentWrite(queryClient);
    },
    onClose: close,
    onDeleted: () => {
      setSelectedId(null);
      close();
      invalidateAfterDocumentWrite(queryClient);
    },
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="documents-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="documents-heading">
            {t('documents.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('documents.explanation')}
          </Text>
        </Stack>
        <NewRecordButton label={t('documents.newDocument')} shortcut={t('documents.newShortcut')} onClick={openNew} />
      </Group>
      {first.data && (
        <Group justify="flex-end">
          <Text size="sm" c="dimmed" role="status" data-testid="document-count">
            {t('documents.count', { count: first.data.total, formatted: formatNumber(first.data.total, language) })}
          </Text>
        </Group>
      )}
      <DocumentList dateStyle={dateStyle} agencies={agencyList} selectedId={selectedId} onOpen={openRecord} />
      <EditorDrawer opened={editing !== null} onClose={() => leaveEditor(close)}>
        {editing &&
          (editing.id === null ? (
            <DocumentEditor key={editing.session} ref={editorRef} initial={null} {...editorProps} />
          ) : (
            <DocumentLoader key={editing.session} id={editing.id} editorProps={editorProps} ref={editorRef} />
          ))}
      </EditorDrawer>
    </Stack>
  );
}

function DocumentLoader({
  id,
  editorProps,
  ref,
}: {
  id: string;
  editorProps: EditorProps;
  ref: Ref<RecordEditorHandle>;
}) {
  const query = useDocument(id);
  return (
    <RecordLoader query={query} onClose={editorProps.onClose}>
      {(document) => <DocumentEditor ref={ref} initial={document} {...editorProps} />}
    </RecordLoader>
  );
}

import { Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { Interview } from '../../../../shared/evidence';
import { formatNumber } from '../../lib/format';
import { useAgencies } from '../reference/queries';
import type { OpenRequest } from '../search/open-request';
import { EditorLoader } from './EditorLoader';
import { InterviewEditor, type InterviewEditorHandle } from './InterviewEditor';
import { InterviewFilters } from './InterviewFilters';
import { InterviewList } from './InterviewList';
import { useUiLanguage } from './language';
import { invalidateAfterWrite, useFirstInterviewPage, type InterviewFilter } from './queries';
import { NewRecordButton, useReadOnly } from '../review/read-only';

type EditorTarget = { session: number; id: string | null };

/** Wide enough for two columns of fields beside each other; the list stays visible on the left. */
const EDITOR_WIDTH = 780;

/**
 * The Interviews tab: filters, the virtualised list and the editor in a side panel.
 * Ctrl+N (while this tab is shown) starts a new interview, after the open one is saved.
 */
export function InterviewsPanel({ calendar, openRequest }: { calendar: Calendar; openRequest?: OpenRequest | null }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const agencyList = useMemo(() => agencies.data ?? [], [agencies.data]);
  const [filter, setFilter] = useState<InterviewFilter>({});
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editorRef = useRef<InterviewEditorHandle>(null);
  const sessions = useRef(0);
  const first = useFirstInterviewPage(filter);

  const abbreviations = useMemo(
    () => new Map(agencyList.map((agency) => [agency.code, agency.abbreviation[language]])),
    [agencyList, language],
  );
  const agencyAbbreviation = useCallback((code: string) => abbreviations.get(code) ?? code, [abbreviations]);
  const dateStyle = useMemo(() => ({ language, calendar }), [language, calendar]);

  /** Leaves the open editor (saving or asking first), then does what was asked. */
  const leaveEditor = (then: () => void) => {
    if (editorRef.current) editorRef.current.requestClose(then);
    else then();
  };
  const open = (id: string | null) => {
    sessions.current += 1;
    setEditing({ session: sessions.current, id });
    setSelectedId(id);
  };
  const close = () => setEditing(null);
  // Stable, so the memoised list rows do not render again on every panel render.
  const openInterview = useCallback((id: string) => {
    sessions.current += 1;
    setEditing({ session: sessions.current, id });
    setSelectedId(id);
  }, []);

  // A search hit asked for this interview: open it in the editor (after the open one is saved).
  useEffect(() => {
    if (openRequest) leaveEditor(() => open(openRequest.id));
    // Only a new request opens the editor; leaveEditor and open are fresh closures every render.
  }, [openRequest]);

  useHotkeys([['mod+N', () => readOnly || leaveEditor(() => open(null)), { usePhysicalKeys: true }]], []);

  const onSaved = (interview: Interview) => {
    setSelectedId(interview.id);
    invalidateAfterWrite(queryClient);
  };
  const onDeleted = () => {
    setSelectedId(null);
    setEditing(null);
    invalidateAfterWrite(queryClient);
  };

  const editorProps = { calendar, agencies: agencyList, onSaved, onClose: close, onDeleted };
  return (
    <Stack gap="md" component="section" aria-labelledby="interviews-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="interviews-heading">
            {t('interviews.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('interviews.explanation')}
          </Text>
        </Stack>
        <NewRecordButton label={t('interviews.newInterview')} shortcut={t('interviews.newShortcut')} onClick={() => leaveEditor(() => open(null))} />
      </Group>
      <Group justify="space-between" align="flex-end" gap="md">
        <InterviewFilters filter={filter} agencies={agencyList} onChange={setFilter} />
        {first.data && (
          <Text size="sm" c="dimmed" role="status" data-testid="interview-count">
            {t('interviews.count', { count: first.data.total, formatted: formatNumber(first.data.total, language) })}
          </Text>
        )}
      </Group>
      <InterviewList
        filter={filter}
        agencyAbbreviation={agencyAbbreviation}
        dateStyle={dateStyle}
        selectedId={selectedId}
        onOpen={openInterview}
      />
      <Drawer.Root
        opened={editing !== null}
        onClose={() => leaveEditor(close)}
        position="right"
        size={EDITOR_WIDTH}
        keepMounted={false}
      >
        <Drawer.Overlay backgroundOpacity={0.25} />
        <Drawer.Content>
          {editing &&
            (editing.id === null ? (
              <InterviewEditor
                key={editing.session}
                ref={editorRef}
                initial={null}
                newCategory={filter.category ?? 'official'}
                {...editorProps}
              />
            ) : (
              <EditorLoader key={editing.session} ref={editorRef} id={editing.id} {...editorProps} />
            ))}
        </Drawer.Content>
      </Drawer.Root>
    </Stack>
  );
}

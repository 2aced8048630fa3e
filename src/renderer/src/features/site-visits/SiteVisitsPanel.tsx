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
import { useCrossingPoints, useProvinces } from '../reference/queries';
import type { OpenRequest } from '../search/open-request';
import { invalidateAfterSiteVisitWrite, useFirstSiteVisitPage, useSiteVisit } from './queries';
import { SiteVisitEditor } from './SiteVisitEditor';
import { SiteVisitList } from './SiteVisitList';
import { NewRecordButton } from '../review/read-only';

/**
 * The Site visits tab: the virtualised list and the editor in a side panel.
 * Ctrl+N (while this tab is shown) starts a new visit, after the open one is saved.
 */
export function SiteVisitsPanel({ calendar, openRequest }: { calendar: Calendar; openRequest: OpenRequest | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const crossingPoints = useCrossingPoints();
  const provinces = useProvinces();
  const pointList = useMemo(() => crossingPoints.data ?? [], [crossingPoints.data]);
  const provinceList = useMemo(() => provinces.data ?? [], [provinces.data]);
  const { editing, selectedId, setSelectedId, editorRef, openRecord, openNew, close, leaveEditor } =
    useEditorPanel(openRequest);
  const first = useFirstSiteVisitPage();
  const dateStyle = useMemo(() => ({ language, calendar }), [language, calendar]);

  const editorProps = {
    calendar,
    crossingPoints: pointList,
    provinces: provinceList,
    onSaved: (visit: { id: string }) => {
      setSelectedId(visit.id);
      invalidateAfterSiteVisitWrite(queryClient);
    },
    onClose: close,
    onDeleted: () => {
      setSelectedId(null);
      close();
      invalidateAfterSiteVisitWrite(queryClient);
    },
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="site-visits-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="site-visits-heading">
            {t('siteVisits.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('siteVisits.explanation')}
          </Text>
        </Stack>
        <NewRecordButton label={t('siteVisits.newVisit')} shortcut={t('siteVisits.newShortcut')} onClick={openNew} />
      </Group>
      {first.data && (
        <Group justify="flex-end">
          <Text size="sm" c="dimmed" role="status" data-testid="site-visit-count">
            {t('siteVisits.count', { count: first.data.total, formatted: formatNumber(first.data.total, language) })}
          </Text>
        </Group>
      )}
      <SiteVisitList
        dateStyle={dateStyle}
        crossingPoints={pointList}
        selectedId={selectedId}
        onOpen={openRecord}
      />
      <EditorDrawer opened={editing !== null} onClose={() => leaveEditor(close)}>
        {editing &&
          (editing.id === null ? (
            <SiteVisitEditor key={editing.session} ref={editorRef} initial={null} {...editorProps} />
          ) : (
            <SiteVisitLoader key={editing.session} id={editing.id} editorProps={editorProps} ref={editorRef} />
          ))}
      </EditorDrawer>
    </Stack>
  );
}

type EditorProps = Omit<Parameters<typeof SiteVisitEditor>[0], 'initial' | 'ref'>;

function SiteVisitLoader({
  id,
  editorProps,
  ref,
}: {
  id: string;
  editorProps: EditorProps;
  ref: Ref<RecordEditorHandle>;
}) {
  const query = useSiteVisit(id);
  return (
    <RecordLoader query={query} onClose={editorProps.onClose}>
      {(visit) => <SiteVisitEditor ref={ref} initial={visit} {...editorProps} />}
    </RecordLoader>
  );
}

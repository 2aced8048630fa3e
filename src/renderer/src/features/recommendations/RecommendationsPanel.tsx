import { Drawer, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useUiLanguage } from '../framework/language';
import { useFrameworkTree } from '../framework/queries';
import type { OpenRequest } from '../search/open-request';
import { areaOptions, subAreaGroups } from './plan-options';
import { invalidateAfterRecommendationWrite, useFindingsForPicker, useRecommendations } from './queries';
import { RecommendationEditor, type RecommendationEditorHandle } from './RecommendationEditor';
import { RecommendationEditorLoader } from './RecommendationEditorLoader';
import { RecommendationTable } from './RecommendationTable';
import { NewRecordButton, useReadOnly } from '../review/read-only';

type EditorTarget = { session: number; id: string | null };

const EDITOR_WIDTH = 760;

/**
 * The Recommendations tab: the list of the chosen area and the editor in a side panel.
 * Ctrl+N (while this tab is shown) starts a new recommendation. The calendar is not needed:
 * recommendations carry no dates of their own.
 */
export function RecommendationsPanel({ openRequest }: { calendar: Calendar; openRequest: OpenRequest | null }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const tree = useFrameworkTree();
  const findings = useFindingsForPicker();
  const [areaCode, setAreaCode] = useState<string | null>(null);
  const list = useRecommendations(areaCode);
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editorRef = useRef<RecommendationEditorHandle>(null);
  const sessions = useRef(0);

  const areas = useMemo(() => areaOptions(tree.data, language), [tree.data, language]);
  const subAreas = useMemo(() => subAreaGroups(tree.data, language), [tree.data, language]);

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

  // A link, a search hit or a dashboard gap asked for this recommendation. Keyed on the nonce:
  // ProjectHome hands a new request object on every render (a save re-renders it).
  const requestNonce = openRequest?.nonce;
  useEffect(() => {
    if (openRequest) leaveEditor(() => open(openRequest.id));
    // Only a new request opens the editor; leaveEditor and open are fresh closures every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the nonce (see above)
  }, [requestNonce]);

  useHotkeys([['mod+N', () => readOnly || leaveEditor(() => open(null)), { usePhysicalKeys: true }]], []);

  const onSaved = (recommendation: Recommendation) => {
    setSelectedId(recommendation.id);
    invalidateAfterRecommendationWrite(queryClient);
  };
  const onDeleted = () => {
    setSelectedId(null);
    setEditing(null);
    invalidateAfterRecommendationWrite(queryClient);
  };

  const recommendations = list.data ?? [];
  const editorProps = { subAreas, findings: findings.data ?? [], onSaved, onClose: close, onDeleted };
  return (
    <Stack gap="md" component="section" aria-labelledby="recommendations-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="recommendations-heading">
            {t('recommendations.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('recommendations.explanation')}
          </Text>
        </Stack>
        <NewRecordButton label={t('recommendations.newRecommendation')} shortcut={t('recommendations.newShortcut')} onClick={() => leaveEditor(() => open(null))} />
      </Group>
      <Group justify="space-between" align="flex-end" gap="md">
        <Select
          label={t('recommendations.filters.area')}
          placeholder={t('recommendations.filters.allAreas')}
          data={areas}
          value={areaCode}
          onChange={setAreaCode}
          clearable
          w={260}
        />
        {list.data && (
          <Text size="sm" c="dimmed" role="status" data-testid="recommendation-count">
            {t('recommendations.count', {
              count: recommendations.length,
              formatted: formatNumber(recommendations.length, language),
            })}
          </Text>
        )}
      </Group>
      <ErrorAlert error={list.error ?? findings.error} />
      {list.isPending ? (
        <Group justify="center" py="lg">
          <Loader size="sm" />
        </Group>
      ) : !list.isSuccess ? null : recommendations.length === 0 ? (
        <Text c="dimmed">{areaCode ? t('recommendations.emptyFiltered') : t('recommendations.empty')}</Text>
      ) : (
        <RecommendationTable
          recommendations={recommendations}
          selectedId={selectedId}
          onOpen={(id) => leaveEditor(() => open(id))}
        />
      )}
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
              <RecommendationEditor key={editing.session} ref={editorRef} initial={null} {...editorProps} />
            ) : (
              <RecommendationEditorLoader key={editing.session} ref={editorRef} id={editing.id} {...editorProps} />
            ))}
        </Drawer.Content>
      </Drawer.Root>
    </Stack>
  );
}

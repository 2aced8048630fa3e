import { Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../../shared/action-plan';
import type { Calendar } from '../../../../shared/dates';
import { formatNumber } from '../../lib/format';
import { localized, useUiLanguage } from '../framework/language';
import { useFrameworkTree } from '../framework/queries';
import { agencyOptions, areaOptions, subAreaGroups } from '../recommendations/plan-options';
import { useRecommendations } from '../recommendations/queries';
import { useAgencies } from '../reference/queries';
import type { OpenRequest } from '../search/open-request';
import { ActionEditor, type ActionEditorHandle } from './ActionEditor';
import { ActionEditorLoader } from './ActionEditorLoader';
import { ActionFilters } from './ActionFilters';
import { ActionList } from './ActionList';
import { actionDraftFor, type ActionDraft } from './pending-draft';
import { invalidateAfterActionWrite, useFirstActionPage, type ActionFilter } from './queries';
import { NewRecordButton, useReadOnly } from '../review/read-only';

type EditorTarget = { session: number; id: string | null; prefill?: ActionDraft };

/** Wide enough for the form and, beside it, the SMART check and the status updates. */
const EDITOR_WIDTH = 1080;

/**
 * The Action plan tab: filters, the virtualised table and the editor in a side panel.
 * Ctrl+N (while this tab is shown) starts a new item, after asking about unsaved changes.
 */
export function ActionPlanPanel({ calendar, openRequest }: { calendar: Calendar; openRequest: OpenRequest | null }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const tree = useFrameworkTree();
  const agencies = useAgencies();
  const recommendations = useRecommendations();
  const [filter, setFilter] = useState<ActionFilter>({});
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editorRef = useRef<ActionEditorHandle>(null);
  const sessions = useRef(0);
  const first = useFirstActionPage(filter);

  const agencyList = useMemo(() => agencies.data ?? [], [agencies.data]);
  const agencyChoices = useMemo(() => agencyOptions(agencyList, language), [agencyList, language]);
  const abbreviations = useMemo(
    () => new Map(agencyList.map((agency) => [agency.code, localized(agency.abbreviation, language)])),
    [agencyList, language],
  );
  const agencyAbbreviation = useCallback((code: string) => abbreviations.get(code) ?? code, [abbreviations]);
  const areas = useMemo(() => areaOptions(tree.data, language), [tree.data, language]);
  const subAreas = useMemo(() => subAreaGroups(tree.data, language), [tree.data, language]);
  const dateStyle = useMemo(() => ({ language, calendar }), [language, calendar]);

  /** Leaves the open editor (asking first when there are unsaved changes), then does what was asked. */
  const leaveEditor = (then: () => void) => {
    if (editorRef.current) editorRef.current.requestClose(then);
    else then();
  };
  const open = (id: string | null, prefill?: ActionDraft) => {
    sessions.current += 1;
    setEditing({ session: sessions.current, id, ...(prefill ? { prefill } : {}) });
    setSelectedId(id);
  };
  const close = () => setEditing(null);
  // Stable, so the memoised rows do not render again on every panel render.
  const openItem = useCallback((id: string) => {
    sessions.current += 1;
    setEditing({ session: sessions.current, id });
    setSelectedId(id);
  }, []);

  // A link, a search hit or "Add action for this recommendation" asked for this tab. Keyed on
  // the nonce: ProjectHome hands a new request object on every render, the nonce changes only
  // when something asks again (otherwise a save, which re-renders ProjectHome, would reopen it).
  const requestNonce = openRequest?.nonce;
  useEffect(() => {
    if (!openRequest) return;
    const draft = actionDraftFor(openRequest.id);
    leaveEditor(() => (draft ? open(null, draft) : open(openRequest.id)));
    // Only a new request opens the editor; leaveEditor and open are fresh closures every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the nonce (see above)
  }, [requestNonce]);

  useHotkeys([['mod+N', () => readOnly || leaveEditor(() => open(null)), { usePhysicalKeys: true }]], []);

  const onSaved = (item: ActionItem) => {
    setSelectedId(item.id);
    invalidateAfterActionWrite(queryClient);
  };
  const onDeleted = () => {
    setSelectedId(null);
    setEditing(null);
    invalidateAfterActionWrite(queryClient);
  };

  const editorProps = {
    calendar,
    subAreas,
    agencies: agencyChoices,
    recommendations: recommendations.data ?? [],
    onSaved,
    onClose: close,
    onDeleted,
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="action-plan-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="action-plan-heading">
            {t('actionPlan.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('actionPlan.explanation')}
          </Text>
        </Stack>
        <NewRecordButton label={t('actionPlan.newAction')} shortcut={t('actionPlan.newShortcut')} onClick={() => leaveEditor(() => open(null))} />
      </Group>
      <Group justify="space-between" align="flex-end" gap="md">
        <ActionFilters filter={filter} areas={areas} agencies={agencyChoices} onChange={setFilter} />
        {first.data && (
          <Text size="sm" c="dimmed" role="status" data-testid="action-count">
            {t('actionPlan.count', { count: first.data.total, formatted: formatNumber(first.data.total, language) })}
          </Text>
        )}
      </Group>
      <ActionList
        filter={filter}
        agencyAbbreviation={agencyAbbreviation}
        dateStyle={dateStyle}
        selectedId={selectedId}
        onOpen={openItem}
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
              <ActionEditor
                key={editing.session}
                ref={editorRef}
                initial={null}
                prefill={editing.prefill}
                {...editorProps}
              />
            ) : (
              <ActionEditorLoader key={editing.session} ref={editorRef} id={editing.id} {...editorProps} />
            ))}
        </Drawer.Content>
      </Drawer.Root>
    </Stack>
  );
}

import { Button, Drawer, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_TYPES, type Finding } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { localized, useUiLanguage } from '../framework/language';
import { useFrameworkTree } from '../framework/queries';
import type { OpenRequest } from '../search/open-request';
import { FindingEditor, type FindingEditorHandle } from './FindingEditor';
import { FindingEditorLoader } from './FindingEditorLoader';
import type { FindingType } from './finding-form';
import { FindingList } from './FindingList';
import { invalidateAfterFindingWrite, useFindings, type FindingFilter } from './queries';
import { NewRecordButton, useReadOnly } from '../review/read-only';

type EditorTarget = { session: number; id: string | null };

/** Two columns of fields side by side; the list stays visible on the left. */
const EDITOR_WIDTH = 820;

/**
 * The Findings tab: filters by area and type, the list, and the editor in a side panel.
 * Ctrl+N (while this tab is shown) starts a new finding, after asking about unsaved changes.
 */
export function FindingsPanel({ calendar, openRequest }: { calendar: Calendar; openRequest: OpenRequest | null }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const framework = useFrameworkTree();
  const [filter, setFilter] = useState<FindingFilter>({});
  const findings = useFindings(filter);
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const editorRef = useRef<FindingEditorHandle>(null);
  const sessions = useRef(0);

  /** Leaves the open editor (asking first about unsaved changes), then does what was asked. */
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

  // A link elsewhere asked for this finding: open it (after the open one is dealt with).
  useEffect(() => {
    if (openRequest) leaveEditor(() => open(openRequest.id));
    // Only a new request opens the editor; leaveEditor and open are fresh closures every render.
  }, [openRequest]);

  useHotkeys([['mod+N', () => readOnly || leaveEditor(() => open(null)), { usePhysicalKeys: true }]], []);

  const onSaved = (finding: Finding, created: boolean) => {
    setSelectedId(finding.id);
    setAnnouncement(t(created ? 'findings.created' : 'findings.saved', { code: finding.code }));
    invalidateAfterFindingWrite(queryClient);
  };
  const onDeleted = () => {
    setSelectedId(null);
    setEditing(null);
    setAnnouncement(t('findings.deleted'));
    invalidateAfterFindingWrite(queryClient);
  };

  const areaOptions = (framework.data?.areas ?? []).map((area) => ({
    value: area.code,
    label: `${area.code} · ${localized(area.name, language)}`,
  }));
  const typeOptions = FINDING_TYPES.map((type) => ({ value: type, label: t(`findings.types.${type}`) }));
  const filtered = filter.areaCode !== undefined || filter.type !== undefined;
  const list = findings.data ?? [];
  // A new finding starts in the first sub-area of the filtered area, which the user can change.
  const newSubAreaCode = framework.data?.areas.find((area) => area.code === filter.areaCode)?.subAreas[0]?.code ?? null;
  const editorProps = { framework: framework.data, calendar, onSaved, onClose: close, onDeleted };

  return (
    <Stack gap="md" component="section" aria-labelledby="findings-heading">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Title order={2} size="h3" id="findings-heading">
            {t('findings.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('findings.explanation')}
          </Text>
        </Stack>
        <NewRecordButton label={t('findings.newFinding')} shortcut="Ctrl+N" onClick={() => leaveEditor(() => open(null))} />
      </Group>
      <Group justify="space-between" align="flex-end" gap="md">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('findings.filters.area')}
            placeholder={t('findings.filters.allAreas')}
            data={areaOptions}
            value={filter.areaCode ?? null}
            onChange={(areaCode) =>
              setFilter((previous) => ({ ...withoutKey(previous, 'areaCode'), ...(areaCode ? { areaCode } : {}) }))
            }
            clearable
            w={280}
          />
          <Select
            label={t('findings.filters.type')}
            placeholder={t('findings.filters.allTypes')}
            data={typeOptions}
            value={filter.type ?? null}
            onChange={(type) =>
              setFilter((previous) => ({
                ...withoutKey(previous, 'type'),
                ...(type ? { type: type as FindingType } : {}),
              }))
            }
            clearable
            w={200}
          />
          {filtered && (
            <Button variant="subtle" onClick={() => setFilter({})}>
              {t('findings.filters.clear')}
            </Button>
          )}
        </Group>
        {findings.data && (
          <Text size="sm" c="dimmed" data-testid="finding-count">
            {t('findings.count', { count: list.length, formatted: formatNumber(list.length, language) })}
          </Text>
        )}
      </Group>
      <Text role="status" aria-live="polite" size="sm" c="teal.8" fw={500}>
        {announcement}
      </Text>
      <ErrorAlert error={findings.error} />
      {findings.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : list.length === 0 && findings.isSuccess ? (
        <Text c="dimmed">{filtered ? t('findings.emptyFiltered') : t('findings.empty')}</Text>
      ) : (
        <FindingList findings={list} selectedId={selectedId} onOpen={(id) => leaveEditor(() => open(id))} />
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
              <FindingEditor
                key={editing.session}
                ref={editorRef}
                initial={null}
                newSubAreaCode={newSubAreaCode}
                {...editorProps}
              />
            ) : (
              <FindingEditorLoader key={editing.session} ref={editorRef} id={editing.id} {...editorProps} />
            ))}
        </Drawer.Content>
      </Drawer.Root>
    </Stack>
  );
}

function withoutKey<K extends keyof FindingFilter>(filter: FindingFilter, key: K): Omit<FindingFilter, K> {
  const { [key]: _removed, ...rest } = filter;
  return rest;
}

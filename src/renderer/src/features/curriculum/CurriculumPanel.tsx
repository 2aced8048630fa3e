import { Button, Drawer, Grid, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurriculumModule } from '../../../../shared/curriculum';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useUiLanguage } from '../framework/language';
import { CoveragePanel } from './CoveragePanel';
import { CurriculumHeader } from './CurriculumHeader';
import { draftOf, newModuleDraft, type ModuleDraft } from './module-form';
import { ModuleEditor } from './ModuleEditor';
import { ModuleList } from './ModuleList';
import { invalidateAfterCurriculumWrite, useCurriculum } from './queries';
import { TwgMembers } from './TwgMembers';
import { ReadOnlyBadge, ReadOnlyHint, useReadOnly } from '../review/read-only';

type Editing = { session: number; module: CurriculumModule | null; initial: ModuleDraft };

/**
 * The TWG and curriculum tab (Component 3): the curriculum heading, its modules beside the
 * coverage of the training-addressable findings, the module editor in a side panel, and the
 * TWG's membership.
 */
export function CurriculumPanel({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const curriculum = useCurriculum();
  const [section, setSection] = useState<'modules' | 'twg'>('modules');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const sessions = useRef(0);
  const modules = curriculum.data?.modules ?? [];

  const open = (module: CurriculumModule | null, findingIds: string[] = []) => {
    sessions.current += 1;
    setEditing({
      session: sessions.current,
      module,
      initial: module ? draftOf(module) : newModuleDraft(modules, findingIds),
    });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>{t('curriculum.heading')}</Title>
        <SegmentedControl
          value={section}
          onChange={(value) => setSection(value as 'modules' | 'twg')}
          data={[
            { value: 'modules', label: t('curriculum.sections.modules') },
            { value: 'twg', label: t('curriculum.sections.twg') },
          ]}
        />
      </Group>
      <ReadOnlyHint />
      <Text role="status" aria-live="polite" size="sm" c="teal.8" fw={500}>
        {announcement}
      </Text>
      {section === 'twg' ? (
        <TwgMembers calendar={calendar} onAnnounce={setAnnouncement} />
      ) : curriculum.isPending ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : curriculum.isError ? (
        <ErrorAlert error={curriculum.error} />
      ) : (
        <>
          <CurriculumHeader
            key={curriculum.data.header?.updatedAt ?? 'new'}
            header={curriculum.data.header}
            onSaved={() => {
              setAnnouncement(t('curriculum.header.saved'));
              invalidateAfterCurriculumWrite(queryClient);
            }}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="sm">
                <Group justify="space-between">
                  <Stack gap={0}>
                    <Title order={4}>{t('curriculum.modules.heading')}</Title>
                    <Text size="sm" c="dimmed">
                      {t('curriculum.header.totals', {
                        count: modules.length,
                        modules: formatNumber(modules.length, language),
                        hours: formatNumber(curriculum.data.totalHours, language),
                      })}
                    </Text>
                  </Stack>
                  {readOnly ? <ReadOnlyBadge /> : <Button onClick={() => open(null)}>{t('curriculum.modules.add')}</Button>}
                </Group>
                <ModuleList
                  modules={modules}
                  onOpen={(id) => {
                    const module = modules.find((m) => m.id === id);
                    if (module) open(module);
                  }}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <CoveragePanel onStartModule={(findingId) => open(null, [findingId])} />
            </Grid.Col>
          </Grid>
        </>
      )}
      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position="right"
        size={860}
        keepMounted={false}
        title={
          <Title order={4}>
            {editing?.module
              ? t('curriculum.editor.editTitle', { code: editing.module.code })
              : t('curriculum.editor.newTitle')}
          </Title>
        }
      >
        {editing && (
          <ModuleEditor
            key={editing.session}
            module={editing.module}
            initial={editing.initial}
            onClose={() => setEditing(null)}
            onSaved={(module, created) => {
              setEditing((current) => current && { ...current, module });
              setAnnouncement(t(created ? 'curriculum.modules.created' : 'curriculum.modules.saved', { code: module.code }));
              invalidateAfterCurriculumWrite(queryClient);
            }}
            onDeleted={() => {
              setEditing(null);
              setAnnouncement(t('curriculum.modules.deleted'));
              invalidateAfterCurriculumWrite(queryClient);
            }}
          />
        )}
      </Drawer>
    </Stack>
  );
}

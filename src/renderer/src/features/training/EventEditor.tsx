import { Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { TotEventCreateInput } from '../../../../shared/tot';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { useUiLanguage } from '../framework/language';
import { AgendaGrid } from './AgendaGrid';
import { AttendanceGrid } from './AttendanceGrid';
import { EvaluationPanel } from './EvaluationPanel';
import { EventForm } from './EventForm';
import { showDay } from './format';
import { ParticipantsTable } from './ParticipantsTable';
import { useTotEvent, useTotWrite } from './queries';
import { ResultsPanel } from './ResultsPanel';
import { ScoresTable } from './ScoresTable';
import { ReadOnlyBadge, ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

/** One event: its fields, then a tab per part of the training (agenda → results). */
export function EventEditor({ id, calendar, onClose }: { id: string; calendar: Calendar; onClose: () => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const query = useTotEvent(id);
  const [editing, setEditing] = useState(false);
  const update = useTotWrite((fields: TotEventCreateInput) =>
    unwrap(bmma().tot.update({ id, ...fields, expectedUpdatedAt: query.data?.updatedAt })),
  );

  if (query.error) return <ErrorAlert error={query.error} />;
  const event = query.data;
  if (!event) return <Loader />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Button variant="subtle" size="compact-sm" onClick={onClose} px={0}>
            ← {t('training.back')}
          </Button>
          <Title order={3}>
            {event.code} · {event.title[language] || event.title.en || event.title.th}
          </Title>
          <Text size="sm" c="dimmed">
            {showDay(event.startDate, language, calendar)} – {showDay(event.endDate, language, calendar)} ·{' '}
            {t('training.event.days', { count: event.days })} · {event.venue}
          </Text>
        </div>
        {readOnly ? (
          <ReadOnlyBadge />
        ) : (
          <Button variant="default" onClick={() => setEditing((v) => !v)}>
            {t('training.edit')}
          </Button>
        )}
      </Group>
      <ReadOnlyHint />
      {editing && !readOnly && (
        <EventForm
          key={event.updatedAt}
          calendar={calendar}
          event={event}
          saving={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSave={(fields) => update.mutate(fields, { onSuccess: () => setEditing(false) })}
        />
      )}
      <Tabs defaultValue="agenda" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agenda">{t('training.tabs.agenda')}</Tabs.Tab>
          <Tabs.Tab value="participants">{t('training.tabs.participants')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('training.tabs.attendance')}</Tabs.Tab>
          <Tabs.Tab value="scores">{t('training.tabs.scores')}</Tabs.Tab>
          <Tabs.Tab value="evaluation">{t('training.tabs.evaluation')}</Tabs.Tab>
          <Tabs.Tab value="results">{t('training.tabs.results')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <ReadOnlyFieldset>
            <AgendaGrid event={event} calendar={calendar} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="md">
          <ReadOnlyFieldset>
            <ParticipantsTable event={event} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <ReadOnlyFieldset>
            <AttendanceGrid event={event} calendar={calendar} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="scores" pt="md">
          <ReadOnlyFieldset>
            <ScoresTable event={event} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="evaluation" pt="md">
          <ReadOnlyFieldset>
            <EvaluationPanel event={event} calendar={calendar} />
          </ReadOnlyFieldset>
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsPanel event={event} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { TotEventCreateInput } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useUiLanguage } from '../framework/language';
import { EventEditor } from './EventEditor';
import { EventForm } from './EventForm';
import { showDay } from './format';
import { useTotEvents, useTotWrite } from './queries';
import { ReadOnlyBadge, useReadOnly } from '../review/read-only';

/** The Training tab (Component 4): the events, and one event's editor at a time. */
export function TrainingPanel({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const language = useUiLanguage();
  const events = useTotEvents();
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const create = useTotWrite((fields: TotEventCreateInput) => unwrap(bmma().tot.create(fields)));

  if (openId !== null) {
    return <EventEditor id={openId} calendar={calendar} onClose={() => setOpenId(null)} />;
  }
  const rows = events.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={3}>{t('training.heading')}</Title>
          <Text size="sm" c="dimmed">
            {t('training.intro')}
          </Text>
        </div>
        {readOnly ? <ReadOnlyBadge /> : <Button onClick={() => setCreating(true)}>{t('training.newEvent')}</Button>}
      </Group>
      {rows.length === 0 && events.isSuccess ? (
        <Text c="dimmed">{t('training.empty')}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('training.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.list.code')}</Table.Th>
              <Table.Th>{t('training.list.title')}</Table.Th>
              <Table.Th>{t('training.list.dates')}</Table.Th>
              <Table.Th>{t('training.list.venue')}</Table.Th>
              <Table.Th>{t('training.list.sessions')}</Table.Th>
              <Table.Th>{t('training.list.participants')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((event) => (
              <Table.Tr key={event.id} style={{ cursor: 'pointer' }} onClick={() => setOpenId(event.id)}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(event.id)}>
                    {event.code}
                  </Button>
                </Table.Td>
                <Table.Td>{event.title[language] || event.title.en || event.title.th}</Table.Td>
                <Table.Td>
                  {showDay(event.startDate, language, calendar)} – {showDay(event.endDate, language, calendar)}
                </Table.Td>
                <Table.Td>{event.venue}</Table.Td>
                <Table.Td>{event.sessionCount}</Table.Td>
                <Table.Td>{event.participantCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('training.newEvent')} size="xl">
        <EventForm
          calendar={calendar}
          saving={create.isPending}
          error={create.error}
          onCancel={() => setCreating(false)}
          onSave={(fields) =>
            create.mutate(fields, {
              onSuccess: (event) => {
                setCreating(false);
                create.reset();
                setOpenId(event.id);
              },
            })
          }
        />
      </Modal>
    </Stack>
  );
}

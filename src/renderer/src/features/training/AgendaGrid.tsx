import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { TotEvent, TotSession } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useUiLanguage } from '../framework/language';
import { addDays, showDay } from './format';
import { useTotWrite } from './queries';
import { SessionModal } from './SessionModal';
import { TotError } from './TotError';

/** The day-by-session grid: one table per event day, the default template, add and edit. */
export function AgendaGrid({ event, calendar }: { event: TotEvent; calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [editing, setEditing] = useState<TotSession | 'new' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const template = useTotWrite((replace: boolean) => unwrap(bmma().tot.applyTemplate({ eventId: event.id, replace })));
  const days = Array.from({ length: event.days }, (_, index) => index + 1);
  const hasSessions = event.sessions.length > 0;

  return (
    <Stack gap="md">
      <Group>
        <Button
          onClick={() => (hasSessions ? setConfirming(true) : template.mutate(false))}
          loading={template.isPending}
          variant={hasSessions ? 'default' : 'filled'}
        >
          {hasSessions ? t('training.agenda.replaceTemplate') : t('training.agenda.applyTemplate')}
        </Button>
        <Button variant="light" onClick={() => setEditing('new')}>
          {t('training.agenda.addSession')}
        </Button>
      </Group>
      <TotError error={template.error} />
      {!hasSessions && <Text c="dimmed">{t('training.agenda.empty')}</Text>}
      {hasSessions &&
        days.map((day) => {
          const sessions = event.sessions.filter((s) => s.day === day);
          return (
            <Paper key={day} withBorder p="sm" data-testid={`agenda-day-${day}`}>
              <Title order={5} mb="xs">
                {t('training.agenda.day', { day })} · {showDay(addDays(event.startDate, day - 1), language, calendar)}
              </Title>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>{t('training.agenda.time')}</Table.Th>
                    <Table.Th>{t('training.agenda.session')}</Table.Th>
                    <Table.Th w={80}>{t('training.agenda.module')}</Table.Th>
                    <Table.Th>{t('training.agenda.facilitatorShort')}</Table.Th>
                    <Table.Th>{t('training.agenda.method')}</Table.Th>
                    <Table.Th w={70} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        {s.startTime}–{s.endTime}
                      </Table.Td>
                      <Table.Td>{s.title[language] || s.title.en || s.title.th}</Table.Td>
                      {/* A linked curriculum module shows its code; the free text otherwise. */}
                      <Table.Td>{s.moduleCode ?? s.module}</Table.Td>
                      <Table.Td>{s.facilitator}</Table.Td>
                      <Table.Td>{s.method}</Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(s)}>
                          {t('training.edit')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          );
        })}
      {editing !== null && (
        <SessionModal event={event} session={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('training.agenda.replaceTemplate')}>
        <Stack>
          <Text>{t('training.agenda.confirmReplace')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('training.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => template.mutate(true, { onSettled: () => setConfirming(false) })}
              loading={template.isPending}
            >
              {t('training.agenda.replaceTemplate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

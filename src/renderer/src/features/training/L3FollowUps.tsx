import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { TotEvent, TotFollowUp } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { PlanDateField } from '../action-plan/PlanDateField';
import { useUiLanguage } from '../framework/language';
import { addDays, showDay } from './format';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

interface Draft {
  date: string;
  cascadeSessions: number;
  participantsReached: number;
  note: string;
}

/**
 * L3 follow-ups (cascade sessions delivered, people reached), dated 90 days after the event by
 * default. "Edit" loads one back into the entry card and saving keeps its id; a follow-up
 * changed elsewhere meanwhile is refused with CONFLICT.
 */
export function L3FollowUps({ event, calendar }: { event: TotEvent; calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const blank = (): Draft => ({ date: addDays(event.endDate, 90), cascadeSessions: 0, participantsReached: 0, note: '' });
  const [draft, setDraft] = useState<Draft>(blank);
  const [editing, setEditing] = useState<TotFollowUp | null>(null);
  const reset = () => {
    setDraft(blank());
    setEditing(null);
  };
  const edit = (f: TotFollowUp) => {
    setEditing(f);
    setDraft({ date: f.date, cascadeSessions: f.cascadeSessions, participantsReached: f.participantsReached, note: f.note });
  };
  const save = useTotWrite(() =>
    unwrap(
      bmma().tot.saveFollowUp({
        eventId: event.id,
        ...(editing ? { id: editing.id, expectedUpdatedAt: editing.updatedAt } : {}),
        participantId: editing?.participantId ?? null,
        ...draft,
      }),
    ),
  );
  const remove = useTotWrite((id: string) => unwrap(bmma().tot.deleteFollowUp({ id })));

  return (
    <Stack gap="sm">
      <Title order={4}>{t('training.evaluation.l3')}</Title>
      <Paper withBorder p="sm" data-testid="l3-entry">
        <Stack gap="xs">
          {editing && (
            <Text size="sm" fw={600}>
              {t('training.evaluation.editingL3', { date: showDay(editing.date, language, calendar) })}
            </Text>
          )}
          <PlanDateField
            label={t('training.evaluation.date')}
            calendar={calendar}
            value={draft.date}
            required
            onChange={(value) => setDraft((current) => ({ ...current, date: value ?? current.date }))}
          />
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('training.evaluation.cascadeSessions')}
              min={0}
              value={draft.cascadeSessions}
              onChange={(value) => setDraft((current) => ({ ...current, cascadeSessions: typeof value === 'number' ? value : 0 }))}
            />
            <NumberInput
              label={t('training.evaluation.participantsReached')}
              min={0}
              value={draft.participantsReached}
              onChange={(value) =>
                setDraft((current) => ({ ...current, participantsReached: typeof value === 'number' ? value : 0 }))
              }
            />
          </SimpleGrid>
          <Textarea
            label={t('training.evaluation.note')}
            value={draft.note}
            onChange={(e) => {
              const note = e.currentTarget.value;
              setDraft((current) => ({ ...current, note }));
            }}
            autosize
            minRows={2}
          />
          <TotError error={save.error ?? remove.error} />
          <Group justify="flex-end">
            {editing && (
              <Button variant="default" onClick={reset}>
                {t('training.evaluation.cancelEdit')}
              </Button>
            )}
            <Button loading={save.isPending} onClick={() => save.mutate(undefined, { onSuccess: reset })}>
              {editing ? t('training.evaluation.saveChanges') : t('training.evaluation.addL3')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {event.followUps.length === 0 ? (
        <Text c="dimmed">{t('training.evaluation.noL3')}</Text>
      ) : (
        <Table striped aria-label={t('training.evaluation.l3')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.evaluation.date')}</Table.Th>
              <Table.Th>{t('training.evaluation.cascadeSessions')}</Table.Th>
              <Table.Th>{t('training.evaluation.participantsReached')}</Table.Th>
              <Table.Th>{t('training.evaluation.note')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {event.followUps.map((f) => (
              <Table.Tr key={f.id} aria-selected={editing?.id === f.id}>
                <Table.Td>{showDay(f.date, language, calendar)}</Table.Td>
                <Table.Td>{f.cascadeSessions}</Table.Td>
                <Table.Td>{f.participantsReached}</Table.Td>
                <Table.Td>{f.note}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => edit(f)}>
                      {t('training.evaluation.edit')}
                    </Button>
                    <Button size="compact-xs" color="red" variant="subtle" onClick={() => remove.mutate(f.id)}>
                      {t('training.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { L1_ITEMS, type L1Item, type TotEvent } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useUiLanguage } from '../framework/language';
import { PlanDateField } from '../action-plan/PlanDateField';
import { addDays, showDay } from './format';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

type Likert = Record<L1Item, number | null>;
const noAnswers: Likert = { relevance: null, trainer: null, methods: null, logistics: null };
const LIKERT = ['1', '2', '3', '4', '5'];

/** L1 reaction forms (Likert 1–5 per item, comment) and L3 follow-ups (cascade sessions delivered). */
export function EvaluationPanel({ event, calendar }: { event: TotEvent; calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [answers, setAnswers] = useState<Likert>(noAnswers);
  const [comment, setComment] = useState('');
  const [who, setWho] = useState<string | null>(null);
  const [followUp, setFollowUp] = useState({ date: addDays(event.endDate, 90), cascadeSessions: 0, participantsReached: 0, note: '' });
  const saveL1 = useTotWrite(() =>
    unwrap(bmma().tot.saveEvaluation({ eventId: event.id, participantId: who, ...answers, comment })),
  );
  const saveL3 = useTotWrite(() => unwrap(bmma().tot.saveFollowUp({ eventId: event.id, participantId: null, ...followUp })));
  const removeL1 = useTotWrite((id: string) => unwrap(bmma().tot.deleteEvaluation({ id })));
  const removeL3 = useTotWrite((id: string) => unwrap(bmma().tot.deleteFollowUp({ id })));
  const codeOf = (id: string | null) => event.participants.find((p) => p.id === id)?.code ?? t('training.evaluation.anonymous');

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="sm">
        <Title order={4}>{t('training.evaluation.l1')}</Title>
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <SimpleGrid cols={4}>
              {L1_ITEMS.map((item) => (
                <Select
                  key={item}
                  label={t(`training.evaluation.${item}`)}
                  data={LIKERT}
                  clearable
                  value={answers[item] === null ? null : String(answers[item])}
                  onChange={(value) => setAnswers((current) => ({ ...current, [item]: value === null ? null : Number(value) }))}
                />
              ))}
            </SimpleGrid>
            <Select
              label={t('training.evaluation.participant')}
              clearable
              placeholder={t('training.evaluation.anonymous')}
              data={event.participants.map((p) => ({ value: p.id, label: p.code }))}
              value={who}
              onChange={setWho}
            />
            <Textarea label={t('training.evaluation.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} />
            <TotError error={saveL1.error ?? removeL1.error} />
            <Group justify="flex-end">
              <Button
                loading={saveL1.isPending}
                onClick={() =>
                  saveL1.mutate(undefined, {
                    onSuccess: () => {
                      setAnswers(noAnswers);
                      setComment('');
                      setWho(null);
                    },
                  })
                }
              >
                {t('training.evaluation.addL1')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {event.evaluations.length === 0 ? (
          <Text c="dimmed">{t('training.evaluation.noL1')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.participant.code')}</Table.Th>
                {L1_ITEMS.map((item) => (
                  <Table.Th key={item}>{t(`training.evaluation.${item}`)}</Table.Th>
                ))}
                <Table.Th>{t('training.evaluation.comment')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {event.evaluations.map((form) => (
                <Table.Tr key={form.id}>
                  <Table.Td>{codeOf(form.participantId)}</Table.Td>
                  {L1_ITEMS.map((item) => (
                    <Table.Td key={item}>{form[item] ?? '—'}</Table.Td>
                  ))}
                  <Table.Td>{form.comment}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" color="red" variant="subtle" onClick={() => removeL1.mutate(form.id)}>
                      {t('training.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Stack gap="sm">
        <Title order={4}>{t('training.evaluation.l3')}</Title>
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <PlanDateField
              label={t('training.evaluation.date')}
              calendar={calendar}
              value={followUp.date}
              required
              onChange={(value) => setFollowUp((current) => ({ ...current, date: value ?? current.date }))}
            />
            <SimpleGrid cols={2}>
              <NumberInput
                label={t('training.evaluation.cascadeSessions')}
                min={0}
                value={followUp.cascadeSessions}
                onChange={(value) => setFollowUp((current) => ({ ...current, cascadeSessions: typeof value === 'number' ? value : 0 }))}
              />
              <NumberInput
                label={t('training.evaluation.participantsReached')}
                min={0}
                value={followUp.participantsReached}
                onChange={(value) => setFollowUp((current) => ({ ...current, participantsReached: typeof value === 'number' ? value : 0 }))}
              />
            </SimpleGrid>
            <Textarea
              label={t('training.evaluation.note')}
              value={followUp.note}
              onChange={(e) => {
                const note = e.currentTarget.value;
                setFollowUp((current) => ({ ...current, note }));
              }}
              autosize
              minRows={2}
            />
            <TotError error={saveL3.error ?? removeL3.error} />
            <Group justify="flex-end">
              <Button loading={saveL3.isPending} onClick={() => saveL3.mutate(undefined)}>
                {t('training.evaluation.addL3')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {event.followUps.length === 0 ? (
          <Text c="dimmed">{t('training.evaluation.noL3')}</Text>
        ) : (
          <Table striped>
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
                <Table.Tr key={f.id}>
                  <Table.Td>{showDay(f.date, language, calendar)}</Table.Td>
                  <Table.Td>{f.cascadeSessions}</Table.Td>
                  <Table.Td>{f.participantsReached}</Table.Td>
                  <Table.Td>{f.note}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" color="red" variant="subtle" onClick={() => removeL3.mutate(f.id)}>
                      {t('training.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </SimpleGrid>
  );
}

import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { L1_ITEMS, type L1Item, type TotEvaluation, type TotEvent } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

type Likert = Record<L1Item, number | null>;
const noAnswers: Likert = { relevance: null, trainer: null, methods: null, logistics: null };
const LIKERT = ['1', '2', '3', '4', '5'];

/**
 * L1 reaction forms: Likert 1–5 per item and a comment, anonymous unless a participant is
 * chosen. "Edit" loads a form back into the entry card; saving it keeps its id (no delete and
 * re-add), and a form changed elsewhere meanwhile is refused with CONFLICT, nothing lost.
 */
export function L1Forms({ event }: { event: TotEvent }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Likert>(noAnswers);
  const [comment, setComment] = useState('');
  const [who, setWho] = useState<string | null>(null);
  const [editing, setEditing] = useState<TotEvaluation | null>(null);
  const reset = () => {
    setAnswers(noAnswers);
    setComment('');
    setWho(null);
    setEditing(null);
  };
  const edit = (form: TotEvaluation) => {
    setEditing(form);
    setAnswers({ relevance: form.relevance, trainer: form.trainer, methods: form.methods, logistics: form.logistics });
    setComment(form.comment);
    setWho(form.participantId);
  };
  const save = useTotWrite(() =>
    unwrap(
      bmma().tot.saveEvaluation({
        eventId: event.id,
        ...(editing ? { id: editing.id, expectedUpdatedAt: editing.updatedAt } : {}),
        participantId: who,
        ...answers,
        comment,
      }),
    ),
  );
  const remove = useTotWrite((id: string) => unwrap(bmma().tot.deleteEvaluation({ id })));
  const codeOf = (id: string | null) => event.participants.find((p) => p.id === id)?.code ?? t('training.evaluation.anonymous');

  return (
    <Stack gap="sm">
      <Title order={4}>{t('training.evaluation.l1')}</Title>
      <Paper withBorder p="sm" data-testid="l1-entry">
        <Stack gap="xs">
          {editing && (
            <Text size="sm" fw={600}>
              {t('training.evaluation.editingL1', { who: codeOf(editing.participantId) })}
            </Text>
          )}
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
          <Textarea
            label={t('training.evaluation.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
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
              {editing ? t('training.evaluation.saveChanges') : t('training.evaluation.addL1')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {event.evaluations.length === 0 ? (
        <Text c="dimmed">{t('training.evaluation.noL1')}</Text>
      ) : (
        <Table striped aria-label={t('training.evaluation.l1')}>
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
              <Table.Tr key={form.id} aria-selected={editing?.id === form.id}>
                <Table.Td>{codeOf(form.participantId)}</Table.Td>
                {L1_ITEMS.map((item) => (
                  <Table.Td key={item}>{form[item] ?? '—'}</Table.Td>
                ))}
                <Table.Td>{form.comment}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => edit(form)}>
                      {t('training.evaluation.edit')}
                    </Button>
                    <Button size="compact-xs" color="red" variant="subtle" onClick={() => remove.mutate(form.id)}>
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

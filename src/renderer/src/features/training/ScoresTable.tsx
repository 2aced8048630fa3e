import { Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestKind, TotEvent, TotParticipant, TotTestSaveInput } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';
import { useTotWrite } from './queries';
import { TotError } from './TotError';

/** Pre- and post-test score and maximum per participant; each test saves when its fields are left. */
export function ScoresTable({ event }: { event: TotEvent }) {
  const { t } = useTranslation();
  const save = useTotWrite((input: TotTestSaveInput) => unwrap(bmma().tot.saveTest(input)));
  const knownMax = event.participants.flatMap((p) => [p.pre?.maxScore, p.post?.maxScore]).find((m) => m !== undefined);
  const defaultMax = knownMax ?? 20;

  if (event.participants.length === 0) return <Text c="dimmed">{t('training.participant.empty')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('training.scores.hint')}
      </Text>
      <TotError error={save.error} />
      <Table striped aria-label={t('training.tabs.scores')} w="auto">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.participant.code')}</Table.Th>
            <Table.Th>{t('training.scores.pre')}</Table.Th>
            <Table.Th>{t('training.scores.post')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {event.participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.code}</Table.Td>
              {(['pre', 'post'] as const).map((kind) => (
                <Table.Td key={kind}>
                  <TestCell
                    key={`${p.updatedAt}-${JSON.stringify(p[kind])}`}
                    participant={p}
                    kind={kind}
                    defaultMax={defaultMax}
                    onSave={(score, maxScore) => save.mutate({ participantId: p.id, kind, score, maxScore })}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface TestCellProps {
  participant: TotParticipant;
  kind: TestKind;
  defaultMax: number;
  onSave: (score: number | null, maxScore: number) => void;
}

function TestCell({ participant, kind, defaultMax, onSave }: TestCellProps) {
  const { t } = useTranslation();
  const stored = participant[kind];
  const [score, setScore] = useState<number | ''>(stored?.score ?? '');
  const [max, setMax] = useState<number | ''>(stored?.maxScore ?? defaultMax);
  const commit = () => {
    const nextScore = score === '' ? null : score;
    const nextMax = max === '' ? defaultMax : max;
    if (nextScore === (stored?.score ?? null) && (nextScore === null || nextMax === stored?.maxScore)) return;
    onSave(nextScore, nextMax);
  };
  return (
    <Group gap={4} wrap="nowrap">
      <NumberInput
        w={80}
        min={0}
        aria-label={t(`training.scores.${kind}Score`, { code: participant.code })}
        value={score}
        onChange={(value) => setScore(typeof value === 'number' ? value : '')}
        onBlur={commit}
        hideControls
      />
      <Text size="sm">/</Text>
      <NumberInput
        w={70}
        min={1}
        aria-label={t(`training.scores.${kind}Max`, { code: participant.code })}
        value={max}
        onChange={(value) => setMax(typeof value === 'number' ? value : '')}
        onBlur={commit}
        hideControls
      />
    </Group>
  );
}

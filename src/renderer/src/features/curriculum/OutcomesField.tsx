import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BLOOM_LEVELS, type BloomLevel, type OutcomeInput } from '../../../../shared/curriculum';

/** The module's learning outcomes, in order: code, EN/TH text and Bloom level each. */
export function OutcomesField({
  value,
  onChange,
  error,
}: {
  value: OutcomeInput[];
  onChange: (outcomes: OutcomeInput[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const bloomOptions = BLOOM_LEVELS.map((level) => ({ value: level, label: t(`curriculum.bloom.${level}`) }));
  const set = (index: number, patch: Partial<OutcomeInput>) =>
    onChange(value.map((outcome, i) => (i === index ? { ...outcome, ...patch } : outcome)));
  const add = () =>
    onChange([
      ...value,
      { code: `LO${value.length + 1}`, text: { en: '', th: '' }, bloomLevel: 'understand' satisfies BloomLevel },
    ]);
  return (
    <Stack gap="xs" role="group" aria-label={t('curriculum.editor.outcomes')}>
      <Text fw={600} size="sm">
        {t('curriculum.editor.outcomes')}
      </Text>
      {value.map((outcome, index) => (
        <Paper key={index} withBorder p="xs" data-testid="outcome-row">
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              w={90}
              label={t('curriculum.editor.outcomeCode')}
              value={outcome.code}
              onChange={(event) => set(index, { code: event.currentTarget.value })}
            />
            <Textarea
              style={{ flex: 1 }}
              autosize
              minRows={1}
              label={t('curriculum.editor.outcomeEn')}
              value={outcome.text.en}
              onChange={(event) => set(index, { text: { ...outcome.text, en: event.currentTarget.value } })}
            />
            <Textarea
              style={{ flex: 1 }}
              autosize
              minRows={1}
              lang="th"
              label={t('curriculum.editor.outcomeTh')}
              value={outcome.text.th}
              onChange={(event) => set(index, { text: { ...outcome.text, th: event.currentTarget.value } })}
            />
            <Select
              w={150}
              label={t('curriculum.editor.bloom')}
              data={bloomOptions}
              value={outcome.bloomLevel}
              allowDeselect={false}
              onChange={(level) => level && set(index, { bloomLevel: level as BloomLevel })}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={t('curriculum.editor.removeOutcome', { code: outcome.code })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={add}>
          {t('curriculum.editor.addOutcome')}
        </Button>
      </Group>
    </Stack>
  );
}

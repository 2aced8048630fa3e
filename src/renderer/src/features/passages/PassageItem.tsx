import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Passage } from '../../../../shared/evidence-items';
import { useUiLanguage } from '../interviews/language';
import { passageTargetLabel } from './target-options';

const STATE_COLOURS: Record<Passage['state'], string> = { current: 'teal', moved: 'blue', changed: 'orange' };

interface PassageItemProps {
  passage: Passage;
  onSelect: (passage: Passage) => void;
  onDelete: (passage: Passage) => void;
}

/** One coded passage: its code (selects it in the notes), state, the words, what they are evidence for. */
export function PassageItem({ passage, onSelect, onDelete }: PassageItemProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const target = passageTargetLabel(passage, language);
  const stateHintId = `passage-state-${passage.id}`;
  return (
    <Paper component="li" withBorder p="xs" radius="sm" data-passage-state={passage.state}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <UnstyledButton
              onClick={() => onSelect(passage)}
              aria-label={t('passages.select', { code: passage.code })}
              aria-describedby={stateHintId}
              style={{ fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace", fontWeight: 600, fontSize: 13 }}
              c="blue.8"
            >
              {passage.code}
            </UnstyledButton>
            <Badge color={STATE_COLOURS[passage.state]} variant={passage.state === 'changed' ? 'filled' : 'light'} tt="none" fw={500}>
              {t(`passages.states.${passage.state}`)}
            </Badge>
          </Group>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={t('passages.deleteLabel', { code: passage.code })}
            onClick={() => onDelete(passage)}
          >
            {t('passages.delete')}
          </Button>
        </Group>
        <Text
          size="sm"
          lineClamp={3}
          style={{ cursor: 'pointer', whiteSpace: 'pre-wrap' }}
          onClick={() => onSelect(passage)}
        >
          “{passage.snippet}”
        </Text>
        <Text size="sm" fw={500}>
          {passage.targetType === 'indicator'
            ? t('passages.targetIndicator', { code: target })
            : t('passages.targetFinding', { code: target })}
        </Text>
        {passage.comment !== '' && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {passage.comment}
          </Text>
        )}
        <Text id={stateHintId} size="xs" c={passage.state === 'changed' ? 'orange.9' : 'dimmed'} fw={passage.state === 'changed' ? 600 : 400}>
          {t(`passages.stateHints.${passage.state}`)}
        </Text>
      </Stack>
    </Paper>
  );
}

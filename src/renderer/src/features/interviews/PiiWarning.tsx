import { Alert, Badge, Button, Group, Mark, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PiiMatch } from '../../../../shared/pii';

interface PiiWarningProps {
  text: string;
  matches: readonly PiiMatch[];
  onRedact: (match: PiiMatch) => void;
  onRedactAll: () => void;
}

/** Characters shown on each side of a match: enough to recognise where it is in the notes. */
const CONTEXT = 30;

// Thai has no spaces between words: a cut at a fixed offset could split a word or leave a
// vowel mark without its consonant, so the excerpt is cut at word boundaries.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Drops the first (or last) word of a cut piece of text: it may be a fragment. */
function dropCutWord(part: string, side: 'start' | 'end'): string {
  const segments = [...words.segment(part)].map((segment) => segment.segment);
  if (segments.length < 2) return part;
  return (side === 'start' ? segments.slice(1) : segments.slice(0, -1)).join('');
}

function excerpt(text: string, match: PiiMatch): { before: string; after: string } {
  const start = Math.max(0, match.start - CONTEXT);
  const end = Math.min(text.length, match.end + CONTEXT);
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  const before = text.slice(start, match.start);
  const after = text.slice(match.end, end);
  return {
    before: start > 0 ? `…${flat(dropCutWord(before, 'start')).trimStart()}` : flat(before),
    after: end < text.length ? `${flat(dropCutWord(after, 'end')).trimEnd()}…` : flat(after),
  };
}

/**
 * What the PII guard found in the notes, each with the words around it and a Redact button.
 * Everything here is computed in the renderer from the text on screen; nothing is sent.
 */
export function PiiWarning({ text, matches, onRedact, onRedactAll }: PiiWarningProps) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      aria-labelledby="pii-warning-title"
      title={<span id="pii-warning-title">{t('interviews.piiGuard.heading', { count: matches.length })}</span>}
      data-testid="pii-warning"
    >
      <Stack gap="sm">
        <Text size="sm">{t('interviews.piiGuard.explanation')}</Text>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {matches.map((match) => {
            const around = excerpt(text, match);
            const kind = t(`interviews.piiKinds.${match.kind}`);
            return (
              <Group key={`${match.start}-${match.kind}`} component="li" gap="sm" wrap="nowrap" justify="space-between">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Badge color="orange" variant="filled" size="lg" tt="none" fw={500} style={{ flexShrink: 0 }}>
                    {kind}
                  </Badge>
                  <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {around.before}
                    <Mark color="orange">{match.value}</Mark>
                    {around.after}
                  </Text>
                </Group>
                <Button
                  size="xs"
                  variant="default"
                  style={{ flexShrink: 0 }}
                  aria-label={t('interviews.piiGuard.redactLabel', { kind, value: match.value })}
                  onClick={() => onRedact(match)}
                >
                  {t('interviews.piiGuard.redact')}
                </Button>
              </Group>
            );
          })}
        </Stack>
        <Group>
          <Button size="xs" color="orange" onClick={onRedactAll}>
            {t('interviews.piiGuard.redactAll')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

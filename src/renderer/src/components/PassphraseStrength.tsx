import { Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { estimateStrength, MIN_PASSPHRASE_LENGTH, passphraseLength, type StrengthScore } from '../lib/passphrase';

const LABELS = ['veryWeak', 'weak', 'fair', 'strong', 'veryStrong'] as const;
const COLORS = ['red', 'orange', 'yellow', 'lime', 'green'] as const;

/** Waits for the typing to pause before scoring: zxcvbn takes a few milliseconds per call. */
const DEBOUNCE_MS = 120;

interface PassphraseStrengthProps {
  value: string;
  /** Words the passphrase should not be built from (the project title, for example). */
  userInputs?: string[] | undefined;
}

function useStrength(value: string, userInputs: string[] | undefined): StrengthScore | null {
  const [score, setScore] = useState<StrengthScore | null>(null);
  const inputsKey = (userInputs ?? []).join('\u0000');
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      const inputs = inputsKey ? inputsKey.split('\u0000') : [];
      estimateStrength(value, inputs).then(
        (next) => {
          if (!cancelled) setScore(next);
        },
        () => {
          // Without the dictionaries the meter stays empty; the minimum length still applies.
          if (!cancelled) setScore(null);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [value, inputsKey]);
  return value ? score : null;
}

/** A colored bar and a label from zxcvbn's score (0-4), plus how far the passphrase is from the minimum length. */
export function PassphraseStrength({ value, userInputs }: PassphraseStrengthProps) {
  const { t } = useTranslation();
  const raw = useStrength(value, userInputs);
  const length = passphraseLength(value);
  const tooShort = length < MIN_PASSPHRASE_LENGTH;
  // A passphrase below the minimum cannot be used, so the meter never calls it strong.
  const score = raw === null ? null : tooShort ? (Math.min(raw, 1) as StrengthScore) : raw;
  const label = score === null ? '—' : t(`passphrase.strength.${LABELS[score]}`);
  const text = t('passphrase.strengthLabel', { label });

  return (
    <Stack gap={4} mt={6} data-testid="passphrase-strength" data-score={score ?? ''}>
      <Progress
        value={score === null ? 0 : (score + 1) * 20}
        color={score === null ? 'gray' : COLORS[score]}
        size="sm"
        aria-label={text}
        transitionDuration={0}
      />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" aria-live="polite">
          {text}
        </Text>
        <Text size="sm" c={tooShort && length > 0 ? 'red.8' : 'dimmed'}>
          {t('passphrase.lengthSoFar', { count: length, min: MIN_PASSPHRASE_LENGTH })}
        </Text>
      </Group>
    </Stack>
  );
}

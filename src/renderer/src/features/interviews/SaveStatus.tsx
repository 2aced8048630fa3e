import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClock } from './format';
import { useUiLanguage } from './language';
import type { SaveState } from './useInterviewSaver';

const COLOURS: Record<SaveState['kind'], string> = {
  new: 'dimmed',
  pending: 'dimmed',
  saving: 'dimmed',
  saved: 'teal.8',
  invalid: 'red.8',
  failed: 'red.8',
  conflict: 'red.8',
};

/** "Saved at 10.42 น." and the other states of autosave, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const text = (() => {
    switch (state.kind) {
      case 'new':
        return t('interviews.status.notSaved');
      case 'pending':
        return t('interviews.status.unsaved');
      case 'saving':
        return t('interviews.status.saving');
      case 'saved':
        return `✓ ${t('interviews.status.savedAt', { time: formatClock(state.at, language) })}`;
      case 'invalid':
        return t('interviews.status.invalid');
      case 'failed':
        return t('interviews.status.failed');
      case 'conflict':
        return t('interviews.status.conflict');
    }
  })();
  return (
    <Text role="status" aria-live="polite" size="sm" c={COLOURS[state.kind]} data-save-state={state.kind}>
      {text}
    </Text>
  );
}

import { Group, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_NOTES_LENGTH } from '../../../../shared/evidence';
import { findPii, redact, type PiiMatch } from '../../../../shared/pii';
import { formatNumber } from '../../lib/format';
import { PassageCoding, type PassageCodingContext } from '../passages/PassageCoding';
import { useInterviewFieldError } from './field-error';
import type { InterviewFormValues } from './interview-form';
import { useUiLanguage } from './language';
import { PiiWarning } from './PiiWarning';

/** The guard runs this long after the last keystroke: often enough to feel live, rarely enough for 100,000 characters. */
const PII_SCAN_DELAY_MS = 300;

interface NotesFieldProps {
  form: UseFormReturn<InterviewFormValues>;
  /** Passage coding under the notes (the editor lends its saved version and a way to save first). */
  coding?: PassageCodingContext;
}

/** The notes, their length against the limit, the PII guard's findings with Redact buttons, and coded passages. */
export function NotesField({ form, coding }: NotesFieldProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldError = useInterviewFieldError();
  const notes = useWatch({ control: form.control, name: 'notes' });
  const [scanned] = useDebouncedValue(notes, PII_SCAN_DELAY_MS);
  const matches = useMemo(() => findPii(scanned), [scanned]);

  const replaceNotes = (next: string) =>
    form.setValue('notes', next, { shouldDirty: true, shouldValidate: true, shouldTouch: true });

  // The findings may be a keystroke old: find the same value again in the text as it is now.
  const redactOne = (match: PiiMatch) => {
    const current = form.getValues('notes');
    const now = findPii(current);
    const same =
      now.find((m) => m.start === match.start && m.kind === match.kind && m.value === match.value) ??
      now.find((m) => m.kind === match.kind && m.value === match.value);
    if (same) replaceNotes(redact(current, [same]));
  };
  const redactAll = () => replaceNotes(redact(form.getValues('notes')));

  const tooLong = notes.length > MAX_NOTES_LENGTH;
  // The box itself, for passage coding: its selection is what gets coded.
  const boxRef = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerRef, ...notesField } = form.register('notes');
  return (
    <Stack gap="sm">
      <Textarea
        label={t('interviews.editor.notes')}
        description={t('interviews.editor.notesHint')}
        autosize
        minRows={10}
        maxRows={28}
        error={fieldError(form.formState.errors.notes, 'interviews.validation.notesTooLong')}
        {...notesField}
        ref={(element) => {
          registerRef(element);
          boxRef.current = element;
        }}
      />
      <Group justify="flex-end">
        <Text size="xs" c={tooLong ? 'red.8' : 'dimmed'}>
          {t('interviews.editor.notesLength', {
            length: formatNumber(notes.length, language),
            max: formatNumber(MAX_NOTES_LENGTH, language),
          })}
        </Text>
      </Group>
      <PiiWarning text={scanned} matches={matches} onRedact={redactOne} onRedactAll={redactAll} />
      {coding && <PassageCoding textarea={() => boxRef.current} {...coding} />}
    </Stack>
  );
}

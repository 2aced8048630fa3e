import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InterviewMessageKey } from './interview-form';

function isMessageKey(value: string): value is InterviewMessageKey {
  return value.startsWith('interviews.validation.');
}

/** Zod issue codes of the contract's own checks, whose messages are English developer text. */
const BY_ISSUE_CODE: Partial<Record<string, InterviewMessageKey>> = {
  too_big: 'interviews.validation.tooLong',
  too_small: 'interviews.validation.required',
  invalid_format: 'interviews.validation.invalidValue',
  invalid_value: 'interviews.validation.invalidValue',
  invalid_type: 'interviews.validation.required',
};

/**
 * Translates a field's error: the category rules and the server's answers carry i18n keys;
 * the contract's checks are recognised by their issue code (the notes get their own "too long").
 */
export function useInterviewFieldError(): (
  error: FieldError | undefined,
  tooLong?: InterviewMessageKey,
) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error, tooLong) => {
      if (!error) return undefined;
      const message = error.message ?? '';
      if (isMessageKey(message)) return t(message);
      if (error.type === 'too_big' && tooLong) return t(tooLong);
      if (/control characters/.test(message)) return t('interviews.validation.noControlCharacters');
      return t(BY_ISSUE_CODE[error.type] ?? 'interviews.validation.invalidValue');
    },
    [t],
  );
}

/** The first error inside a group (an array of interviewer codes, a nested object), or the group's own. */
export function firstFieldError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if (typeof (error as Partial<FieldError>).type === 'string') return error as FieldError;
  for (const inner of Object.values(error)) {
    const found = firstFieldError(inner);
    if (found) return found;
  }
  return undefined;
}

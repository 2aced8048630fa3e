import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { evidenceEn } from '../../locales/evidence.en';

/** The messages the site-visit and document forms carry (i18n keys, translated when shown). */
export type EvidenceMessageKey = `evidenceCommon.validation.${keyof (typeof evidenceEn)['evidenceCommon']['validation']}`;

export function isEvidenceMessageKey(value: string): value is EvidenceMessageKey {
  return value.startsWith('evidenceCommon.validation.');
}

/** Zod issue codes of the contract's own checks, whose messages are English developer text. */
const BY_ISSUE_CODE: Partial<Record<string, EvidenceMessageKey>> = {
  too_big: 'evidenceCommon.validation.tooLong',
  too_small: 'evidenceCommon.validation.required',
  invalid_type: 'evidenceCommon.validation.required',
};

/** Translates a field's error: i18n keys from the form rules or the server, else by issue code. */
export function useEvidenceFieldError(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (!error) return undefined;
      const message = error.message ?? '';
      if (isEvidenceMessageKey(message)) return t(message);
      if (/control characters/.test(message)) return t('evidenceCommon.validation.noControlCharacters');
      return t(BY_ISSUE_CODE[error.type] ?? 'evidenceCommon.validation.invalidValue');
    },
    [t],
  );
}

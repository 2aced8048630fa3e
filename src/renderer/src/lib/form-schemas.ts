import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Catalog } from '../locales/en';
import { MIN_PASSPHRASE_LENGTH, passphraseLength } from './passphrase';

/**
 * Form schemas carry i18n keys as their messages; useFieldError translates them when shown,
 * so a message follows a language switch made while the form is on screen.
 */
type ValidationKey = `validation.${keyof Catalog['validation']}`;

const message = (key: ValidationKey) => ({ message: key });

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const passphraseField = z
  .string()
  .min(1, message('validation.passphraseRequired'))
  .max(10_000, message('validation.passphraseTooLong'));

export const newPassphraseField = passphraseField.refine(
  (value) => passphraseLength(value) >= MIN_PASSPHRASE_LENGTH,
  message('validation.passphraseTooShort'),
);

export const titleField = z
  .string()
  .trim()
  .min(1, message('validation.titleRequired'))
  .max(300, message('validation.tooLong'))
  .refine((value) => !CONTROL_CHARS.test(value) && !/[\r\n]/.test(value), message('validation.noControlCharacters'));

export const descriptionField = z
  .string()
  .max(20_000, message('validation.tooLong'))
  .refine((value) => !CONTROL_CHARS.test(value), message('validation.noControlCharacters'));

export const locationField = z.string().min(1, message('validation.locationRequired'));

/** Adds the "two passphrases differ" error to the confirmation field. */
export function passphrasesMatch<T extends Record<string, unknown>>(first: keyof T & string, second: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (value[first] !== value[second]) {
      ctx.addIssue({ code: 'custom', path: [second], message: 'validation.passphraseMismatch' });
    }
  };
}

function isValidationKey(value: string): value is ValidationKey {
  return value.startsWith('validation.');
}

export function useFieldError(): (error: { message?: string | undefined } | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      const key = error?.message;
      if (!key) return undefined;
      return isValidationKey(key) ? t(key) : t('validation.required');
    },
    [t],
  );
}

import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../locales/en';

/** The two editors of this group; each has its own validation messages. */
type Group = 'actionPlan' | 'recommendations';
type ActionKey = `actionPlan.validation.${keyof Catalog['actionPlan']['validation']}`;
type RecommendationKey = `recommendations.validation.${keyof Catalog['recommendations']['validation']}`;
type Common = 'tooLong' | 'required' | 'invalidValue' | 'noControlCharacters';

/** Zod issue codes of the contract's own checks, whose messages are English developer text. */
const BY_ISSUE_CODE: Record<string, Exclude<Common, 'noControlCharacters'>> = {
  too_big: 'tooLong',
  too_small: 'required',
  invalid_type: 'required',
  invalid_format: 'invalidValue',
  invalid_value: 'invalidValue',
};

function isGroupKey(group: Group, message: string): message is ActionKey | RecommendationKey {
  return message.startsWith(`${group}.validation.`);
}

/**
 * Translates a field's error: the form's own rules carry i18n keys of the group; the
 * contract's checks are recognised by their issue code, control characters by their message.
 */
export function usePlanFieldError(group: Group): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      if (!error) return undefined;
      const message = error.message ?? '';
      if (isGroupKey(group, message)) return t(message);
      const common: Common = /control characters/.test(message)
        ? 'noControlCharacters'
        : (BY_ISSUE_CODE[error.type] ?? 'invalidValue');
      return group === 'actionPlan' ? t(`actionPlan.validation.${common}`) : t(`recommendations.validation.${common}`);
    },
    [t, group],
  );
}

/** The first error inside a group of fields (a bilingual text), or the group's own. */
export function firstFieldError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if (typeof (error as Partial<FieldError>).type === 'string') return error as FieldError;
  for (const inner of Object.values(error)) {
    const found = firstFieldError(inner);
    if (found) return found;
  }
  return undefined;
}

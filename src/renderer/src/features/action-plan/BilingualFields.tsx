import { Input, SegmentedControl, Stack, Textarea, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages';
import { useUiLanguage } from '../framework/language';
import { shorten } from '../recommendations/plan-options';
import classes from './ActionPlan.module.css';
import { BILINGUAL_FIELDS, languageHasGaps, type ActionFormValues, type BilingualField } from './action-form';
import { firstFieldError, usePlanFieldError } from './field-error';

/** Fields that take a paragraph get more room than a one-line indicator or target. */
const ROWS: Record<BilingualField, number> = {
  objective: 2,
  action: 3,
  indicator: 1,
  baseline: 1,
  target: 1,
  meansOfVerification: 1,
  risks: 2,
};

const HINTS: Partial<Record<BilingualField, 'objectiveHint' | 'actionHint' | 'meansOfVerificationHint'>> = {
  objective: 'objectiveHint',
  action: 'actionHint',
  meansOfVerification: 'meansOfVerificationHint',
};

/**
 * The seven texts written in both languages. One writing language is shown at a time (the
 * form would otherwise be fourteen boxes long); a dot on a language marks that a text written
 * in the other language is still missing there, and an empty box shows the other version as
 * its placeholder, ready to translate.
 */
export function BilingualFields({ form }: { form: UseFormReturn<ActionFormValues> }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [writing, setWriting] = useState<Language>(uiLanguage);
  const fieldError = usePlanFieldError('actionPlan');
  const id = useId();
  const values = useWatch({ control: form.control }) as ActionFormValues;
  const other: Language = writing === 'en' ? 'th' : 'en';

  const segment = (language: Language) => {
    const gaps = languageHasGaps(values, language);
    const name = t(`framework.languages.${language}`);
    return {
      value: language,
      label: (
        <span title={gaps ? t('actionPlan.editor.emptyFieldsIn', { language: name }) : undefined}>
          {name}
          {gaps && (
            <>
              <span className={classes.dot} aria-hidden data-testid={`gaps-${language}`} />
              <VisuallyHidden>{t('actionPlan.editor.emptyFieldsIn', { language: name })}</VisuallyHidden>
            </>
          )}
        </span>
      ),
    };
  };

  return (
    <Stack gap="sm">
      <Input.Wrapper
        label={t('actionPlan.editor.writingLanguage')}
        description={t('actionPlan.editor.writingHint')}
        labelProps={{ id: `${id}-label`, htmlFor: undefined }}
      >
        <SegmentedControl
          aria-labelledby={`${id}-label`}
          mt={4}
          value={writing}
          onChange={(value) => setWriting(value === 'en' ? 'en' : 'th')}
          data={[segment('th'), segment('en')]}
        />
      </Input.Wrapper>
      {BILINGUAL_FIELDS.map((field) => {
        const otherText = values[field]?.[other]?.trim() ?? '';
        const hint = HINTS[field];
        return (
          <Textarea
            key={`${field}.${writing}`}
            lang={writing}
            label={t('actionPlan.editor.fieldIn', {
              field: t(`actionPlan.editor.${field}`),
              language: t(`framework.languages.${writing}`),
            })}
            description={hint ? t(`actionPlan.editor.${hint}`) : undefined}
            placeholder={
              otherText
                ? t('actionPlan.editor.otherVersion', {
                    language: t(`framework.languages.${other}`),
                    text: shorten(otherText, 160),
                  })
                : undefined
            }
            autosize
            minRows={ROWS[field]}
            maxRows={10}
            error={fieldError(firstFieldError(form.formState.errors[field]?.[writing]))}
            {...form.register(`${field}.${writing}`)}
          />
        );
      })}
    </Stack>
  );
}

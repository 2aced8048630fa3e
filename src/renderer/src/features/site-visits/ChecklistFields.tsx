import { Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_RATINGS } from '../../../../shared/evidence-items';
import { useEvidenceFieldError } from '../evidence/field-error';
import {
  checklistItems,
  checklistProgress,
  isCrossingMode,
  type ChecklistAnswer,
  type ChecklistRating,
  type SiteVisitFormValues,
} from './site-visit-form';

const UNANSWERED: ChecklistAnswer = { rating: null, note: '' };

function asRating(value: string | null): ChecklistRating | null {
  return (CHECKLIST_RATINGS as readonly string[]).includes(value ?? '') ? (value as ChecklistRating) : null;
}

/**
 * The checklist of the crossing point's type (checklistFor(mode)): a rating and a note for
 * each item, the common items first. Until a crossing point is chosen there is no checklist.
 */
export function ChecklistFields({ form, mode }: { form: UseFormReturn<SiteVisitFormValues>; mode: string | null }) {
  const { t } = useTranslation();
  const fieldError = useEvidenceFieldError();
  const checklist = useWatch({ control: form.control, name: 'checklist' });
  const items = checklistItems(mode);
  const progress = checklistProgress(checklist, mode);
  const ratingOptions = CHECKLIST_RATINGS.map((rating) => ({
    value: rating,
    label: t(`siteVisits.checklist.ratings.${rating}`),
  }));

  return (
    <Fieldset legend={t('siteVisits.editor.sections.checklist')} variant="filled" data-testid="site-visit-checklist">
      {!isCrossingMode(mode) ? (
        <Text size="sm" c="dimmed">
          {t('siteVisits.checklist.chooseCrossingPoint')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed" style={{ flex: 1 }}>
              {t('siteVisits.checklist.forMode', { mode: t(`siteVisits.modes.${mode}`) })}
            </Text>
            <Text size="sm" fw={500} role="status" data-testid="checklist-progress">
              {t('siteVisits.checklist.progress', { done: progress.done, total: progress.total })}
            </Text>
          </Group>
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((key) => {
              const item = t(`siteVisits.checklist.items.${key}`);
              return (
                <Controller
                  key={key}
                  control={form.control}
                  name={`checklist.${key}`}
                  render={({ field }) => {
                    const answer = field.value ?? UNANSWERED;
                    const error = fieldError(form.formState.errors.checklist?.[key]?.rating);
                    return (
                      <Group component="li" gap="sm" align="flex-start" wrap="nowrap" data-checklist-item={key}>
                        <Text size="sm" fw={500} pt={6} style={{ flex: '0 0 210px' }}>
                          {item}
                        </Text>
                        <Select
                          aria-label={t('siteVisits.checklist.ratingLabel', { item })}
                          placeholder={t('siteVisits.checklist.ratingPlaceholder')}
                          data={ratingOptions}
                          value={answer.rating}
                          clearable
                          onChange={(rating) => field.onChange({ ...answer, rating: asRating(rating) })}
                          onBlur={field.onBlur}
                          error={error}
                          w={190}
                          style={{ flexShrink: 0 }}
                        />
                        <TextInput
                          aria-label={t('siteVisits.checklist.noteLabel', { item })}
                          placeholder={t('siteVisits.checklist.note')}
                          value={answer.note}
                          onChange={(event) => field.onChange({ ...answer, note: event.currentTarget.value })}
                          onBlur={field.onBlur}
                          error={fieldError(form.formState.errors.checklist?.[key]?.note)}
                          style={{ flex: 1, minWidth: 0 }}
                        />
                      </Group>
                    );
                  }}
                />
              );
            })}
          </Stack>
        </Stack>
      )}
    </Fieldset>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Grid, Group, Kbd, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONFIDENCE_LEVELS, RATING_STATES, type Rating } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import type { ProjectIndicator, Scale } from '../../../../shared/framework';
import type { IndicatorScope } from '../../../../shared/reference/vocabulary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EvidenceErrorHint } from '../evidence-picker/EvidenceErrorHint';
import { EvidencePicker } from '../evidence-picker/EvidencePicker';
import { evidenceKey, removeEvidence } from '../evidence-picker/evidence-options';
import { useOpenEvidence } from '../evidence-picker/useOpenEvidence';
import { languagesInOrder, useUiLanguage } from '../framework/language';
import { DatePartsField } from '../interviews/DatePartsField';
import { useCreateRating, useUpdateRating } from './queries';
import {
  emptyRatingForm,
  localToday,
  RATING_LIMITS,
  ratingFormFrom,
  ratingFormSchema,
  scopeKey,
  toRatingCreateInput,
  toRatingUpdateInput,
  type RatingFormValues,
  type RatingMessageKey,
} from './rating-form';
import { RatingScopeFields } from './RatingScopeFields';
import { ScaleLevelCards } from './ScaleLevelCards';

export type RatingFormTarget = { mode: 'new'; scopeType: IndicatorScope } | { mode: 'edit'; rating: Rating };

interface RatingFormProps {
  indicator: ProjectIndicator;
  scale: Scale;
  target: RatingFormTarget;
  /** The indicator's live ratings: a scope that already has one cannot get a second. */
  existing: readonly Rating[];
  calendar: Calendar;
  onCancel: () => void;
  onSaved: (rating: Rating) => void;
}

function isMessageKey(value: string | undefined): value is RatingMessageKey {
  return typeof value === 'string' && value.startsWith('ratings.validation.');
}

/** Rate or re-rate an indicator at one scope, with the rubric beside the value. Ctrl+S saves. */
export function RatingForm({ indicator, scale, target, existing, calendar, onCancel, onSaved }: RatingFormProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const openEvidence = useOpenEvidence();
  const editing = target.mode === 'edit' ? target.rating : null;
  const [resolver] = useState(() => {
    const today = localToday();
    const taken = new Set(
      existing.filter((rating) => rating.id !== editing?.id).map((rating) => scopeKey(rating.scope)),
    );
    const scaleValues = scale.levels.map((level) => level.value);
    return zodResolver(ratingFormSchema(() => ({ scaleValues, takenScopes: taken, today })));
  });
  const form = useForm<RatingFormValues>({
    resolver,
    defaultValues: editing
      ? ratingFormFrom(editing)
      : emptyRatingForm(target.mode === 'new' ? target.scopeType : 'national', localToday()),
  });
  const { errors, isSubmitted } = form.formState;
  const evidence = useWatch({ control: form.control, name: 'evidence' });
  const scopeType = useWatch({ control: form.control, name: 'scopeType' });
  const scopeCode = useWatch({ control: form.control, name: 'scopeCode' });
  const create = useCreateRating();
  const update = useUpdateRating();
  const saving = create.isPending || update.isPending;
  const saveError = editing ? update.error : create.error;

  const fieldError = (error: FieldError | undefined) =>
    error ? t(isMessageKey(error.message) ? error.message : 'ratings.validation.invalidValue') : undefined;

  const save = form.handleSubmit(async (values) => {
    try {
      const rating = editing
        ? await update.mutateAsync(toRatingUpdateInput(values, editing))
        : await create.mutateAsync(toRatingCreateInput(values, indicator.id));
      onSaved(rating);
    } catch {
      // The mutation keeps the error; the alert above the buttons shows it, translated.
    }
  });

  useHotkeys([['mod+S', () => void save(), { usePhysicalKeys: true }]], []);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <RatingScopeFields
          allowed={indicator.scope}
          scopeType={scopeType}
          scopeCode={scopeCode}
          onChange={(scope) => {
            form.setValue('scopeType', scope.type, { shouldDirty: true });
            form.setValue('scopeCode', scope.code, { shouldDirty: true, shouldValidate: isSubmitted });
          }}
          error={fieldError(errors.scopeCode)}
          fixedLabel={editing ? editing.scopeLabel[language] : undefined}
        />
        <Controller
          control={form.control}
          name="value"
          render={({ field, fieldState }) => (
            <ScaleLevelCards
              label={t('ratings.form.value')}
              scale={scale}
              rubric={indicator.rubric}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(fieldState.error)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {languagesInOrder(language).map((lang) => (
            <Textarea
              key={lang}
              lang={lang}
              label={t('ratings.form.justification', { language: t(`framework.languages.${lang}`) })}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={RATING_LIMITS.justification}
              error={fieldError(errors.justification?.[lang])}
              {...form.register(`justification.${lang}`)}
            />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          {t('ratings.form.justificationHint')}
        </Text>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Controller
              control={form.control}
              name="confidence"
              render={({ field }) => (
                <Radio.Group
                  label={t('ratings.form.confidence')}
                  description={t('ratings.form.confidenceHint')}
                  {...field}
                >
                  <Group gap="md" mt="xs">
                    {CONFIDENCE_LEVELS.map((level) => (
                      <Radio key={level} value={level} label={t(`ratings.confidence.${level}`)} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Controller
              control={form.control}
              name="state"
              render={({ field }) => (
                <Radio.Group label={t('ratings.form.state')} {...field}>
                  <Stack gap={6} mt="xs">
                    {RATING_STATES.map((state) => (
                      <Radio key={state} value={state} label={t(`ratings.states.${state}`)} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <Controller
              control={form.control}
              name="ratedOn"
              render={({ field, fieldState }) => (
                <DatePartsField
                  label={t('ratings.form.ratedOn')}
                  value={field.value}
                  onChange={field.onChange}
                  precision="day"
                  calendar={calendar}
                  required
                  error={fieldError(fieldState.error)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label={t('ratings.form.assessor')}
              description={t('ratings.form.assessorHint')}
              maxLength={RATING_LIMITS.assessor}
              error={fieldError(errors.assessor)}
              {...form.register('assessor')}
            />
          </Grid.Col>
        </Grid>
        <Controller
          control={form.control}
          name="evidence"
          render={({ field }) => (
            <EvidencePicker
              label={t('ratings.form.evidence')}
              description={t('ratings.form.evidenceHint')}
              value={field.value}
              onChange={field.onChange}
              calendar={calendar}
            />
          )}
        />
        <ErrorAlert error={saveError}>
          <EvidenceErrorHint
            error={saveError}
            chosen={evidence}
            onOpenEvidence={openEvidence}
            onRemove={(item) =>
              form.setValue('evidence', removeEvidence(evidence, evidenceKey(item)), { shouldDirty: true })
            }
          />
        </ErrorAlert>
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t('ratings.form.keyboardHint')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={saving}
              aria-keyshortcuts="Control+S"
              rightSection={
                <Kbd size="xs" aria-hidden>
                  Ctrl+S
                </Kbd>
              }
            >
              {editing ? t('ratings.form.saveEdit') : t('ratings.form.saveNew')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

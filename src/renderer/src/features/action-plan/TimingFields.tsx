import { Group, Select, Stack, Switch } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HORIZONS, PRIORITIES } from '../../../../shared/analysis';
import type { Calendar } from '../../../../shared/dates';
import { PlanDateField } from './PlanDateField';
import { suggestTimeframe, type ActionFormValues, type Timeframe } from './action-form';
import { usePlanFieldError } from './field-error';

interface TimingFieldsProps {
  form: UseFormReturn<ActionFormValues>;
  calendar: Calendar;
}

function isTimeframe(value: string | null): value is Timeframe {
  return value !== null && (HORIZONS as readonly string[]).includes(value);
}

function isPriority(value: string | null): value is ActionFormValues['priority'] {
  return value !== null && (PRIORITIES as readonly string[]).includes(value);
}

/**
 * Start and end (in the project's era), the timeframe class the dates suggest, priority and the
 * key-measure flag. Choosing a date sets the suggested timeframe; the user may still change it.
 */
export function TimingFields({ form, calendar }: TimingFieldsProps) {
  const { t } = useTranslation();
  const fieldError = usePlanFieldError('actionPlan');
  const [startDate, endDate] = useWatch({ control: form.control, name: ['startDate', 'endDate'] });
  const suggestion = suggestTimeframe(startDate, endDate);

  const changeDate = (name: 'startDate' | 'endDate', value: string | null) => {
    form.setValue(name, value, { shouldDirty: true });
    // Both dates are checked together: correcting either one clears the order error.
    void form.trigger(['startDate', 'endDate']);
    const next = suggestTimeframe(name === 'startDate' ? value : startDate, name === 'endDate' ? value : endDate);
    if (next) form.setValue('timeframe', next, { shouldDirty: true });
  };

  return (
    <Stack gap="sm">
      <Group gap="lg" align="flex-start" wrap="wrap">
        <PlanDateField
          label={t('actionPlan.editor.startDate')}
          value={startDate}
          onChange={(value) => changeDate('startDate', value)}
          calendar={calendar}
          error={fieldError(form.formState.errors.startDate)}
        />
        <PlanDateField
          label={t('actionPlan.editor.endDate')}
          value={endDate}
          onChange={(value) => changeDate('endDate', value)}
          calendar={calendar}
          error={fieldError(form.formState.errors.endDate)}
        />
      </Group>
      <Group grow align="flex-start" gap="md" wrap="wrap">
        <Controller
          control={form.control}
          name="timeframe"
          render={({ field }) => (
            <Select
              label={t('actionPlan.editor.timeframe')}
              // Shown when the chosen class differs from what the dates suggest (choosing dates sets it).
              description={
                suggestion && suggestion !== field.value
                  ? t('actionPlan.editor.timeframeSuggested', {
                      timeframe: t(`actionPlan.timeframes.${suggestion}`),
                      span: t(`actionPlan.timeframeSpans.${suggestion}`),
                    })
                  : undefined
              }
              data={HORIZONS.map((horizon) => ({
                value: horizon,
                label: `${t(`actionPlan.timeframes.${horizon}`)} (${t(`actionPlan.timeframeSpans.${horizon}`)})`,
              }))}
              value={field.value}
              onChange={(value) => isTimeframe(value) && field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDeselect={false}
              miw={220}
            />
          )}
        />
        <Controller
          control={form.control}
          name="priority"
          render={({ field }) => (
            <Select
              label={t('actionPlan.editor.priority')}
              data={PRIORITIES.map((priority) => ({ value: priority, label: t(`actionPlan.priorities.${priority}`) }))}
              value={field.value}
              onChange={(value) => isPriority(value) && field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDeselect={false}
              miw={160}
            />
          )}
        />
      </Group>
      <Controller
        control={form.control}
        name="keyMeasure"
        render={({ field }) => (
          <Switch
            label={t('actionPlan.editor.keyMeasure')}
            description={t('actionPlan.editor.keyMeasureHint')}
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        )}
      />
    </Stack>
  );
}

import { Fieldset, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { Calendar } from '../../../../shared/dates';
import { useEvidenceFieldError } from '../evidence/field-error';
import { DatePartsField } from '../interviews/DatePartsField';
import { firstFieldError } from '../interviews/field-error';
import { CrossingPointSelect, type CrossingPoint } from './CrossingPointSelect';
import { pruneChecklist, type SiteVisitFormValues } from './site-visit-form';

type Province = ChannelOutput<'reference.provinces'>[number];

interface SiteVisitFieldsProps {
  form: UseFormReturn<SiteVisitFormValues>;
  calendar: Calendar;
  crossingPoints: readonly CrossingPoint[];
  provinces: readonly Province[];
}

/** Where, when and who: the crossing point, the first and last day (in the project's era), the team. */
export function SiteVisitFields({ form, calendar, crossingPoints, provinces }: SiteVisitFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useEvidenceFieldError();
  const { errors } = form.formState;

  const changeCrossingPoint = (code: string | null) => {
    form.setValue('crossingPointCode', code, { shouldDirty: true, shouldValidate: true });
    const mode = crossingPoints.find((point) => point.code === code)?.mode ?? null;
    // What the new type of crossing does not inspect is dropped, so nothing hidden is sent.
    form.setValue('checklist', pruneChecklist(form.getValues('checklist'), mode), { shouldDirty: true });
  };
  // Both dates are checked together: changing one can make or mend "last day before first".
  const changeDate = (name: 'startDate' | 'endDate', value: string | null) => {
    form.setValue(name, value, { shouldDirty: true });
    const both = form.getValues('startDate') !== null && form.getValues('endDate') !== null;
    if (both || errors.startDate || errors.endDate) void form.trigger(['startDate', 'endDate']);
  };

  return (
    <Fieldset legend={t('siteVisits.editor.sections.visit')} variant="filled">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="crossingPointCode"
          render={({ field }) => (
            <CrossingPointSelect
              value={field.value}
              onChange={changeCrossingPoint}
              onBlur={field.onBlur}
              crossingPoints={crossingPoints}
              provinces={provinces}
              error={fieldError(errors.crossingPointCode)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="startDate"
            render={({ field }) => (
              <DatePartsField
                label={t('siteVisits.editor.startDate')}
                precision="day"
                calendar={calendar}
                required
                value={field.value}
                onChange={(value) => changeDate('startDate', value)}
                error={fieldError(errors.startDate)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="endDate"
            render={({ field }) => (
              <DatePartsField
                label={t('siteVisits.editor.endDate')}
                precision="day"
                calendar={calendar}
                required
                value={field.value}
                onChange={(value) => changeDate('endDate', value)}
                error={fieldError(errors.endDate)}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="team"
          render={({ field }) => (
            <TagsInput
              label={t('siteVisits.editor.team')}
              description={t('siteVisits.editor.teamHint')}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              maxTags={20}
              splitChars={[',']}
              error={fieldError(firstFieldError(errors.team))}
            />
          )}
        />
      </Stack>
    </Fieldset>
  );
}

import { Alert, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toBuddhistYear, type Calendar } from '../../../../shared/dates';
import {
  MEETING_COMPONENTS,
  MEETING_LANGUAGES,
  type Meeting,
  type MeetingCreateInput,
} from '../../../../shared/meetings';
import { PlanDateField } from '../action-plan/PlanDateField';
import type { meetingsEn } from '../../locales/meetings.en';
import { useAgencyChoices, useEnumOptions } from './options';

export type DetailsValues = Required<Omit<MeetingCreateInput, 'title' | 'venue'>> & {
  title: { en: string; th: string };
  venue: { en: string; th: string };
};

export function blankDetails(): DetailsValues {
  const today = new Date();
  return {
    component: 'c2',
    number: 1,
    yearBE: toBuddhistYear(today.getFullYear()),
    title: { en: '', th: '' },
    date: today.toISOString().slice(0, 10),
    startTime: null,
    endTime: null,
    venue: { en: '', th: '' },
    chairPosition: '',
    chairAgencyCode: null,
    language: 'th',
    interpretation: false,
    minuteTaker: '',
    checker: '',
  };
}

export function detailsOf(meeting: Meeting): DetailsValues {
  const { component, number, yearBE, title, date, startTime, endTime, venue, chairPosition, chairAgencyCode } = meeting;
  const { language, interpretation, minuteTaker, checker } = meeting;
  return {
    component,
    number,
    yearBE,
    title,
    date,
    startTime,
    endTime,
    venue,
    chairPosition,
    chairAgencyCode,
    language,
    interpretation,
    minuteTaker,
    checker,
  };
}

const time = (value: string): string | null => (/^\d{2}:\d{2}$/.test(value) ? value : null);

interface DetailsFormProps {
  initial: DetailsValues;
  calendar: Calendar;
  /** The short form of a new meeting: number, date and title; the rest comes in the editor. */
  short?: boolean;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (values: DetailsValues) => void;
}

/** The meeting's details: number/B.E. year, date and times, venue, chair by position, language. */
export function DetailsForm({ initial, calendar, short, submitLabel, busy, error, onSubmit }: DetailsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DetailsValues>(initial);
  const agencies = useAgencyChoices();
  const components = useEnumOptions(MEETING_COMPONENTS, 'meetings.component');
  const languages = useEnumOptions(MEETING_LANGUAGES, 'meetings.language');
  const set = <K extends keyof DetailsValues>(key: K, value: DetailsValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const label = (key: keyof typeof meetingsEn.meetings.details) => t(`meetings.details.${key}`);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={label('component')}
          data={components}
          value={values.component}
          onChange={(v) => v && set('component', v as DetailsValues['component'])}
          allowDeselect={false}
        />
        <NumberInput
          label={label('number')}
          min={1}
          max={999}
          value={values.number}
          onChange={(v) => set('number', Number(v) || 1)}
        />
        <NumberInput
          label={label('yearBE')}
          min={2500}
          max={2700}
          value={values.yearBE}
          onChange={(v) => set('yearBE', Number(v) || 0)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
        <TextInput
          label={label('titleTh')}
          value={values.title.th}
          onChange={(e) => set('title', { ...values.title, th: e.currentTarget.value })}
        />
        <TextInput
          label={label('titleEn')}
          value={values.title.en}
          onChange={(e) => set('title', { ...values.title, en: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Group mt="sm" align="flex-end" gap="md">
        <PlanDateField
          label={label('date')}
          value={values.date}
          onChange={(v) => v && set('date', v)}
          calendar={calendar}
          required
        />
        {!short && (
          <>
            <TextInput
              type="time"
              label={label('startTime')}
              value={values.startTime ?? ''}
              onChange={(e) => set('startTime', time(e.currentTarget.value))}
            />
            <TextInput
              type="time"
              label={label('endTime')}
              value={values.endTime ?? ''}
              onChange={(e) => set('endTime', time(e.currentTarget.value))}
            />
          </>
        )}
      </Group>
      {!short && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            <TextInput
              label={label('venueTh')}
              value={values.venue.th}
              onChange={(e) => set('venue', { ...values.venue, th: e.currentTarget.value })}
            />
            <TextInput
              label={label('venueEn')}
              value={values.venue.en}
              onChange={(e) => set('venue', { ...values.venue, en: e.currentTarget.value })}
            />
            <TextInput
              label={label('chairPosition')}
              value={values.chairPosition}
              onChange={(e) => set('chairPosition', e.currentTarget.value)}
            />
            <Select
              label={label('chairAgency')}
              data={agencies.options}
              value={values.chairAgencyCode}
              onChange={(v) => set('chairAgencyCode', v)}
              searchable
              clearable
            />
            <TextInput
              label={label('minuteTaker')}
              value={values.minuteTaker}
              onChange={(e) => set('minuteTaker', e.currentTarget.value)}
            />
            <TextInput
              label={label('checker')}
              value={values.checker}
              onChange={(e) => set('checker', e.currentTarget.value)}
            />
          </SimpleGrid>
          <Group mt="sm" align="flex-end">
            <Select
              label={label('language')}
              data={languages}
              value={values.language}
              onChange={(v) => v && set('language', v as DetailsValues['language'])}
              allowDeselect={false}
            />
            <Checkbox
              label={label('interpretation')}
              checked={values.interpretation}
              onChange={(e) => set('interpretation', e.currentTarget.checked)}
              mb={8}
            />
          </Group>
        </>
      )}
      {error && (
        <Alert color="red" mt="sm" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}

import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { TotEventCreateInput, TotEventSummary } from '../../../../shared/tot';
import { PlanDateField } from '../action-plan/PlanDateField';
import { addDays } from './format';
import { TotError } from './TotError';

interface EventFormProps {
  calendar: Calendar;
  /** The stored event when editing; absent for a new one. */
  event?: TotEventSummary;
  onSave: (fields: TotEventCreateInput) => void;
  onCancel?: () => void;
  saving: boolean;
  error: unknown;
}

const blank: TotEventCreateInput = {
  code: '',
  title: { en: '', th: '' },
  startDate: '',
  endDate: '',
  venue: '',
  passMark: 60,
};

/** The event's own fields. A new event's last day follows its first (5 days) until set by hand. */
export function EventForm({ calendar, event, onSave, onCancel, saving, error }: EventFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<TotEventCreateInput>(
    event
      ? { code: event.code, title: event.title, startDate: event.startDate, endDate: event.endDate, venue: event.venue, passMark: event.passMark }
      : blank,
  );
  const [endTouched, setEndTouched] = useState(event !== undefined);
  const set = (patch: Partial<TotEventCreateInput>) => setFields((current) => ({ ...current, ...patch }));
  const complete = fields.code.trim() !== '' && fields.startDate !== '' && fields.endDate !== '';

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('training.event.code')}
          description={t('training.event.codeHint')}
          value={fields.code}
          onChange={(e) => set({ code: e.currentTarget.value })}
          required
        />
        <TextInput label={t('training.event.venue')} value={fields.venue} onChange={(e) => set({ venue: e.currentTarget.value })} />
        <TextInput
          label={t('training.event.titleEn')}
          value={fields.title.en}
          onChange={(e) => set({ title: { ...fields.title, en: e.currentTarget.value } })}
        />
        <TextInput
          label={t('training.event.titleTh')}
          value={fields.title.th}
          onChange={(e) => set({ title: { ...fields.title, th: e.currentTarget.value } })}
        />
        <PlanDateField
          label={t('training.event.startDate')}
          calendar={calendar}
          value={fields.startDate || null}
          required
          onChange={(value) =>
            set({ startDate: value ?? '', ...(!endTouched && value ? { endDate: addDays(value, 4) } : {}) })
          }
        />
        <PlanDateField
          label={t('training.event.endDate')}
          calendar={calendar}
          value={fields.endDate || null}
          required
          onChange={(value) => {
            setEndTouched(true);
            set({ endDate: value ?? '' });
          }}
        />
        <NumberInput
          label={t('training.event.passMark')}
          value={fields.passMark}
          min={0}
          max={100}
          onChange={(value) => set({ passMark: typeof value === 'number' ? value : 0 })}
        />
      </SimpleGrid>
      <TotError error={error} />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('training.cancel')}
          </Button>
        )}
        <Button onClick={() => onSave(fields)} loading={saving} disabled={!complete}>
          {t('training.save')}
        </Button>
      </Group>
    </Stack>
  );
}

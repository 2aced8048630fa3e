import { Button, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionItem, type ActionStatus } from '../../../../shared/action-plan';
import type { Calendar } from '../../../../shared/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUiLanguage } from '../framework/language';
import classes from './ActionPlan.module.css';
import { formatIsoDate, todayIso } from './format';
import { PlanDateField } from './PlanDateField';
import { addStatusUpdate } from './queries';
import { STATUS_COLOURS } from './status';
import { StatusBadge } from './StatusBadge';
import { newestFirst } from './status-updates';

interface StatusUpdatesProps {
  /** The saved item, or null before its first save (updates need an item to belong to). */
  item: ActionItem | null;
  calendar: Calendar;
  onAdded: (item: ActionItem) => void;
}

function isStatus(value: string | null): value is ActionStatus {
  return value !== null && (ACTION_STATUSES as readonly string[]).includes(value);
}

const NOTE_MAX = 4000;

/** The dated status updates, newest first, and the form that adds one (date defaulting to today). */
export function StatusUpdates({ item, calendar, onAdded }: StatusUpdatesProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [date, setDate] = useState<string | null>(todayIso());
  const [status, setStatus] = useState<ActionStatus>(
    item && item.status !== 'not_started' ? item.status : 'in_progress',
  );
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: (input: { actionId: string; date: string; status: ActionStatus; note: string }) =>
      addStatusUpdate(input),
    onSuccess: (updated) => {
      setNote('');
      onAdded(updated);
    },
  });
  const dateStyle = { language, calendar };
  const updates = item ? newestFirst(item.updates) : [];

  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="updates-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="updates-heading">
          {t('actionPlan.updates.heading')}
        </Title>
        {!item ? (
          <Text size="sm" c="dimmed">
            {t('actionPlan.updates.saveFirst')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('actionPlan.updates.explanation')}
            </Text>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (date) add.mutate({ actionId: item.id, date, status, note: note.trim() });
              }}
            >
              <Stack gap="xs">
                <PlanDateField
                  label={t('actionPlan.updates.date')}
                  value={date}
                  onChange={setDate}
                  calendar={calendar}
                  required
                  compact
                />
                <Select
                  label={t('actionPlan.updates.status')}
                  data={ACTION_STATUSES.map((value) => ({ value, label: t(`actionPlan.statuses.${value}`) }))}
                  value={status}
                  onChange={(value) => isStatus(value) && setStatus(value)}
                  allowDeselect={false}
                />
                <Textarea
                  label={t('actionPlan.updates.note')}
                  placeholder={t('actionPlan.updates.notePlaceholder')}
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxRows={6}
                  error={note.length > NOTE_MAX ? t('actionPlan.validation.tooLong') : undefined}
                />
                <ErrorAlert error={add.error} />
                <Button type="submit" loading={add.isPending} disabled={!date || note.length > NOTE_MAX}>
                  {t('actionPlan.updates.add')}
                </Button>
              </Stack>
            </form>
            {updates.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('actionPlan.updates.empty')}
              </Text>
            ) : (
              <ol className={classes.timeline} aria-label={t('actionPlan.updates.listLabel')}>
                {updates.map((update) => (
                  <li
                    key={update.id}
                    className={classes.update}
                    style={{ ['--update-colour' as string]: `var(--mantine-color-${STATUS_COLOURS[update.status]}-6)` }}
                    data-status={update.status}
                  >
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>
                        {formatIsoDate(update.date, dateStyle, true)}
                      </Text>
                      <div>
                        <StatusBadge status={update.status} />
                      </div>
                      <Text size="sm" className={classes.note} c={update.note ? undefined : 'dimmed'}>
                        {update.note || t('actionPlan.updates.noNote')}
                      </Text>
                    </Stack>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

import { Button, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditActionWords, auditRecordWords } from '../../../../shared/audit';
import type { Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';
import { PlanDateField } from '../action-plan/PlanDateField';
import { badRange, EMPTY_FILTER_FORM, type AuditFilterForm } from './audit-queries';
import { useDeviceName } from './device-names';

interface AuditFiltersProps {
  form: AuditFilterForm;
  onChange: (form: AuditFilterForm) => void;
  actors: readonly string[];
  actions: readonly string[];
  entities: readonly string[];
  calendar: Calendar;
  language: Language;
}

/** User, kind of record, record id, action and date range: every filter given must match. */
export function AuditFilters({ form, onChange, actors, actions, entities, calendar, language }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterForm>) => onChange({ ...form, ...patch });
  const rangeError = badRange(form) ? t('auditTrail.filters.badRange') : undefined;
  const deviceName = useDeviceName();
  // Offered by name ("Assessor 2 – Mae Sot laptop"), filtered by device id; the id on hover.
  const actorOptions = actors
    .map((actor) => ({ value: actor, label: deviceName(actor) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <section aria-label={t('auditTrail.filters.heading')} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('auditTrail.filters.actor')}
          placeholder={t('auditTrail.filters.anyActor')}
          data={actorOptions}
          value={form.actor}
          onChange={(actor) => set({ actor })}
          clearable
          searchable
          data-testid="audit-filter-actor"
        />
        <Select
          label={t('auditTrail.filters.entity')}
          placeholder={t('auditTrail.filters.anyEntity')}
          data={entities.map((entity) => ({ value: entity, label: auditRecordWords(entity, language) }))}
          value={form.entity}
          onChange={(entity) => set({ entity })}
          clearable
          searchable
          data-testid="audit-filter-entity"
        />
        <TextInput
          label={t('auditTrail.filters.entityId')}
          description={t('auditTrail.filters.entityIdHint')}
          value={form.entityId}
          onChange={(event) => set({ entityId: event.currentTarget.value })}
          maxLength={200}
          data-testid="audit-filter-entity-id"
        />
        <Select
          label={t('auditTrail.filters.action')}
          placeholder={t('auditTrail.filters.anyAction')}
          data={actions.map((action) => {
            const words = auditActionWords(action, language);
            return { value: action, label: words === action ? action : `${words} (${action})` };
          })}
          value={form.action}
          onChange={(action) => set({ action })}
          clearable
          searchable
          data-testid="audit-filter-action"
        />
      </SimpleGrid>
      {/* Day, month and year need the room of half a row each. */}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" mt="xs">
        {/* Day, month and year in the project's calendar (B.E. 2569 or C.E. 2026), as elsewhere in the app. */}
        <div data-testid="audit-filter-from">
          <PlanDateField
            label={t('auditTrail.filters.from')}
            value={form.from === '' ? null : form.from}
            onChange={(from) => set({ from: from ?? '' })}
            calendar={calendar}
            // The message itself is the alert below the filters; the day, month and year turn red here.
            error={rangeError ? ' ' : undefined}
          />
        </div>
        <div data-testid="audit-filter-to">
          <PlanDateField
            label={t('auditTrail.filters.to')}
            value={form.to === '' ? null : form.to}
            onChange={(to) => set({ to: to ?? '' })}
            calendar={calendar}
          />
        </div>
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_FILTER_FORM)} data-testid="audit-filter-clear">
          {t('auditTrail.filters.clear')}
        </Button>
      </Group>
      {rangeError && (
        <Text size="sm" c="red" role="alert" data-testid="audit-filter-range-error">
          {rangeError}
        </Text>
      )}
    </section>
  );
}

import { Button, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditActionWords, auditRecordWords } from '../../../../shared/audit';
import { formatDate, type Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';
import { badRange, EMPTY_FILTER_FORM, type AuditFilterForm } from './audit-queries';

interface AuditFiltersProps {
  form: AuditFilterForm;
  onChange: (form: AuditFilterForm) => void;
  actors: readonly string[];
  actions: readonly string[];
  entities: readonly string[];
  calendar: Calendar;
  language: Language;
}

/** A picked day in the project's calendar ("29 พ.ย. 2569"), under the date input that took it. */
function dayInCalendar(day: string, calendar: Calendar, language: Language): string | undefined {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return formatDate(new Date(y, m - 1, d), { language, calendar });
}

/** User, kind of record, record id, action and date range: every filter given must match. */
export function AuditFilters({ form, onChange, actors, actions, entities, calendar, language }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterForm>) => onChange({ ...form, ...patch });
  const rangeError = badRange(form) ? t('auditTrail.filters.badRange') : undefined;
  return (
    <section aria-label={t('auditTrail.filters.heading')} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('auditTrail.filters.actor')}
          placeholder={t('auditTrail.filters.anyActor')}
          data={actors.map((actor) => ({ value: actor, label: actor }))}
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
        <TextInput
          type="date"
          label={t('auditTrail.filters.from')}
          value={form.from}
          onChange={(event) => set({ from: event.currentTarget.value })}
          description={dayInCalendar(form.from, calendar, language)}
          error={rangeError}
          data-testid="audit-filter-from"
        />
        <TextInput
          type="date"
          label={t('auditTrail.filters.to')}
          value={form.to}
          onChange={(event) => set({ to: event.currentTarget.value })}
          description={dayInCalendar(form.to, calendar, language)}
          data-testid="audit-filter-to"
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_FILTER_FORM)} data-testid="audit-filter-clear">
          {t('auditTrail.filters.clear')}
        </Button>
      </Group>
      {rangeError && (
        <Text size="sm" c="red" role="alert">
          {rangeError}
        </Text>
      )}
    </section>
  );
}

import { Button, Group, Select, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/action-plan';
import type { ActionFilter } from './queries';

interface ActionFiltersProps {
  filter: ActionFilter;
  areas: ComboboxItem[];
  agencies: ComboboxItem[];
  onChange: (filter: ActionFilter) => void;
}

function isStatus(value: string | null): value is ActionStatus {
  return value !== null && (ACTION_STATUSES as readonly string[]).includes(value);
}

/** Area, lead agency and status: all three applied by the main process. */
export function ActionFilters({ filter, areas, agencies, onChange }: ActionFiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ActionFilter>(key: K, value: ActionFilter[K] | null) => {
    const next = { ...filter };
    if (value === null || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('actionPlan.filters.area')}
        placeholder={t('actionPlan.filters.allAreas')}
        data={areas}
        value={filter.areaCode ?? null}
        onChange={(value) => set('areaCode', value)}
        clearable
        w={230}
      />
      <Select
        label={t('actionPlan.filters.leadAgency')}
        placeholder={t('actionPlan.filters.allAgencies')}
        data={agencies}
        value={filter.leadAgencyCode ?? null}
        onChange={(value) => set('leadAgencyCode', value)}
        searchable
        clearable
        w={300}
        maxDropdownHeight={320}
      />
      <Select
        label={t('actionPlan.filters.status')}
        placeholder={t('actionPlan.filters.allStatuses')}
        data={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actionPlan.statuses.${status}`) }))}
        value={filter.status ?? null}
        onChange={(value) => set('status', isStatus(value) ? value : null)}
        clearable
        w={190}
      />
      {Object.keys(filter).length > 0 && (
        <Button variant="subtle" onClick={() => onChange({})}>
          {t('actionPlan.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

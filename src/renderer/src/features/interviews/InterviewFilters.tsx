import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_CATEGORIES, type InterviewCategory } from '../../../../shared/evidence';
import type { AgencyOption } from './InterviewFields';
import { useUiLanguage } from './language';
import type { InterviewFilter } from './queries';

interface InterviewFiltersProps {
  filter: InterviewFilter;
  agencies: readonly AgencyOption[];
  onChange: (filter: InterviewFilter) => void;
}

function isCategory(value: string | null): value is InterviewCategory {
  return value !== null && (INTERVIEW_CATEGORIES as readonly string[]).includes(value);
}

/** Category and agency: both applied by the main process, on its indexes. */
export function InterviewFilters({ filter, agencies, onChange }: InterviewFiltersProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const without = (key: keyof InterviewFilter): InterviewFilter => {
    const next = { ...filter };
    delete next[key];
    return next;
  };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('interviews.filters.category')}
        placeholder={t('interviews.filters.allCategories')}
        data={INTERVIEW_CATEGORIES.map((category) => ({
          value: category,
          label: t(`interviews.categories.${category}`),
        }))}
        value={filter.category ?? null}
        onChange={(value) => onChange(isCategory(value) ? { ...filter, category: value } : without('category'))}
        clearable
        w={220}
      />
      <Select
        label={t('interviews.filters.agency')}
        placeholder={t('interviews.filters.allAgencies')}
        data={agencies.map((agency) => ({
          value: agency.code,
          label: `${agency.abbreviation[language]} – ${agency.name[language]}`,
        }))}
        value={filter.agencyCode ?? null}
        onChange={(value) => onChange(value ? { ...filter, agencyCode: value } : without('agencyCode'))}
        searchable
        clearable
        w={340}
        maxDropdownHeight={320}
      />
      {(filter.category !== undefined || filter.agencyCode !== undefined) && (
        <Button variant="subtle" onClick={() => onChange({})}>
          {t('interviews.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

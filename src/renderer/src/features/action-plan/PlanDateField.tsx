import { Group, Input, Select } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { daysInMonth, monthName, yearLabel } from '../interviews/format';
import { useUiLanguage } from '../framework/language';

/**
 * A date picked as day, month and year, the year in the project's era (B.E. 2569). Native date
 * inputs show C.E. only, in the browser's locale. Unlike the interview date (which is in the
 * past), a plan runs years ahead: the years offered reach PLAN_YEARS_AHEAD past this one.
 */
const FIRST_YEAR = 2000;
const PLAN_YEARS_AHEAD = 15;

interface PlanDateFieldProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  calendar: Calendar;
  required?: boolean;
  error?: string | undefined;
  /** In a narrow column (the status-update form): the month takes what the day and year leave. */
  compact?: boolean;
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

function parse(value: string | null): Parts {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return {};
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date the parts make, or null while one is missing. */
function compose(parts: Parts): string | null {
  if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return null;
  return `${parts.year}-${pad(parts.month)}-${pad(Math.min(parts.day, daysInMonth(parts.year, parts.month)))}`;
}

export function PlanDateField({ label, value, onChange, calendar, required, error, compact }: PlanDateFieldProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  // Parts picked while the date is still incomplete, remembered against the value they were
  // picked on: once the form's value changes (a save or a reload), the form wins.
  const [partial, setPartial] = useState<{ against: string | null; parts: Parts }>({ against: value, parts: {} });
  const shown = partial.against === value && Object.keys(partial.parts).length > 0 ? partial.parts : parse(value);

  const change = (part: keyof Parts, raw: string | null) => {
    const next: Parts = { ...shown };
    if (raw === null || raw === '') delete next[part];
    else next[part] = Number(raw);
    const composed = compose(next);
    setPartial({ against: composed, parts: composed === null ? next : {} });
    if (composed !== value) onChange(composed);
  };

  const thisYear = new Date().getFullYear();
  const years = Array.from(
    { length: thisYear + PLAN_YEARS_AHEAD - FIRST_YEAR + 1 },
    (_, index) => thisYear + PLAN_YEARS_AHEAD - index,
  );
  const dayCount = shown.year && shown.month ? daysInMonth(shown.year, shown.month) : 31;
  const partLabel = (part: 'day' | 'month' | 'year') => `${t(`interviews.editor.dateParts.${part}`)} (${label})`;

  return (
    <Input.Wrapper
      label={label}
      required={required}
      error={error}
      id={id}
      // The three selects carry their own names; the wrapper's label names the group.
      labelProps={{ id: `${id}-label`, htmlFor: undefined }}
    >
      <Group gap="xs" wrap="nowrap" role="group" aria-labelledby={`${id}-label`} mt={4}>
        <Select
          aria-label={partLabel('day')}
          placeholder={t('interviews.editor.dateParts.day')}
          data={Array.from({ length: dayCount }, (_, index) => String(index + 1))}
          value={shown.day !== undefined ? String(shown.day) : null}
          onChange={(next) => change('day', next)}
          clearable={!required}
          error={Boolean(error)}
          w={compact ? 70 : 86}
          maxDropdownHeight={280}
        />
        <Select
          aria-label={partLabel('month')}
          placeholder={t('interviews.editor.dateParts.month')}
          data={Array.from({ length: 12 }, (_, index) => ({
            value: String(index + 1),
            label: monthName(index + 1, language, compact),
          }))}
          value={shown.month !== undefined ? String(shown.month) : null}
          onChange={(next) => change('month', next)}
          clearable={!required}
          error={Boolean(error)}
          w={compact ? undefined : 150}
          style={compact ? { flex: 1, minWidth: 0 } : undefined}
          maxDropdownHeight={320}
        />
        <Select
          aria-label={partLabel('year')}
          placeholder={t('interviews.editor.dateParts.year')}
          data={years.map((year) => ({ value: String(year), label: yearLabel(year, { language, calendar }) }))}
          value={shown.year !== undefined ? String(shown.year) : null}
          onChange={(next) => change('year', next)}
          clearable={!required}
          error={Boolean(error)}
          w={compact ? 116 : 128}
          maxDropdownHeight={320}
          searchable
        />
      </Group>
    </Input.Wrapper>
  );
}

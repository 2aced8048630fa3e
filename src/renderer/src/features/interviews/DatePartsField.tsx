import { Group, Input, Select } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { daysInMonth, monthName, yearLabel } from './format';
import { useUiLanguage } from './language';

/**
 * A month ("2026-11") or a date ("2026-11-12") picked as day, month and year, with the year
 * shown in the project's era (B.E. 2569). Native date inputs show C.E. only and in the
 * browser's locale, which would put 2026 in front of a Thai assessor.
 * - 'month': month and year;
 * - 'day': day, month and year, all three needed;
 * - 'dayOptional': day, month and year; month and year alone give a month.
 */
export type DatePrecision = 'month' | 'day' | 'dayOptional';

interface DatePartsFieldProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  precision: DatePrecision;
  calendar: Calendar;
  required?: boolean;
  error?: string | undefined;
}

interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

const FIRST_YEAR = 2000;

function parse(value: string | null): Parts {
  const match = value ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value) : null;
  if (!match) return {};
  return { year: Number(match[1]), month: Number(match[2]), ...(match[3] ? { day: Number(match[3]) } : {}) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value the parts make at this precision, or null while they are incomplete. */
function compose(parts: Parts, precision: DatePrecision): string | null {
  if (parts.year === undefined || parts.month === undefined) return null;
  const month = `${parts.year}-${pad(parts.month)}`;
  if (precision === 'month') return month;
  if (parts.day === undefined) return precision === 'dayOptional' ? month : null;
  return `${month}-${pad(Math.min(parts.day, daysInMonth(parts.year, parts.month)))}`;
}

export function DatePartsField({
  label,
  description,
  value,
  onChange,
  precision,
  calendar,
  required,
  error,
}: DatePartsFieldProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  // Parts picked while the value is still incomplete, remembered against the value they were
  // picked on: once the form's value changes (a save, undo or reload), the form wins.
  const [partial, setPartial] = useState<{ against: string | null; parts: Parts }>({ against: value, parts: {} });
  const shown = partial.against === value && Object.keys(partial.parts).length > 0 ? partial.parts : parse(value);

  const change = (part: keyof Parts, raw: string | null) => {
    const next: Parts = { ...shown };
    if (raw === null || raw === '') delete next[part];
    else next[part] = Number(raw);
    const composed = compose(next, precision);
    setPartial({ against: composed, parts: composed === null ? next : {} });
    if (composed !== value) onChange(composed);
  };

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, index) => thisYear + 1 - index);
  const dayCount = shown.year && shown.month ? daysInMonth(shown.year, shown.month) : 31;
  const withDay = precision !== 'month';
  const partLabel = (part: 'day' | 'month' | 'year') => `${t(`interviews.editor.dateParts.${part}`)} (${label})`;

  return (
    <Input.Wrapper
      label={label}
      description={description}
      required={required}
      error={error}
      id={id}
      // The three selects carry their own names; the wrapper's label names the group.
      labelProps={{ id: `${id}-label`, htmlFor: undefined }}
    >
      <Group gap="xs" wrap="nowrap" role="group" aria-labelledby={`${id}-label`} mt={4}>
        {withDay && (
          <Select
            aria-label={partLabel('day')}
            placeholder={t('interviews.editor.dateParts.day')}
            data={Array.from({ length: dayCount }, (_, index) => String(index + 1))}
            value={shown.day !== undefined ? String(shown.day) : null}
            onChange={(next) => change('day', next)}
            clearable={precision === 'dayOptional'}
            error={Boolean(error)}
            w={96}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Select
          aria-label={partLabel('month')}
          placeholder={t('interviews.editor.dateParts.month')}
          data={Array.from({ length: 12 }, (_, index) => ({
            value: String(index + 1),
            label: monthName(index + 1, language),
          }))}
          value={shown.month !== undefined ? String(shown.month) : null}
          onChange={(next) => change('month', next)}
          clearable={!required}
          error={Boolean(error)}
          w={170}
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
          w={140}
          maxDropdownHeight={320}
        />
      </Group>
    </Input.Wrapper>
  );
}

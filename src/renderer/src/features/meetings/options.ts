import type { ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';
import { localized, useUiLanguage } from '../framework/language';
import { agencyOptions } from '../recommendations/plan-options';
import { useAgencies } from '../reference/queries';

/** Agency choices and short names in the UI language, shared by every section of the editor. */
export function useAgencyChoices(): { options: ComboboxItem[]; short: (code: string | null) => string } {
  const language = useUiLanguage();
  const agencies = useAgencies();
  return useMemo(() => {
    const list = agencies.data ?? [];
    const names = new Map(list.map((agency) => [agency.code, localized(agency.abbreviation, language)]));
    return {
      options: agencyOptions(list, language),
      short: (code: string | null) => (code === null ? '–' : (names.get(code) ?? code)),
    };
  }, [agencies.data, language]);
}

/** Select options from a closed list of values, labelled through a translation prefix. */
export function useEnumOptions(values: readonly (string | number)[], prefix: string): ComboboxItem[] {
  const { t } = useTranslation();
  // The key is built at run time from a closed list; the catalogs' types check each list's labels exist.
  const translate = t as unknown as (key: string) => string;
  return values.map((value) => ({ value: String(value), label: translate(`${prefix}.${value}`) }));
}

/** An ISO date in the project's calendar ("12 กุมภาพันธ์ 2563"). */
export function showDate(iso: string | null, language: Language, calendar: Calendar): string {
  if (iso === null) return '–';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const text = formatDate(new Date(year, month - 1, day), { language, calendar });
  return language === 'en' && calendar === 'BE' ? `${text} B.E.` : text;
}

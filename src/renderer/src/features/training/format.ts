import { formatDate, type Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';

/**
 * An ISO day (2022-05-16) in the project's calendar: "16 พฤษภาคม 2565", "16 May 2022", or
 * "16 May 2565 B.E." (an English reader would otherwise take 2565 for a typing error).
 */
export function showDay(iso: string, language: Language, calendar: Calendar): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  const text = formatDate(new Date(year, month - 1, day), { language, calendar });
  return language === 'en' && calendar === 'BE' ? `${text} B.E.` : text;
}

/** The ISO day `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0.8 → "80%"; null → "—". */
export function showShare(value: number | null, language: Language): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A mean score in percent of the maximum, one decimal: "56.3%". */
export function showPercent(value: number | null, language: Language): string {
  return value === null ? '—' : showShare(value / 100, language);
}

export function showNumber(value: number | null, language: Language, digits = 1): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

import { formatDate, type Calendar } from '../../../shared/dates';
import type { Language } from '../../../shared/messages';

export interface DateStyle {
  language: Language;
  calendar: Calendar;
}

/**
 * "29 พฤศจิกายน 2569 เวลา 10.15 น." in Thai with B.E.; "29 November 2026 10:15" in English with C.E.
 * English with B.E. names the era ("29 November 2569 B.E. 10:15"): an English reader would
 * otherwise take 2569 for a typing error.
 */
export function formatDateTime(iso: string, style: DateStyle): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (style.language === 'en' && style.calendar === 'BE') {
    const time = formatDate(date, { language: 'en', calendar: 'CE', withTime: true }).split(' ').pop() ?? '';
    return `${formatDate(date, { language: 'en', calendar: 'BE' })} B.E. ${time}`;
  }
  return formatDate(date, { language: style.language, calendar: style.calendar, withTime: true });
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 -> "1.5 KB". Units are the same in Thai and English documents. */
export function formatBytes(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${UNITS[unit]}`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB').format(value);
}

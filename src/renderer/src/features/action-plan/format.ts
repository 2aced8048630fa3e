import { formatDate } from '../../../../shared/dates';
import type { DateStyle } from '../../lib/format';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "2020-06-30" -> "30 มิ.ย. 2563" (Thai, B.E.), "30 Jun 2563 B.E." (English, B.E.) or
 * "30 Jun 2020" (C.E.); `long` writes the month in full. English with B.E. names the era, as
 * the rest of the app does, so 2563 is not read as a typing error. The date is built from its
 * parts in local time: `new Date('2020-06-30')` would be UTC midnight, the day before in the Americas.
 */
export function formatIsoDate(iso: string, style: DateStyle, long = false): string {
  const match = DAY.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const text = formatDate(date, { language: style.language, calendar: style.calendar, short: !long });
  return style.language === 'en' && style.calendar === 'BE' ? `${text} B.E.` : text;
}

/** Today on this computer's calendar, as an ISO date: the default date of a status update. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

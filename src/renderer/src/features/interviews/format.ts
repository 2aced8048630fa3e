import { BE_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT, type Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';

/**
 * Months and dates of interviews as the list and the pickers show them. A migrant interview
 * keeps only its month ("พ.ย. 2569"); an official's may keep the day ("12 พ.ย. 2569"). The
 * project's calendar decides the era; English with B.E. names it, as formatDateTime does.
 */

// prettier-ignore
const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface MonthStyle {
  language: Language;
  calendar: Calendar;
}

/** The month's name, 1-based: full for pickers, short for the list. */
export function monthName(month: number, language: Language, short = false): string {
  const names = language === 'th' ? (short ? THAI_MONTHS_SHORT : THAI_MONTHS) : EN_MONTHS;
  const name = names[month - 1] ?? '';
  return language === 'en' && short ? name.slice(0, 3) : name;
}

/** 2026 -> "2569" (Thai, B.E.), "2569 B.E." (English, B.E.) or "2026" (C.E.). */
export function yearLabel(year: number, style: MonthStyle): string {
  if (style.calendar === 'CE') return String(year);
  const be = String(year + BE_OFFSET);
  return style.language === 'en' ? `${be} B.E.` : be;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11" -> "พ.ย. 2569" / "Nov 2569 B.E." / "Nov 2026"; anything else is shown as written. */
export function formatMonth(isoMonth: string, style: MonthStyle): string {
  const match = MONTH.exec(isoMonth);
  if (!match) return isoMonth;
  return `${monthName(Number(match[2]), style.language, true)} ${yearLabel(Number(match[1]), style)}`;
}

/** "2026-11-12" -> "12 พ.ย. 2569" / "12 Nov 2569 B.E." / "12 Nov 2026". */
export function formatDay(isoDate: string, style: MonthStyle): string {
  const match = DAY.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])} ${formatMonth(`${match[1]}-${match[2]}`, style)}`;
}

/** When an interview took place, at the precision it was recorded: the day if kept, else the month. */
export function formatWhen(
  interview: { interviewDate: string | null; month: string | null },
  style: MonthStyle,
): string {
  if (interview.interviewDate) return formatDay(interview.interviewDate, style);
  if (interview.month) return formatMonth(interview.month, style);
  return '';
}

/** "10.42 น." in Thai, "10:42" in English: the time of the last save, in this computer's time zone. */
export function formatClock(iso: string | Date, language: Language): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return language === 'th' ? `${hh}.${mm} น.` : `${hh}:${mm}`;
}

/** Days in a month (1-based month), so a date picker never offers 31 February. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

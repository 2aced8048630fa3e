import { formatDay, type MonthStyle } from '../interviews/format';

/**
 * Dates of evidence as lists and editors show them, in the project's calendar:
 * "12 พ.ย. 2569", "12 Nov 2569 B.E." or "12 Nov 2026" (see interviews/format.ts).
 */
export type { MonthStyle as DateStyle };

/** A visit of one day shows that day; a longer one both ends: "12 พ.ย. 2569 – 14 พ.ย. 2569". */
export function formatDateRange(start: string, end: string, style: MonthStyle): string {
  if (start === end || end === '') return formatDay(start, style);
  return `${formatDay(start, style)} – ${formatDay(end, style)}`;
}

/** The text in the wanted language, or in the other when this one is empty. */
export function inLanguage(text: { en: string; th: string }, language: 'en' | 'th'): string {
  const wanted = text[language].trim();
  return wanted !== '' ? text[language] : text[language === 'en' ? 'th' : 'en'];
}

/** Extensions of the allowed attachment types as a user knows them: "PDF, DOC, DOCX, …". */
export function allowedTypesLabel(extensions: readonly string[]): string {
  return extensions.map((extension) => extension.toUpperCase()).join(', ');
}

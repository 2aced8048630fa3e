/**
 * Buddhist-Era helpers. The B.E. year is the Gregorian (C.E.) year + 543 for every
 * date since the Thai calendar reform of 1941 (B.E. 2484), which covers everything
 * this application records.
 */
export const BE_OFFSET = 543;

export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const THAI_DIGITS = ['๐', '๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙'] as const;

export type Calendar = 'BE' | 'CE';
export type DigitStyle = 'arabic' | 'thai';

export function toBuddhistYear(gregorianYear: number): number {
  return gregorianYear + BE_OFFSET;
}

export function toGregorianYear(buddhistYear: number): number {
  return buddhistYear - BE_OFFSET;
}

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d);
}

export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

export interface DateFormatOptions {
  language: 'th' | 'en';
  calendar: Calendar;
  digits?: DigitStyle;
  withTime?: boolean;
  short?: boolean;
}

/**
 * Formats a date the way Thai government documents do: "29 พฤศจิกายน 2569" (B.E.),
 * or "29 November 2026" (C.E.). Uses the local time of the machine.
 */
export function formatDate(date: Date, options: DateFormatOptions): string {
  const day = date.getDate();
  const month = date.getMonth();
  const year = options.calendar === 'BE' ? toBuddhistYear(date.getFullYear()) : date.getFullYear();
  const monthName =
    options.language === 'th'
      ? (options.short ? THAI_MONTHS_SHORT : THAI_MONTHS)[month]
      : options.short
        ? EN_MONTHS[month]?.slice(0, 3)
        : EN_MONTHS[month];
  let text = `${day} ${monthName ?? ''} ${year}`;
  if (options.withTime) {
    const hh = String(date.getHours()).padStart(2, '0');
    const mm = String(date.getMinutes()).padStart(2, '0');
    text += options.language === 'th' ? ` เวลา ${hh}.${mm} น.` : ` ${hh}:${mm}`;
  }
  return options.digits === 'thai' ? toThaiDigits(text) : text;
}

import type { ActionStatus } from '../../shared/action-plan';
import type { HORIZONS, PRIORITIES } from '../../shared/analysis';
import { formatDate, toThaiDigits } from '../../shared/dates';
import type { ExportProfile } from '../../shared/export';

/**
 * How an export writes words, numbers and dates for its profile (PRODUCT.md 11, DOMAIN.md 2.5):
 * the profile's language (Thai, English or both in the same cell, Thai first), calendar and digits.
 */

export type Bilingual = { th: string; en: string };
type ExportLocale = Pick<ExportProfile, 'language' | 'calendar' | 'digits'>;

/** Applies the profile's digits to any text that carries numbers. */
export function digits(locale: ExportLocale, value: string): string {
  return locale.digits === 'thai' ? toThaiDigits(value) : value;
}

/** A whole number with thousands separators, in the profile's digits. */
export function number(locale: ExportLocale, value: number): string {
  return digits(locale, value.toLocaleString('en-US', { maximumFractionDigits: 2 }));
}

/** An ISO date (YYYY-MM-DD) in the profile's calendar: "12 กุมภาพันธ์ 2563" or "12 February 2020". */
export function date(locale: ExportLocale, iso: string, language: 'th' | 'en'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return digits(locale, iso);
  return formatDate(new Date(y, m - 1, d), { language, calendar: locale.calendar, digits: locale.digits });
}

/**
 * The lines one cell shows: one language, or Thai then English when the profile says both.
 * Text stays as written: Thai digits are for counts, dates, amounts and page numbers only, never
 * for codes ("JAP-A2-01"), section numbers of laws or other identifiers a reader may search for.
 */
export function lines(locale: ExportLocale, value: Bilingual): string[] {
  const th = value.th.trim();
  const en = value.en.trim();
  if (locale.language === 'th') return [th || en].filter(Boolean);
  if (locale.language === 'en') return [en || th].filter(Boolean);
  return [th, en].filter((line, index, all) => line !== '' && all.indexOf(line) === index);
}

/** A date written in each language the profile shows. */
export function dateLines(locale: ExportLocale, iso: string): string[] {
  return lines(locale, { th: date(locale, iso, 'th'), en: date(locale, iso, 'en') });
}

/** One line of text in the profile's language (for 'both': Thai / English). */
export function label(locale: ExportLocale, value: Bilingual): string {
  return lines(locale, value).join(' / ');
}

export const LABELS = {
  jointActionPlan: { th: 'แผนปฏิบัติการร่วม', en: 'Joint Action Plan' },
  summary: { th: 'สรุปแผนปฏิบัติการ', en: 'Summary of the plan' },
  byStatus: { th: 'จำนวนกิจกรรมตามสถานะ', en: 'Actions by status' },
  byLead: { th: 'จำนวนกิจกรรมตามหน่วยงานหลัก', en: 'Actions by lead agency' },
  byTimeframe: { th: 'จำนวนกิจกรรมตามกรอบเวลา', en: 'Actions by timeframe' },
  count: { th: 'จำนวน', en: 'Count' },
  total: { th: 'รวม', en: 'Total' },
  noLead: { th: 'ยังไม่กำหนดหน่วยงานหลัก', en: 'No lead agency yet' },
  noActions: { th: 'ยังไม่มีกิจกรรมในแผนปฏิบัติการ', en: 'The plan has no actions yet' },
  contents: { th: 'สารบัญ', en: 'Contents' },
  page: { th: 'หน้า', en: 'Page' },
  of: { th: 'จาก', en: 'of' },
  draft: { th: 'ร่าง', en: 'DRAFT' },
  notSet: { th: 'ไม่ระบุ', en: 'Not set' },
  baseline: { th: 'ค่าฐาน', en: 'Baseline' },
  target: { th: 'ค่าเป้าหมาย', en: 'Target' },
  funding: { th: 'แหล่งงบประมาณ', en: 'Funding' },
  since: { th: 'ณ วันที่', en: 'as of' },
  keyMeasure: { th: 'มาตรการสำคัญ', en: 'Key measure' },
} satisfies Record<string, Bilingual>;

/** Column headers of the plan table, in DOMAIN.md 1.9's order. */
export const COLUMNS = {
  code: { th: 'รหัส', en: 'ID' },
  area: { th: 'ด้าน / ด้านย่อย', en: 'Area / sub-area' },
  objective: { th: 'วัตถุประสงค์', en: 'Objective' },
  action: { th: 'กิจกรรม', en: 'Action' },
  lead: { th: 'หน่วยงานหลัก', en: 'Lead agency' },
  supporting: { th: 'หน่วยงานสนับสนุน', en: 'Supporting agencies' },
  timeframe: { th: 'กรอบเวลา', en: 'Timeframe' },
  priority: { th: 'ลำดับความสำคัญ', en: 'Priority' },
  indicator: { th: 'ตัวชี้วัด (ค่าฐาน / ค่าเป้าหมาย)', en: 'Indicator (baseline / target)' },
  verification: { th: 'วิธีการทวนสอบ', en: 'Means of verification' },
  cost: { th: 'งบประมาณและแหล่งเงิน', en: 'Cost and funding source' },
  risks: { th: 'ความเสี่ยง', en: 'Risks' },
  status: { th: 'สถานะ', en: 'Status' },
} satisfies Record<string, Bilingual>;

export const STATUS_LABELS: Record<ActionStatus, Bilingual> = {
  not_started: { th: 'ยังไม่เริ่ม', en: 'Not started' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  completed: { th: 'เสร็จสิ้น', en: 'Completed' },
  delayed: { th: 'ล่าช้า', en: 'Delayed' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
};

export const PRIORITY_LABELS: Record<(typeof PRIORITIES)[number], Bilingual> = {
  high: { th: 'สูง', en: 'High' },
  medium: { th: 'ปานกลาง', en: 'Medium' },
  low: { th: 'ต่ำ', en: 'Low' },
};

export const TIMEFRAME_LABELS: Record<(typeof HORIZONS)[number], Bilingual> = {
  short: { th: 'ระยะสั้น', en: 'Short term' },
  medium: { th: 'ระยะกลาง', en: 'Medium term' },
  long: { th: 'ระยะยาว', en: 'Long term' },
};

/**
 * An ISO date with the month abbreviated, as Thai government tables write it: "๑ ต.ค. ๒๕๖๓" or
 * "1 Oct 2020" (narrow table columns; prose keeps the full month).
 */
export function shortDate(locale: ExportLocale, iso: string, language: 'th' | 'en'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return digits(locale, iso);
  return formatDate(new Date(y, m - 1, d), { language, calendar: locale.calendar, digits: locale.digits, short: true });
}

/** A short date in each language the profile shows. */
export function shortDateLines(locale: ExportLocale, iso: string): string[] {
  return lines(locale, { th: shortDate(locale, iso, 'th'), en: shortDate(locale, iso, 'en') });
}

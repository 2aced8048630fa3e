import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { TotEvent, TotSession } from '../../shared/tot';
import { date, digits, label, lines, number, type Bilingual } from './locale';
import { dataTable, heading, LANDSCAPE_WIDTH, placeholder } from './report-sections-parts';

/**
 * Layout pieces of the Training of Trainers agenda (PRODUCT.md 9, DOMAIN.md 4.2): the event's
 * particulars, one heading per day ("วันที่ 1 วันจันทร์ที่ 16 พฤษภาคม 2565" / "Day 1 – Monday
 * 16 May 2022") and that day's sessions as a table whose header row repeats on every page.
 */

type Locale = Pick<ExportProfile, 'language' | 'calendar' | 'digits'>;

export const AGENDA_LABELS = {
  code: { th: 'รหัสการฝึกอบรม', en: 'Event code' },
  dates: { th: 'วันที่', en: 'Dates' },
  duration: { th: 'ระยะเวลา', en: 'Duration' },
  venue: { th: 'สถานที่', en: 'Venue' },
  noSessions: {
    th: 'ยังไม่มีช่วงการอบรมในกำหนดการนี้',
    en: 'The agenda has no sessions yet',
  },
  noSessionsToday: { th: 'ไม่มีช่วงการอบรมในวันนี้', en: 'No sessions on this day' },
  notSet: { th: 'ไม่ระบุ', en: 'Not set' },
} satisfies Record<string, Bilingual>;

/** Column headers of a day's table. */
export const AGENDA_COLUMNS = {
  time: { th: 'เวลา', en: 'Time' },
  session: { th: 'หัวข้อ', en: 'Session' },
  module: { th: 'หน่วยการเรียนรู้', en: 'Module' },
  facilitator: { th: 'วิทยากร', en: 'Facilitator' },
  method: { th: 'วิธีการ', en: 'Method' },
} satisfies Record<string, Bilingual>;

/**
 * Column widths in twips on a landscape page (portrait left the session title a finger wide):
 * Thai times ("๐๘.๓๐–๐๙.๓๐ น.") need more room than "08:30–09:30"; the module column holds a
 * linked module's code and title; the method column "Demonstration" unbroken; the session
 * title takes what is left.
 */
const THAI_WIDTHS: readonly number[] = [2100, 0, 2400, 2500, 2200];
const ENGLISH_WIDTHS: readonly number[] = [1600, 0, 2400, 2500, 2200];

function widths(locale: Locale): number[] {
  const fixed = locale.language === 'en' ? ENGLISH_WIDTHS : THAI_WIDTHS;
  const rest = LANDSCAPE_WIDTH - fixed.reduce((a, b) => a + b, 0);
  return fixed.map((w) => (w === 0 ? rest : w));
}

const WEEKDAYS_TH = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Day of the week of an ISO date (0 = Sunday), read as a calendar date, whatever the machine's zone. */
function weekday(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/**
 * "16–20 พฤษภาคม 2565", "30 พฤษภาคม – 3 มิถุนายน 2565", "30 December 2022 – 3 January 2023":
 * the month and year are written once when the two dates share them, as Thai letters do.
 */
export function dateRange(locale: Locale, start: string, end: string, language: 'th' | 'en'): string {
  const from = date(locale, start, language);
  if (end === start) return from;
  const to = date(locale, end, language);
  const [fromDay, fromMonth, fromYear] = from.split(' ');
  const [, toMonth, toYear] = to.split(' ');
  if (fromYear !== toYear || fromDay === undefined) return `${from} – ${to}`;
  if (fromMonth !== toMonth) return `${fromDay} ${fromMonth} – ${to}`;
  return `${fromDay}–${to}`;
}

/** The heading of one day in one language. */
export function dayHeading(locale: Locale, day: number, iso: string, language: 'th' | 'en'): string {
  const n = number(locale, day);
  const when = date(locale, iso, language);
  return language === 'th'
    ? `วันที่ ${n} วัน${WEEKDAYS_TH[weekday(iso)] ?? ''}ที่ ${when}`
    : `Day ${n} – ${WEEKDAYS_EN[weekday(iso)] ?? ''} ${when}`;
}

/** "09.00–10.30 น." in Thai (as Thai official agendas write times), "09:00–10:30" in English. */
export function timeRange(locale: Locale, start: string, end: string, language: 'th' | 'en'): string {
  return language === 'th'
    ? digits(locale, `${start.replace(':', '.')}–${end.replace(':', '.')} น.`)
    : digits(locale, `${start}–${end}`);
}

/**
 * The time cell: one line in the profile's language. A bilingual agenda shows the Thai form
 * only: the same two times twice over would only crowd the narrowest column.
 */
function timeCell(locale: Locale, session: TotSession): string[] {
  return [timeRange(locale, session.startTime, session.endTime, locale.language === 'en' ? 'en' : 'th')];
}

/** What the module column shows for a session. */
export type ModuleText = (session: TotSession) => string[];

/**
 * A session linked to a live curriculum module shows "M01 — title" (the title in each language
 * the profile shows); otherwise, or when the module has been deleted since, its free text.
 */
export function moduleText(
  locale: Locale,
  modules: ReadonlyMap<string, { code: string; title: Bilingual }>,
): ModuleText {
  return (session) => {
    const linked = session.moduleCode !== null && session.moduleId !== null ? modules.get(session.moduleId) : undefined;
    if (!linked) return [session.module.trim()];
    const titled = (title: string): string => (title.trim() ? `${linked.code} — ${title.trim()}` : linked.code);
    return lines(locale, { th: titled(linked.title.th), en: titled(linked.title.en) });
  };
}

/** A heading whose languages stand on separate lines ('both'), so a long bilingual heading never runs into one line. */
function bilingualHeading(level: 2, texts: string[], pageBreak: boolean): Paragraph {
  if (texts.length <= 1) return heading(level, texts[0] ?? '', { pageBreak });
  return new Paragraph({
    style: `Heading${level}`,
    ...(pageBreak ? { pageBreakBefore: true } : {}),
    children: texts.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/** "Label: value" with the label bold. */
function particular(locale: Locale, name: Bilingual, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    children: [
      new TextRun({ text: `${label(locale, name)}: `, bold: true, boldComplexScript: true }),
      new TextRun(value),
    ],
  });
}

/** The event's title (centred, under the document title), code, dates, duration and venue. */
export function eventParticulars(profile: ExportProfile, event: TotEvent): Paragraph[] {
  const days = lines(profile, {
    th: `${number(profile, event.days)} วัน`,
    en: `${number(profile, event.days)} ${event.days === 1 ? 'day' : 'days'}`,
  }).join(' / ');
  const dates = lines(profile, {
    th: dateRange(profile, event.startDate, event.endDate, 'th'),
    en: dateRange(profile, event.startDate, event.endDate, 'en'),
  }).join(' / ');
  return [
    ...lines(profile, event.title).map(
      (text) =>
        new Paragraph({
          style: 'Heading1',
          alignment: AlignmentType.CENTER,
          children: [new TextRun(text)],
        }),
    ),
    particular(profile, AGENDA_LABELS.code, event.code),
    particular(profile, AGENDA_LABELS.dates, dates),
    particular(profile, AGENDA_LABELS.duration, days),
    particular(profile, AGENDA_LABELS.venue, event.venue.trim() || label(profile, AGENDA_LABELS.notSet)),
  ];
}

/** One day: its heading, then its sessions (in the service's order: start time) or a placeholder. */
export function daySection(
  profile: ExportProfile,
  day: number,
  iso: string,
  sessions: readonly TotSession[],
  moduleText: ModuleText,
): (Paragraph | Table)[] {
  const title = bilingualHeading(
    2,
    lines(profile, { th: dayHeading(profile, day, iso, 'th'), en: dayHeading(profile, day, iso, 'en') }),
    false,
  );
  if (sessions.length === 0) return [title, placeholder(profile, AGENDA_LABELS.noSessionsToday)];
  const table = dataTable(profile, {
    weights: widths(profile),
    width: LANDSCAPE_WIDTH,
    header: [
      AGENDA_COLUMNS.time,
      AGENDA_COLUMNS.session,
      AGENDA_COLUMNS.module,
      AGENDA_COLUMNS.facilitator,
      AGENDA_COLUMNS.method,
    ],
    rows: sessions.map((session) => ({
      cells: [
        timeCell(profile, session),
        lines(profile, session.title),
        moduleText(session),
        [session.facilitator.trim()],
        [session.method.trim()],
      ],
    })),
  });
  // Word needs a paragraph between a table and the next day's heading.
  return [title, table, new Paragraph({ children: [] })];
}

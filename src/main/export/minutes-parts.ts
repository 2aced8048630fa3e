import { AlignmentType, Paragraph, Tab, TextRun } from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { AttendanceRow, Meeting } from '../../shared/meetings';
import { date, digits, type Bilingual } from './locale';
import { LANGUAGE_WORDS, MINUTES_LABELS as L, WEEKDAYS } from './minutes-labels';

/**
 * Paragraph-level pieces of the minutes: the Form 11 heading block, numbered attendee lists,
 * times, the signature lines. Each line is written once per language the profile shows
 * (Thai, then English for 'both'), and free text falls back to the other language when empty.
 */

export type Language = 'th' | 'en';

/** Where the signature blocks start: the right half of the text width, in twips. */
const SIGNATURE_INDENT = 3600;

/** What the minutes' parts read: the meeting, the profile and agency names by code. */
export interface MinutesContext {
  meeting: Meeting;
  profile: ExportProfile;
  agencies: Map<string, { name: Bilingual; abbreviation: Bilingual }>;
}

/** The languages the profile shows, in order. */
export function languages(profile: ExportProfile): Language[] {
  return profile.language === 'both' ? ['th', 'en'] : [profile.language];
}

/** One language of a bilingual text, else the other (as locale.ts lines() falls back). */
export function pick(value: Bilingual, language: Language): string {
  const own = value[language].trim();
  return own !== '' ? own : value[language === 'th' ? 'en' : 'th'].trim();
}

/** A line per language the profile shows; identical lines (a fallback) once. */
export function each(profile: ExportProfile, line: (language: Language) => string): string[] {
  return [...new Set(languages(profile).map(line))].filter((text) => text !== '');
}

/** An agency's name in a language; its code when the agency is gone from the reference list. */
export function agencyName(ctx: MinutesContext, code: string | null, language: Language): string {
  if (code === null) return '';
  const agency = ctx.agencies.get(code);
  return agency ? pick(agency.name, language) : code;
}

interface RunOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({
    text,
    ...(options.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(options.italics ? { italics: true, italicsComplexScript: true } : {}),
    ...(options.size ? { size: options.size, sizeComplexScript: options.size } : {}),
    ...(options.color ? { color: options.color } : {}),
  });
}

export function centred(text: string, options: RunOptions & { after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { after: options.after ?? 60 },
    children: [run(text, options)],
  });
}

/** A body paragraph; `indent` in twips from the left margin (agenda items sit indented under their heading). */
export function body(
  text: string,
  options: RunOptions & { indent?: number; after?: number; before?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    spacing: { before: options.before ?? 0, after: options.after ?? 60 },
    ...(options.indent ? { indent: { left: options.indent } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [run(text, options)],
  });
}

/** "label  text" in one paragraph, the label bold (มติที่ประชุม, เริ่มประชุมเวลา...). */
export function labelled(
  labelText: string,
  text: string,
  options: { indent?: number; before?: number; after?: number; keepNext?: boolean; textOptions?: RunOptions } = {},
): Paragraph {
  return new Paragraph({
    spacing: { before: options.before ?? 0, after: options.after ?? 60 },
    ...(options.indent ? { indent: { left: options.indent } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [run(labelText, { bold: true }), run(text === '' ? '' : ` ${text}`, options.textOptions)],
  });
}

/** Hanging-indented "1.<tab>text": wrapped lines align under the text, not the number. */
export function numbered(n: string, text: string, indent = 720): Paragraph {
  return new Paragraph({
    spacing: { after: 40 },
    indent: { left: indent, hanging: 440 },
    tabStops: [{ type: 'left', position: indent }],
    children: [new TextRun({ children: [`${n}.`, new Tab(), text] })],
  });
}

/** An agenda item's "4.1<tab>title", bold, the number in the margin of the item's indent. */
export function itemTitle(n: string, text: string, indent: number): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 60 },
    keepNext: true,
    indent: { left: indent, hanging: indent },
    tabStops: [{ type: 'left', position: indent }],
    children: [new TextRun({ bold: true, boldComplexScript: true, children: [n, new Tab(), text] })],
  });
}

/** A bold section label of Form 11 ("ผู้มาประชุม"), kept with what follows. */
export function partLabel(profile: ExportProfile, value: Bilingual, before = 200): Paragraph[] {
  return each(profile, (language) => value[language]).map(
    (text, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? before : 0, after: 60 },
        keepNext: true,
        children: [run(text, { bold: true })],
      }),
  );
}

/** "2020-07-23" -> "พฤหัสบดี" / "Thursday" (local calendar day, as the date itself is printed). */
function weekday(iso: string, language: Language): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return '';
  return WEEKDAYS[new Date(y, m - 1, d).getDay()]?.[language] ?? '';
}

/** "รายงานการประชุมหารือ..." : a Thai title that already starts with "การประชุม" is not said twice. */
function thaiTitle(title: string): string {
  const rest = title.startsWith('การประชุม') ? title.slice('การประชุม'.length) : title;
  return `${L.minutesOf.th}${rest}`;
}

/** Form 11's heading: title, ครั้งที่ n/yyyy, เมื่อวัน...ที่ date, ณ venue, and the status while not adopted. */
export function headingBlock(ctx: MinutesContext, statusNote: Bilingual | null): Paragraph[] {
  const { meeting, profile } = ctx;
  const out: Paragraph[] = [];
  for (const language of languages(profile)) {
    const title = pick(meeting.title, language);
    if (language === 'th') {
      out.push(centred(thaiTitle(title), { bold: true, size: 36, after: 60 }));
    } else {
      out.push(centred(L.minutesOf.en, { bold: true, size: 36, after: 0 }));
      out.push(centred(title, { bold: true, size: 32 }));
    }
    const number = digits(profile, `${meeting.number}/${meeting.yearBE}`);
    out.push(centred(`${L.number[language]} ${number}`, { bold: true }));
    const day = weekday(meeting.date, language);
    const when = date(profile, meeting.date, language);
    out.push(
      centred(language === 'th' ? `${L.date.th}${day}ที่ ${when}` : `${L.date.en} ${day ? `${day}, ` : ''}${when}`, {
        bold: true,
      }),
    );
    const venue = pick(meeting.venue, language);
    if (venue !== '') out.push(centred(`${L.venue[language]} ${venue}`, { bold: true }));
  }
  if (statusNote) {
    for (const text of each(profile, (language) => statusNote[language])) {
      out.push(centred(`(${text})`, { italics: true, size: 24, color: '666666' }));
    }
  }
  // A rule under the heading block, as Thai minutes draw one.
  out.push(
    new Paragraph({
      spacing: { after: 120 },
      border: { bottom: { style: 'single', size: 6, color: '000000', space: 1 } },
      children: [],
    }),
  );
  return out;
}

/** "Director, Legal Affairs Division กระทรวงมหาดไทย": the agency is not repeated when the position names it. */
function who(ctx: MinutesContext, row: Pick<AttendanceRow, 'position' | 'agencyCode'>, language: Language): string {
  const position = row.position.trim();
  const agency = agencyName(ctx, row.agencyCode, language);
  if (position === '') return agency;
  // "Director, Legal Affairs Division, Ministry of Interior" already names its ministry; the
  // agency's leading part ("Immigration Bureau" of "Immigration Bureau, Royal Thai Police") counts.
  const lead = agency.split(',')[0]?.trim().toLowerCase() ?? '';
  if (agency === '' || (lead !== '' && position.toLowerCase().includes(lead))) return position;
  return language === 'th' ? `${position} ${agency}` : `${position}, ${agency}`;
}

/**
 * One attendee's line. Positions are stored in one language only, so 'both' does not repeat
 * them: the Thai line, with the English agency name and the English words in brackets.
 */
function attendeeLine(ctx: MinutesContext, row: AttendanceRow): string {
  const words = (value: Bilingual): string => each(ctx.profile, (language) => value[language]).join(' / ');
  let base = who(ctx, row, languages(ctx.profile)[0] ?? 'th');
  if (ctx.profile.language === 'both') {
    const english = agencyName(ctx, row.agencyCode, 'en');
    if (english !== '' && !base.includes(english) && !row.position.includes(english.split(',')[0] ?? english)) {
      base = `${base} (${english})`;
    }
  }
  if (row.status === 'substitute' && row.substituteFor.trim() !== '') {
    return `${base} ${words(L.substituteFor)} ${row.substituteFor.trim()}`;
  }
  if (row.status === 'absent' && row.absenceReason.trim() !== '') {
    return `${base} (${words(L.reason)} ${row.absenceReason.trim()})`;
  }
  return base;
}

/** Present (with substitutes), absent with reasons, observers: numbered, "- ไม่มี -" when nobody. */
export function attendeeLists(ctx: MinutesContext): Paragraph[] {
  const { meeting, profile } = ctx;
  const groups: [Bilingual, AttendanceRow[]][] = [
    [L.present, meeting.attendance.filter((a) => a.status === 'present' || a.status === 'substitute')],
    [L.absent, meeting.attendance.filter((a) => a.status === 'absent')],
    [L.observers, meeting.attendance.filter((a) => a.status === 'observer')],
  ];
  const out: Paragraph[] = [];
  for (const [title, rows] of groups) {
    out.push(...partLabel(profile, title));
    if (rows.length === 0) {
      for (const text of each(profile, (language) => L.none[language])) out.push(body(text, { indent: 720 }));
      continue;
    }
    rows.forEach((row, i) => {
      out.push(numbered(digits(profile, String(i + 1)), attendeeLine(ctx, row)));
    });
  }
  return out;
}

/** "09:30" -> "09.30 น." (Thai) or "09:30" (English), in the profile's digits. */
export function timeText(profile: ExportProfile, time: string | null, language: Language): string {
  if (time === null) return L.timeNotRecorded[language];
  return digits(profile, language === 'th' ? `${time.replace(':', '.')} น.` : time);
}

/** เริ่มประชุมเวลา, then the chair and the language of the meeting. */
export function opening(ctx: MinutesContext): Paragraph[] {
  const { meeting, profile } = ctx;
  const out: Paragraph[] = [];
  for (const language of languages(profile)) {
    out.push(labelled(L.opened[language], timeText(profile, meeting.startTime, language), { before: 200 }));
  }
  const chair = meeting.chairPosition.trim();
  if (chair !== '' || meeting.chairAgencyCode !== null) {
    for (const language of languages(profile)) {
      out.push(
        labelled(
          `${L.chair[language]}:`,
          who(ctx, { position: chair, agencyCode: meeting.chairAgencyCode ?? '' }, language),
        ),
      );
    }
  }
  for (const language of languages(profile)) {
    const words = `${LANGUAGE_WORDS[meeting.language][language]}${meeting.interpretation ? ` (${L.interpretation[language]})` : ''}`;
    out.push(labelled(`${L.language[language]}:`, words));
  }
  // The component and activity code donors report against; codes keep Arabic digits.
  out.push(labelled(`${each(profile, (language) => L.code[language]).join(' / ')}:`, meeting.code, { after: 120 }));
  return out;
}

/** เลิกประชุมเวลา, then the minute-taker's and checker's lines, right-aligned as Thai minutes sign them. */
export function closing(ctx: MinutesContext): Paragraph[] {
  const { meeting, profile } = ctx;
  const out: Paragraph[] = [];
  for (const language of languages(profile)) {
    // Kept with the signatures: a signature block never starts a page on its own.
    out.push(
      labelled(L.closed[language], timeText(profile, meeting.endTime, language), { before: 240, keepNext: true }),
    );
  }
  // A signature block centred in the right half of the page: dots to sign on (no names are
  // stored), the signer's position in brackets, then the role.
  const block = (text: string, options: { before?: number; keepNext?: boolean } = {}): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: SIGNATURE_INDENT },
      keepLines: true,
      ...(options.keepNext === false ? {} : { keepNext: true }),
      spacing: { before: options.before ?? 0 },
      children: [run(text)],
    });
  const signer = (role: Bilingual, position: string, last: boolean): Paragraph[] => {
    const signed = each(profile, (language) => L.signature[language]).join(' / ');
    const shown =
      position.trim() === '' ? each(profile, (language) => L.notRecorded[language]).join(' / ') : position.trim();
    const roles = each(profile, (language) => role[language]);
    return [
      block(`(${signed}) ${'.'.repeat(36)}`, { before: 360 }),
      block(`(${shown})`),
      ...roles.map((text, i) => block(text, { keepNext: !(last && i === roles.length - 1) })),
    ];
  };
  out.push(...signer(L.minuteTaker, meeting.minuteTaker, false), ...signer(L.checker, meeting.checker, true));
  return out;
}

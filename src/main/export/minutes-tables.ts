import { Paragraph, TextRun, type Table } from 'docx';
import type { ExportProfile } from '../../shared/export';
import { AGENDA_CATEGORIES, SEXES, type AgendaItem, type ItemProvision, type Meeting } from '../../shared/meetings';
import { digits, label, lines, number, shortDateLines, type Bilingual } from './locale';
import {
  CATEGORY_HEADINGS,
  COLUMN_LABELS as C,
  CONSENSUS_WORDS,
  DRAFT_MARK,
  fillN,
  FOLLOW_UP_WORDS,
  MINUTES_LABELS as L,
  POSITION_WORDS,
  SEX_WORDS,
} from './minutes-labels';
import { agencyName, body, each, itemTitle, labelled, partLabel, pick, type MinutesContext } from './minutes-parts';
import { dataTable, placeholder, tableTitle } from './report-sections-parts';

/**
 * The agenda in the Thai five-part order (every category gets its heading, "- ไม่มี -" when it
 * has no item), each item's discussion, law-review tables and resolution; the follow-up actions
 * table; and the attendees by agency and sex for donor reporting, small counts as "<N".
 */

type Block = Paragraph | Table;
const ITEM_INDENT = 720;

/** An agency's name in each language the profile shows. */
function agencyLines(ctx: MinutesContext, code: string | null): string[] {
  return each(ctx.profile, (language) => agencyName(ctx, code, language));
}

function consensusWords(provision: ItemProvision): Bilingual {
  if (provision.consensus === null) return CONSENSUS_WORDS.unknown;
  return provision.consensus ? CONSENSUS_WORDS.reached : CONSENSUS_WORDS.notReached;
}

/** The provisions an item discussed, then each agency's position on each: two captioned tables. */
function provisionTables(ctx: MinutesContext, item: AgendaItem): Block[] {
  const { profile } = ctx;
  if (item.provisions.length === 0) return [];
  const instrument = (p: ItemProvision): string[] =>
    each(profile, (language) =>
      [pick(p.instrumentTitle, language) || p.instrumentCode, p.draft ? DRAFT_MARK[language] : '']
        .filter(Boolean)
        .join(' '),
    );
  // One instrument (the usual law-review session): named once above the table, not on every row.
  const single = new Set(item.provisions.map((p) => `${p.instrumentCode}|${String(p.draft)}`)).size === 1;
  const first = item.provisions[0];
  const out: Block[] = [tableTitle(profile, L.provisions)];
  if (single && first) {
    for (const text of instrument(first)) out.push(body(text, { size: 28, keepNext: true }));
  }
  out.push(
    dataTable(profile, {
      weights: single ? [1.2, 5.4, 1.8] : [3.2, 1.2, 3.6, 1.8],
      header: single ? [C.section, C.title, C.consensus] : [C.instrument, C.section, C.title, C.consensus],
      rows: item.provisions.map((p) => ({
        cells: [
          ...(single ? [] : [instrument(p)]),
          // Section numbers stay as written (a reader searches the law for "64/1").
          [p.section],
          lines(profile, p.title),
          lines(profile, consensusWords(p)),
        ],
      })),
    }),
  );
  const positions = item.provisions.flatMap((p) => p.positions.map((position) => ({ section: p.section, position })));
  out.push(tableTitle(profile, L.positions));
  if (positions.length === 0) {
    out.push(placeholder(profile, L.noPositions));
    return out;
  }
  out.push(
    dataTable(profile, {
      weights: [1.2, 3.2, 2.2, 3.4],
      header: [C.section, C.agency, C.position, C.note],
      rows: positions.map(({ section, position }) => ({
        cells: [
          [section],
          agencyLines(ctx, position.agencyCode),
          lines(profile, POSITION_WORDS[position.position]),
          [position.note],
        ],
      })),
    }),
    // Word runs two tables with nothing between them into one.
    new Paragraph({ children: [] }),
  );
  return out;
}

/** Free text split at line breaks, one paragraph each, in each language shown. */
function textParagraphs(ctx: MinutesContext, value: Bilingual): Paragraph[] {
  return lines(ctx.profile, value).flatMap((text) =>
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => body(line, { indent: ITEM_INDENT, after: 80 })),
  );
}

function agendaItem(ctx: MinutesContext, item: AgendaItem): Block[] {
  const { profile } = ctx;
  const out: Block[] = [];
  each(profile, (language) => pick(item.title, language)).forEach((title, i) => {
    // "4.1" follows the profile's digits, like the category headings ("ระเบียบวาระที่ ๔").
    out.push(
      i === 0
        ? itemTitle(digits(profile, item.number), title, ITEM_INDENT)
        : body(title, { indent: ITEM_INDENT, bold: true, keepNext: true }),
    );
  });
  out.push(...textParagraphs(ctx, item.discussion), ...provisionTables(ctx, item));
  const resolution = lines(profile, item.resolution);
  const resolutionLabel =
    each(profile, (language) => L.resolution[language]).join(' / ') + (profile.language === 'th' ? '' : ':');
  if (resolution.length === 0) {
    out.push(
      labelled(resolutionLabel, each(profile, (language) => L.noResolution[language]).join(' '), {
        indent: ITEM_INDENT,
        after: 160,
        textOptions: { italics: true, color: '666666' },
      }),
    );
  } else {
    resolution.forEach((text, i) =>
      out.push(
        i === 0
          ? labelled(resolutionLabel, text, { indent: ITEM_INDENT, after: i === resolution.length - 1 ? 160 : 60 })
          : body(text, { indent: ITEM_INDENT, after: 160 }),
      ),
    );
  }
  return out;
}

/** Every category's heading in the five-part order; a category with no item says "- ไม่มี -". */
export function agenda(ctx: MinutesContext): Block[] {
  const { meeting, profile } = ctx;
  const out: Block[] = [...partLabel(profile, L.agenda, 240)];
  if (meeting.agenda.length === 0) out.push(placeholder(profile, L.noAgenda));
  for (const category of AGENDA_CATEGORIES) {
    out.push(...partLabel(profile, fillN(CATEGORY_HEADINGS[category], digits(profile, String(category))), 200));
    const items = meeting.agenda.filter((item) => item.category === category);
    if (items.length === 0) {
      for (const text of each(profile, (language) => L.none[language])) out.push(body(text, { indent: ITEM_INDENT }));
    }
    for (const item of items) out.push(...agendaItem(ctx, item));
  }
  return out;
}

/** The follow-up actions: action, owner agency, due date, status, the Joint Action Plan code it is linked to. */
export function followUps(ctx: MinutesContext): Block[] {
  const { meeting, profile } = ctx;
  const out: Block[] = [...partLabel(profile, L.followUps, 240)];
  if (meeting.followUps.length === 0) {
    for (const text of each(profile, (language) => L.none[language])) out.push(body(text, { indent: ITEM_INDENT }));
    return out;
  }
  out.push(
    dataTable(profile, {
      weights: [4, 2.4, 1.6, 1.6, 1.8],
      header: [C.action, C.owner, C.due, C.status, C.jap],
      rows: meeting.followUps.map((f) => ({
        cells: [
          lines(profile, f.text),
          agencyLines(ctx, f.ownerAgencyCode),
          f.dueDate ? shortDateLines(profile, f.dueDate) : [],
          lines(profile, FOLLOW_UP_WORDS[f.status]),
          // Codes keep Arabic digits: a reader looks them up in the plan.
          f.actionCode ? [f.actionCode] : [],
        ],
      })),
    }),
  );
  return out;
}

/** A count of people: "<N" when 1..N-1 (DOMAIN.md 3.5), else the number in the profile's digits. */
function countCell(profile: ExportProfile, n: number, small: { count: number }): string {
  if (n > 0 && n < profile.minCellSize) {
    small.count += 1;
    return `<${number(profile, profile.minCellSize)}`;
  }
  return number(profile, n);
}

/**
 * Attendees (present, substitutes, observers) by agency and sex: every agency's cells and the
 * totals by sex are disaggregated counts, suppressed when small; the grand total is not.
 * Returns the blocks and how many cells print "<N".
 */
export function attendanceBySex(ctx: MinutesContext): { blocks: Block[]; smallCells: number } {
  const { meeting, profile } = ctx;
  const small = { count: 0 };
  // On a page of its own: a donor-reporting table after the signatures, not part of Form 11.
  const out: Block[] = [
    new Paragraph({
      style: 'Caption',
      pageBreakBefore: true,
      keepNext: true,
      children: [new TextRun(label(profile, L.attendanceTable))],
    }),
  ];
  if (meeting.counts.byAgency.length === 0) {
    out.push(placeholder(profile, L.noAttendance));
    return { blocks: out, smallCells: 0 };
  }
  const rows = meeting.counts.byAgency.map((row) => ({
    cells: [
      agencyLines(ctx, row.agencyCode),
      ...SEXES.map((sex) => [countCell(profile, row[sex], small)]),
      [countCell(profile, row.total, small)],
    ],
  }));
  const totals = meeting.counts.bySex;
  rows.push({
    cells: [
      lines(profile, C.total),
      ...SEXES.map((sex) => [countCell(profile, totals[sex], small)]),
      [number(profile, totals.total)],
    ],
  });
  out.push(
    dataTable(profile, {
      weights: [4, 1.3, 1.3, 1.3, 1.5, 1.3],
      header: [C.agency, ...SEXES.map((sex) => SEX_WORDS[sex]), C.total],
      rows: rows.map((row, i) => (i === rows.length - 1 ? { ...row, bold: true } : row)),
    }),
  );
  if (small.count > 0) {
    const n = number(profile, profile.minCellSize);
    for (const text of lines(profile, fillN(L.smallCellNote, n))) {
      out.push(body(text, { size: 24, italics: true, color: '666666', before: 60 }));
    }
  }
  return { blocks: out, smallCells: small.count };
}

/** How many cells the attendance table prints as "<N" (the export preview's 'small_cell'). */
export function smallCellCount(meeting: Meeting, minCellSize: number): number {
  const isSmall = (n: number): boolean => n > 0 && n < minCellSize;
  const byAgency = meeting.counts.byAgency.reduce(
    (sum, row) => sum + [...SEXES.map((sex) => row[sex]), row.total].filter(isSmall).length,
    0,
  );
  return byAgency + SEXES.map((sex) => meeting.counts.bySex[sex]).filter(isSmall).length;
}

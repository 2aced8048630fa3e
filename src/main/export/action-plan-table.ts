import {
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { ActionPlanData, ActionRow } from './action-plan';
import { A4, MARGINS } from './kit';
import {
  COLUMNS,
  label,
  LABELS,
  lines,
  number,
  PRIORITY_LABELS,
  shortDate,
  shortDateLines,
  STATUS_LABELS,
  TIMEFRAME_LABELS,
  type Bilingual,
} from './locale';
import { fitsOnePage, rawRows, rowXml, type RawCell } from './raw-table';

/**
 * The Joint Action Plan table (DOMAIN.md 1.9), shared by the plan document and the report's
 * landscape chapter: 13 columns sized for a landscape page, header row repeated on every page,
 * rows grouped by area and sub-area, the body written as raw XML rows (raw-table.ts).
 */

/**
 * Landscape margins: narrower than the portrait ones to give the 13 columns more room: 2 cm left
 * (still room for binding), 1.5 cm right, 2 cm top and bottom with the marking 1 cm from the edge.
 * The report's landscape section uses them too.
 */
export const LANDSCAPE_MARGINS = {
  ...MARGINS,
  top: 1134,
  bottom: 1134,
  left: 1134,
  right: 851,
  header: 567,
  footer: 567,
} as const;
const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/**
 * The plan table's font size (half-points): 11 pt, a point under the other tables, so that its 13
 * columns fit a landscape page with every word whole.
 */
const PLAN_SIZE = 22;
/**
 * Its line height, exactly 14 pt: TH Sarabun (and Laksaman, LibreOffice's stand-in) reserve
 * nearly two ems per line for stacked Thai marks, which put one or two actions on a page.
 */
const PLAN_LINE = 280;
/** Cell margins, left and right (0.7 mm). */
const CELL_MARGIN = 40;
/** A row kept on one page must fit the page's text height less the header row (about four lines). */
const PLAN_FIT = {
  height: A4.width - LANDSCAPE_MARGINS.top - LANDSCAPE_MARGINS.bottom - 4 * PLAN_LINE,
  line: PLAN_LINE,
  charWidth: PLAN_SIZE * 5,
  cellMargins: 2 * CELL_MARGIN,
};

/**
 * Column weights (about twips at the landscape text width), in DOMAIN.md 1.9's order. Measured on
 * TH Sarabun's metrics at 11 pt: a code, an agency abbreviation, an amount such as "4,800,000
 * THB", a short date's parts, the priority and status words and each header word fit on a line
 * (LibreOffice breaks a word mid-word when it cannot; Thai breaks between words).
 */
const COLUMN_ORDER = [
  ['code', 1000],
  ['area', 650],
  ['objective', 1250],
  ['action', 1500],
  ['lead', 1000],
  ['supporting', 930],
  ['timeframe', 1150],
  ['priority', 900],
  ['indicator', 1500],
  ['verification', 1270],
  ['cost', 1500],
  ['risks', 1030],
  ['status', 1210],
] as const satisfies readonly (readonly [keyof typeof COLUMNS, number])[];

/**
 * Header labels short enough for their columns (DOMAIN.md 1.9 names them in full; the area and
 * sub-area names are in the group rows, so the column holds the sub-area code).
 */
const HEADERS: Record<keyof typeof COLUMNS, Bilingual> = {
  ...COLUMNS,
  area: { th: 'ด้านย่อย', en: 'Sub-area' },
  supporting: { th: 'หน่วยงานร่วม', en: 'Support' },
  timeframe: { th: 'กรอบเวลา', en: 'Time frame' },
  priority: { th: 'ความสำคัญ', en: 'Priority' },
  indicator: { th: 'ตัวชี้วัด (ฐาน / เป้าหมาย)', en: 'Indicator (baseline / target)' },
  verification: { th: 'การทวนสอบ', en: 'Means of verification' },
  cost: { th: 'งบประมาณ / แหล่งเงิน', en: 'Cost / funding' },
};

/** Column widths scaled to a text width; the last column takes the rounding remainder. */
function columnWidths(textWidth: number): number[] {
  const total = COLUMN_ORDER.reduce((sum, [, weight]) => sum + weight, 0);
  const floored = COLUMN_ORDER.map(([, weight]) => Math.floor((textWidth * weight) / total));
  const rest = textWidth - floored.slice(0, -1).reduce((a, b) => a + b, 0);
  return floored.map((w, i) => (i === floored.length - 1 ? rest : w));
}

interface CellOptions {
  bold?: boolean;
  shade?: string;
  keepNext?: boolean;
  /** Half-points, when not the TableText style's. */
  size?: number;
  /** Exact line height in twips. */
  line?: number;
}

function cellParagraphs(texts: readonly string[], options: CellOptions): Paragraph[] {
  const shown = texts.filter((t) => t !== '');
  const { bold, keepNext, size, line } = options;
  return (shown.length > 0 ? shown : ['–']).map(
    (t) =>
      new Paragraph({
        style: 'TableText',
        ...(keepNext ? { keepNext } : {}),
        ...(line !== undefined ? { spacing: { line, lineRule: LineRuleType.EXACT } } : {}),
        children: [
          new TextRun({
            text: t,
            ...(bold ? { bold, boldComplexScript: bold } : {}),
            ...(size !== undefined ? { size, sizeComplexScript: size } : {}),
          }),
        ],
      }),
  );
}

export function cell(texts: readonly string[], width: number, options: CellOptions = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: cellParagraphs(texts, options),
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.shade } } : {}),
  });
}

export function agencyName(data: ActionPlanData, profile: ExportProfile, code: string | null): string[] {
  if (code === null) return lines(profile, LABELS.notSet);
  const name = data.agencies.get(code);
  return name ? lines(profile, name) : [code];
}

/** "1 Oct 2020 – 30 Sep 2022" in each language the profile shows; the dates there are. */
function dateSpan(profile: ExportProfile, dates: readonly string[]): string[] {
  if (dates.length === 0) return [];
  const join = (language: 'th' | 'en'): string => dates.map((d) => shortDate(profile, d, language)).join(' – ');
  return lines(profile, { th: join('th'), en: join('en') });
}

function actionCells(action: ActionRow, data: ActionPlanData, profile: ExportProfile): string[][] {
  const dates = [action.startDate, action.endDate].filter((d): d is string => d !== null);
  const baseline = lines(profile, action.baseline).map((t) => `${label(profile, LABELS.baseline)}: ${t}`);
  const target = lines(profile, action.target).map((t) => `${label(profile, LABELS.target)}: ${t}`);
  const cost =
    action.estimatedCost === null
      ? lines(profile, LABELS.notSet)
      : [`${number(profile, action.estimatedCost)} ${action.currency}`];
  const funding = action.fundingSource.trim()
    ? [`${label(profile, LABELS.funding)}: ${action.fundingSource.trim()}`]
    : [];
  const statusDate = action.statusDate
    ? shortDateLines(profile, action.statusDate).map((d) => `${label(profile, LABELS.since)} ${d}`)
    : [];
  return [
    [action.code, ...(action.keyMeasure ? lines(profile, LABELS.keyMeasure) : [])],
    [action.subAreaCode],
    lines(profile, action.objective),
    lines(profile, action.action),
    agencyName(data, profile, action.leadAgencyCode),
    action.supportingAgencyCodes.flatMap((code) => agencyName(data, profile, code)),
    [...lines(profile, TIMEFRAME_LABELS[action.timeframe]), ...dateSpan(profile, dates)],
    lines(profile, PRIORITY_LABELS[action.priority]),
    [...lines(profile, action.indicator), ...baseline, ...target],
    lines(profile, action.meansOfVerification),
    [...cost, ...funding],
    lines(profile, action.risks),
    [...lines(profile, STATUS_LABELS[action.status]), ...statusDate],
  ];
}

function headerRow(profile: ExportProfile, widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMN_ORDER.map(([key], i) =>
      cell(lines(profile, HEADERS[key]), widths[i] ?? 0, {
        bold: true,
        shade: 'D9D9D9',
        size: PLAN_SIZE,
        line: PLAN_LINE,
      }),
    ),
  });
}

/** A group row across the table: "A — Administration", "A2 — Budget and resources". */
function groupRow(code: string, name: Bilingual | undefined, profile: ExportProfile, shade?: string): string {
  const text = [code, name ? label(profile, name) : ''].filter(Boolean).join(' — ');
  // Kept with the first action under it, as a heading is.
  return rowXml(
    [
      {
        texts: [text],
        span: COLUMN_ORDER.length,
        bold: true,
        size: PLAN_SIZE,
        line: PLAN_LINE,
        ...(shade ? { shade } : {}),
      },
    ],
    { cantSplit: true, keepNext: true },
  );
}

/**
 * The table's body as XML rows (raw-table.ts: a docx object per cell costs over a gigabyte for a
 * 7,500-action plan), produced at pack time: per area a shaded group row, per sub-area a group
 * row, then its actions. A row is kept on one page unless it may be taller than a page.
 */
function* bodyRows(data: ActionPlanData, profile: ExportProfile, widths: readonly number[]): Generator<string> {
  const areaCodes = [...new Set([...data.areas.map((a) => a.code), ...data.actions.map((a) => a.areaCode)])];
  const byArea = new Map<string, Map<string, ActionRow[]>>(areaCodes.map((code) => [code, new Map()]));
  for (const action of data.actions) {
    const subAreas = byArea.get(action.areaCode);
    const list = subAreas?.get(action.subAreaCode);
    if (list) list.push(action);
    else subAreas?.set(action.subAreaCode, [action]);
  }
  for (const code of areaCodes) {
    const subAreas = byArea.get(code);
    if (subAreas === undefined || subAreas.size === 0) continue;
    const area = data.areas.find((a) => a.code === code);
    yield groupRow(code, area?.name, profile, 'F2F2F2');
    for (const [subCode, actions] of subAreas) {
      yield groupRow(subCode, area?.subAreas.get(subCode), profile);
      for (const action of actions) {
        const cells: RawCell[] = actionCells(action, data, profile).map((texts, i) => ({
          texts,
          width: widths[i] ?? 0,
          bold: i === 0,
          size: PLAN_SIZE,
          line: PLAN_LINE,
        }));
        yield rowXml(cells, { cantSplit: fitsOnePage(cells, PLAN_FIT) });
      }
    }
  }
}

/**
 * The plan as one table, header row repeated on every page. `textWidth` is the landscape text
 * width of the section it goes in (LANDSCAPE_MARGINS by default).
 */
export function planTable(data: ActionPlanData, profile: ExportProfile, textWidth = LANDSCAPE_TEXT_WIDTH): Table {
  const widths = columnWidths(textWidth);
  const rows = [headerRow(profile, widths)];
  if (data.actions.length > 0) rows.push(rawRows(() => bodyRows(data, profile, widths)));
  // Fixed layout: Word and LibreOffice keep the given widths instead of shrinking to the content;
  // narrow cell margins leave the 13 columns room for their words; a hair above the first line
  // keeps Thai marks off the border.
  return new Table({
    columnWidths: widths,
    width: { size: textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 15 },
    rows,
  });
}

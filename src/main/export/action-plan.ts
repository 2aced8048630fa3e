import { Document, PageOrientation, Paragraph, Table, TableRow, TextRun, type ISectionOptions } from 'docx';
import { ACTION_STATUSES, type ActionItem } from '../../shared/action-plan';
import { HORIZONS } from '../../shared/analysis';
import type { ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { listActions } from '../services/actions';
import { getFrameworkTree } from '../services/framework';
import { listAgencies } from '../services/reference';
import { agencyName, cell, LANDSCAPE_MARGINS, planTable } from './action-plan-table';
import { figure, stackedBarChart } from './charts';
import { A4, documentStyles, MARGINS, pageFurniture } from './kit';
import { COLUMNS, label, LABELS, lines, number, STATUS_LABELS, TIMEFRAME_LABELS, type Bilingual } from './locale';

/** The plan table and its page margins live in action-plan-table.ts; the report uses them from here too. */
export { LANDSCAPE_MARGINS, planTable };

/**
 * The Joint Action Plan document (issue 4, DOMAIN.md 1.9): a summary page (counts by status,
 * lead agency and timeframe), then a landscape table with every column of the plan, grouped
 * by area A–E, its header row repeated on every page. Priority and status are words, so they
 * survive a black-and-white printer. Reads only through the services.
 */

export type ActionRow = Omit<ActionItem, 'updates'>;

export interface ActionPlanData {
  actions: ActionRow[];
  areas: { code: string; name: Bilingual; subAreas: Map<string, Bilingual> }[];
  agencies: Map<string, Bilingual>;
}

const PAGE_SIZE = 10_000;

export function loadActionPlan(project: ProjectFile): ActionPlanData {
  const actions: ActionRow[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = listActions(project, { limit: PAGE_SIZE, offset });
    actions.push(...page.items);
    if (page.items.length < PAGE_SIZE || actions.length >= page.total) break;
  }
  const tree = getFrameworkTree(project);
  const areas = tree.areas.map((area) => ({
    code: area.code,
    name: area.name,
    subAreas: new Map(area.subAreas.map((sub) => [sub.code, sub.name] as const)),
  }));
  // An agency is named by its abbreviation in the table (cells are narrow), by name in the summary.
  const agencies = new Map(listAgencies(project).map((a) => [a.code, a.abbreviation] as const));
  return { actions, areas, agencies };
}

/** A two-column count table: label, count; a total row at the bottom. */
function countTable(
  profile: ExportProfile,
  heading: Bilingual,
  column: Bilingual,
  counts: [string[], number][],
): (Paragraph | Table)[] {
  const widths = [6000, 2000];
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  // Small tables: every row kept whole and with the next, so a table stays on one page with its
  // caption (keepNext on all but the last row's paragraphs).
  const row = (texts: string[], n: string, bold = false, keepNext = true): TableRow =>
    new TableRow({
      cantSplit: true,
      children: [cell(texts, widths[0] ?? 0, { bold, keepNext }), cell([n], widths[1] ?? 0, { bold, keepNext })],
    });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(label(profile, heading))] }),
    new Table({
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [
            cell(lines(profile, column), widths[0] ?? 0, { bold: true, shade: 'D9D9D9', keepNext: true }),
            cell(lines(profile, LABELS.count), widths[1] ?? 0, { bold: true, shade: 'D9D9D9', keepNext: true }),
          ],
        }),
        ...counts.map(([texts, n]) => row(texts, number(profile, n))),
        row(lines(profile, LABELS.total), number(profile, total), true, false),
      ],
    }),
  ];
}

const CHART_CAPTION: Bilingual = { th: 'จำนวนกิจกรรมตามสถานะ แยกตามด้าน', en: 'Actions by status and area' };
/** Portrait text width: the chart is shrunk to it. */
const PORTRAIT_TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/**
 * Action status by area as stacked bars (one bar per area A–E, one segment per status, told apart
 * by pattern as well as shade for black-and-white printing), with its numbered caption.
 * Nothing when the plan is empty: a chart of zeros says no more than the sentence above it.
 */
async function statusChart(data: ActionPlanData, profile: ExportProfile): Promise<Paragraph[]> {
  if (data.actions.length === 0) return [];
  const areaCodes = [...new Set([...data.areas.map((a) => a.code), ...data.actions.map((a) => a.areaCode)])];
  const bars = areaCodes.map((code) => {
    const area = data.areas.find((a) => a.code === code);
    const names = area ? lines(profile, area.name) : [];
    return {
      label: names.length > 0 ? names.map((name) => `${code} ${name}`).join(' / ') : code,
      segments: ACTION_STATUSES.map((status) => ({
        key: status,
        value: data.actions.filter((a) => a.areaCode === code && a.status === status).length,
      })),
    };
  });
  const legend = ACTION_STATUSES.map((status) => ({ key: status, label: label(profile, STATUS_LABELS[status]) }));
  const image = await stackedBarChart(bars, legend, profile);
  return figure(image, label(profile, CHART_CAPTION), profile, PORTRAIT_TEXT_WIDTH);
}

async function summary(data: ActionPlanData, profile: ExportProfile): Promise<(Paragraph | Table)[]> {
  const tally = <K extends string>(keys: readonly K[], of: (a: ActionRow) => K): [K, number][] =>
    keys.map((k) => [k, data.actions.filter((a) => of(a) === k).length]);
  const leads = new Map<string | null, number>();
  for (const a of data.actions) leads.set(a.leadAgencyCode, (leads.get(a.leadAgencyCode) ?? 0) + 1);
  const byLead = [...leads.entries()]
    .sort((x, y) => y[1] - x[1] || String(x[0]).localeCompare(String(y[0])))
    .map(([code, n]): [string[], number] => [
      code === null ? lines(profile, LABELS.noLead) : agencyName(data, profile, code),
      n,
    ]);
  return [
    new Paragraph({ style: 'Heading1', children: [new TextRun(label(profile, LABELS.summary))] }),
    ...(data.actions.length === 0
      ? [new Paragraph({ children: [new TextRun({ text: label(profile, LABELS.noActions), italics: true })] })]
      : []),
    ...countTable(
      profile,
      LABELS.byStatus,
      COLUMNS.status,
      tally(ACTION_STATUSES, (a) => a.status).map(([k, n]) => [lines(profile, STATUS_LABELS[k]), n]),
    ),
    ...countTable(profile, LABELS.byLead, COLUMNS.lead, byLead),
    ...countTable(
      profile,
      LABELS.byTimeframe,
      COLUMNS.timeframe,
      tally(HORIZONS, (a) => a.timeframe).map(([k, n]) => [lines(profile, TIMEFRAME_LABELS[k]), n]),
    ),
    ...(await statusChart(data, profile)),
  ];
}

/** The document's title in the profile's language: also its only document property. */
export function actionPlanTitle(profile: ExportProfile): string {
  return label(profile, LABELS.jointActionPlan);
}

/**
 * Builds the whole document; `today` (YYYY-MM-DD) dates the watermark when the profile gives no
 * date. Async because the summary's chart is rasterised.
 */
export async function buildActionPlan(data: ActionPlanData, profile: ExportProfile, today: string): Promise<Document> {
  const title = actionPlanTitle(profile);
  const portrait = { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT };
  const landscape = { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE };
  const sections: ISectionOptions[] = [
    {
      properties: { page: { size: portrait, margin: MARGINS } },
      ...pageFurniture(profile, today, { width: A4.width, height: A4.height }),
      children: [new Paragraph({ style: 'Title', children: [new TextRun(title)] }), ...(await summary(data, profile))],
    },
    {
      properties: { page: { size: landscape, margin: LANDSCAPE_MARGINS } },
      ...pageFurniture(profile, today, { width: A4.height, height: A4.width }),
      children: [new Paragraph({ style: 'Heading1', children: [new TextRun(title)] }), planTable(data, profile)],
    },
  ];
  return new Document({ title, styles: documentStyles(), sections });
}

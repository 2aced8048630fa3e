/**
 * The export benchmark's baseline content (issue 4, "Benchmark"): the same report and Joint
 * Action Plan the Word builders write, rendered as pandoc Markdown — headings, pipe tables,
 * lists, footnotes — in the profile's language, calendar and digits (locale.ts), so that pandoc
 * converts comparable text to .docx. Not a second exporter: no styles, page furniture or charts
 * (the Word export does that work on top, and still has to be faster).
 */
import { ACTION_STATUSES } from '../../src/shared/action-plan';
import type { ExportProfile } from '../../src/shared/export';
import type { NarrativeSection, RichBlock, RichDoc, RichInline } from '../../src/shared/narrative';
import type { ActionPlanData } from '../../src/main/export/action-plan';
import {
  COLUMNS,
  dateLines,
  label,
  LABELS,
  lines,
  number,
  PRIORITY_LABELS,
  STATUS_LABELS,
  TIMEFRAME_LABELS,
  type Bilingual,
} from '../../src/main/export/locale';
import { REPORT_LABELS as L } from '../../src/main/export/report-labels';
import type {
  CellCount,
  CountRow,
  CrossTable,
  ReportAction,
  ReportModel,
  ReportRecommendation,
} from '../../src/main/export/report-model';

type Block = string;

/** A cell of a pipe table: one line, pipes escaped, the profile's languages joined. */
function cell(value: string | readonly string[]): string {
  const text = (typeof value === 'string' ? [value] : value).filter((v) => v.trim() !== '').join(' · ');
  return (text || '–').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function table(header: readonly string[], rows: readonly (readonly (string | readonly string[])[])[]): Block {
  const head = `| ${header.map(cell).join(' | ')} |`;
  const rule = `|${header.map(() => '---').join('|')}|`;
  return [head, rule, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

function heading(level: number, text: string): Block {
  return `${'#'.repeat(Math.min(6, level))} ${text}`;
}

/** One line of text in the profile's language(s). */
const say = (profile: ExportProfile, value: Bilingual): string => label(profile, value);

function count(profile: ExportProfile, value: CellCount, min: number): string {
  return value.suppressed ? `<${number(profile, min)}` : number(profile, value.value);
}

// ---------------------------------------------------------------- the plan table (both documents)

/** The thirteen columns of DOMAIN.md 1.9, with the same cell contents as the Word table. */
function actionRow(
  action: ReportAction,
  profile: ExportProfile,
  agency: (code: string | null) => string[],
): string[][] {
  const dates = [action.startDate, action.endDate]
    .filter((d): d is string => d !== null)
    .flatMap((d) => dateLines(profile, d));
  return [
    [action.code, ...(action.keyMeasure ? lines(profile, LABELS.keyMeasure) : [])],
    [action.subAreaCode],
    lines(profile, action.objective),
    lines(profile, action.action),
    agency(action.leadAgencyCode),
    action.supportingAgencyCodes.flatMap((code) => agency(code)),
    [...lines(profile, TIMEFRAME_LABELS[action.timeframe]), ...dates],
    lines(profile, PRIORITY_LABELS[action.priority]),
    [
      ...lines(profile, action.indicator),
      ...lines(profile, action.baseline).map((t) => `${say(profile, LABELS.baseline)}: ${t}`),
      ...lines(profile, action.target).map((t) => `${say(profile, LABELS.target)}: ${t}`),
    ],
    lines(profile, action.meansOfVerification),
    [
      action.estimatedCost === null
        ? say(profile, LABELS.notSet)
        : `${number(profile, action.estimatedCost)} ${action.currency}`,
      ...(action.fundingSource.trim() ? [`${say(profile, LABELS.funding)}: ${action.fundingSource.trim()}`] : []),
    ],
    lines(profile, action.risks),
    [
      ...lines(profile, STATUS_LABELS[action.status]),
      ...(action.statusDate
        ? dateLines(profile, action.statusDate).map((d) => `${say(profile, LABELS.since)} ${d}`)
        : []),
    ],
  ];
}

const COLUMN_KEYS = [
  'code',
  'area',
  'objective',
  'action',
  'lead',
  'supporting',
  'timeframe',
  'priority',
  'indicator',
  'verification',
  'cost',
  'risks',
  'status',
] as const satisfies readonly (keyof typeof COLUMNS)[];

function planTables(
  actions: readonly ReportAction[],
  areas: readonly { code: string; name: Bilingual }[],
  profile: ExportProfile,
  agency: (code: string | null) => string[],
  level: number,
): Block[] {
  const header = COLUMN_KEYS.map((key) => say(profile, COLUMNS[key]));
  return areas.flatMap((area) => {
    const rows = actions.filter((a) => a.areaCode === area.code);
    if (rows.length === 0) return [];
    return [
      heading(level, `${area.code} — ${say(profile, area.name)}`),
      table(
        header,
        rows.map((a) => actionRow(a, profile, agency)),
      ),
    ];
  });
}

function statusCounts(actions: readonly ReportAction[], profile: ExportProfile): Block {
  return table(
    [say(profile, COLUMNS.status), say(profile, LABELS.count)],
    [
      ...ACTION_STATUSES.map((status) => [
        lines(profile, STATUS_LABELS[status]),
        number(profile, actions.filter((a) => a.status === status).length),
      ]),
      [lines(profile, LABELS.total), number(profile, actions.length)],
    ],
  );
}

export function actionPlanMarkdown(data: ActionPlanData, profile: ExportProfile): string {
  const agency = (code: string | null): string[] => {
    if (code === null) return lines(profile, LABELS.notSet);
    const name = data.agencies.get(code);
    return name ? lines(profile, name) : [code];
  };
  const leads = new Map<string, number>();
  for (const a of data.actions) leads.set(a.leadAgencyCode ?? '', (leads.get(a.leadAgencyCode ?? '') ?? 0) + 1);
  const blocks: Block[] = [
    heading(1, say(profile, LABELS.jointActionPlan)),
    heading(2, say(profile, LABELS.summary)),
    say(profile, LABELS.byStatus),
    statusCounts(data.actions, profile),
    say(profile, LABELS.byLead),
    table(
      [say(profile, COLUMNS.lead), say(profile, LABELS.count)],
      [...leads].map(([code, n]) => [code ? agency(code) : lines(profile, LABELS.noLead), number(profile, n)]),
    ),
    say(profile, LABELS.byTimeframe),
    table(
      [say(profile, COLUMNS.timeframe), say(profile, LABELS.count)],
      (['short', 'medium', 'long'] as const).map((h) => [
        lines(profile, TIMEFRAME_LABELS[h]),
        number(profile, data.actions.filter((a) => a.timeframe === h).length),
      ]),
    ),
    heading(2, say(profile, LABELS.jointActionPlan)),
    ...planTables(data.actions, data.areas, profile, agency, 3),
  ];
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------- the report

/** Inline rich text as Markdown; footnotes become inline notes ^[...]. */
function inline(content: readonly RichInline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '\\\n';
      if (node.type === 'footnote') return `^[${node.attrs.text.replace(/[[\]]/g, '')}]`;
      const marks = new Set((node.marks ?? []).map((m) => m.type));
      const wrap = (marks.has('bold') ? '**' : '') + (marks.has('italic') ? '*' : '');
      return `${wrap}${node.text}${[...wrap].reverse().join('')}`;
    })
    .join('');
}

function richBlocks(blocks: readonly RichBlock[], level: number, indent = ''): Block[] {
  return blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph':
        return [`${indent}${inline(block.content)}`];
      case 'heading':
        return [heading(level + block.attrs.level - 1, inline(block.content))];
      case 'bulletList':
      case 'orderedList':
        return [
          block.content
            .map((item, i) => {
              const bullet = block.type === 'bulletList' ? '-' : `${i + 1}.`;
              const [first, ...rest] = richBlocks(item.content, level, `${indent}   `);
              return [`${indent}${bullet} ${(first ?? '').trimStart()}`, ...rest].join('\n');
            })
            .join('\n'),
        ];
      case 'table': {
        const rows = block.content.map((row) => row.content.map((c) => richBlocks(c.content, level).join(' ')));
        const [header, ...body] = rows;
        return header ? [table(header, body)] : [];
      }
    }
  });
}

function narrative(model: ReportModel, section: NarrativeSection, profile: ExportProfile, level: number): Block[] {
  const text = model.narratives[section];
  const docs = (
    profile.language === 'both' ? [text.th, text.en] : [text[profile.language] ?? text.th ?? text.en]
  ).filter((d): d is RichDoc => d !== null);
  return docs.flatMap((doc) => richBlocks(doc.content, level));
}

function countRows(
  profile: ExportProfile,
  rows: readonly CountRow[],
  min: number,
  total: number,
  title: string,
): Block {
  return table(
    [title, say(profile, LABELS.count)],
    [
      ...rows.map((r) => [lines(profile, r.label), count(profile, r.count, min)]),
      [lines(profile, LABELS.total), number(profile, total)],
    ],
  );
}

function crossTable(profile: ExportProfile, t: CrossTable, min: number): Block {
  return table(
    ['', ...t.columns.map((c) => say(profile, c.label)), say(profile, LABELS.total)],
    [
      ...t.rows.map((r, i) => [
        lines(profile, r.label),
        ...(t.cells[i] ?? []).map((c) => count(profile, c, min)),
        t.rowTotals[i] ? count(profile, t.rowTotals[i], min) : '',
      ]),
      [lines(profile, LABELS.total), ...t.columnTotals.map((c) => count(profile, c, min)), number(profile, t.total)],
    ],
  );
}

function recommendationTable(profile: ExportProfile, recs: readonly ReportRecommendation[]): Block {
  return table(
    [
      say(profile, L.code),
      say(profile, L.recommendation),
      say(profile, L.priority),
      say(profile, L.horizon),
      say(profile, L.answers),
    ],
    recs.map((r) => [
      r.code,
      lines(profile, r.text),
      lines(profile, r.priorityLabel),
      lines(profile, r.horizonLabel),
      [...r.findingCodes, ...r.actionCodes].join(', '),
    ]),
  );
}

export function reportMarkdown(model: ReportModel, profile: ExportProfile): string {
  const min = model.minCellSize;
  const m = model.methodology;
  const agencyNames = new Map(model.agencies.map((a) => [a.code, a.abbreviation] as const));
  const agency = (code: string | null): string[] => {
    if (code === null) return lines(profile, LABELS.notSet);
    const name = agencyNames.get(code);
    return name ? lines(profile, name) : [code];
  };
  const findingBlocks = (area: ReportModel['areas'][number]): Block[] =>
    area.findings.flatMap((f) => [
      `**${f.code}** (${say(profile, f.typeLabel)}, ${say(profile, f.severityLabel)}): ${say(profile, f.statement)}`,
      f.evidence.map((e) => `- ${say(profile, e.text)} (${number(profile, e.count)})`).join('\n'),
    ]);
  const blocks: Block[] = [
    heading(1, say(profile, model.title)),
    model.projectTitle,
    dateLines(profile, model.date).join(' / '),
    heading(1, say(profile, L.acronyms)),
    table(
      [say(profile, L.abbreviation), say(profile, L.meaning)],
      model.acronyms.map((a) => [lines(profile, a.abbreviation), lines(profile, a.meaning)]),
    ),
    heading(1, say(profile, L.executiveSummary)),
    ...narrative(model, 'executive_summary', profile, 2),
    heading(2, say(profile, L.headlineFindings)),
    model.headlineFindings.map((f) => `- **${f.code}** ${say(profile, f.statement)}`).join('\n'),
    heading(2, say(profile, L.priorityRecommendations)),
    recommendationTable(profile, model.priorityRecommendations),
    heading(1, say(profile, L.background)),
    ...narrative(model, 'background', profile, 2),
    heading(1, say(profile, L.methodology)),
    ...narrative(model, 'methodology_limitations', profile, 2),
    say(profile, L.methodologyIntro),
    say(profile, L.interviewsByCategory),
    countRows(profile, m.interviewsByCategory, min, m.interviewTotal, say(profile, L.category)),
    say(profile, L.interviewsByAgencyType),
    crossTable(profile, m.interviewsByAgencyTypeAndCategory, min),
    say(profile, L.crossingPointsByMode),
    countRows(profile, m.crossingPointsByMode, min, m.crossingPointTotal, say(profile, L.mode)),
    say(profile, L.documentsByType),
    countRows(profile, m.documentsByType, min, m.documentTotal, say(profile, L.documentType)),
    heading(1, say(profile, L.findings)),
    ...model.areas.flatMap((area) => [
      heading(2, `${area.code} — ${say(profile, area.name)}`),
      ...narrative(model, `area_${area.code}` as NarrativeSection, profile, 3),
      heading(3, say(profile, L.ratings)),
      table(
        [say(profile, L.indicator), say(profile, L.scope), say(profile, L.rating), say(profile, L.confidence)],
        area.ratings.map((r) => [
          r.indicatorCode,
          lines(profile, r.scope),
          `${number(profile, r.value)} / ${number(profile, r.scaleMax)} ${say(profile, r.valueLabel)}`,
          lines(profile, r.confidenceLabel),
        ]),
      ),
      heading(3, say(profile, L.areaFindings)),
      ...findingBlocks(area),
      heading(3, say(profile, L.areaRecommendations)),
      recommendationTable(profile, area.recommendations),
    ]),
    heading(1, say(profile, L.crossCutting)),
    ...narrative(model, 'cross_cutting', profile, 2),
    heading(1, say(profile, L.consolidated)),
    recommendationTable(profile, model.recommendations),
    heading(1, say(profile, LABELS.jointActionPlan)),
    statusCounts(model.actions, profile),
    ...planTables(model.actions, model.areas, profile, agency, 2),
    heading(1, say(profile, L.annexes)),
    heading(2, say(profile, L.annexAgencies)),
    table(
      [say(profile, L.code), say(profile, L.agency), say(profile, L.interviews)],
      model.annexes.agencies.map((a) => [a.code, lines(profile, a.name), count(profile, a.interviews, min)]),
    ),
    heading(2, say(profile, L.annexCrossings)),
    table(
      [
        say(profile, L.crossingPoint),
        say(profile, L.mode),
        say(profile, L.province),
        say(profile, L.visits),
        say(profile, L.period),
      ],
      model.annexes.crossingPoints.map((c) => [
        lines(profile, c.name),
        lines(profile, c.modeLabel),
        lines(profile, c.province),
        number(profile, c.visits),
        [...dateLines(profile, c.from), ...dateLines(profile, c.to)],
      ]),
    ),
    heading(2, say(profile, L.annexDocuments)),
    table(
      [say(profile, L.title), say(profile, L.documentType), say(profile, L.issuer), say(profile, L.date)],
      model.annexes.documents.map((d) => [
        lines(profile, d.title),
        lines(profile, d.typeLabel),
        d.issuer ? lines(profile, d.issuer) : '',
        d.date ? dateLines(profile, d.date) : '',
      ]),
    ),
    heading(2, say(profile, L.annexFramework)),
    `${say(profile, L.frameworkVersion)}: ${model.annexes.framework.version}; ${say(profile, L.frameworkHash)}: ${model.annexes.framework.sha256}`,
  ];
  return `${blocks.filter((b) => b.trim() !== '').join('\n\n')}\n`;
}

import { Paragraph, TextRun } from 'docx';
import { markingText, tableOfContents } from './kit';
import { date, digits, label, lines, number, type Bilingual } from './locale';
import type { CellCount, CountRow, ReportFinding, ReportRecommendation } from './report-model';
import { DATA_PLACEHOLDERS, fill, REPORT_LABELS as L } from './report-labels';
import {
  countText,
  centred,
  dataTable,
  heading,
  narrative,
  paragraph,
  placeholder,
  tableTitle,
  type Block,
  type SectionContext,
} from './report-sections-parts';

/**
 * The report's front part (DOMAIN.md 1.8): cover, acronyms, contents, executive summary,
 * background and methodology. Chapter numbers are written in the headings ("1. ...") so they
 * read the same in Word, LibreOffice and the contents list.
 */

/** "3. Methodology" / "๓. ระเบียบวิธีการประเมิน": chapter numbers follow the profile's digits, as Thai official documents number them. */
export function chapterTitle(ctx: SectionContext, n: number, title: Bilingual): string {
  return `${digits(ctx.profile, String(n))}. ${label(ctx.profile, title)}`;
}

/** A chapter's heading, on a new page. */
export function chapter(ctx: SectionContext, n: number, title: Bilingual): Paragraph {
  return heading(1, chapterTitle(ctx, n, title), { pageBreak: true });
}

/** Cover: title, country, project, prepared by, date in the profile's calendar, version, marking. */
export function cover(ctx: SectionContext): Paragraph[] {
  const { model, profile } = ctx;
  const when = lines(profile, { th: date(profile, model.date, 'th'), en: date(profile, model.date, 'en') });
  const marking = markingText(profile);
  const out: Paragraph[] = [
    new Paragraph({
      style: 'Title',
      spacing: { before: 2400, after: 240 },
      children: [new TextRun(label(profile, model.title))],
    }),
    centred(label(profile, L.subtitle), { size: 40, bold: true }),
  ];
  if (model.projectTitle.trim() !== '') out.push(centred(model.projectTitle.trim(), { size: 36, before: 240 }));
  out.push(centred(label(profile, L.preparedBy), { before: 1200 }));
  for (const line of when) out.push(centred(line, { before: 240 }));
  if (model.version !== '') out.push(centred(`${label(profile, L.version)} ${digits(profile, model.version)}`));
  if (marking)
    out.push(centred(`${label(profile, L.classification)}: ${marking}`, { bold: true, before: 480, color: 'C00000' }));
  return out;
}

export function acronyms(ctx: SectionContext): Block[] {
  const { profile } = ctx;
  const language = profile.language === 'en' ? 'en' : 'th';
  const sorted = [...ctx.model.acronyms].sort((a, b) =>
    (a.abbreviation[language] || a.abbreviation.en).localeCompare(
      b.abbreviation[language] || b.abbreviation.en,
      language,
    ),
  );
  return [
    heading(1, label(profile, L.acronyms), { pageBreak: true }),
    dataTable(profile, {
      weights: [1, 3],
      header: [L.abbreviation, L.meaning],
      rows: sorted.map((a) => ({ cells: [lines(profile, a.abbreviation), lines(profile, a.meaning)] })),
    }),
  ];
}

export function contents(ctx: SectionContext): Block[] {
  const [, toc] = tableOfContents(L.contents, ctx.profile);
  // Its own page, after the acronyms; its title is set like a heading but is not one, so the
  // contents do not list themselves.
  const title = new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 240, after: 120 },
    children: [
      new TextRun({
        text: label(ctx.profile, L.contents),
        bold: true,
        boldComplexScript: true,
        size: 40,
        sizeComplexScript: 40,
      }),
    ],
  });
  return [title, ...(toc ? [toc] : [])];
}

/** A findings table: code, area or sub-area, statement, type and severity. */
export function findingsTable(ctx: SectionContext, findings: readonly ReportFinding[]): Block {
  const { profile } = ctx;
  return dataTable(profile, {
    weights: [13, 61, 13, 13],
    header: [L.code, L.areaFindings, L.type, L.severity],
    rows: findings.map((f) => ({
      cells: [[f.code], lines(profile, f.statement), lines(profile, f.typeLabel), lines(profile, f.severityLabel)],
    })),
  });
}

export function recommendationsTable(
  ctx: SectionContext,
  recs: readonly ReportRecommendation[],
  options: { findings: boolean; actions: boolean },
): Block {
  const { profile } = ctx;
  const codes = (list: readonly string[]): string[] => (list.length > 0 ? [...list] : ['–']);
  // Priority and horizon share a column: six columns do not fit a portrait page's codes.
  return dataTable(profile, {
    // Code columns wide enough for "JAP-A2-01" on one line at 12 pt.
    weights: [
      15,
      100 - 15 - 16 - (options.findings ? 15 : 0) - (options.actions ? 16 : 0),
      16,
      ...(options.findings ? [15] : []),
      ...(options.actions ? [16] : []),
    ],
    header: [
      L.code,
      L.recommendation,
      L.priorityHorizon,
      ...(options.findings ? [L.answers] : []),
      ...(options.actions ? [L.actions] : []),
    ],
    rows: recs.map((r) => ({
      cells: [
        [r.code],
        lines(profile, r.text),
        [...lines(profile, r.priorityLabel), ...lines(profile, r.horizonLabel)],
        ...(options.findings ? [codes(r.findingCodes)] : []),
        ...(options.actions ? [codes(r.actionCodes)] : []),
      ],
    })),
  });
}

export function executiveSummary(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  return [
    chapter(ctx, 1, L.executiveSummary),
    ...narrative(ctx, 'executive_summary', 1),
    heading(2, label(profile, L.headlineFindings)),
    model.headlineFindings.length > 0
      ? findingsTable(ctx, model.headlineFindings)
      : placeholder(profile, DATA_PLACEHOLDERS.headlineFindings),
    heading(2, label(profile, L.priorityRecommendations)),
    model.priorityRecommendations.length > 0
      ? recommendationsTable(ctx, model.priorityRecommendations, { findings: false, actions: false })
      : placeholder(profile, DATA_PLACEHOLDERS.priorityRecommendations),
  ];
}

export function background(ctx: SectionContext): Block[] {
  return [chapter(ctx, 2, L.background), ...narrative(ctx, 'background', 1)];
}

/** A one-column count table with a total row; small cells print as "<5" where `suppress`. */
function countTable(
  ctx: SectionContext,
  title: Bilingual,
  column: Bilingual,
  rows: readonly CountRow[],
  total: number,
): Block[] {
  const { profile } = ctx;
  return [
    tableTitle(profile, title),
    dataTable(profile, {
      weights: [3, 1],
      header: [column, L.count],
      rows: [
        ...rows.map((r) => ({ cells: [lines(profile, r.label), [countText(ctx, r.count)]] })),
        { cells: [lines(profile, L.total), [number(profile, total)]], bold: true },
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

/** Interviews by agency type (rows) and category (columns): every cell and subtotal may be "<5". */
function crossTable(ctx: SectionContext): Block[] {
  const { profile } = ctx;
  const t = ctx.model.methodology.interviewsByAgencyTypeAndCategory;
  if (t.rows.length === 0) return [];
  const shown = (c: CellCount | undefined): string[] => [!c || c.value === 0 ? '–' : countText(ctx, c)];
  return [
    tableTitle(profile, L.interviewsByAgencyType),
    dataTable(profile, {
      weights: [4, ...t.columns.map(() => 2), 2],
      header: [L.agencyType, ...t.columns.map((c) => c.label), L.total],
      rows: [
        ...t.rows.map((r, i) => ({
          cells: [lines(profile, r.label), ...t.columns.map((_, j) => shown(t.cells[i]?.[j])), shown(t.rowTotals[i])],
        })),
        {
          cells: [lines(profile, L.total), ...t.columnTotals.map((c) => shown(c)), [number(profile, t.total)]],
          bold: true,
        },
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

export function methodology(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  const m = model.methodology;
  const n = (value: number): string => number(profile, value);
  const summary: Bilingual = {
    th: [
      fill(L.interviewsLine.th, { n: n(m.interviewTotal) }),
      fill(L.siteVisitsLine.th, { visits: n(m.siteVisitTotal), points: n(m.crossingPointTotal) }),
      fill(L.documentsLine.th, { n: n(m.documentTotal) }),
    ].join(' · '),
    en: [
      fill(L.interviewsLine.en, { n: n(m.interviewTotal) }),
      fill(L.siteVisitsLine.en, { visits: n(m.siteVisitTotal), points: n(m.crossingPointTotal) }),
      fill(L.documentsLine.en, { n: n(m.documentTotal) }),
    ].join(' · '),
  };
  const small = { n: n(model.minCellSize) };
  return [
    chapter(ctx, 3, L.methodology),
    paragraph(label(profile, L.methodologyIntro)),
    paragraph(label(profile, summary), { bold: true }),
    ...(m.interviewTotal > 0
      ? [
          ...countTable(ctx, L.interviewsByCategory, L.category, m.interviewsByCategory, m.interviewTotal),
          ...crossTable(ctx),
        ]
      : [placeholder(profile, DATA_PLACEHOLDERS.interviews)]),
    ...(m.crossingPointTotal > 0
      ? countTable(ctx, L.crossingPointsByMode, L.mode, m.crossingPointsByMode, m.crossingPointTotal)
      : [placeholder(profile, DATA_PLACEHOLDERS.siteVisits)]),
    ...(m.documentTotal > 0
      ? countTable(ctx, L.documentsByType, L.documentType, m.documentsByType, m.documentTotal)
      : [placeholder(profile, DATA_PLACEHOLDERS.documents)]),
    paragraph(label(profile, { th: fill(L.smallCellNote.th, small), en: fill(L.smallCellNote.en, small) }), {
      italics: true,
    }),
    heading(2, label(profile, L.limitations)),
    ...narrative(ctx, 'methodology_limitations', 2),
  ];
}

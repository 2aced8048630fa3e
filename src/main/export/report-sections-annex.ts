import { Paragraph, TextRun } from 'docx';
import { planTable, type ActionPlanData } from './action-plan';
import { figure, type ChartImage } from './charts';
import { date, label, lines, number } from './locale';
import { DATA_PLACEHOLDERS, fillBoth, REPORT_LABELS as L } from './report-labels';
import { chapter, chapterTitle } from './report-sections-front';
import { ratingsTable } from './report-sections-findings';
import {
  countText,
  dataTable,
  heading,
  LANDSCAPE_WIDTH,
  paragraph,
  placeholder,
  type Block,
  type SectionContext,
} from './report-sections-parts';

/**
 * The Joint Action Plan chapter (its own landscape section: the shared plan table of
 * action-plan.ts, header row repeated) and the annexes: agencies consulted with counts (small
 * cells "<5"), crossing points visited, documents reviewed within the profile's sensitivity,
 * the framework's version and SHA-256, and the full rating tables. Never a person's name.
 */

/** The plan table's input, from the model (no second read of the services). */
export function planData(ctx: SectionContext): ActionPlanData {
  const { model } = ctx;
  return {
    actions: model.actions,
    areas: model.areas.map((a) => ({
      code: a.code,
      name: a.name,
      subAreas: new Map(a.subAreas.map((s) => [s.code, s.name] as const)),
    })),
    agencies: new Map(model.agencies.map((a) => [a.code, a.abbreviation] as const)),
  };
}

/** Chapter 7, landscape: the status chart, then the plan table (or its placeholder). */
export function jointActionPlan(ctx: SectionContext, statusChart: ChartImage | null): Block[] {
  const { model, profile } = ctx;
  if (model.actions.length === 0) {
    return [chapter(ctx, 7, L.jointActionPlan), placeholder(profile, DATA_PLACEHOLDERS.actions)];
  }
  const chart = statusChart
    ? figure(
        statusChart,
        label(profile, L.statusCaption),
        profile,
        Math.round(LANDSCAPE_WIDTH * 0.7),
        ctx.figures.next++,
      )
    : [];
  // The chapter opens the landscape section, so it needs no page break of its own.
  const title = new Paragraph({
    style: 'Heading1',
    children: [new TextRun(chapterTitle(ctx, 7, L.jointActionPlan))],
  });
  return [title, ...chart, planTable(planData(ctx), profile)];
}

function agencies(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  return [
    heading(2, label(profile, L.annexAgencies)),
    model.annexes.agencies.length === 0
      ? placeholder(profile, DATA_PLACEHOLDERS.agencies)
      : dataTable(profile, {
          weights: [60, 25, 15],
          header: [L.agency, L.abbreviation, L.interviews],
          rows: model.annexes.agencies.map((a) => ({
            cells: [lines(profile, a.name), lines(profile, a.abbreviation), [countText(ctx, a.interviews)]],
          })),
        }),
  ];
}

function period(ctx: SectionContext, from: string, to: string): string[] {
  const { profile } = ctx;
  const one = (language: 'th' | 'en'): string =>
    from === to ? date(profile, from, language) : `${date(profile, from, language)} – ${date(profile, to, language)}`;
  return lines(profile, { th: one('th'), en: one('en') });
}

function crossings(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  return [
    heading(2, label(profile, L.annexCrossings)),
    model.annexes.crossingPoints.length === 0
      ? placeholder(profile, DATA_PLACEHOLDERS.siteVisits)
      : dataTable(profile, {
          weights: [27, 11, 13, 14, 10, 25],
          header: [L.crossingPoint, L.mode, L.province, L.region, L.visits, L.period],
          rows: model.annexes.crossingPoints.map((c) => ({
            cells: [
              lines(profile, c.name),
              lines(profile, c.modeLabel),
              lines(profile, c.province),
              lines(profile, c.region),
              [number(profile, c.visits)],
              c.from ? period(ctx, c.from, c.to) : ['–'],
            ],
          })),
        }),
  ];
}

function documents(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  return [
    heading(2, label(profile, L.annexDocuments)),
    model.annexes.documents.length === 0
      ? placeholder(profile, DATA_PLACEHOLDERS.documents)
      : dataTable(profile, {
          weights: [14, 36, 17, 17, 16],
          header: [L.code, L.title, L.documentType, L.issuer, L.date],
          rows: model.annexes.documents.map((d) => ({
            cells: [
              [d.code],
              lines(profile, d.title),
              lines(profile, d.typeLabel),
              d.issuer ? lines(profile, d.issuer) : ['–'],
              d.date ? lines(profile, { th: date(profile, d.date, 'th'), en: date(profile, d.date, 'en') }) : ['–'],
            ],
          })),
        }),
  ];
}

function framework(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  const { version, sha256 } = model.annexes.framework;
  return [
    heading(2, label(profile, L.annexFramework)),
    dataTable(profile, {
      weights: [35, 65],
      header: [L.frameworkVersion, L.frameworkHash],
      // The version is an identifier (kept in Arabic digits like a code); so is the hash.
      rows: [{ cells: [[version], [sha256]] }],
    }),
    paragraph(label(profile, L.frameworkNote), { italics: true }),
    paragraph(
      label(
        profile,
        fillBoth(L.frameworkCount, {
          indicators: number(
            profile,
            model.areas.reduce((n, a) => n + a.indicators, 0),
          ),
          areas: number(profile, model.areas.length),
        }),
      ),
    ),
  ];
}

function ratingAnnex(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  return [
    heading(2, label(profile, L.annexRatings)),
    ...model.areas.flatMap((a) => [
      heading(3, `${a.code}. ${label(profile, a.name)}`),
      a.ratings.length > 0 ? ratingsTable(ctx, a.ratings, true) : placeholder(profile, DATA_PLACEHOLDERS.ratings),
    ]),
  ];
}

export function annexes(ctx: SectionContext): Block[] {
  return [
    // Opens the portrait section after the landscape plan: no page break of its own.
    heading(1, label(ctx.profile, L.annexes)),
    ...agencies(ctx),
    ...crossings(ctx),
    ...documents(ctx),
    ...framework(ctx),
    ...ratingAnnex(ctx),
  ];
}

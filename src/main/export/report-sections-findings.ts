import type { NarrativeSection } from '../../shared/narrative';
import { label, lines, number } from './locale';
import type { ChartImage } from './charts';
import { figure } from './charts';
import type { ReportArea, ReportFinding, ReportRating } from './report-model';
import { DATA_PLACEHOLDERS, fillBoth, REPORT_LABELS as L } from './report-labels';
import { chapter, recommendationsTable } from './report-sections-front';
import {
  dataTable,
  heading,
  narrative,
  paragraph,
  placeholder,
  PORTRAIT_WIDTH,
  type Block,
  type SectionContext,
} from './report-sections-parts';

/**
 * Findings by area A–E (DOMAIN.md 1.8): for each area its current situation (narrative), its
 * ratings with the level's label on the indicator's own scale, its findings with their evidence
 * cited generically (never a name, a note or a quote) and its recommendations; then the
 * cross-cutting issues and the consolidated recommendations.
 */

/** "interviews with officials (police), northern region (3); document: law (1)". */
function evidenceLines(ctx: SectionContext, finding: ReportFinding): string[] {
  const { profile } = ctx;
  if (finding.evidence.length === 0) return lines(profile, L.none);
  return finding.evidence.map((c) => `${label(profile, c.text)} (${number(profile, c.count)})`);
}

function areaFindings(ctx: SectionContext, area: ReportArea): Block {
  const { profile } = ctx;
  if (area.findings.length === 0) return placeholder(profile, DATA_PLACEHOLDERS.findings);
  return dataTable(profile, {
    weights: [13, 43, 13, 31],
    header: [L.code, L.areaFindings, L.severity, L.evidence],
    rows: area.findings.map((f) => ({
      cells: [
        [f.code, ...lines(profile, f.typeLabel)],
        lines(profile, f.statement),
        lines(profile, f.severityLabel),
        evidenceLines(ctx, f),
      ],
    })),
  });
}

/** Indicator code and text, scope, the level's label ("2 – Developing"), confidence. */
export function ratingsTable(ctx: SectionContext, ratings: readonly ReportRating[], withScope: boolean): Block {
  const { profile } = ctx;
  return dataTable(profile, {
    weights: withScope ? [10, 37, 18, 18, 17] : [10, 48, 24, 18],
    header: withScope
      ? [L.code, L.indicator, L.scope, L.rating, L.confidence]
      : [L.code, L.indicator, L.rating, L.confidence],
    rows: ratings.map((r) => ({
      cells: [
        [r.indicatorCode],
        lines(profile, r.indicatorText),
        ...(withScope ? [lines(profile, r.scope)] : []),
        lines(profile, r.valueLabel).map((t, i) => (i === 0 ? `${number(profile, r.value)} – ${t}` : t)),
        lines(profile, r.confidenceLabel),
      ],
    })),
  });
}

function area(ctx: SectionContext, a: ReportArea): Block[] {
  const { profile } = ctx;
  const national = a.ratings.filter((r) => r.scopeType === 'national');
  const others = a.ratings.length - national.length;
  return [
    heading(2, `${a.code}. ${label(profile, a.name)}`),
    heading(3, label(profile, L.currentSituation)),
    ...narrative(ctx, `area_${a.code}` as NarrativeSection, 3),
    heading(3, label(profile, L.ratings)),
    national.length > 0 ? ratingsTable(ctx, national, false) : placeholder(profile, DATA_PLACEHOLDERS.ratings),
    ...(others > 0
      ? [paragraph(label(profile, fillBoth(L.moreRatings, { n: number(profile, others) })), { italics: true })]
      : []),
    heading(3, label(profile, L.areaFindings)),
    areaFindings(ctx, a),
    heading(3, label(profile, L.areaRecommendations)),
    a.recommendations.length > 0
      ? recommendationsTable(ctx, a.recommendations, { findings: true, actions: false })
      : placeholder(profile, DATA_PLACEHOLDERS.recommendations),
  ];
}

/** Chapter 4: the radar of area scores, then each area. */
export function findingsByArea(ctx: SectionContext, radar: ChartImage | null): Block[] {
  const { model, profile } = ctx;
  const chart: Block[] = radar
    ? [
        paragraph(label(profile, L.findingsIntro)),
        ...figure(radar, label(profile, L.radarCaption), profile, Math.round(PORTRAIT_WIDTH * 0.8), ctx.figures.next++),
      ]
    : [placeholder(profile, DATA_PLACEHOLDERS.chart)];
  return [chapter(ctx, 4, L.findings), ...chart, ...model.areas.flatMap((a) => area(ctx, a))];
}

export function crossCutting(ctx: SectionContext): Block[] {
  return [chapter(ctx, 5, L.crossCutting), ...narrative(ctx, 'cross_cutting', 1)];
}

export function consolidatedRecommendations(ctx: SectionContext): Block[] {
  const { model, profile } = ctx;
  if (model.recommendations.length === 0) {
    return [chapter(ctx, 6, L.consolidated), placeholder(profile, DATA_PLACEHOLDERS.recommendations)];
  }
  return [
    chapter(ctx, 6, L.consolidated),
    recommendationsTable(ctx, model.recommendations, { findings: true, actions: true }),
  ];
}

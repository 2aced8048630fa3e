import { Document, PageOrientation, type ISectionOptions } from 'docx';
import { layOutSections } from './builder';
import { ACTION_STATUSES } from '../../shared/action-plan';
import type { ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { LANDSCAPE_MARGINS } from './action-plan';
import { radarChart, stackedBarChart, type ChartImage } from './charts';
import { A4, documentStyles, MARGINS, pageFurniture } from './kit';
import { label, STATUS_LABELS } from './locale';
import { silentProgress, type ExportProgressSink } from './progress';
import { loadReportModel } from './report-data';
import { REPORT_TITLE } from './report-labels';
import type { ReportModel } from './report-model';
import { annexes, jointActionPlan } from './report-sections-annex';
import { consolidatedRecommendations, crossCutting, findingsByArea } from './report-sections-findings';
import { acronyms, background, contents, cover, executiveSummary, methodology } from './report-sections-front';
import type { Block, SectionContext } from './report-sections-parts';
import { FootnoteCollector, richTextNumbering } from './rich-text';

/**
 * The BMMA report (issue 4, PRODUCT.md 11, DOMAIN.md 1.8): cover -> acronyms -> contents ->
 * executive summary -> background -> methodology -> findings by area A–E -> cross-cutting
 * issues -> consolidated recommendations -> Joint Action Plan (landscape) -> annexes, with the
 * area-score radar and the action-status chart as captioned figures. The data is read once
 * (loadReportModel, already redacted for the profile); this file only lays it out.
 */

export function reportTitle(profile: ExportProfile): string {
  return label(profile, REPORT_TITLE);
}

/** The two charts; null where there is nothing to draw (no national rating, no action). */
async function charts(
  model: ReportModel,
  profile: ExportProfile,
): Promise<{ radar: ChartImage | null; status: ChartImage | null }> {
  const radar = model.areas.some((a) => a.score !== null)
    ? await radarChart(
        model.areas.map((a) => ({ label: `${a.code}. ${label(profile, a.name)}`, value: a.score, max: 100 })),
        profile,
      )
    : null;
  const status =
    model.actions.length > 0
      ? await stackedBarChart(
          model.actionStatusByArea.map((a) => ({
            label: `${a.areaCode}. ${label(profile, a.name)}`,
            segments: ACTION_STATUSES.map((s) => ({ key: s, value: a.counts[s] })),
          })),
          ACTION_STATUSES.map((s) => ({ key: s, label: label(profile, STATUS_LABELS[s]) })),
          profile,
        )
      : null;
  return { radar, status };
}

/** Lays out a loaded model; `today` (YYYY-MM-DD) dates the watermark when the profile gives no date. */
export async function buildReportDocument(
  model: ReportModel,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink = silentProgress,
): Promise<Document> {
  await sink.step('charts', 0, 1);
  const images = await charts(model, profile);
  await sink.step('charts', 1, 1);

  const ctx: SectionContext = { model, profile, footnotes: new FootnoteCollector(), figures: { next: 1 } };
  const parts: (() => Block[])[] = [
    () => [...cover(ctx), ...acronyms(ctx)],
    () => contents(ctx),
    () => executiveSummary(ctx),
    () => background(ctx),
    () => methodology(ctx),
    () => findingsByArea(ctx, images.radar),
    () => crossCutting(ctx),
    () => consolidatedRecommendations(ctx),
  ];
  const main = await layOutSections(parts, sink);
  await sink.step('tables', 0, 2);
  const plan = jointActionPlan(ctx, images.status);
  await sink.step('tables', 1, 2);
  const annex = annexes(ctx);
  await sink.step('tables', 2, 2);

  const portrait = { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT };
  const landscape = { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE };
  const portraitFurniture = pageFurniture(profile, today, { width: A4.width, height: A4.height });
  const sections: ISectionOptions[] = [
    { properties: { page: { size: portrait, margin: MARGINS } }, ...portraitFurniture, children: main },
    {
      // The plan table's own margins: its column widths are made for that text width.
      properties: { page: { size: landscape, margin: LANDSCAPE_MARGINS } },
      ...pageFurniture(profile, today, { width: A4.height, height: A4.width }),
      children: plan,
    },
    { properties: { page: { size: portrait, margin: MARGINS } }, ...portraitFurniture, children: annex },
  ];
  const title = reportTitle(profile);
  return new Document({
    title,
    styles: documentStyles(),
    numbering: richTextNumbering(),
    footnotes: ctx.footnotes.footnotes(),
    // Word fills the contents and the figure numbers when the file is opened.
    features: { updateFields: true },
    sections,
  });
}

export async function buildReport(
  project: ProjectFile,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink,
): Promise<Document> {
  await sink.step('loading', 0, 1);
  const model = loadReportModel(project, profile, today);
  await sink.step('loading', 1, 1);
  return buildReportDocument(model, profile, today, sink);
}

import { Document, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ExportProfile } from '../../shared/export';
import { L1_ITEMS } from '../../shared/tot';
import type { ProjectFile } from '../project/project-file';
import { getTotEvent } from '../services/tot';
import { asciiStem, requireSubject, type DocumentBuilder } from './builder';
import { groupedBarChart } from './charts-bars';
import type { ChartImage } from './charts';
import { A4, documentStyles, MARGINS, pageFurniture } from './kit';
import { label, lines } from './locale';
import {
  groupsOf,
  hasL1,
  hasScores,
  likertText,
  loadTotEvaluation,
  percentText,
  totEvaluationPreview,
  type TotEvaluationModel,
} from './tot-evaluation-data';
import { L1_LABELS, T, TOT_EVALUATION_TITLE } from './tot-evaluation-labels';
import {
  eventSection,
  followUpSection,
  learningSection,
  participantsSection,
  reactionSection,
  type Block,
  type EvaluationContext,
} from './tot-evaluation-sections';

export { TOT_EVALUATION_TITLE };

/**
 * The Training of Trainers evaluation report (issue 5, PRODUCT.md 9, DOMAIN.md 4.4): one event's
 * Kirkpatrick L1–L3 results as aggregates only. Per-participant data (codes, units, rank bands,
 * provinces, scores) and the free text of L1 forms and L3 follow-ups never reach the document;
 * groups smaller than the profile's minimum cell size show "<N" and no figures.
 */

/** Mean pre vs post by group (groups shown as "<N" are left out), and the L1 item means. */
async function charts(
  model: TotEvaluationModel,
  profile: ExportProfile,
): Promise<{ learning: ChartImage | null; reaction: ChartImage | null }> {
  const groups = groupsOf(model, profile.minCellSize);
  const shown = [groups.overall, ...groups.bySex, ...groups.byAgency].filter((g) => !g.stats.suppressed && g.count > 0);
  const learning =
    hasScores(model) && shown.length > 0
      ? await groupedBarChart(
          shown.map((g) => ({
            label: lines(profile, g.short).join(' / '),
            values: [g.stats.meanPre, g.stats.meanPost],
          })),
          [label(profile, T.pre), label(profile, T.post)],
          { max: 100, ticks: [0, 20, 40, 60, 80, 100], valueText: (v) => percentText(profile, v) },
          profile,
        )
      : null;
  const l1 = model.results.l1;
  const reaction = hasL1(l1)
    ? await groupedBarChart(
        L1_ITEMS.map((item) => ({ label: label(profile, L1_LABELS[item]), values: [l1[item]] })),
        [label(profile, T.mean)],
        { max: 5, ticks: [0, 1, 2, 3, 4, 5], valueText: (v) => likertText(profile, v), fills: [2] },
        profile,
      )
    : null;
  return { learning, reaction };
}

function titleBlock(model: TotEvaluationModel, profile: ExportProfile): Paragraph[] {
  return [
    new Paragraph({ style: 'Title', children: [new TextRun(label(profile, TOT_EVALUATION_TITLE))] }),
    ...lines(profile, model.event.title).map(
      (text) =>
        new Paragraph({
          spacing: { after: 60 },
          children: [new TextRun({ text, bold: true, boldComplexScript: true })],
        }),
    ),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun(model.event.code)] }),
  ];
}

export const TOT_EVALUATION_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, TOT_EVALUATION_TITLE),
  fileStem: 'BMMA-ToT-Evaluation',
  subjectStem: (project: ProjectFile, subjectId: string) => asciiStem(getTotEvent(project, subjectId).code),
  preview: (project, profile, subjectId) =>
    totEvaluationPreview(loadTotEvaluation(project, requireSubject(subjectId)), profile),
  build: async (project, profile, today, sink, subjectId) => {
    await sink.step('loading', 0, 1);
    const model = loadTotEvaluation(project, requireSubject(subjectId));
    await sink.step('loading', 1, 1);
    await sink.step('charts', 0, 1);
    const images = await charts(model, profile);
    await sink.step('charts', 1, 1);
    const ctx: EvaluationContext = { model, profile, figures: { next: 1 } };
    const parts: (() => Block[])[] = [
      () => [...titleBlock(model, profile), ...eventSection(ctx)],
      () => participantsSection(ctx),
      () => learningSection(ctx, images.learning),
      () => reactionSection(ctx, images.reaction),
    ];
    const children: Block[] = [];
    for (const [i, part] of parts.entries()) {
      await sink.step('sections', i, parts.length);
      children.push(...part());
    }
    await sink.step('sections', parts.length, parts.length);
    await sink.step('tables', 0, 1);
    children.push(...followUpSection(ctx));
    await sink.step('tables', 1, 1);
    const title = label(profile, TOT_EVALUATION_TITLE);
    return new Document({
      title,
      styles: documentStyles(),
      // Word numbers the figures' SEQ fields when the file is opened.
      features: { updateFields: true },
      sections: [
        {
          properties: {
            page: {
              size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
              margin: MARGINS,
            },
          },
          ...pageFurniture(profile, today, { width: A4.width, height: A4.height }),
          children,
        },
      ],
    });
  },
};

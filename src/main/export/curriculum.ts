import { Document, PageOrientation, type ISectionOptions } from 'docx';
import type { ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { LANDSCAPE_MARGINS } from './action-plan-table';
import { layOutSections, type DocumentBuilder } from './builder';
import { curriculumPreview, loadCurriculumModel, type CurriculumModel } from './curriculum-data';
import {
  coverage,
  introduction,
  modules,
  summary,
  titlePage,
  traceability,
  type CurriculumContext,
} from './curriculum-sections';
import { A4, documentStyles, MARGINS, pageFurniture } from './kit';
import { label, type Bilingual } from './locale';
import type { ExportProgressSink } from './progress';
import type { Block } from './report-sections-parts';

/**
 * The TWG curriculum as Word (issue 5, PRODUCT.md 8, DOMAIN.md 4.1): title page, how the TWG
 * built it and who sits on the TWG, the modules' summary, each module in full, then the
 * traceability table module -> findings -> areas on landscape pages and the coverage with its
 * gaps. About the whole project (no subject); reads only through the services (curriculum-data.ts).
 */

export const CURRICULUM_TITLE: Bilingual = { th: 'หลักสูตรการฝึกอบรม', en: 'Training curriculum' };

/** Lays out a loaded model; steps 'sections' and 'tables' go to `sink`. */
export async function buildCurriculumDocument(
  model: CurriculumModel,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink,
): Promise<Document> {
  const ctx: CurriculumContext = { model, profile, tables: { next: 1 } };
  const parts: (() => Block[])[] = [
    () => titlePage(ctx),
    () => introduction(ctx),
    () => summary(ctx),
    () => modules(ctx),
  ];
  const main = await layOutSections(parts, sink);
  await sink.step('tables', 0, 2);
  const trace = traceability(ctx);
  await sink.step('tables', 1, 2);
  const cover = coverage(ctx);
  await sink.step('tables', 2, 2);

  const portrait = { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT };
  const landscape = { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE };
  const sections: ISectionOptions[] = [
    {
      properties: { page: { size: portrait, margin: MARGINS } },
      ...pageFurniture(profile, today, { width: A4.width, height: A4.height }),
      children: main,
    },
    {
      // A wide table (findings' statements beside their areas) reads better across the page.
      properties: { page: { size: landscape, margin: LANDSCAPE_MARGINS } },
      ...pageFurniture(profile, today, { width: A4.height, height: A4.width }),
      children: [...trace, ...cover],
    },
  ];
  return new Document({ title: label(profile, CURRICULUM_TITLE), styles: documentStyles(), sections });
}

async function buildCurriculum(
  project: ProjectFile,
  profile: ExportProfile,
  today: string,
  sink: ExportProgressSink,
): Promise<Document> {
  await sink.step('loading', 0, 1);
  const model = loadCurriculumModel(project, profile, today);
  await sink.step('loading', 1, 1);
  return buildCurriculumDocument(model, profile, today, sink);
}

export const CURRICULUM_BUILDER: DocumentBuilder = {
  title: (profile: ExportProfile) => label(profile, CURRICULUM_TITLE),
  fileStem: 'BMMA-Curriculum',
  preview: (project, profile) => curriculumPreview(project, profile),
  build: (project, profile, today, sink) => buildCurriculum(project, profile, today, sink),
};

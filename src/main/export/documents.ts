import type { Document } from 'docx';
import type { ExportDocument, ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { actionPlanTitle, buildActionPlan, loadActionPlan } from './action-plan';
import type { ExportProgressSink } from './progress';
import { buildReport, reportTitle } from './report';

/**
 * One builder per document (issue 4), each over the shared parts in kit.ts and locale.ts:
 * export-run.ts, the CLI and the benchmark go through this table only.
 */
export interface DocumentBuilder {
  /** The document's title in the profile's language: its heading and only document property. */
  title(profile: ExportProfile): string;
  /** ASCII stem of the suggested file name, e.g. "BMMA-Joint-Action-Plan". */
  fileStem: string;
  /** Reads through the services and builds the Word document; reports steps to `sink`. */
  build(project: ProjectFile, profile: ExportProfile, today: string, sink: ExportProgressSink): Promise<Document>;
}

export const DOCUMENT_BUILDERS: Record<ExportDocument, DocumentBuilder> = {
  action_plan: {
    title: actionPlanTitle,
    fileStem: 'BMMA-Joint-Action-Plan',
    build: async (project, profile, today, sink) => {
      await sink.step('loading', 0, 1);
      const data = loadActionPlan(project);
      await sink.step('charts', 0, 1);
      const document = await buildActionPlan(data, profile, today);
      await sink.step('tables', 1, 1);
      return document;
    },
  },
  report: {
    title: reportTitle,
    fileStem: 'BMMA-Report',
    build: buildReport,
  },
};

import type { ExportDocument } from '../../shared/export';
import { previewFor } from '../services/export-preview';
import { AUDIT_TRAIL_BUILDER } from './audit-trail';
import { actionPlanTitle, buildActionPlan, loadActionPlan } from './action-plan';
import type { DocumentBuilder } from './builder';
import { CURRICULUM_BUILDER } from './curriculum';
import { MINUTES_BUILDER } from './minutes';
import { buildReport, reportTitle } from './report';
import { TOT_AGENDA_BUILDER } from './tot-agenda';
import { TOT_EVALUATION_BUILDER } from './tot-evaluation';

export type { DocumentBuilder } from './builder';

export const DOCUMENT_BUILDERS: Record<ExportDocument, DocumentBuilder> = {
  action_plan: {
    title: actionPlanTitle,
    fileStem: 'BMMA-Joint-Action-Plan',
    preview: (project, profile) => previewFor(project, 'action_plan', profile),
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
    preview: (project, profile) => previewFor(project, 'report', profile),
    build: (project, profile, today, sink) => buildReport(project, profile, today, sink),
  },
  minutes: MINUTES_BUILDER,
  curriculum: CURRICULUM_BUILDER,
  tot_agenda: TOT_AGENDA_BUILDER,
  tot_evaluation: TOT_EVALUATION_BUILDER,
  // --- Issue 6 audit
  audit_trail: AUDIT_TRAIL_BUILDER,
  // --- end audit
};

import type { ExportDocument, ExportProfile, ExportProgress } from '../../../../shared/export';
import { EXPORT_STAGES, exportProfileSchema } from '../../../../shared/export';

/** Documents the Export screen offers, the first one chosen when the tab opens. */
export const AVAILABLE_DOCUMENTS: readonly ExportDocument[] = [
  'action_plan',
  'report',
  'minutes',
  'curriculum',
  'tot_agenda',
  'tot_evaluation',
  // Issue 6 audit: the audit trail as an annex.
  'audit_trail',
];

/** How the preview names a section: its translation key, and the area for "findings_A". */
export function sectionLabel(section: string): { key: string; area?: string } {
  const findings = /^findings_([A-Z])$/.exec(section);
  if (findings?.[1]) return { key: 'exportDoc.preview.sections.findings', area: findings[1] };
  const situation = /^area_([A-Z])$/.exec(section);
  if (situation?.[1]) return { key: 'exportDoc.preview.sections.area', area: situation[1] };
  return { key: `exportDoc.preview.sections.${section}` };
}

/** True when the profile can be previewed, saved and exported (e.g. a custom marking has its label). */
export function profileProblems(profile: ExportProfile): { markingLabel: boolean; valid: boolean } {
  const parsed = exportProfileSchema.safeParse(profile);
  const markingLabel = !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'markingLabel');
  return { markingLabel, valid: parsed.success };
}

/**
 * How far along the export is, 0–100: each stage an equal share, filled by its done/total.
 * Stages a document does not have are skipped over (the bar jumps), never shown as work left.
 */
export function progressPercent(progress: ExportProgress | null): number {
  if (progress === null || progress.stage === null) return 0;
  if (progress.state === 'done') return 100;
  const index = EXPORT_STAGES.indexOf(progress.stage);
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(((index + within) / EXPORT_STAGES.length) * 100);
}

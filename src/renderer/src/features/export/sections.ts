import type { ExportDocument, ExportProfile } from '../../../../shared/export';
import { exportProfileSchema } from '../../../../shared/export';

/**
 * Documents this version can write. The report builder is a later slice of issue 4: when
 * export.run produces it, add 'report' here (its preview, strings and form already work).
 */
export const AVAILABLE_DOCUMENTS: readonly ExportDocument[] = ['action_plan'];

/** How the preview names a section: its translation key, and the area for "findings_A". */
export function sectionLabel(section: string): { key: string; area?: string } {
  const findings = /^findings_([A-Z])$/.exec(section);
  if (findings?.[1]) return { key: 'exportDoc.preview.sections.findings', area: findings[1] };
  return { key: `exportDoc.preview.sections.${section}` };
}

/** True when the profile can be previewed, saved and exported (e.g. a custom marking has its label). */
export function profileProblems(profile: ExportProfile): { markingLabel: boolean; valid: boolean } {
  const parsed = exportProfileSchema.safeParse(profile);
  const markingLabel = !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'markingLabel');
  return { markingLabel, valid: parsed.success };
}

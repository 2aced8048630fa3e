import type { ModuleCreateInput, CurriculumModule, OutcomeInput } from '../../../../shared/curriculum';
import { MAX_MODULE_HOURS } from '../../../../shared/curriculum';
import type { TFunction } from 'i18next';
import { BmmaError } from '../../lib/bmma';

/** The module editor's working copy: hours may be empty while typing. */
export interface ModuleDraft extends Omit<ModuleCreateInput, 'hours' | 'outcomes'> {
  hours: number | '';
  outcomes: OutcomeInput[];
}

const blank = { en: '', th: '' };

/** A new module: the next free order and code, optionally answering one finding already. */
export function newModuleDraft(existing: readonly CurriculumModule[], findingIds: string[] = []): ModuleDraft {
  const order = existing.reduce((max, module) => Math.max(max, module.order), 0) + 1;
  const codes = new Set(existing.map((module) => module.code));
  let n = existing.length + 1;
  while (codes.has(`M${String(n).padStart(2, '0')}`)) n += 1;
  return {
    code: `M${String(n).padStart(2, '0')}`,
    title: { ...blank },
    audience: { ...blank },
    hours: '',
    methods: [],
    materials: { ...blank },
    assessment: { ...blank },
    trainerProfile: { ...blank },
    leadAgencyCode: null,
    outline: { ...blank },
    order,
    outcomes: [],
    findingIds,
  };
}

export function draftOf(module: CurriculumModule): ModuleDraft {
  return {
    code: module.code,
    title: module.title,
    audience: module.audience,
    hours: module.hours,
    methods: module.methods,
    materials: module.materials,
    assessment: module.assessment,
    trainerProfile: module.trainerProfile,
    leadAgencyCode: module.leadAgencyCode,
    outline: module.outline,
    order: module.order,
    outcomes: module.outcomes,
    findingIds: module.findings.map((finding) => finding.id),
  };
}

export type FieldErrors = Partial<Record<'code' | 'hours' | 'findingIds' | 'outcomes' | 'title', string>>;

/** What the form can say before asking the main process (which checks everything again). */
export function localErrors(draft: ModuleDraft, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.code.trim() === '') errors.code = t('curriculum.editor.required');
  if (draft.hours === '' || draft.hours <= 0 || draft.hours > MAX_MODULE_HOURS)
    errors.hours = t('curriculum.editor.hoursRange');
  return errors;
}

/** A refused save, placed on the field it names; null when it belongs in the general alert. */
export function serverErrors(
  error: unknown,
  t: TFunction,
): FieldErrors | null {
  if (!(error instanceof BmmaError)) return null;
  const details = error.details ?? {};
  if (error.code === 'DUPLICATE' && details['field'] === 'code') return { code: t('curriculum.editor.duplicateCode') };
  if (error.code === 'NOT_TRAINING_ADDRESSABLE')
    return { findingIds: t('curriculum.editor.notTraining', { code: String(details['code'] ?? '') }) };
  if (error.code === 'VALIDATION' && Array.isArray(details['issues'])) {
    const fields = (details['issues'] as { path: unknown[] }[]).map((issue) => String(issue.path[0] ?? ''));
    if (fields.includes('hours')) return { hours: t('curriculum.editor.hoursRange') };
    if (fields.includes('code')) return { code: t('curriculum.editor.codeHint') };
  }
  return null;
}

import type { FieldPath } from 'react-hook-form';
import type { ChannelInput } from '../../../../shared/contract';
import {
  interviewCreateSchema,
  type Interview,
  type InterviewCategory,
  type InterviewCreateInput,
} from '../../../../shared/evidence';
import type { Catalog } from '../../locales/en';

/**
 * The interview editor's form. Its values have exactly the contract's shape
 * (interviews.create input), so the contract's schema validates them and a VALIDATION answer
 * from the main process names fields the form has. The rules that depend on the category
 * (DOMAIN.md 3.4) are added on top; their messages are i18n keys, translated when shown.
 */
export type InterviewFormValues = InterviewCreateInput;

export type InterviewMessageKey = `interviews.validation.${keyof Catalog['interviews']['validation']}`;

/** Which parts of "where and when" a category records (DOMAIN.md 3.4). */
export function categoryFields(category: InterviewCategory) {
  return {
    /** Officials speak for an agency; stakeholders and focus groups may name one. */
    agency: category !== 'migrant',
    agencyRequired: category === 'official',
    /** Migrants: a generalised location and the month, never the exact day. */
    locationRequired: category === 'migrant',
    exactDay: category === 'official' || category === 'stakeholder',
    monthRequired: category === 'migrant',
  };
}

/**
 * The contract's schema plus the category rules. `agencyCodes` (the project's reference list)
 * is read at validation time, so a list that loads after the form opened is still checked.
 */
export function interviewFormSchema(agencyCodes: () => ReadonlySet<string> | null) {
  return interviewCreateSchema.superRefine((values, ctx) => {
    const fields = categoryFields(values.category);
    const issue = (path: (string | number)[], message: InterviewMessageKey) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (fields.agencyRequired && !values.agencyCode) issue(['agencyCode'], 'interviews.validation.agencyRequired');
    const known = agencyCodes();
    if (values.agencyCode && known && !known.has(values.agencyCode))
      issue(['agencyCode'], 'interviews.validation.unknownAgency');
    if (fields.locationRequired && values.location.trim() === '')
      issue(['location'], 'interviews.validation.locationRequired');
    if (fields.monthRequired && !values.month) issue(['month'], 'interviews.validation.monthRequired');
    if (!fields.exactDay && values.interviewDate) issue(['interviewDate'], 'interviews.validation.noExactDay');
    if (values.interpreter.used && !values.interpreter.language)
      issue(['interpreter', 'language'], 'interviews.validation.interpreterLanguageRequired');
    if (values.consent.withdrawnAt && values.consent.withdrawnAt > localToday())
      issue(['consent', 'withdrawnAt'], 'interviews.validation.withdrawnInFuture');
  });
}

/** Today on this computer's calendar, as the main process checks a withdrawal date. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new interview: the cautious defaults (paraphrase only, no recording, reliability not yet judged). */
export function emptyInterviewForm(category: InterviewCategory): InterviewFormValues {
  return {
    category,
    agencyCode: null,
    location: '',
    month: null,
    interviewDate: null,
    interviewers: [],
    interpreter: { used: false, language: null },
    language: 'th',
    consent: {
      mode: 'oral',
      infoSheetVersion: '',
      permittedUse: 'paraphrase',
      recordingAllowed: false,
      withdrawnAt: null,
    },
    notes: '',
    sensitivity: 'restricted',
    reliability: { source: 'F', information: 6 },
  };
}

export function interviewFormFrom(interview: Interview): InterviewFormValues {
  return {
    category: interview.category,
    agencyCode: interview.agencyCode,
    location: interview.location,
    month: interview.month,
    interviewDate: interview.interviewDate,
    interviewers: [...interview.interviewers],
    interpreter: { ...interview.interpreter },
    language: interview.language,
    consent: { ...interview.consent },
    notes: interview.notes,
    sensitivity: interview.sensitivity,
    reliability: { ...interview.reliability },
  };
}

/**
 * What is sent: fields the category does not record are cleared (a migrant's agency and exact
 * day, an interpreter's language when there was none), the month follows an exact day, and
 * interviewer codes are trimmed and listed once.
 */
export function toCreateInput(values: InterviewFormValues): ChannelInput<'interviews.create'> {
  const fields = categoryFields(values.category);
  const interviewDate = fields.exactDay ? values.interviewDate : null;
  return {
    ...values,
    agencyCode: fields.agency ? values.agencyCode : null,
    location: values.location.trim(),
    month: interviewDate ? interviewDate.slice(0, 7) : values.month,
    interviewDate,
    interviewers: [...new Set(values.interviewers.map((code) => code.trim()).filter((code) => code !== ''))],
    interpreter: {
      used: values.interpreter.used,
      language: values.interpreter.used ? values.interpreter.language : null,
    },
  };
}

/** An update sends every field but the category, which is fixed once the code is assigned. */
export function toUpdateInput(
  values: InterviewFormValues,
  saved: Pick<Interview, 'id' | 'updatedAt'>,
): ChannelInput<'interviews.update'> {
  const { category: _category, ...fields } = toCreateInput(values);
  return { id: saved.id, expectedUpdatedAt: saved.updatedAt, ...fields };
}

/** JSON with keys in a fixed order, so two forms holding the same values compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Same values as far as the file is concerned: what would be sent is the same. */
export function sameInterview(a: InterviewFormValues, b: InterviewFormValues): boolean {
  return canonical(toCreateInput(a)) === canonical(toCreateInput(b));
}

// ---- VALIDATION answers from the main process -> highlighted fields ----

type FormField = FieldPath<InterviewFormValues>;

const LEAF_FIELDS: ReadonlySet<string> = new Set<FormField>([
  'category',
  'agencyCode',
  'location',
  'month',
  'interviewDate',
  'interviewers',
  'interpreter.used',
  'interpreter.language',
  'language',
  'consent.mode',
  'consent.infoSheetVersion',
  'consent.permittedUse',
  'consent.recordingAllowed',
  'consent.withdrawnAt',
  'notes',
  'sensitivity',
  'reliability.source',
  'reliability.information',
]);

function isFormField(path: string): path is FormField {
  return LEAF_FIELDS.has(path);
}

/** "interviewers.3" -> interviewers; "consent" (a refinement on the group) -> nothing specific. */
function fieldFor(path: readonly string[]): FormField | null {
  for (let length = path.length; length > 0; length -= 1) {
    const candidate = path.slice(0, length).join('.');
    if (isFormField(candidate)) return candidate;
  }
  return null;
}

/** Issue codes (zod) and reasons (services) that have a message of their own. */
function keyFor(field: FormField, code: string): InterviewMessageKey {
  if (code === 'too_big')
    return field === 'notes' ? 'interviews.validation.notesTooLong' : 'interviews.validation.tooLong';
  if (/unknown|not_found/.test(code) && field === 'agencyCode') return 'interviews.validation.unknownAgency';
  if (/required|missing|too_small|empty|invalid_type/.test(code)) {
    if (field === 'month') return 'interviews.validation.monthRequired';
    if (field === 'agencyCode') return 'interviews.validation.agencyRequired';
    if (field === 'location') return 'interviews.validation.locationRequired';
    if (field === 'interpreter.language') return 'interviews.validation.interpreterLanguageRequired';
    return 'interviews.validation.required';
  }
  if (field === 'interviewDate' && /not_?allowed|exact/i.test(code)) return 'interviews.validation.noExactDay';
  if (field === 'consent.withdrawnAt' && code === 'future') return 'interviews.validation.withdrawnInFuture';
  if (/control/.test(code)) return 'interviews.validation.noControlCharacters';
  return 'interviews.validation.invalidValue';
}

interface ServerIssue {
  path: string[];
  code: string;
}

function isServerIssue(value: unknown): value is ServerIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, code } = value as { path?: unknown; code?: unknown };
  return Array.isArray(path) && path.every((part) => typeof part === 'string') && typeof code === 'string';
}

/**
 * Field errors for a VALIDATION answer: the contract check lists details.issues
 * ([{ path, code }]); a service check names details.field (dotted) with details.reason.
 * Issues that name no field of the form are left to the alert.
 */
export function fieldErrorsFromDetails(
  details: Record<string, unknown> | undefined,
): { field: FormField; message: InterviewMessageKey }[] {
  const issues: ServerIssue[] = [];
  const listed = details?.['issues'];
  if (Array.isArray(listed)) issues.push(...listed.filter(isServerIssue));
  const field = details?.['field'];
  const reason = details?.['reason'];
  if (typeof field === 'string')
    issues.push({ path: field.split('.'), code: typeof reason === 'string' ? reason : '' });
  const errors: { field: FormField; message: InterviewMessageKey }[] = [];
  for (const issue of issues) {
    const target = fieldFor(issue.path);
    if (target && !errors.some((known) => known.field === target))
      errors.push({ field: target, message: keyFor(target, issue.code) });
  }
  return errors;
}

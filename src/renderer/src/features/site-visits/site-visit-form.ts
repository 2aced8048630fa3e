import { z } from 'zod';
import type { ChannelInput } from '../../../../shared/contract';
import {
  CHECKLIST_BY_MODE,
  CHECKLIST_KEYS,
  CHECKLIST_RATINGS,
  checklistFor,
  siteVisitCreateSchema,
  type ChecklistItemKey,
  type SiteVisit,
} from '../../../../shared/evidence-items';
import { INFORMATION_GRADES, INTERVIEW_LANGUAGES, SENSITIVITY_LEVELS, SOURCE_GRADES } from '../../../../shared/evidence';
import { errorCodeOf } from '../../lib/bmma';
import type { EvidenceMetaValues } from '../evidence/EvidenceGradingFields';
import type { EvidenceMessageKey } from '../evidence/field-error';
import { fieldErrorsFromDetails, validationDetails } from '../evidence/server-errors';

/**
 * The site-visit editor's form. Unlike the contract's input it can hold what is not yet
 * complete (no crossing point, a date still being picked, a note before its rating), so the
 * user sees a translated message per field instead of a refused save; what is sent is made
 * by toCreateInput and checked against the contract's own schema.
 */
export type CrossingMode = keyof typeof CHECKLIST_BY_MODE;
export type ChecklistRating = (typeof CHECKLIST_RATINGS)[number];
export interface ChecklistAnswer {
  rating: ChecklistRating | null;
  note: string;
}
export type ChecklistAnswers = Partial<Record<ChecklistItemKey, ChecklistAnswer>>;

export interface SiteVisitFormValues extends EvidenceMetaValues {
  crossingPointCode: string | null;
  startDate: string | null;
  endDate: string | null;
  team: string[];
  checklist: ChecklistAnswers;
  observations: string;
}

export function isCrossingMode(mode: string | null | undefined): mode is CrossingMode {
  return typeof mode === 'string' && Object.prototype.hasOwnProperty.call(CHECKLIST_BY_MODE, mode);
}

/** The items a visit to a crossing of this mode rates; none until the crossing point is known. */
export function checklistItems(mode: string | null | undefined): ChecklistItemKey[] {
  return isCrossingMode(mode) ? checklistFor(mode) : [];
}

/** Rated items of this mode's checklist, out of all of them. */
export function checklistProgress(checklist: ChecklistAnswers, mode: string | null | undefined) {
  const items = checklistItems(mode);
  return { done: items.filter((key) => checklist[key]?.rating).length, total: items.length };
}

/**
 * Answers the new mode's checklist does not have are dropped when the crossing point changes
 * (a land visit has no API/PNR item), so nothing hidden is sent; the common items stay.
 */
export function pruneChecklist(checklist: ChecklistAnswers, mode: string | null | undefined): ChecklistAnswers {
  const keep = new Set<ChecklistItemKey>(checklistItems(mode));
  return Object.fromEntries(Object.entries(checklist).filter(([key]) => keep.has(key as ChecklistItemKey)));
}

/** A new visit: rated items none, sensitivity "restricted" and reliability not yet judged, as for interviews. */
export function emptySiteVisitForm(): SiteVisitFormValues {
  return {
    crossingPointCode: null,
    startDate: null,
    endDate: null,
    team: [],
    checklist: {},
    observations: '',
    sensitivity: 'restricted',
    language: 'th',
    reliability: { source: 'F', information: 6 },
  };
}

export function siteVisitFormFrom(visit: SiteVisit): SiteVisitFormValues {
  const checklist: ChecklistAnswers = {};
  for (const key of CHECKLIST_KEYS) {
    const entry = visit.checklist[key];
    if (entry) checklist[key] = { rating: entry.rating, note: entry.note };
  }
  return {
    crossingPointCode: visit.crossingPointCode,
    startDate: visit.startDate,
    endDate: visit.endDate,
    team: [...visit.team],
    checklist,
    observations: visit.observations,
    sensitivity: visit.sensitivity,
    language: visit.language,
    reliability: { ...visit.reliability },
  };
}

/** What is sent: rated items only, team codes trimmed and listed once. */
export function toCreateInput(values: SiteVisitFormValues): ChannelInput<'siteVisits.create'> {
  const checklist: NonNullable<ChannelInput<'siteVisits.create'>['checklist']> = {};
  for (const key of CHECKLIST_KEYS) {
    const answer = values.checklist[key];
    if (answer?.rating) checklist[key] = { rating: answer.rating, note: answer.note };
  }
  return {
    crossingPointCode: values.crossingPointCode ?? '',
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    team: [...new Set(values.team.map((member) => member.trim()).filter((member) => member !== ''))],
    checklist,
    observations: values.observations,
    sensitivity: values.sensitivity,
    language: values.language,
    reliability: { ...values.reliability },
  };
}

export function toUpdateInput(
  values: SiteVisitFormValues,
  saved: Pick<SiteVisit, 'id' | 'updatedAt'>,
): ChannelInput<'siteVisits.update'> {
  return { id: saved.id, expectedUpdatedAt: saved.updatedAt, ...toCreateInput(values) };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Same values as far as the file is concerned: what would be sent is the same. */
export function sameSiteVisit(a: SiteVisitFormValues, b: SiteVisitFormValues): boolean {
  return canonical(toCreateInput(a)) === canonical(toCreateInput(b));
}

/** The form fields a server answer can name (dotted), for highlighting. */
export const SITE_VISIT_FIELDS = [
  'crossingPointCode',
  'startDate',
  'endDate',
  'team',
  'observations',
  'sensitivity',
  'language',
  'reliability.source',
  'reliability.information',
  ...CHECKLIST_KEYS.flatMap((key) => [`checklist.${key}.rating`, `checklist.${key}.note`] as const),
] as const;

const answerShape = z.object({ rating: z.enum(CHECKLIST_RATINGS).nullable(), note: z.string() });
const formShape = z.object({
  crossingPointCode: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  team: z.array(z.string()),
  // An item's Controller registers it as undefined until it is answered.
  checklist: z.partialRecord(z.enum(CHECKLIST_KEYS), answerShape.optional()),
  observations: z.string(),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  language: z.enum(INTERVIEW_LANGUAGES),
  reliability: z.object({
    source: z.enum(SOURCE_GRADES),
    information: z.number().refine((grade) => (INFORMATION_GRADES as readonly number[]).includes(grade)),
  }),
});

/** The message for an issue the contract's schema raised (its own messages are developer English). */
function contractMessage(issue: z.core.$ZodIssue): EvidenceMessageKey {
  if (issue.code === 'too_big') return 'evidenceCommon.validation.tooLong';
  if (/control characters/.test(issue.message)) return 'evidenceCommon.validation.noControlCharacters';
  if (issue.code === 'too_small') return 'evidenceCommon.validation.required';
  return 'evidenceCommon.validation.invalidValue';
}

/**
 * The form's rules: a crossing point from the project's list (read at validation time, so a
 * list that loads after the form opened is still checked), both dates with the last day not
 * before the first, a rating for every item that has a note; then the contract's own checks
 * (lengths, control characters) on what would be sent.
 */
export function siteVisitFormSchema(crossingPointCodes: () => ReadonlySet<string> | null) {
  return formShape.superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: EvidenceMessageKey) =>
      ctx.addIssue({ code: 'custom', path, message });
    const known = crossingPointCodes();
    if (!values.crossingPointCode) issue(['crossingPointCode'], 'evidenceCommon.validation.crossingPointRequired');
    else if (known && !known.has(values.crossingPointCode))
      issue(['crossingPointCode'], 'evidenceCommon.validation.unknownCrossingPoint');
    if (!values.startDate) issue(['startDate'], 'evidenceCommon.validation.startRequired');
    if (!values.endDate) issue(['endDate'], 'evidenceCommon.validation.endRequired');
    // ISO dates compare as text.
    if (values.startDate && values.endDate && values.endDate < values.startDate)
      issue(['endDate'], 'evidenceCommon.validation.endBeforeStart');
    for (const key of CHECKLIST_KEYS) {
      const answer = values.checklist[key];
      if (answer && !answer.rating && answer.note.trim() !== '')
        issue(['checklist', key, 'rating'], 'evidenceCommon.validation.ratingRequired');
    }
    const sent = siteVisitCreateSchema.safeParse(toCreateInput(values));
    if (sent.success) return;
    const reported = new Set<string>();
    for (const problem of sent.error.issues) {
      const path = problem.path.map(String);
      const field = path[0] === 'team' ? ['team'] : path;
      const first = field[0];
      // The required fields already have their own message above.
      if (first === 'crossingPointCode' || first === 'startDate' || first === 'endDate') continue;
      const key = field.join('.');
      if (reported.has(key)) continue;
      reported.add(key);
      issue(field, contractMessage(problem));
    }
  });
}

/**
 * Fields to highlight for a refused save: DATE_ORDER (the service's own check, also on partial
 * updates) marks the last day; VALIDATION marks the fields its details name.
 */
export function siteVisitFieldErrors(error: unknown): { field: (typeof SITE_VISIT_FIELDS)[number]; message: EvidenceMessageKey }[] {
  if (errorCodeOf(error) === 'DATE_ORDER') return [{ field: 'endDate', message: 'evidenceCommon.validation.endBeforeStart' }];
  return fieldErrorsFromDetails(validationDetails(error), SITE_VISIT_FIELDS);
}

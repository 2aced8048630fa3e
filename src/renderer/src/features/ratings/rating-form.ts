import { z } from 'zod';
import { CONFIDENCE_LEVELS, RATING_STATES, type Rating, type ScopeRef } from '../../../../shared/analysis';
import type { ChannelInput } from '../../../../shared/contract';
import { INDICATOR_SCOPES, type IndicatorScope } from '../../../../shared/reference/vocabulary';
import type { Catalog } from '../../locales/en';
import { fromEvidenceLinks, toEvidenceRefs, type EvidenceItem } from '../evidence-picker/evidence-options';

/**
 * The rating form (PRODUCT.md 5, DOMAIN.md 1.6): scope, a value on the indicator's own scale,
 * justification in both languages, confidence, review state, date, assessor and evidence.
 * Messages are i18n keys, translated when shown.
 */
export type RatingMessageKey = `ratings.validation.${keyof Catalog['ratings']['validation']}`;

export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type RatingState = (typeof RATING_STATES)[number];

export interface RatingFormValues {
  scopeType: IndicatorScope;
  /** The agency or crossing point code; null for the national scope. */
  scopeCode: string | null;
  /** null until a level is chosen. */
  value: number | null;
  justification: { en: string; th: string };
  confidence: Confidence;
  state: RatingState;
  ratedOn: string | null;
  assessor: string;
  evidence: EvidenceItem[];
}

/** The contract's limits (src/shared/analysis.ts). */
export const RATING_LIMITS = { justification: 10_000, assessor: 60 } as const;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "agency:RTP-IB", "national": one string per scope, to compare scopes and key lists. */
export function scopeKey(scope: { type: IndicatorScope; code: string | null }): string {
  return scope.type === 'national' ? 'national' : `${scope.type}:${scope.code ?? ''}`;
}

export interface RatingRules {
  /** The values of the indicator's scale. */
  scaleValues: readonly number[];
  /** Scopes that already have a live rating of this indicator (except the one being edited). */
  takenScopes: ReadonlySet<string>;
  /** Today, for refusing a date in the future. */
  today: string;
}

const textField = (max: number) =>
  z
    .string()
    .max(max, { message: 'ratings.validation.tooLong' satisfies RatingMessageKey })
    .refine((value) => !CONTROL_CHARS.test(value), {
      message: 'ratings.validation.noControlCharacters' satisfies RatingMessageKey,
    });

/** The form's schema: the contract's limits, plus what a rater is asked before the main process answers. */
export function ratingFormSchema(rules: () => RatingRules) {
  return z
    .object({
      scopeType: z.enum(INDICATOR_SCOPES),
      scopeCode: z.string().nullable(),
      value: z.number().int().nullable(),
      justification: z.object({
        en: textField(RATING_LIMITS.justification),
        th: textField(RATING_LIMITS.justification),
      }),
      confidence: z.enum(CONFIDENCE_LEVELS),
      state: z.enum(RATING_STATES),
      ratedOn: z.string().nullable(),
      assessor: textField(RATING_LIMITS.assessor),
      evidence: z.array(z.custom<EvidenceItem>()),
    })
    .superRefine((values, ctx) => {
      const { scaleValues, takenScopes, today } = rules();
      const issue = (path: string[], message: RatingMessageKey) => ctx.addIssue({ code: 'custom', path, message });
      if (values.scopeType !== 'national' && !values.scopeCode)
        issue(['scopeCode'], 'ratings.validation.scopeRequired');
      else if (takenScopes.has(scopeKey({ type: values.scopeType, code: values.scopeCode })))
        issue(['scopeCode'], 'ratings.validation.duplicateScope');
      if (values.value === null) issue(['value'], 'ratings.validation.valueRequired');
      else if (!scaleValues.includes(values.value)) issue(['value'], 'ratings.validation.outOfScale');
      if (values.justification.en.trim() === '' && values.justification.th.trim() === '')
        issue(['justification', 'en'], 'ratings.validation.justificationRequired');
      if (!values.ratedOn || !ISO_DATE.test(values.ratedOn)) issue(['ratedOn'], 'ratings.validation.dateRequired');
      else if (values.ratedOn > today) issue(['ratedOn'], 'ratings.validation.dateInFuture');
    });
}

/** A new rating: the first scope the indicator allows, rated today, as a draft with medium confidence. */
export function emptyRatingForm(scopeType: IndicatorScope, today: string): RatingFormValues {
  return {
    scopeType,
    scopeCode: null,
    value: null,
    justification: { en: '', th: '' },
    confidence: 'medium',
    state: 'draft',
    ratedOn: today,
    assessor: '',
    evidence: [],
  };
}

export function ratingFormFrom(rating: Rating): RatingFormValues {
  return {
    scopeType: rating.scope.type,
    scopeCode: rating.scope.code,
    value: rating.value,
    justification: { ...rating.justification },
    confidence: rating.confidence,
    state: rating.state,
    ratedOn: rating.ratedOn,
    assessor: rating.assessor,
    evidence: fromEvidenceLinks(rating.evidence),
  };
}

function scopeRef(values: RatingFormValues): ScopeRef {
  return values.scopeType === 'national'
    ? { type: 'national', code: null }
    : { type: values.scopeType, code: values.scopeCode };
}

/** Only called on values the schema accepted: value and date are set. */
export function toRatingCreateInput(values: RatingFormValues, indicatorId: string): ChannelInput<'ratings.create'> {
  return {
    indicatorId,
    scope: scopeRef(values),
    value: values.value ?? 0,
    justification: { en: values.justification.en.trim(), th: values.justification.th.trim() },
    confidence: values.confidence,
    state: values.state,
    ratedOn: values.ratedOn ?? '',
    assessor: values.assessor.trim(),
    evidence: toEvidenceRefs(values.evidence),
  };
}

/** An update sends every field but the scope, which names the rating and does not change. */
export function toRatingUpdateInput(
  values: RatingFormValues,
  saved: Pick<Rating, 'id' | 'updatedAt'>,
): ChannelInput<'ratings.update'> {
  const { indicatorId: _indicatorId, scope: _scope, ...fields } = toRatingCreateInput(values, '');
  return { id: saved.id, expectedUpdatedAt: saved.updatedAt, ...fields };
}

export interface ScopeGroup {
  type: IndicatorScope;
  /** The indicator allows rating at this scope (a group may stay only for ratings made before an edit). */
  allowed: boolean;
  ratings: Rating[];
}

/**
 * The indicator's ratings by scope, in the order national, agencies, crossing points: every
 * scope the indicator allows (even without ratings, where a new one is added), and any other
 * scope that still holds ratings. Within a scope, by the scope's name.
 */
export function groupRatingsByScope(
  ratings: readonly Rating[],
  allowed: readonly IndicatorScope[],
  language: 'en' | 'th',
): ScopeGroup[] {
  return INDICATOR_SCOPES.map((type) => ({
    type,
    allowed: allowed.includes(type),
    ratings: ratings
      .filter((rating) => rating.scope.type === type)
      .sort((a, b) => a.scopeLabel[language].localeCompare(b.scopeLabel[language], language)),
  })).filter((group) => group.allowed || group.ratings.length > 0);
}

import type { ChannelInput } from '../../../../shared/contract';
import type { HORIZONS } from '../../../../shared/analysis';
import {
  actionCreateSchema,
  smartCheck,
  SMART_CRITERIA,
  type ActionCreateInput,
  type ActionItem,
  type SmartCheck,
  type SmartCriterion,
} from '../../../../shared/action-plan';
import type { Catalog } from '../../locales/en';

/**
 * The action item editor's form. Its values have exactly the contract's shape (actions.create
 * input), so the contract's schema validates them and a VALIDATION answer names fields the
 * form has. The date order is checked here too, so the user sees it before saving; the main
 * process checks it again (DATE_ORDER).
 */
export type ActionFormValues = ActionCreateInput;
export type Timeframe = (typeof HORIZONS)[number];

export type ActionMessageKey = `actionPlan.validation.${keyof Catalog['actionPlan']['validation']}`;

/** The fields written in both languages, in the order the form shows them. */
export const BILINGUAL_FIELDS = [
  'objective',
  'action',
  'indicator',
  'baseline',
  'target',
  'meansOfVerification',
  'risks',
] as const;
export type BilingualField = (typeof BILINGUAL_FIELDS)[number];

const blank = () => ({ en: '', th: '' });

/** True when the end date is earlier than the start date (both ISO dates, so text order is date order). */
export function endBeforeStart(startDate: string | null, endDate: string | null): boolean {
  return startDate !== null && endDate !== null && endDate < startDate;
}

export const actionFormSchema = actionCreateSchema.superRefine((values, ctx) => {
  if (endBeforeStart(values.startDate, values.endDate))
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'actionPlan.validation.dateOrder' satisfies ActionMessageKey,
    });
});

/** A new item: nothing decided yet, so the SMART check starts with every criterion open. */
export function emptyActionForm(
  prefill: Partial<Pick<ActionFormValues, 'subAreaCode' | 'recommendationId'>> = {},
): ActionFormValues {
  return {
    subAreaCode: prefill.subAreaCode ?? '',
    recommendationId: prefill.recommendationId ?? null,
    objective: blank(),
    action: blank(),
    leadAgencyCode: null,
    supportingAgencyCodes: [],
    startDate: null,
    endDate: null,
    timeframe: 'medium',
    priority: 'medium',
    keyMeasure: false,
    indicator: blank(),
    baseline: blank(),
    target: blank(),
    meansOfVerification: blank(),
    estimatedCost: null,
    currency: 'THB',
    fundingSource: '',
    risks: blank(),
  };
}

export function actionFormFrom(item: ActionItem): ActionFormValues {
  const copy = (value: { en: string; th: string }) => ({ en: value.en, th: value.th });
  return {
    subAreaCode: item.subAreaCode,
    recommendationId: item.recommendationId,
    objective: copy(item.objective),
    action: copy(item.action),
    leadAgencyCode: item.leadAgencyCode,
    supportingAgencyCodes: [...item.supportingAgencyCodes],
    startDate: item.startDate,
    endDate: item.endDate,
    timeframe: item.timeframe,
    priority: item.priority,
    keyMeasure: item.keyMeasure,
    indicator: copy(item.indicator),
    baseline: copy(item.baseline),
    target: copy(item.target),
    meansOfVerification: copy(item.meansOfVerification),
    estimatedCost: item.estimatedCost,
    currency: item.currency,
    fundingSource: item.fundingSource,
    risks: copy(item.risks),
  };
}

/**
 * What is sent: texts trimmed, the lead agency never listed again among the supporting ones
 * (DOMAIN.md 1.9: one lead), supporting agencies listed once.
 */
export function toCreateInput(values: ActionFormValues): ChannelInput<'actions.create'> {
  const trim = (value: { en: string; th: string }) => ({ en: value.en.trim(), th: value.th.trim() });
  const texts = Object.fromEntries(BILINGUAL_FIELDS.map((field) => [field, trim(values[field])])) as Record<
    BilingualField,
    { en: string; th: string }
  >;
  return {
    ...values,
    ...texts,
    supportingAgencyCodes: [...new Set(values.supportingAgencyCodes)].filter((code) => code !== values.leadAgencyCode),
    fundingSource: values.fundingSource.trim(),
  };
}

/** An update sends every field but the sub-area, which is fixed once the code is assigned. */
export function toUpdateInput(
  values: ActionFormValues,
  saved: Pick<ActionItem, 'id' | 'updatedAt'>,
): ChannelInput<'actions.update'> {
  const { subAreaCode: _subAreaCode, ...fields } = toCreateInput(values);
  return { id: saved.id, expectedUpdatedAt: saved.updatedAt, ...fields };
}

// ---------------------------------------------------------------- timeframe

/** The ISO date `months` months after `iso`, the day clamped to the month's length (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(Math.min(day, last))}`;
}

/**
 * The timeframe class the dates suggest (DOMAIN.md 1.9): under 12 months short, 1 to 3 years
 * medium, over 3 years long. Null until both dates are given and in order.
 */
export function suggestTimeframe(startDate: string | null, endDate: string | null): Timeframe | null {
  if (startDate === null || endDate === null || endBeforeStart(startDate, endDate)) return null;
  if (endDate < addMonths(startDate, 12)) return 'short';
  if (endDate > addMonths(startDate, 36)) return 'long';
  return 'medium';
}

// ---------------------------------------------------------------- SMART

export type SmartMissingKey = keyof Catalog['actionPlan']['smart']['missing'];

function filled(value: { en: string; th: string }): boolean {
  return value.en.trim() !== '' || value.th.trim() !== '';
}

/** The SMART check of what the form holds now: the shared function the server and the export use. */
export function smartOf(values: ActionFormValues): SmartCheck {
  return smartCheck(values);
}

/**
 * What is missing for each criterion to pass. The reasons are found by asking smartCheck itself
 * what would change ("with a lead agency, would it be specific?"), so the list never disagrees
 * with the check: a criterion that fails always names at least one reason, one that passes none.
 */
export function smartMissing(values: ActionFormValues): Record<SmartCriterion, SmartMissingKey[]> {
  const check = smartCheck(values);
  const missing: Record<SmartCriterion, SmartMissingKey[]> = {
    specific: [],
    measurable: [],
    achievable: [],
    relevant: [],
    timeBound: [],
  };
  if (!check.specific) {
    if (values.leadAgencyCode === null) missing.specific.push('noLead');
    if (!smartCheck({ ...values, leadAgencyCode: values.leadAgencyCode ?? 'lead' }).specific)
      missing.specific.push('actionTooShort');
  }
  if (!check.measurable) {
    if (!filled(values.indicator)) missing.measurable.push('noIndicator');
    if (!filled(values.target)) missing.measurable.push('noTarget');
    if (!filled(values.meansOfVerification)) missing.measurable.push('noVerification');
  }
  if (!check.achievable) missing.achievable.push('noResources');
  if (!check.relevant) missing.relevant.push('noRecommendation');
  if (!check.timeBound) {
    if (values.startDate === null) missing.timeBound.push('noStart');
    if (values.endDate === null) missing.timeBound.push('noEnd');
  }
  return missing;
}

export function smartPassed(check: SmartCheck): number {
  return SMART_CRITERIA.filter((criterion) => check[criterion]).length;
}

// ---------------------------------------------------------------- languages

/**
 * Whether a language lacks a text the other language has: the translation still to write.
 * A field empty in both languages is not a gap of either (risks may simply not be known yet).
 */
export function languageHasGaps(values: ActionFormValues, language: 'en' | 'th'): boolean {
  const other = language === 'en' ? 'th' : 'en';
  return BILINGUAL_FIELDS.some((field) => values[field][language].trim() === '' && values[field][other].trim() !== '');
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
export function sameAction(a: ActionFormValues, b: ActionFormValues): boolean {
  return canonical(toCreateInput(a)) === canonical(toCreateInput(b));
}

export { SMART_CRITERIA };

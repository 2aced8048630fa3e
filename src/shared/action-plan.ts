import { z } from 'zod';
import { HORIZONS, PRIORITIES } from './analysis';
import { isoDate } from './evidence-items';
import { localizedText } from './framework';
import { text, uuid } from './schemas';

/**
 * The Joint Action Plan (PRODUCT.md 6, DOMAIN.md 1.9): one item per concrete step, with a
 * single lead agency, a SMART check and dated status updates.
 */

export const ACTION_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const CURRENCIES = ['THB', 'USD', 'EUR'] as const;

const bilingual = (max: number) => localizedText(max);

const actionFields = {
  /** Gives the code (JAP-B3-01). */
  subAreaCode: z.string().min(2).max(8),
  recommendationId: uuid.nullable(),
  objective: bilingual(4000),
  action: bilingual(4000),
  /** One lead only (DOMAIN.md 1.9); null is allowed while drafting and shows as a dashboard gap. */
  leadAgencyCode: z.string().max(40).nullable(),
  supportingAgencyCodes: z.array(z.string().min(1).max(40)).max(30),
  /** End before start is refused by the service with DATE_ORDER (also on partial updates). */
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  timeframe: z.enum(HORIZONS),
  priority: z.enum(PRIORITIES),
  keyMeasure: z.boolean(),
  indicator: bilingual(2000),
  baseline: bilingual(2000),
  target: bilingual(2000),
  meansOfVerification: bilingual(2000),
  estimatedCost: z.number().nonnegative().max(1e12).nullable(),
  currency: z.enum(CURRENCIES),
  fundingSource: text(500),
  risks: bilingual(4000),
};
export const actionCreateSchema = z.object(actionFields).strict();
export const actionUpdateSchema = actionCreateSchema
  .partial()
  .extend({ id: uuid, expectedUpdatedAt: z.string().max(64).optional() })
  .strict();
export type ActionCreateInput = z.input<typeof actionCreateSchema>;

/** A dated status update; the latest one (by date, then by entry) is the item's status. */
export const statusUpdateCreateSchema = z
  .object({
    actionId: uuid,
    date: isoDate,
    status: z.enum(ACTION_STATUSES),
    note: text(4000),
  })
  .strict();

export const statusUpdateSchema = z.object({
  id: uuid,
  date: z.string(),
  status: z.enum(ACTION_STATUSES),
  note: z.string(),
  createdAt: z.string(),
});

export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];
export const smartCheckSchema = z.object({
  specific: z.boolean(),
  measurable: z.boolean(),
  achievable: z.boolean(),
  relevant: z.boolean(),
  timeBound: z.boolean(),
});
export type SmartCheck = z.infer<typeof smartCheckSchema>;

const shown = z.object({ en: z.string(), th: z.string() });

export const actionSchema = z.object({
  id: uuid,
  code: z.string(),
  areaCode: z.string(),
  subAreaCode: z.string(),
  recommendationId: uuid.nullable(),
  recommendationCode: z.string().nullable(),
  objective: shown,
  action: shown,
  leadAgencyCode: z.string().nullable(),
  supportingAgencyCodes: z.array(z.string()),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  timeframe: z.enum(HORIZONS),
  priority: z.enum(PRIORITIES),
  keyMeasure: z.boolean(),
  indicator: shown,
  baseline: shown,
  target: shown,
  meansOfVerification: shown,
  estimatedCost: z.number().nullable(),
  currency: z.enum(CURRENCIES),
  fundingSource: z.string(),
  risks: shown,
  status: z.enum(ACTION_STATUSES),
  /** Date of the latest status update, null before the first one. */
  statusDate: z.string().nullable(),
  smart: smartCheckSchema,
  updates: z.array(statusUpdateSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof actionSchema>;

export const actionSummarySchema = actionSchema.omit({ updates: true });
export const actionListSchema = z
  .object({
    areaCode: z.string().max(4).optional(),
    leadAgencyCode: z.string().max(40).optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    recommendationId: uuid.optional(),
    limit: z.number().int().min(1).max(10_000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .optional();
export const actionListOutput = z.object({ total: z.number().int().nonnegative(), items: z.array(actionSummarySchema) });

function filled(value: { en: string; th: string }): boolean {
  return value.en.trim() !== '' || value.th.trim() !== '';
}

function words(value: { en: string; th: string }): number {
  // Thai has no spaces between words: count characters for Thai, words for English.
  const en = value.en.trim().split(/\s+/).filter(Boolean).length;
  const th = Math.floor(value.th.replace(/\s+/g, '').length / 6);
  return Math.max(en, th);
}

type SmartInput = Pick<
  ActionItem,
  | 'action'
  | 'objective'
  | 'leadAgencyCode'
  | 'indicator'
  | 'target'
  | 'baseline'
  | 'meansOfVerification'
  | 'estimatedCost'
  | 'fundingSource'
  | 'recommendationId'
  | 'startDate'
  | 'endDate'
>;

/**
 * The SMART check of one item, the same in the UI, the dashboard and the exported plan:
 * - specific: an action of at least five words (or 30 Thai characters) and one lead agency;
 * - measurable: an indicator and a target, plus a means of verification;
 * - achievable: a cost estimate or a funding source;
 * - relevant: it follows from a recommendation;
 * - time-bound: start and end dates.
 */
export function smartCheck(item: SmartInput): SmartCheck {
  return {
    specific: words(item.action) >= 5 && item.leadAgencyCode !== null,
    measurable: filled(item.indicator) && filled(item.target) && filled(item.meansOfVerification),
    achievable: item.estimatedCost !== null || item.fundingSource.trim() !== '',
    relevant: item.recommendationId !== null,
    timeBound: item.startDate !== null && item.endDate !== null,
  };
}

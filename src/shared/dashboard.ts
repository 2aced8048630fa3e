import { z } from 'zod';
import { ACTION_STATUSES } from './action-plan';
import { uuid } from './schemas';

/**
 * The dashboard (PRODUCT.md 12): completeness and traceability gaps, each pointing at the
 * record that needs work, area scores, and Joint Action Plan status by area and lead agency.
 */

export const GAP_KINDS = [
  'indicator_unrated',
  'rating_without_evidence',
  'finding_without_evidence',
  'finding_without_recommendation',
  'recommendation_without_action',
  'action_without_lead',
  'action_without_indicator',
  'passage_changed',
  /** A training-addressable finding no curriculum module answers (Component 3). */
  'finding_not_in_curriculum',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Which record a gap opens (a rating's gap opens its indicator, where ratings are edited). */
export const GAP_TARGETS = ['indicator', 'finding', 'recommendation', 'action', 'interview'] as const;

const shown = z.object({ en: z.string(), th: z.string() });

export const gapSchema = z.object({
  kind: z.enum(GAP_KINDS),
  target: z.enum(GAP_TARGETS),
  id: uuid,
  code: z.string(),
  label: shown,
});
export type Gap = z.infer<typeof gapSchema>;

export const dashboardInput = z
  .object({ gapLimit: z.number().int().min(1).max(1000).default(50) })
  .strict()
  .optional();

const statusCounts = z.object(
  Object.fromEntries(ACTION_STATUSES.map((status) => [status, z.number().int().nonnegative()])) as Record<
    (typeof ACTION_STATUSES)[number],
    z.ZodNumber
  >,
);

export const dashboardSchema = z.object({
  totals: z.object({
    indicators: z.number().int().nonnegative(),
    indicatorsRated: z.number().int().nonnegative(),
    interviews: z.number().int().nonnegative(),
    siteVisits: z.number().int().nonnegative(),
    documents: z.number().int().nonnegative(),
    passages: z.number().int().nonnegative(),
    ratings: z.number().int().nonnegative(),
    findings: z.number().int().nonnegative(),
    findingsSupported: z.number().int().nonnegative(),
    recommendations: z.number().int().nonnegative(),
    actions: z.number().int().nonnegative(),
  }),
  /** How many gaps of each kind, and the first `gapLimit` of each (by code). */
  gapCounts: z.record(z.enum(GAP_KINDS), z.number().int().nonnegative()),
  gaps: z.array(gapSchema),
  /** National ratings per area: mean of value / scale maximum, as a percentage; null when none. */
  areaScores: z.array(
    z.object({
      areaCode: z.string(),
      name: shown,
      indicators: z.number().int().nonnegative(),
      rated: z.number().int().nonnegative(),
      score: z.number().min(0).max(100).nullable(),
    }),
  ),
  actionsByArea: z.array(z.object({ areaCode: z.string(), name: shown, counts: statusCounts })),
  actionsByLeadAgency: z.array(
    z.object({ agencyCode: z.string().nullable(), name: shown, counts: statusCounts }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

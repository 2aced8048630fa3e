import { z } from 'zod';
import { evidenceLinkOut, evidenceRefs, isoDate } from './evidence-items';
import { localizedText } from './framework';
import { INDICATOR_SCOPES } from './reference/vocabulary';
import { text, uuid } from './schemas';

/**
 * Ratings, findings and recommendations (PRODUCT.md 5, DOMAIN.md 1.6 and 6.1).
 */

// ---------------------------------------------------------------- ratings

/** national has no code; agency and crossing_point name the reference record by code. */
export const scopeRef = z
  .object({ type: z.enum(INDICATOR_SCOPES), code: z.string().min(1).max(40).nullable() })
  .strict()
  .refine((s) => (s.type === 'national') === (s.code === null), 'national has no code; agency and crossing point need one');
export type ScopeRef = z.infer<typeof scopeRef>;

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const RATING_STATES = ['draft', 'peer_reviewed', 'validated'] as const;

const ratingFields = {
  indicatorId: uuid,
  scope: scopeRef,
  /** Checked against the indicator's own scale by the service (OUT_OF_SCALE). */
  value: z.number().int().min(0).max(10),
  justification: localizedText(10_000),
  confidence: z.enum(CONFIDENCE_LEVELS),
  state: z.enum(RATING_STATES),
  ratedOn: isoDate,
  assessor: text(60),
  evidence: evidenceRefs,
};
/** One live rating per indicator and scope: a second one is refused with DUPLICATE. */
export const ratingCreateSchema = z.object(ratingFields).strict();
export const ratingUpdateSchema = z
  .object({
    id: uuid,
    expectedUpdatedAt: z.string().max(64).optional(),
    value: ratingFields.value.optional(),
    justification: ratingFields.justification.optional(),
    confidence: ratingFields.confidence.optional(),
    state: ratingFields.state.optional(),
    ratedOn: ratingFields.ratedOn.optional(),
    assessor: ratingFields.assessor.optional(),
    evidence: ratingFields.evidence.optional(),
  })
  .strict();

const shown = z.object({ en: z.string(), th: z.string() });

export const ratingSchema = z.object({
  id: uuid,
  indicatorId: uuid,
  indicatorCode: z.string(),
  areaCode: z.string(),
  scope: z.object({ type: z.enum(INDICATOR_SCOPES), code: z.string().nullable() }),
  /** The scope's name (agency or crossing point), or "National". */
  scopeLabel: shown,
  value: z.number().int(),
  /** The level's label on the indicator's scale, and the scale's highest value. */
  valueLabel: shown,
  scaleMax: z.number().int(),
  justification: shown,
  confidence: z.enum(CONFIDENCE_LEVELS),
  state: z.enum(RATING_STATES),
  ratedOn: z.string(),
  assessor: z.string(),
  evidence: z.array(evidenceLinkOut),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Rating = z.infer<typeof ratingSchema>;

export const ratingListSchema = z
  .object({
    indicatorId: uuid.optional(),
    areaCode: z.string().max(4).optional(),
    scopeType: z.enum(INDICATOR_SCOPES).optional(),
  })
  .strict()
  .optional();

// ---------------------------------------------------------------- findings

export const FINDING_TYPES = ['gap', 'strength', 'good_practice'] as const;
export const SEVERITIES = ['high', 'medium', 'low'] as const;

const statement = localizedText(10_000).refine(
  (t) => t.en.trim() !== '' || t.th.trim() !== '',
  'a statement in at least one language',
);

const findingFields = {
  subAreaCode: z.string().min(2).max(8),
  type: z.enum(FINDING_TYPES),
  severity: z.enum(SEVERITIES),
  statement,
  trainingAddressable: z.boolean(),
  scopes: z.array(scopeRef).max(50),
  evidence: evidenceRefs,
};
/** The code (F-C4-02) is given from the sub-area at creation and never reused. */
export const findingCreateSchema = z.object(findingFields).strict();
export const findingUpdateSchema = z
  .object({
    id: uuid,
    expectedUpdatedAt: z.string().max(64).optional(),
    type: findingFields.type.optional(),
    severity: findingFields.severity.optional(),
    statement: statement.optional(),
    trainingAddressable: z.boolean().optional(),
    scopes: findingFields.scopes.optional(),
    evidence: findingFields.evidence.optional(),
  })
  .strict();

/**
 * Triangulation (PRODUCT.md 5): "supported" needs two independent evidence types among
 * interview (passages count as interviews), site visit and document.
 */
export const triangulationSchema = z.object({
  types: z.array(z.enum(['interview', 'site_visit', 'document'])),
  supported: z.boolean(),
});
/** DOMAIN.md 3.3: a unit with fewer than three interviewees behind a finding can identify them. */
export const attributionWarningSchema = z.object({ agencyCode: z.string(), interviewees: z.number().int().positive() });
export const ATTRIBUTION_MIN_INTERVIEWEES = 3;

export const findingSchema = z.object({
  id: uuid,
  code: z.string(),
  areaCode: z.string(),
  subAreaCode: z.string(),
  type: z.enum(FINDING_TYPES),
  severity: z.enum(SEVERITIES),
  statement: shown,
  trainingAddressable: z.boolean(),
  scopes: z.array(z.object({ type: z.enum(INDICATOR_SCOPES), code: z.string().nullable() })),
  evidence: z.array(evidenceLinkOut),
  triangulation: triangulationSchema,
  attributionWarnings: z.array(attributionWarningSchema),
  recommendations: z.array(z.object({ id: uuid, code: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const findingListSchema = z
  .object({
    areaCode: z.string().max(4).optional(),
    type: z.enum(FINDING_TYPES).optional(),
  })
  .strict()
  .optional();

// ---------------------------------------------------------------- recommendations

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;

const recommendationText = localizedText(10_000).refine(
  (t) => t.en.trim() !== '' || t.th.trim() !== '',
  'text in at least one language',
);
const recommendationFields = {
  /** Gives the code (REC-C4-01); the linked findings may come from other sub-areas. */
  subAreaCode: z.string().min(2).max(8),
  findingIds: z.array(uuid).max(100),
  text: recommendationText,
  priority: z.enum(PRIORITIES),
  horizon: z.enum(HORIZONS),
};
export const recommendationCreateSchema = z.object(recommendationFields).strict();
export const recommendationUpdateSchema = z
  .object({
    id: uuid,
    expectedUpdatedAt: z.string().max(64).optional(),
    findingIds: recommendationFields.findingIds.optional(),
    text: recommendationText.optional(),
    priority: recommendationFields.priority.optional(),
    horizon: recommendationFields.horizon.optional(),
  })
  .strict();

export const recommendationSchema = z.object({
  id: uuid,
  code: z.string(),
  areaCode: z.string(),
  subAreaCode: z.string(),
  findings: z.array(z.object({ id: uuid, code: z.string(), deleted: z.boolean() })),
  text: shown,
  priority: z.enum(PRIORITIES),
  horizon: z.enum(HORIZONS),
  actions: z.array(z.object({ id: uuid, code: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationListSchema = z
  .object({ areaCode: z.string().max(4).optional(), findingId: uuid.optional() })
  .strict()
  .optional();

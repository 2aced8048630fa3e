import { z } from 'zod';

/**
 * Full-text search over the project (issue 3): evidence, findings and actions as they are
 * added. Thai text is word-segmented before indexing and querying, so a Thai word inside
 * unsegmented Thai text is found; English words match by stem and the last word by prefix.
 */
export const SEARCH_KINDS = [
  'interview',
  'indicator',
  'site_visit',
  'document',
  'finding',
  'recommendation',
  'action',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchQuerySchema = z
  .object({
    query: z.string().max(200),
    kinds: z.array(z.enum(SEARCH_KINDS)).min(1).max(SEARCH_KINDS.length).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  code: z.string(),
  /** A short label: the indicator text, or the interview's category and agency/location. */
  title: z.string(),
  /** An excerpt of the matching text around the first hit, with the hit ranges inside it. */
  snippet: z.object({
    text: z.string(),
    highlights: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
    clippedStart: z.boolean(),
    clippedEnd: z.boolean(),
  }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/**
 * How the hits are ordered: by relevance when few records match, newest first when many do
 * (ranking thousands of matches would cost more than the rest of the search; see
 * RANK_LIMIT in src/main/services/search.ts).
 */
export const SEARCH_ORDERS = ['relevance', 'newest'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

export const searchResultSchema = z.object({
  query: z.string(),
  /** Records matching; counting stops at a cap, past which `totalIsLowerBound` is set. */
  total: z.number().int().nonnegative(),
  /** More than `total` records match ("1,000+ results"). */
  totalIsLowerBound: z.boolean(),
  order: z.enum(SEARCH_ORDERS),
  hits: z.array(searchHitSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

import { z } from 'zod';
import {
  agencySchema,
  crossingPointSchema,
  indicatorCode,
  legalInstrumentSchema,
  provinceSchema,
  scaleId,
  subAreaCode,
} from './reference/schemas';
import { EVIDENCE_TYPES, INDICATOR_SCOPES } from './reference/vocabulary';
import { line, text, uuid } from './schemas';

/**
 * The assessment framework and the reference data as the API shows them: a project's own copy,
 * seeded from resources/reference and editable in the project (PRODUCT.md 2 and 3).
 */

export const localizedLine = (max: number) => z.object({ en: line(max), th: line(max) });
export const localizedText = (max: number) => z.object({ en: text(max), th: text(max) });

const shownText = z.object({ en: z.string(), th: z.string() });

export const scaleLevelOut = z.object({ value: z.number().int(), label: shownText, descriptor: shownText });
export const scaleOut = z.object({ id: z.string(), name: shownText, levels: z.array(scaleLevelOut) });
export type Scale = z.infer<typeof scaleOut>;

export const rubricLevelIn = z.object({ value: z.number().int().min(0).max(10), descriptor: localizedText(2000) });

export const evidenceTypes = z.array(z.enum(EVIDENCE_TYPES)).max(EVIDENCE_TYPES.length);
export const indicatorScopes = z.array(z.enum(INDICATOR_SCOPES)).min(1).max(INDICATOR_SCOPES.length);

export const projectIndicatorSchema = z.object({
  id: uuid,
  code: z.string(),
  subAreaCode: z.string(),
  text: shownText,
  guidance: shownText,
  scale: z.string(),
  rubric: z.array(z.object({ value: z.number().int(), descriptor: shownText })).nullable(),
  expectedEvidence: z.array(z.enum(EVIDENCE_TYPES)),
  scope: z.array(z.enum(INDICATOR_SCOPES)),
  origin: z.enum(['template', 'project']),
  retired: z.boolean(),
  updatedAt: z.string(),
});
export type ProjectIndicator = z.infer<typeof projectIndicatorSchema>;

export const frameworkTreeSchema = z.object({
  templateVersion: z.string(),
  /** SHA-256 of the canonical JSON of the template the project was seeded from (cited by the report). */
  templateHash: z.string(),
  scales: z.array(scaleOut),
  areas: z.array(
    z.object({
      code: z.string(),
      name: shownText,
      description: shownText,
      subAreas: z.array(z.object({ code: z.string(), name: shownText, indicators: z.array(projectIndicatorSchema) })),
    }),
  ),
});
export type FrameworkTree = z.infer<typeof frameworkTreeSchema>;

export const frameworkTreeInput = z
  .object({ includeRetired: z.boolean().default(true) })
  .strict()
  .optional();

/** An indicator's text must be written in at least one of the two languages. */
const indicatorText = localizedText(1000).refine(
  (t) => t.en.trim() !== '' || t.th.trim() !== '',
  'text in at least one language',
);

/** A new indicator gets the next free code of its sub-area (C4.7). */
export const indicatorCreateSchema = z
  .object({
    subAreaCode,
    text: indicatorText,
    guidance: localizedText(4000).default({ en: '', th: '' }),
    scale: scaleId,
    rubric: z.array(rubricLevelIn).max(11).nullable().default(null),
    expectedEvidence: evidenceTypes.default([]),
    scope: indicatorScopes,
  })
  .strict();

export const indicatorUpdateSchema = z
  .object({
    id: uuid,
    text: indicatorText.optional(),
    guidance: localizedText(4000).optional(),
    scale: scaleId.optional(),
    rubric: z.array(rubricLevelIn).max(11).nullable().optional(),
    expectedEvidence: evidenceTypes.optional(),
    scope: indicatorScopes.optional(),
  })
  .strict();

export const indicatorRetireSchema = z.object({ id: uuid, retired: z.boolean() }).strict();

export const indicatorCodeSchema = indicatorCode;

const withId = { id: uuid };
export const agencyOut = agencySchema.extend(withId);
export const provinceOut = provinceSchema.extend(withId);
export const crossingPointOut = z.intersection(crossingPointSchema, z.object(withId));
export const legalInstrumentOut = z.intersection(legalInstrumentSchema, z.object(withId));

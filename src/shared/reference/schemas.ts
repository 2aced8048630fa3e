/**
 * Schemas of the reference data shipped in resources/reference/ and copied into each project
 * (PRODUCT.md sections 2 and 3): the default assessment framework, agencies, crossing points,
 * provinces and legal instruments. Objects are strict so that a misspelt field in a JSON file
 * fails loudly instead of being dropped. Checks that need one file only live here; checks
 * across files are in ./validate.
 */
import { z } from 'zod';
import { line } from '../schemas';
import {
  AGENCY_TYPES,
  CROSSING_MODES,
  CROSSING_STATUSES,
  EVIDENCE_TYPES,
  INDICATOR_SCOPES,
  INSTRUMENT_KINDS,
  INSTRUMENT_STATUSES,
  REGIONS,
} from './vocabulary';

/** Buddhist Era = Common Era + 543 (DOMAIN.md 2.5). */
const BE_OFFSET = 543;

export const REFERENCE_FILES = {
  framework: 'framework-default.json',
  agencies: 'agencies.json',
  crossingPoints: 'crossing-points.json',
  provinces: 'provinces.json',
  legalInstruments: 'legal-instruments.json',
} as const;
export type ReferenceFileKey = keyof typeof REFERENCE_FILES;

export function localizedText(max: number) {
  return z.strictObject({ en: line(max), th: line(max) });
}
const name = localizedText(300);
const description = localizedText(2000);

const version = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2019-08-14');

export const evidenceTypeSchema = z.enum(EVIDENCE_TYPES);
export const indicatorScopeSchema = z.enum(INDICATOR_SCOPES);

export const areaCode = z.string().regex(/^[A-Z]$/, 'one capital letter, e.g. C');
export const subAreaCode = z.string().regex(/^[A-Z][1-9]\d?$/, 'area letter and number, e.g. C4');
export const indicatorCode = z.string().regex(/^[A-Z][1-9]\d?\.[1-9]\d?$/, 'sub-area code, dot, number, e.g. C4.2');
export const scaleId = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lower-case letters, digits and _');
export const agencyCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'e.g. RTP-IB')
  .max(40);
export const crossingPointCode = z
  .string()
  .regex(/^BCP(-[A-Z0-9]+){2,3}$/, 'e.g. BCP-TAK-MSOT2')
  .max(40);
export const provinceCode = z.string().regex(/^TH-\d{2}$/, 'ISO 3166-2:TH code, e.g. TH-57');
export const instrumentCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'e.g. IMM-ACT-2522')
  .max(40);
/** A section number as Thai laws write it: 63, 12(3), 6/1, 310 bis. */
export const sectionNumber = z.string().regex(/^\d+(\/\d+)?( (bis|ter))?(\(\d+\))?$/, 'e.g. 63, 12(3), 6/1, 310 bis');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. MM');

/** Adds one issue per value that occurs more than once. */
function reportDuplicates(ctx: z.RefinementCtx, values: readonly string[], path: (string | number)[], what: string) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value))
      ctx.addIssue({ code: 'custom', path: [...path, index], message: `duplicate ${what} ${value}` });
    seen.add(value);
  });
}

function distinct<T extends string>(item: z.ZodType<T>, what: string) {
  return z
    .array(item)
    .min(1)
    .superRefine((values, ctx) => reportDuplicates(ctx, values, [], what));
}

// ---------------------------------------------------------------- framework

export const scaleLevelSchema = z.strictObject({
  value: z.number().int().min(0).max(10),
  label: name,
  descriptor: description,
});
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;

export const ratingScaleSchema = z
  .strictObject({ name, levels: z.array(scaleLevelSchema).min(2).max(11) })
  .superRefine((scale, ctx) => {
    scale.levels.forEach((level, index) => {
      const previous = scale.levels[index - 1];
      if (previous && level.value <= previous.value)
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'value'], message: 'level values must rise' });
    });
  });
export type RatingScale = z.infer<typeof ratingScaleSchema>;

/** A descriptor for one level of the indicator's scale, written for that indicator. */
export const rubricLevelSchema = z.strictObject({ value: z.number().int(), descriptor: description });
export type RubricLevel = z.infer<typeof rubricLevelSchema>;

export const indicatorSchema = z.strictObject({
  code: indicatorCode,
  text: localizedText(1000),
  guidance: description,
  scale: scaleId,
  rubric: z.array(rubricLevelSchema).min(2).optional(),
  expectedEvidence: distinct(evidenceTypeSchema, 'evidence type'),
  scope: distinct(indicatorScopeSchema, 'scope'),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const subAreaSchema = z.strictObject({
  code: subAreaCode,
  name,
  indicators: z.array(indicatorSchema).min(1),
});
export type SubArea = z.infer<typeof subAreaSchema>;

export const areaSchema = z.strictObject({
  code: areaCode,
  name,
  description,
  subAreas: z.array(subAreaSchema).min(1),
});
export type Area = z.infer<typeof areaSchema>;

export const frameworkSchema = z
  .strictObject({
    version,
    name,
    scales: z.record(scaleId, ratingScaleSchema),
    areas: z.array(areaSchema).min(1),
  })
  .superRefine((framework, ctx) => {
    reportDuplicates(
      ctx,
      framework.areas.map((area) => area.code),
      ['areas'],
      'area code',
    );
    const subAreaCodes: string[] = [];
    const indicatorCodes: string[] = [];
    framework.areas.forEach((area, a) => {
      area.subAreas.forEach((subArea, s) => {
        const subPath = ['areas', a, 'subAreas', s];
        subAreaCodes.push(subArea.code);
        if (!subArea.code.startsWith(area.code))
          ctx.addIssue({
            code: 'custom',
            path: [...subPath, 'code'],
            message: `${subArea.code} is not in area ${area.code}`,
          });
        subArea.indicators.forEach((indicator, i) => {
          const path = [...subPath, 'indicators', i];
          indicatorCodes.push(indicator.code);
          if (!indicator.code.startsWith(`${subArea.code}.`))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'code'],
              message: `${indicator.code} is not in ${subArea.code}`,
            });
          checkScaleAndRubric(ctx, framework.scales, indicator, path);
        });
      });
    });
    reportDuplicates(ctx, subAreaCodes, ['subAreas'], 'sub-area code');
    reportDuplicates(ctx, indicatorCodes, ['indicators'], 'indicator code');
  });
export type Framework = z.infer<typeof frameworkSchema>;

/** The indicator's scale must exist, and a rubric must describe each of its levels exactly once. */
function checkScaleAndRubric(
  ctx: z.RefinementCtx,
  scales: Record<string, RatingScale>,
  indicator: Indicator,
  path: (string | number)[],
) {
  const scale = scales[indicator.scale];
  if (!scale) {
    ctx.addIssue({ code: 'custom', path: [...path, 'scale'], message: `unknown scale ${indicator.scale}` });
    return;
  }
  if (!indicator.rubric) return;
  const expected = scale.levels.map((level) => level.value).join(',');
  const actual = indicator.rubric.map((level) => level.value).join(',');
  if (expected !== actual)
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'rubric'],
      message: `rubric levels ${actual} do not match the ${indicator.scale} scale levels ${expected}`,
    });
}

// ---------------------------------------------------------------- agencies

export const agencySchema = z.strictObject({
  code: agencyCode,
  name,
  abbreviation: localizedText(40),
  parent: agencyCode.nullable(),
  type: z.enum(AGENCY_TYPES),
  beneficiary: z.boolean(),
  twg: z.boolean(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agenciesFileSchema = z
  .strictObject({ version, agencies: z.array(agencySchema).min(1) })
  .superRefine((file, ctx) => {
    const codes = file.agencies.map((agency) => agency.code);
    reportDuplicates(ctx, codes, ['agencies'], 'agency code');
    const parentOf = new Map(file.agencies.map((agency) => [agency.code, agency.parent]));
    file.agencies.forEach((agency, index) => {
      if (agency.parent !== null && !parentOf.has(agency.parent))
        ctx.addIssue({
          code: 'custom',
          path: ['agencies', index, 'parent'],
          message: `unknown agency ${agency.parent}`,
        });
      // Walk up the parents: a cycle would make the organisation tree endless.
      const visited = new Set([agency.code]);
      for (let up = agency.parent; up !== null && up !== undefined; up = parentOf.get(up) ?? null) {
        if (visited.has(up)) {
          ctx.addIssue({
            code: 'custom',
            path: ['agencies', index, 'parent'],
            message: `${agency.code} is its own ancestor`,
          });
          break;
        }
        visited.add(up);
      }
    });
  });
export type AgenciesFile = z.infer<typeof agenciesFileSchema>;

// ---------------------------------------------------------------- provinces

export const provinceSchema = z.strictObject({
  code: provinceCode,
  name,
  region: z.enum(REGIONS),
  /** Other romanisations (DOMAIN.md 2.5: Sa Kaeo / Sa Kaew, Si Sa Ket / Sisaket). */
  aliases: z.array(line(100)).optional(),
});
export type Province = z.infer<typeof provinceSchema>;

export const provincesFileSchema = z
  .strictObject({ version, provinces: z.array(provinceSchema).min(1) })
  .superRefine((file, ctx) => {
    reportDuplicates(
      ctx,
      file.provinces.map((province) => province.code),
      ['provinces'],
      'province code',
    );
    reportDuplicates(
      ctx,
      file.provinces.map((province) => province.name.th),
      ['provinces'],
      'Thai province name',
    );
  });
export type ProvincesFile = z.infer<typeof provincesFileSchema>;

// ---------------------------------------------------------------- crossing points

export const crossingPointSchema = z
  .strictObject({
    code: crossingPointCode,
    name,
    aliases: z.array(line(100)).optional(),
    mode: z.enum(CROSSING_MODES),
    status: z.enum(CROSSING_STATUSES),
    provinceCode,
    district: name.nullable(),
    neighbourCountry: countryCode.nullable(),
    counterpart: name.nullable(),
    agenciesPresent: distinct(agencyCode, 'agency'),
    notes: description.nullable(),
    /** DOMAIN.md marks the entry "(verify)": weakly sourced, to confirm with the project team. */
    toVerify: z.boolean(),
  })
  .superRefine((point, ctx) => {
    if (point.mode === 'air' && point.neighbourCountry !== null)
      ctx.addIssue({ code: 'custom', path: ['neighbourCountry'], message: 'an airport has no neighbouring country' });
    if (point.neighbourCountry === null && point.counterpart !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['counterpart'],
        message: 'a counterpart post needs a neighbouring country',
      });
  });
export type CrossingPoint = z.infer<typeof crossingPointSchema>;

export const crossingPointsFileSchema = z
  .strictObject({ version, crossingPoints: z.array(crossingPointSchema).min(1) })
  .superRefine((file, ctx) => {
    reportDuplicates(
      ctx,
      file.crossingPoints.map((point) => point.code),
      ['crossingPoints'],
      'crossing-point code',
    );
  });
export type CrossingPointsFile = z.infer<typeof crossingPointsFileSchema>;

// ---------------------------------------------------------------- legal instruments

export const provisionSchema = z.strictObject({
  section: sectionNumber,
  /** Chapter (หมวด) of the instrument, where it has chapters. */
  chapter: z.number().int().min(1).max(50).optional(),
  title: name,
  summary: description,
});
export type Provision = z.infer<typeof provisionSchema>;

export const legalInstrumentSchema = z
  .strictObject({
    code: instrumentCode,
    title: localizedText(400),
    kind: z.enum(INSTRUMENT_KINDS),
    /** Null for a draft that has no year yet (พ.ศ. ....). */
    yearBE: z.number().int().min(2400).max(2700).nullable(),
    yearCE: z.number().int().min(1857).max(2157).nullable(),
    status: z.enum(INSTRUMENT_STATUSES),
    /** The instrument this one amends, if it is an amending act or decree. */
    amends: instrumentCode.nullable(),
    enactedOn: isoDate.nullable(),
    inForceOn: isoDate.nullable(),
    description: description.nullable(),
    /** Framework sub-areas the instrument is mainly assessed under (e.g. B1, B3). */
    subAreas: z.array(subAreaCode),
    provisions: z.array(provisionSchema),
    toVerify: z.boolean(),
  })
  .superRefine((instrument, ctx) => {
    const { yearBE, yearCE } = instrument;
    if ((yearBE === null) !== (yearCE === null))
      ctx.addIssue({ code: 'custom', path: ['yearCE'], message: 'give both years or neither' });
    if (yearBE !== null && yearCE !== null && yearBE - yearCE !== BE_OFFSET)
      ctx.addIssue({ code: 'custom', path: ['yearBE'], message: `B.E. ${yearBE} is not C.E. ${yearCE} + 543` });
    if (instrument.status === 'draft' ? yearBE !== null : yearBE === null)
      ctx.addIssue({ code: 'custom', path: ['yearBE'], message: 'only a draft has no year' });
    reportDuplicates(
      ctx,
      instrument.provisions.map((provision) => provision.section),
      ['provisions'],
      'section',
    );
  });
export type LegalInstrument = z.infer<typeof legalInstrumentSchema>;

export const legalInstrumentsFileSchema = z
  .strictObject({ version, instruments: z.array(legalInstrumentSchema).min(1) })
  .superRefine((file, ctx) => {
    const codes = file.instruments.map((instrument) => instrument.code);
    reportDuplicates(ctx, codes, ['instruments'], 'instrument code');
    const known = new Set(codes);
    file.instruments.forEach((instrument, index) => {
      if (instrument.amends !== null && (!known.has(instrument.amends) || instrument.amends === instrument.code))
        ctx.addIssue({
          code: 'custom',
          path: ['instruments', index, 'amends'],
          message: `unknown instrument ${instrument.amends}`,
        });
    });
  });
export type LegalInstrumentsFile = z.infer<typeof legalInstrumentsFileSchema>;

export const referenceFileSchemas = {
  framework: frameworkSchema,
  agencies: agenciesFileSchema,
  crossingPoints: crossingPointsFileSchema,
  provinces: provincesFileSchema,
  legalInstruments: legalInstrumentsFileSchema,
} as const satisfies Record<ReferenceFileKey, z.ZodType>;

export interface ReferenceData {
  framework: Framework;
  agencies: AgenciesFile;
  crossingPoints: CrossingPointsFile;
  provinces: ProvincesFile;
  legalInstruments: LegalInstrumentsFile;
}

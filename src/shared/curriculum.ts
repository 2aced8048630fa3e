import { z } from 'zod';
import { isoDate } from './evidence-items';
import { localizedText } from './framework';
import { text, uuid } from './schemas';

/**
 * Component 3 (PRODUCT.md 8, DOMAIN.md 4.1): the Technical Working Group's membership and the
 * curriculum it builds from the training-addressable findings. People are never named here:
 * a member is an agency, a role, a position title and a sex (no identity vault yet).
 */

export const TWG_ROLES = ['chair', 'member', 'secretariat', 'observer'] as const;
export type TwgRole = (typeof TWG_ROLES)[number];
export const SEXES = ['female', 'male', 'other'] as const;
export const TEACHING_METHODS = [
  'lecture',
  'case_study',
  'simulation',
  'role_play',
  'micro_teaching',
  'group_work',
  'field_visit',
  'e_learning',
] as const;
export type TeachingMethod = (typeof TEACHING_METHODS)[number];
export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const;
export type BloomLevel = (typeof BLOOM_LEVELS)[number];

/** A module takes at most a working week of contact time (5 days x 8 hours). */
export const MAX_MODULE_HOURS = 40;

const shown = z.object({ en: z.string(), th: z.string() });
const expectedUpdatedAt = z.string().max(64).optional();

// ---------------------------------------------------------------- TWG membership

const twgMemberFields = {
  agencyCode: z.string().min(1).max(40),
  role: z.enum(TWG_ROLES),
  /** The post, never the person ("Deputy Commander, Investigation Division"). */
  positionTitle: localizedText(300),
  sex: z.enum(SEXES),
  /** End before start is refused by the service with DATE_ORDER. */
  fromDate: isoDate.nullable(),
  toDate: isoDate.nullable(),
  active: z.boolean(),
};
export const twgMemberCreateSchema = z.object(twgMemberFields).strict();
export const twgMemberUpdateSchema = twgMemberCreateSchema
  .partial()
  .extend({ id: uuid, expectedUpdatedAt })
  .strict();

export const twgMemberSchema = z.object({
  id: uuid,
  agencyCode: z.string(),
  /** The agency's name and abbreviation from the reference data, for lists and documents. */
  agencyName: shown,
  agencyAbbreviation: shown,
  role: z.enum(TWG_ROLES),
  positionTitle: shown,
  sex: z.enum(SEXES),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TwgMember = z.infer<typeof twgMemberSchema>;

// ---------------------------------------------------------------- curriculum and modules

/** The project's curriculum heading (one per project). */
export const curriculumSaveSchema = z
  .object({ title: localizedText(300), version: text(40), expectedUpdatedAt })
  .strict();
export const curriculumHeaderSchema = z.object({ title: shown, version: z.string(), updatedAt: z.string() });
export type CurriculumHeader = z.infer<typeof curriculumHeaderSchema>;

export const moduleCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, 'letters, digits, dot, dash or underscore (M01, CUR-M05)');

export const outcomeInput = z
  .object({ code: z.string().min(1).max(20), text: localizedText(1000), bloomLevel: z.enum(BLOOM_LEVELS) })
  .strict();
export type OutcomeInput = z.input<typeof outcomeInput>;

const moduleFields = {
  /** Unique among live modules: a second M01 is DUPLICATE. */
  code: moduleCode,
  title: localizedText(300),
  audience: localizedText(1000),
  hours: z.number().positive().max(MAX_MODULE_HOURS),
  methods: z.array(z.enum(TEACHING_METHODS)).max(TEACHING_METHODS.length),
  materials: localizedText(4000),
  assessment: localizedText(2000),
  trainerProfile: localizedText(2000),
  leadAgencyCode: z.string().max(40).nullable(),
  outline: localizedText(8000),
  /** Position in the curriculum; modules are listed by order, then code. */
  order: z.number().int().min(0).max(10_000),
  /** The whole list, in order: an update replaces it. */
  outcomes: z.array(outcomeInput).max(40),
  /** Findings the module answers: each live and flagged training-addressable when added. */
  findingIds: z.array(uuid).max(200),
};
export const moduleCreateSchema = z.object(moduleFields).strict();
export const moduleUpdateSchema = moduleCreateSchema.partial().extend({ id: uuid, expectedUpdatedAt }).strict();
export type ModuleCreateInput = z.input<typeof moduleCreateSchema>;

export const outcomeSchema = z.object({ code: z.string(), text: shown, bloomLevel: z.enum(BLOOM_LEVELS) });
export type LearningOutcome = z.infer<typeof outcomeSchema>;

/** A finding as the curriculum cites it; `deleted`/`trainingAddressable` show links gone stale since. */
export const citedFindingSchema = z.object({
  id: uuid,
  code: z.string(),
  areaCode: z.string(),
  subAreaCode: z.string(),
  statement: shown,
  trainingAddressable: z.boolean(),
  deleted: z.boolean(),
});
export type CitedFinding = z.infer<typeof citedFindingSchema>;

export const moduleSchema = z.object({
  id: uuid,
  code: z.string(),
  title: shown,
  audience: shown,
  hours: z.number(),
  methods: z.array(z.enum(TEACHING_METHODS)),
  materials: shown,
  assessment: shown,
  trainerProfile: shown,
  leadAgencyCode: z.string().nullable(),
  outline: shown,
  order: z.number().int(),
  outcomes: z.array(outcomeSchema),
  findings: z.array(citedFindingSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CurriculumModule = z.infer<typeof moduleSchema>;

export const curriculumSchema = z.object({
  /** Null until the heading is first saved; modules can exist before it. */
  header: curriculumHeaderSchema.nullable(),
  modules: z.array(moduleSchema),
  totalHours: z.number(),
});
export type Curriculum = z.infer<typeof curriculumSchema>;

// ---------------------------------------------------------------- coverage and traceability

const moduleRef = z.object({ id: uuid, code: z.string(), title: shown });

export const coverageRowSchema = z.object({
  finding: z.object({
    id: uuid,
    code: z.string(),
    areaCode: z.string(),
    subAreaCode: z.string(),
    severity: z.string(),
    statement: shown,
  }),
  /** The live modules citing it, in curriculum order; empty = a gap. */
  modules: z.array(moduleRef),
});
export const coverageSchema = z.object({
  /** Every live training-addressable finding, in code order. */
  rows: z.array(coverageRowSchema),
  /** The rows no module covers (the same objects, in the same order). */
  gaps: z.array(coverageRowSchema),
  total: z.number().int().nonnegative(),
  covered: z.number().int().nonnegative(),
});
export type Coverage = z.infer<typeof coverageSchema>;
export type CoverageRow = z.infer<typeof coverageRowSchema>;

const named = z.object({ code: z.string(), name: shown });

/** Module -> findings -> areas, one row per module in curriculum order (the Word table's rows). */
export const traceabilitySchema = z.object({
  header: curriculumHeaderSchema.nullable(),
  rows: z.array(
    z.object({
      module: z.object({ id: uuid, code: z.string(), title: shown, hours: z.number() }),
      /** Live findings cited, in code order, each with its framework area and sub-area. */
      findings: z.array(
        z.object({ id: uuid, code: z.string(), statement: shown, area: named, subArea: named }),
      ),
      /** The distinct areas those findings belong to, in area order. */
      areas: z.array(named),
    }),
  ),
});
export type Traceability = z.infer<typeof traceabilitySchema>;

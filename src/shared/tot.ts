import { z } from 'zod';
import { isoDate } from './evidence-items';
import { localizedText } from './framework';
import { text, uuid } from './schemas';
import { totResultsSchema } from './tot-stats';

/**
 * Component 4, the 5-day Training of Trainers (PRODUCT.md 9, DOMAIN.md 4.2–4.4): an event
 * with its day-by-session agenda, pseudonymous participants (never names), daily attendance,
 * pre/post tests, L1 reaction forms and L3 follow-ups. Sessions and attendance are kept by
 * event day number (1 = the start date), so moving the event's dates moves its agenda.
 */

/** Longest event the grid handles; a ToT is 5 days (DOMAIN.md 4.2). */
export const MAX_EVENT_DAYS = 10;
/** A day's sessions may cover at most this many minutes (the union of their times). */
export const MAX_DAY_MINUTES = 9 * 60;

export const TOT_SEXES = ['female', 'male', 'other'] as const;
export type TotSex = (typeof TOT_SEXES)[number];
export const TOT_ROLES = ['participant', 'trainer', 'observer'] as const;
export type TotRole = (typeof TOT_ROLES)[number];
export const TEST_KINDS = ['pre', 'post'] as const;
export type TestKind = (typeof TEST_KINDS)[number];
/** L1 reaction items (DOMAIN.md 4.4), each a Likert value 1–5. */
export const L1_ITEMS = ['relevance', 'trainer', 'methods', 'logistics'] as const;
export type L1Item = (typeof L1_ITEMS)[number];

const eventCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, 'letters, digits and hyphens, e.g. TOT-2565-01');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const updatedAt = z.string().max(64).optional();
const shown = z.object({ en: z.string(), th: z.string() });

// ---------------------------------------------------------------- event

const eventFields = {
  code: eventCode,
  title: localizedText(500),
  startDate: isoDate,
  endDate: isoDate,
  venue: text(500),
  /** Percent of the maximum score a post-test needs to pass. */
  passMark: z.number().min(0).max(100),
};
export const totEventCreateSchema = z.object(eventFields).strict();
export const totEventUpdateSchema = totEventCreateSchema
  .partial()
  .extend({ id: uuid, expectedUpdatedAt: updatedAt })
  .strict();
export type TotEventCreateInput = z.input<typeof totEventCreateSchema>;
export type TotEventUpdateInput = z.input<typeof totEventUpdateSchema>;

export const totTemplateSchema = z
  .object({
    eventId: uuid,
    /** Replace the sessions already in the grid (they become tombstones); otherwise refused when not empty. */
    replace: z.boolean().default(false),
  })
  .strict();

// ---------------------------------------------------------------- sessions

const sessionFields = {
  /** 1 = the event's start date. */
  day: z.number().int().min(1).max(MAX_EVENT_DAYS),
  startTime: time,
  endTime: time,
  title: localizedText(500),
  /** Free text ("TS" for training skills, or a module not in the curriculum). */
  module: text(200),
  /**
   * The curriculum module the session teaches; null or left out = none. A deleted or unknown
   * module is LINK_TARGET_MISSING. Left out on an edit also unlinks: a save sends the whole session.
   */
  moduleId: uuid.nullable().default(null),
  /** A position and agency ("IB trainer", "IOM specialist"), never a person's name. */
  facilitator: text(200),
  method: text(200),
};
export const totSessionSaveSchema = z
  .object({ eventId: uuid, id: uuid.optional(), expectedUpdatedAt: updatedAt, ...sessionFields })
  .strict();
export type TotSessionSaveInput = z.input<typeof totSessionSaveSchema>;

export const totSessionSchema = z.object({
  id: uuid,
  day: z.number().int(),
  /** The calendar date of that day (ISO). */
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  title: shown,
  module: z.string(),
  /** As saved; the module may have been deleted since (then moduleCode is null). */
  moduleId: uuid.nullable(),
  /** Code of the linked module while it is live ("M01"), else null. */
  moduleCode: z.string().nullable(),
  facilitator: z.string(),
  method: z.string(),
  updatedAt: z.string(),
});
export type TotSession = z.infer<typeof totSessionSchema>;

// ---------------------------------------------------------------- participants

const participantFields = {
  agencyCode: z.string().min(1).max(40),
  unit: text(200),
  sex: z.enum(TOT_SEXES),
  rankBand: text(100),
  provinceCode: z.string().max(40).nullable(),
  role: z.enum(TOT_ROLES),
  certificateIssued: z.boolean(),
};
export const totParticipantSaveSchema = z
  .object({ eventId: uuid, id: uuid.optional(), expectedUpdatedAt: updatedAt, ...participantFields })
  .strict();
export type TotParticipantSaveInput = z.input<typeof totParticipantSaveSchema>;

const testOut = z.object({ score: z.number(), maxScore: z.number() });
export const totParticipantSchema = z.object({
  id: uuid,
  /** Pseudonymous, per event: P-001, P-002… never reused. */
  code: z.string(),
  agencyCode: z.string(),
  unit: z.string(),
  sex: z.enum(TOT_SEXES),
  rankBand: z.string(),
  provinceCode: z.string().nullable(),
  role: z.enum(TOT_ROLES),
  certificateIssued: z.boolean(),
  /** Day numbers marked present, ascending. */
  daysPresent: z.array(z.number().int()),
  pre: testOut.nullable(),
  post: testOut.nullable(),
  updatedAt: z.string(),
});
export type TotParticipant = z.infer<typeof totParticipantSchema>;

export const totAttendanceSchema = z
  .object({ eventId: uuid, participantId: uuid, day: z.number().int().min(1).max(MAX_EVENT_DAYS), present: z.boolean() })
  .strict();
export type TotAttendanceInput = z.input<typeof totAttendanceSchema>;

/** One test of one participant; score null removes it. Score above maximum is SCORE_ABOVE_MAX. */
export const totTestSaveSchema = z
  .object({
    participantId: uuid,
    kind: z.enum(TEST_KINDS),
    score: z.number().min(0).max(10_000).nullable(),
    maxScore: z.number().positive().max(10_000),
  })
  .strict();
export type TotTestSaveInput = z.input<typeof totTestSaveSchema>;

// ---------------------------------------------------------------- L1 and L3

const likert = z.number().int().min(1).max(5).nullable();
export const totEvaluationSaveSchema = z
  .object({
    eventId: uuid,
    id: uuid.optional(),
    expectedUpdatedAt: updatedAt,
    /** Null for an anonymous form (the usual case). */
    participantId: uuid.nullable(),
    relevance: likert,
    trainer: likert,
    methods: likert,
    logistics: likert,
    comment: text(4000),
  })
  .strict();
export type TotEvaluationSaveInput = z.input<typeof totEvaluationSaveSchema>;
export const totEvaluationSchema = z.object({
  id: uuid,
  participantId: uuid.nullable(),
  relevance: z.number().int().nullable(),
  trainer: z.number().int().nullable(),
  methods: z.number().int().nullable(),
  logistics: z.number().int().nullable(),
  comment: z.string(),
  updatedAt: z.string(),
});
export type TotEvaluation = z.infer<typeof totEvaluationSchema>;

export const totFollowUpSaveSchema = z
  .object({
    eventId: uuid,
    id: uuid.optional(),
    expectedUpdatedAt: updatedAt,
    participantId: uuid.nullable(),
    date: isoDate,
    cascadeSessions: z.number().int().min(0).max(10_000),
    participantsReached: z.number().int().min(0).max(1_000_000),
    note: text(4000),
  })
  .strict();
export type TotFollowUpSaveInput = z.input<typeof totFollowUpSaveSchema>;
export const totFollowUpSchema = z.object({
  id: uuid,
  participantId: uuid.nullable(),
  date: z.string(),
  cascadeSessions: z.number().int(),
  participantsReached: z.number().int(),
  note: z.string(),
  updatedAt: z.string(),
});
export type TotFollowUp = z.infer<typeof totFollowUpSchema>;

// ---------------------------------------------------------------- outputs

export const totEventSummarySchema = z.object({
  id: uuid,
  code: z.string(),
  title: shown,
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string(),
  passMark: z.number(),
  /** Number of days, start and end included. */
  days: z.number().int(),
  sessionCount: z.number().int(),
  participantCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TotEventSummary = z.infer<typeof totEventSummarySchema>;

export const totEventSchema = totEventSummarySchema.extend({
  /** By day, then start time. */
  sessions: z.array(totSessionSchema),
  /** In code order. */
  participants: z.array(totParticipantSchema),
  evaluations: z.array(totEvaluationSchema),
  followUps: z.array(totFollowUpSchema),
});
export type TotEvent = z.infer<typeof totEventSchema>;

export const totIdInput = z.object({ id: uuid }).strict();
export const totEventIdInput = z.object({ eventId: uuid }).strict();
export { totResultsSchema };

import { z } from 'zod';
import { isoDate } from './evidence-items';
import { localizedText } from './framework';
import { text, uuid } from './schemas';

/**
 * Meetings of Component 2 (stakeholder consultations on the new Immigration Act), of the TWG
 * and validation workshops (PRODUCT.md 7, DOMAIN.md 5): details, attendance by agency, position
 * title and sex (never names), the Thai five-part agenda, provisions discussed with each
 * agency's position, resolutions and follow-up actions. The Meeting output is what the Word
 * minutes (Form 11) will be built from.
 */

export const MEETING_COMPONENTS = ['c2', 'twg', 'validation'] as const;
export type MeetingComponent = (typeof MEETING_COMPONENTS)[number];
/** The part of the meeting code per component: MTG-C2-3/2563. */
export const COMPONENT_CODE: Record<MeetingComponent, string> = { c2: 'C2', twg: 'TWG', validation: 'VAL' };

export const MINUTES_STATUSES = ['draft', 'circulated', 'adopted'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];
export const MEETING_LANGUAGES = ['th', 'en', 'th_en'] as const;
export const SEXES = ['female', 'male', 'other', 'not_recorded'] as const;
export type Sex = (typeof SEXES)[number];
export const ATTENDANCE_STATUSES = ['present', 'absent', 'substitute', 'observer'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
/** Statuses that put an agency at the table: only these may hold a position on a provision. */
export const SEATED_STATUSES: readonly AttendanceStatus[] = ['present', 'substitute'];
/** The Thai five-part order: announcements, previous minutes, matters arising, consideration, other. */
export const AGENDA_CATEGORIES = [1, 2, 3, 4, 5] as const;
export type AgendaCategory = (typeof AGENDA_CATEGORIES)[number];
export const AGENCY_POSITIONS = ['support', 'support_with_amendments', 'oppose', 'no_position'] as const;
export type AgencyPosition = (typeof AGENCY_POSITIONS)[number];
export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const agencyCode = z.string().min(1).max(40);
const title = localizedText(400).refine((t) => t.en.trim() !== '' || t.th.trim() !== '', {
  message: 'a title in at least one language',
});
const blank = { en: '', th: '' };

// ---------------------------------------------------------------- meeting details

const meetingFields = {
  component: z.enum(MEETING_COMPONENTS),
  /** ครั้งที่ 3/2563: unique per B.E. year and component (DUPLICATE otherwise). */
  number: z.number().int().min(1).max(999),
  yearBE: z.number().int().min(2500).max(2700),
  title,
  date: isoDate,
  startTime: timeOfDay.nullable(),
  endTime: timeOfDay.nullable(),
  venue: localizedText(400),
  /** The chair by position title and agency, never by name. */
  chairPosition: text(300),
  chairAgencyCode: agencyCode.nullable(),
  language: z.enum(MEETING_LANGUAGES),
  interpretation: z.boolean(),
  minuteTaker: text(300),
  checker: text(300),
};
export const meetingCreateSchema = z
  .object({
    ...meetingFields,
    startTime: meetingFields.startTime.default(null),
    endTime: meetingFields.endTime.default(null),
    venue: meetingFields.venue.default(blank),
    chairPosition: meetingFields.chairPosition.default(''),
    chairAgencyCode: meetingFields.chairAgencyCode.default(null),
    language: meetingFields.language.default('th'),
    interpretation: meetingFields.interpretation.default(false),
    minuteTaker: meetingFields.minuteTaker.default(''),
    checker: meetingFields.checker.default(''),
  })
  .strict();
export const meetingUpdateSchema = z
  .object(meetingFields)
  .partial()
  .extend({ id: uuid, expectedUpdatedAt: z.string().max(64).optional() })
  .strict();
export type MeetingCreateInput = z.input<typeof meetingCreateSchema>;
export type MeetingUpdateInput = z.input<typeof meetingUpdateSchema>;

export const meetingListSchema = z
  .object({ component: z.enum(MEETING_COMPONENTS).optional() })
  .strict()
  .optional();

/** Forward one step, or back to draft with a reason (kept on the meeting, never in the audit). */
export const meetingStatusSchema = z
  .object({ id: uuid, status: z.enum(MINUTES_STATUSES), reason: text(1000).default('') })
  .strict();

// ---------------------------------------------------------------- attendance, agenda, provisions

export const attendanceSaveSchema = z
  .object({
    meetingId: uuid,
    /** Absent: a new row. */
    id: uuid.optional(),
    agencyCode,
    position: text(300),
    sex: z.enum(SEXES),
    status: z.enum(ATTENDANCE_STATUSES),
    /** Required when absent. */
    absenceReason: text(500).default(''),
    /** The position of the member a substitute stands in for; required when substitute. */
    substituteFor: text(300).default(''),
  })
  .strict();

export const agendaItemSaveSchema = z
  .object({
    meetingId: uuid,
    id: uuid.optional(),
    category: z.number().int().min(1).max(AGENDA_CATEGORIES.length),
    title,
    discussion: localizedText(20000).default(blank),
    /** มติที่ประชุม */
    resolution: localizedText(10000).default(blank),
  })
  .strict();
export const agendaMoveSchema = z.object({ id: uuid, direction: z.enum(['up', 'down']) }).strict();

/** A provision the user adds, typically a draft section of the new Immigration Act. */
export const provisionAddSchema = z
  .object({
    instrumentCode: z.string().min(1).max(60),
    section: z.string().trim().min(1).max(20),
    title: localizedText(400),
    draft: z.boolean(),
  })
  .strict();
export const provisionLinkSchema = z
  .object({ agendaItemId: uuid, instrumentCode: z.string().min(1).max(60), section: z.string().min(1).max(20) })
  .strict();
/** Whether consensus was reached on this provision in this item; null = not recorded. */
export const consensusSchema = z.object({ id: uuid, consensus: z.boolean().nullable() }).strict();
export const positionSetSchema = z
  .object({
    itemProvisionId: uuid,
    agencyCode,
    position: z.enum(AGENCY_POSITIONS),
    note: text(2000).default(''),
  })
  .strict();

export const followUpSaveSchema = z
  .object({
    meetingId: uuid,
    id: uuid.optional(),
    agendaItemId: uuid.nullable().default(null),
    text: localizedText(4000).refine((t) => t.en.trim() !== '' || t.th.trim() !== '', {
      message: 'the action in at least one language',
    }),
    ownerAgencyCode: agencyCode.nullable().default(null),
    dueDate: isoDate.nullable().default(null),
    status: z.enum(FOLLOW_UP_STATUSES).default('open'),
    /** A Joint Action Plan item; a deleted one is LINK_TARGET_MISSING. */
    actionId: uuid.nullable().default(null),
  })
  .strict();

// ---------------------------------------------------------------- outputs

const shown = z.object({ en: z.string(), th: z.string() });
const sexCounts = z.object({
  female: z.number().int(),
  male: z.number().int(),
  other: z.number().int(),
  not_recorded: z.number().int(),
  total: z.number().int(),
});

export const provisionOut = z.object({
  instrumentCode: z.string(),
  instrumentTitle: shown,
  section: z.string(),
  title: shown,
  /** A provision of a draft law (the new Immigration Act). */
  draft: z.boolean(),
  /** 'reference': shipped legal reference data; 'project': added by the user. */
  source: z.enum(['reference', 'project']),
});
export type ProvisionOption = z.infer<typeof provisionOut>;

export const attendanceOut = z.object({
  id: uuid,
  agencyCode: z.string(),
  position: z.string(),
  sex: z.enum(SEXES),
  status: z.enum(ATTENDANCE_STATUSES),
  absenceReason: z.string(),
  substituteFor: z.string(),
});
export type AttendanceRow = z.infer<typeof attendanceOut>;

export const attendanceCountsOut = z.object({
  byStatus: z.object({ present: z.number(), absent: z.number(), substitute: z.number(), observer: z.number() }),
  /** Present + substitute + observer: the people in the room. */
  attending: z.number().int(),
  /** Of those attending. */
  bySex: sexCounts,
  /** Of those attending, one row per agency in code order. */
  byAgency: z.array(sexCounts.extend({ agencyCode: z.string() })),
});
export type AttendanceCounts = z.infer<typeof attendanceCountsOut>;

export const positionOut = z.object({
  id: uuid,
  agencyCode: z.string(),
  position: z.enum(AGENCY_POSITIONS),
  note: z.string(),
});

export const itemProvisionOut = provisionOut.extend({
  id: uuid,
  consensus: z.boolean().nullable(),
  positions: z.array(positionOut),
});
export type ItemProvision = z.infer<typeof itemProvisionOut>;

export const agendaItemOut = z.object({
  id: uuid,
  category: z.number().int(),
  /** 1-based place within its category; the minutes number it "4.1", "4.2"... */
  order: z.number().int(),
  number: z.string(),
  title: shown,
  discussion: shown,
  resolution: shown,
  provisions: z.array(itemProvisionOut),
});
export type AgendaItem = z.infer<typeof agendaItemOut>;

export const followUpOut = z.object({
  id: uuid,
  agendaItemId: uuid.nullable(),
  text: shown,
  ownerAgencyCode: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  actionId: uuid.nullable(),
  /** The JAP item's code (JAP-B3-01), null when unlinked. */
  actionCode: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpOut>;

const detailsOut = {
  id: uuid,
  code: z.string(),
  component: z.enum(MEETING_COMPONENTS),
  number: z.number().int(),
  yearBE: z.number().int(),
  title: shown,
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  venue: shown,
  chairPosition: z.string(),
  chairAgencyCode: z.string().nullable(),
  language: z.enum(MEETING_LANGUAGES),
  interpretation: z.boolean(),
  minuteTaker: z.string(),
  checker: z.string(),
  minutesStatus: z.enum(MINUTES_STATUSES),
  /** Why the minutes went back to draft (last time), '' otherwise. */
  statusReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const meetingSummaryOut = z.object({ ...detailsOut, attendanceCount: z.number().int() });
export type MeetingSummary = z.infer<typeof meetingSummaryOut>;

export const meetingOut = z.object({
  ...detailsOut,
  attendance: z.array(attendanceOut),
  counts: attendanceCountsOut,
  /** In the five-part order, then by order within the category. */
  agenda: z.array(agendaItemOut),
  followUps: z.array(followUpOut),
});
export type Meeting = z.infer<typeof meetingOut>;

import { z } from 'zod';

/**
 * Results of a Training of Trainers (DOMAIN.md 4.4, L1–L3), as pure functions so they are
 * checked against hand-computed values and shared by the app, the CLI and the Word report.
 *
 * Rules (documented once, here):
 * - Only people with the role "participant" count; trainers and observers are not scored.
 * - A score is used as a percent of its own maximum (tests may differ in maximum).
 * - Mean pre / mean post use everyone with that test. The paired gain (post % minus pre %,
 *   in percentage points), the share improving (post % > pre %) use only participants with
 *   both tests; those with a pre-test and no post-test are counted in `missingPost`.
 * - Pass rate: post % ≥ the event's pass mark, over those with a post-test.
 * - Attendance rate: days marked present over participants × event days.
 * - Shares and rates are fractions 0–1; null when there is nothing to divide by.
 */

export interface StatsTest {
  score: number;
  maxScore: number;
}

export interface StatsParticipant {
  sex: string;
  certificateIssued?: boolean;
  agencyCode: string;
  role: string;
  daysPresent: readonly number[];
  pre: StatsTest | null;
  post: StatsTest | null;
}

export interface StatsEvaluation {
  relevance: number | null;
  trainer: number | null;
  methods: number | null;
  logistics: number | null;
}

export interface StatsFollowUp {
  cascadeSessions: number;
  participantsReached: number;
}

export const groupStatsSchema = z.object({
  /** Participants in the group. */
  n: z.number().int(),
  preN: z.number().int(),
  postN: z.number().int(),
  /** Participants with both tests (the paired gain's base). */
  pairedN: z.number().int(),
  /** Participants with a pre-test but no post-test: excluded from the paired gain. */
  missingPost: z.number().int(),
  meanPre: z.number().nullable(),
  meanPost: z.number().nullable(),
  meanGain: z.number().nullable(),
  improvedShare: z.number().nullable(),
  passRate: z.number().nullable(),
  attendanceRate: z.number().nullable(),
});
export type GroupStats = z.infer<typeof groupStatsSchema>;

export const keyedStatsSchema = groupStatsSchema.extend({ key: z.string() });
export type KeyedStats = z.infer<typeof keyedStatsSchema>;

export const l1StatsSchema = z.object({
  responses: z.number().int(),
  /** Mean of the answered values per item (1–5), null when nobody answered it. */
  relevance: z.number().nullable(),
  trainer: z.number().nullable(),
  methods: z.number().nullable(),
  logistics: z.number().nullable(),
});
export type L1Stats = z.infer<typeof l1StatsSchema>;

export const l3StatsSchema = z.object({
  followUps: z.number().int(),
  cascadeSessions: z.number().int(),
  participantsReached: z.number().int(),
});

/** Everyone registered (trainers and observers too), by role and sex: the donor's head count. */
export const rosterRowSchema = z.object({
  role: z.string(),
  sex: z.string(),
  count: z.number().int(),
  certificates: z.number().int(),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

export const totResultsSchema = z.object({
  passMark: z.number(),
  days: z.number().int(),
  /** Sorted by role, then sex; only combinations that occur. */
  roster: z.array(rosterRowSchema),
  overall: groupStatsSchema,
  /** Sorted by key. */
  bySex: z.array(keyedStatsSchema),
  byAgency: z.array(keyedStatsSchema),
  l1: l1StatsSchema,
  l3: l3StatsSchema,
});
export type TotResults = z.infer<typeof totResultsSchema>;

// score × 100 / max (not score / max × 100): 12 of 20 is exactly 60, not 60.000000000000007.
const percent = (test: StatsTest): number => (test.score * 100) / test.maxScore;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function share(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

/** The figures of one group of participants (already filtered to the role "participant"). */
export function groupStats(people: readonly StatsParticipant[], passMark: number, days: number): GroupStats {
  const pres = people.flatMap((p) => (p.pre ? [percent(p.pre)] : []));
  const posts = people.flatMap((p) => (p.post ? [percent(p.post)] : []));
  const gains = people.flatMap((p) => (p.pre && p.post ? [percent(p.post) - percent(p.pre)] : []));
  const attended = people.reduce((sum, p) => sum + p.daysPresent.filter((day) => day >= 1 && day <= days).length, 0);
  return {
    n: people.length,
    preN: pres.length,
    postN: posts.length,
    pairedN: gains.length,
    missingPost: people.filter((p) => p.pre !== null && p.post === null).length,
    meanPre: mean(pres),
    meanPost: mean(posts),
    meanGain: mean(gains),
    improvedShare: share(gains.filter((gain) => gain > 0).length, gains.length),
    passRate: share(posts.filter((value) => value >= passMark).length, posts.length),
    attendanceRate: share(attended, people.length * days),
  };
}

function byKey(
  people: readonly StatsParticipant[],
  key: (p: StatsParticipant) => string,
  passMark: number,
  days: number,
): KeyedStats[] {
  const groups = new Map<string, StatsParticipant[]>();
  for (const person of people) groups.set(key(person), [...(groups.get(key(person)) ?? []), person]);
  return [...groups.keys()].sort().map((k) => ({ key: k, ...groupStats(groups.get(k) ?? [], passMark, days) }));
}

export function roster(people: readonly StatsParticipant[]): RosterRow[] {
  const rows = new Map<string, RosterRow>();
  for (const p of people) {
    const key = `${p.role}\u0000${p.sex}`;
    const row = rows.get(key) ?? { role: p.role, sex: p.sex, count: 0, certificates: 0 };
    row.count += 1;
    if (p.certificateIssued === true) row.certificates += 1;
    rows.set(key, row);
  }
  return [...rows.keys()].sort().map((key) => rows.get(key) as RosterRow);
}

export function l1Stats(responses: readonly StatsEvaluation[]): L1Stats {
  const item = (name: keyof StatsEvaluation): number | null =>
    mean(responses.flatMap((r) => (r[name] === null ? [] : [r[name]])));
  return {
    responses: responses.length,
    relevance: item('relevance'),
    trainer: item('trainer'),
    methods: item('methods'),
    logistics: item('logistics'),
  };
}

export function totResults(input: {
  passMark: number;
  days: number;
  participants: readonly StatsParticipant[];
  evaluations: readonly StatsEvaluation[];
  followUps: readonly StatsFollowUp[];
}): TotResults {
  const { passMark, days } = input;
  const scored = input.participants.filter((p) => p.role === 'participant');
  return {
    passMark,
    days,
    roster: roster(input.participants),
    overall: groupStats(scored, passMark, days),
    bySex: byKey(scored, (p) => p.sex, passMark, days),
    byAgency: byKey(scored, (p) => p.agencyCode, passMark, days),
    l1: l1Stats(input.evaluations),
    l3: {
      followUps: input.followUps.length,
      cascadeSessions: input.followUps.reduce((sum, f) => sum + f.cascadeSessions, 0),
      participantsReached: input.followUps.reduce((sum, f) => sum + f.participantsReached, 0),
    },
  };
}

/** Default minimum cell size of an export (export profile's "minimum cell size"). */
export const MIN_CELL = 5;

/**
 * A count as an export shows it: a count from 1 to min − 1 becomes "<min" so a small group
 * cannot be recognised; 0 and counts of min or more are shown as they are.
 */
export function suppressCount(count: number, min: number = MIN_CELL): string | number {
  return count > 0 && count < min ? `<${min}` : count;
}

/**
 * A group's row as an export shows it: when the group has fewer than `min` people, its
 * count is "<min" and every figure computed from it is withheld (null), since a mean of
 * three scores tells a lot about each of the three.
 */
export function suppressGroup<T extends GroupStats>(
  group: T,
  min: number = MIN_CELL,
): Omit<T, 'n'> & { n: string | number; suppressed: boolean } {
  if (group.n === 0 || group.n >= min) return { ...group, suppressed: false };
  const withheld = Object.fromEntries(
    Object.entries(group).map(([name, value]) => [name, typeof value === 'number' ? null : value]),
  ) as Omit<T, 'n'>;
  return { ...withheld, n: `<${min}`, suppressed: true };
}

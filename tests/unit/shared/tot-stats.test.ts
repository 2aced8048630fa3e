/**
 * Training of Trainers results against figures worked out by hand (DOMAIN.md 4.4): four
 * participants with tests of different maxima, one of them without a post-test (excluded
 * from the paired gain and counted as missing), a trainer who is not scored, by sex and by
 * agency, L1 means, and the small-cell suppression used by exports.
 */
import { describe, expect, it } from 'vitest';
import {
  groupStats,
  l1Stats,
  suppressCount,
  suppressGroup,
  totResults,
  type StatsParticipant,
} from '../../../src/shared/tot-stats';

const person = (
  sex: string,
  agencyCode: string,
  pre: [number, number] | null,
  post: [number, number] | null,
  daysPresent: number[],
  role = 'participant',
): StatsParticipant => ({
  sex,
  agencyCode,
  role,
  daysPresent,
  pre: pre && { score: pre[0], maxScore: pre[1] },
  post: post && { score: post[0], maxScore: post[1] },
});

// Percent of maximum: A 50 → 80, B 60 → 55, C 40 → (no post-test), D 75 → 90 (out of 40).
const A = person('female', 'RTP-IB', [10, 20], [16, 20], [1, 2, 3, 4, 5]);
const B = person('male', 'RTP-IB', [12, 20], [11, 20], [1, 2, 3, 4]);
const C = person('female', 'MSDHS', [8, 20], null, [1, 2]);
const D = person('male', 'OAG', [30, 40], [36, 40], [1, 2, 3, 4, 5]);
const trainer = person('male', 'RTP-IB', [0, 20], [20, 20], [1, 2, 3, 4, 5], 'trainer');

const results = totResults({
  passMark: 60,
  days: 5,
  participants: [A, B, C, D, trainer],
  evaluations: [
    { relevance: 4, trainer: 5, methods: 3, logistics: null },
    { relevance: 5, trainer: 4, methods: null, logistics: 2 },
  ],
  followUps: [
    { cascadeSessions: 2, participantsReached: 40 },
    { cascadeSessions: 1, participantsReached: 15 },
  ],
});

describe('overall results', () => {
  it('uses each test as a percent of its own maximum and leaves the trainer out', () => {
    const o = results.overall;
    expect([o.n, o.preN, o.postN, o.pairedN, o.missingPost]).toEqual([4, 4, 3, 3, 1]);
    expect(o.meanPre).toBeCloseTo((50 + 60 + 40 + 75) / 4, 10); // 56.25
    expect(o.meanPost).toBeCloseTo((80 + 55 + 90) / 3, 10); // 75
  });

  it('pairs only participants with both tests: the one missing a post-test is reported, not counted', () => {
    const o = results.overall;
    expect(o.meanGain).toBeCloseTo((30 - 5 + 15) / 3, 10); // 13.33 percentage points
    expect(o.improvedShare).toBeCloseTo(2 / 3, 10);
    expect(o.missingPost).toBe(1);
  });

  it('passes a post-test at or above the pass mark and rates attendance over participants × days', () => {
    expect(results.overall.passRate).toBeCloseTo(2 / 3, 10); // 80 and 90 pass, 55 fails
    expect(results.overall.attendanceRate).toBeCloseTo(16 / 20, 10);
    const atMark = groupStats([B], 55, 5); // 55 % with a pass mark of 55 passes
    expect(atMark.passRate).toBe(1);
  });
});

describe('disaggregation', () => {
  it('by sex', () => {
    const [female, male] = results.bySex;
    expect(female).toMatchObject({ key: 'female', n: 2, pairedN: 1, missingPost: 1, meanPre: 45, meanPost: 80, meanGain: 30 });
    expect(female?.attendanceRate).toBeCloseTo(0.7, 10);
    expect(male).toMatchObject({ key: 'male', n: 2, pairedN: 2, meanPre: 67.5, meanPost: 72.5, meanGain: 5 });
    expect([male?.improvedShare, male?.passRate, male?.attendanceRate]).toEqual([0.5, 0.5, 0.9]);
  });

  it('by agency, with no figures where nobody took the test', () => {
    expect(results.byAgency.map((row) => row.key)).toEqual(['MSDHS', 'OAG', 'RTP-IB']);
    const [msdhs, oag, ib] = results.byAgency;
    expect(msdhs).toMatchObject({ n: 1, meanPre: 40, meanPost: null, meanGain: null, passRate: null });
    expect(msdhs?.attendanceRate).toBeCloseTo(0.4, 10);
    expect(oag).toMatchObject({ n: 1, meanPre: 75, meanPost: 90, meanGain: 15, improvedShare: 1, passRate: 1 });
    expect(ib).toMatchObject({ n: 2, meanPre: 55, meanPost: 67.5, meanGain: 12.5, passRate: 0.5 });
  });

  it('gives null rates, not NaN, for an event with nobody registered', () => {
    const empty = groupStats([], 60, 5);
    expect([empty.meanPre, empty.meanGain, empty.passRate, empty.attendanceRate]).toEqual([null, null, null, null]);
  });
});

describe('roster', () => {
  it('counts everyone registered by role and sex, with certificates', () => {
    const withCertificate = { ...A, certificateIssued: true };
    const rows = totResults({ passMark: 60, days: 5, participants: [withCertificate, B, C, D, trainer], evaluations: [], followUps: [] }).roster;
    expect(rows).toEqual([
      { role: 'participant', sex: 'female', count: 2, certificates: 1 },
      { role: 'participant', sex: 'male', count: 2, certificates: 0 },
      { role: 'trainer', sex: 'male', count: 1, certificates: 0 },
    ]);
  });
});

describe('L1 and L3', () => {
  it('averages each Likert item over those who answered it', () => {
    expect(results.l1).toEqual({ responses: 2, relevance: 4.5, trainer: 4.5, methods: 3, logistics: 2 });
    expect(l1Stats([]).relevance).toBeNull();
  });

  it('adds up cascade sessions and people reached', () => {
    expect(results.l3).toEqual({ followUps: 2, cascadeSessions: 3, participantsReached: 55 });
  });
});

describe('small-cell suppression for exports', () => {
  it('shows counts from 1 to 4 as "<5", and 0 and 5 as they are', () => {
    expect([0, 1, 4, 5, 31].map((n) => suppressCount(n))).toEqual([0, '<5', '<5', 5, 31]);
    expect(suppressCount(2, 3)).toBe('<3');
  });

  it('withholds every figure of a group under the minimum and keeps the others', () => {
    const female = results.bySex[0];
    if (!female) throw new Error('a female row');
    const shown = suppressGroup(female);
    expect(shown).toMatchObject({ key: 'female', n: '<5', suppressed: true, meanPre: null, passRate: null });
    const big = groupStats([A, B, C, D, A], 60, 5);
    expect(suppressGroup(big)).toMatchObject({ n: 5, suppressed: false, meanPre: big.meanPre });
  });
});

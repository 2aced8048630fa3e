/**
 * The Training of Trainers through the real handler table on a real encrypted project: the
 * default agenda, the agenda checks (outside the event's days, end before start, one
 * facilitator in two sessions, a day over 9 hours), participants by code, attendance of an
 * unregistered participant, a score above its maximum, CONFLICT on a stale edit, results,
 * and an audit trail that carries field names but never the comment or note text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TotEvent } from '../../../src/shared/tot';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { contentHash, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let api: TestApi;
let event: TotEvent;

const hash = (): string => api.session.require().read((db) => contentHash(db));
const eventInput = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  title: { en: 'Training of Trainers on countering migrant smuggling', th: 'การฝึกอบรมวิทยากรด้านการต่อต้านการลักลอบขนคน' },
  startDate: '2022-05-16',
  endDate: '2022-05-20',
  venue: 'Bangkok',
  passMark: 60,
  ...overrides,
});
const session = (overrides: Record<string, unknown> = {}) => ({
  eventId: event.id,
  day: 1,
  startTime: '17:00',
  endTime: '17:30',
  title: { en: 'Evening review', th: 'ทบทวนช่วงเย็น' },
  module: '',
  facilitator: 'RTP trainer',
  method: 'Discussion',
  ...overrides,
});
const participant = (overrides: Record<string, unknown> = {}) => ({
  eventId: event.id,
  agencyCode: 'RTP-IB',
  unit: 'IB Division 2',
  sex: 'female',
  rankBand: 'Police Captain – Major',
  provinceCode: null,
  role: 'participant',
  certificateIssued: false,
  ...overrides,
});

beforeAll(async () => {
  root = makeTempDir('tot');
  api = makeApi(root);
  expectValue(
    await api.call('project.create', { path: `${root}/tot.bmma`, title: 'ToT', language: 'en', passphrase: PASSPHRASE }),
  );
  event = expectValue(await api.call('tot.create', eventInput('TOT-2565-01')));
  event = expectValue(await api.call('tot.applyTemplate', { eventId: event.id }));
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('event and agenda', () => {
  it('fills five days from the template, each day in time order', () => {
    expect(event.days).toBe(5);
    expect(new Set(event.sessions.map((s) => s.day))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(event.sessions[0]).toMatchObject({ day: 1, date: '2022-05-16', startTime: '08:30' });
    expect(event.sessions.at(-1)).toMatchObject({ day: 5, date: '2022-05-20', endTime: '16:30' });
    expect(event.sessionCount).toBe(event.sessions.length);
  });

  it('refuses the template over a filled grid unless asked to replace it', async () => {
    const before = hash();
    const error = expectError(await api.call('tot.applyTemplate', { eventId: event.id }));
    expect([error.code, error.details?.['reason']]).toEqual(['VALIDATION', 'agenda_not_empty']);
    expect(hash()).toBe(before);
    const replaced = expectValue(await api.call('tot.applyTemplate', { eventId: event.id, replace: true }));
    expect(replaced.sessions).toHaveLength(event.sessions.length);
    event = replaced;
  });

  it.each([
    ['a day outside the event', { day: 6 }, 'SESSION_OUTSIDE_EVENT'],
    ['an end before the start', { startTime: '17:30', endTime: '17:00' }, 'DATE_ORDER'],
    ['the facilitator already teaching then', { startTime: '09:00', endTime: '09:45', facilitator: 'ioM training officer ' }, 'SESSION_OVERLAP'],
    ['a day over 9 hours (6½ h + 3 h)', { startTime: '16:30', endTime: '19:30' }, 'DAY_TOO_LONG'],
  ])('refuses %s, writing nothing', async (_name, overrides, code) => {
    const before = hash();
    const error = expectError(await api.call('tot.saveSession', session(overrides)));
    expect(error.code).toBe(code);
    expect(hash()).toBe(before);
  });

  it('accepts a session that fits, and a parallel one for another facilitator', async () => {
    const next = expectValue(await api.call('tot.saveSession', session()));
    expect(next.sessions.filter((s) => s.day === 1).at(-1)).toMatchObject({ startTime: '17:00', facilitator: 'RTP trainer' });
    const parallel = expectValue(
      await api.call('tot.saveSession', session({ startTime: '17:00', endTime: '17:30', facilitator: 'OAG prosecutor' })),
    );
    expect(parallel.sessions.filter((s) => s.startTime === '17:00')).toHaveLength(2);
    event = parallel;
  });

  it('accepts a day of exactly 9 hours (6½ h of template + 2½ h)', async () => {
    const nine = expectValue(await api.call('tot.saveSession', session({ day: 2, startTime: '16:30', endTime: '19:00' })));
    const added = nine.sessions.find((s) => s.day === 2 && s.endTime === '19:00');
    if (!added) throw new Error('the 9-hour day was saved');
    event = expectValue(await api.call('tot.deleteSession', { id: added.id }));
    expect(event.sessions.some((s) => s.endTime === '19:00')).toBe(false);
  });

  it('refuses to shorten the event past its sessions and a duplicate code', async () => {
    const before = hash();
    const shorter = expectError(await api.call('tot.update', { id: event.id, endDate: '2022-05-18' }));
    expect([shorter.code, shorter.details?.['day']]).toEqual(['SESSION_OUTSIDE_EVENT', 5]);
    expectValue(await api.call('tot.create', eventInput('TOT-2565-02')));
    const duplicate = expectError(await api.call('tot.update', { id: event.id, code: 'TOT-2565-02' }));
    expect(duplicate.code).toBe('DUPLICATE');
    const order = expectError(await api.call('tot.update', { id: event.id, endDate: '2022-05-10' }));
    expect(order.code).toBe('DATE_ORDER');
    expect(expectValue(await api.call('tot.get', { id: event.id })).code).toBe('TOT-2565-01');
    expect(before).not.toBe(hash()); // only the second event was written
  });

  it('moves the agenda with the dates and answers CONFLICT to a stale edit', async () => {
    const moved = expectValue(
      await api.call('tot.update', { id: event.id, startDate: '2022-05-23', endDate: '2022-05-27', expectedUpdatedAt: event.updatedAt }),
    );
    expect(moved.sessions[0]?.date).toBe('2022-05-23');
    const stale = expectError(await api.call('tot.update', { id: event.id, venue: 'Chiang Mai', expectedUpdatedAt: event.updatedAt }));
    expect(stale.code).toBe('CONFLICT');
    event = moved;
  });
});

describe('participants, attendance and tests', () => {
  it('gives pseudonymous codes in order', async () => {
    expectValue(await api.call('tot.saveParticipant', participant()));
    expectValue(await api.call('tot.saveParticipant', participant({ sex: 'male', agencyCode: 'OAG' })));
    event = expectValue(await api.call('tot.saveParticipant', participant({ agencyCode: 'MSDHS' })));
    expect(event.participants.map((p) => p.code)).toEqual(['P-001', 'P-002', 'P-003']);
  });

  it('refuses attendance for a participant registered in another event', async () => {
    const other = expectValue(await api.call('tot.list', {})).find((e) => e.code === 'TOT-2565-02');
    if (!other) throw new Error('the second event');
    const stranger = expectValue(await api.call('tot.saveParticipant', participant({ eventId: other.id })));
    const before = hash();
    const error = expectError(
      await api.call('tot.setAttendance', { eventId: event.id, participantId: stranger.participants[0]?.id, day: 1, present: true }),
    );
    expect(error.code).toBe('NOT_REGISTERED');
    expect(hash()).toBe(before);
  });

  it('refuses a score above its maximum, keeping the stored score', async () => {
    const [first] = event.participants;
    if (!first) throw new Error('a participant');
    expectValue(await api.call('tot.saveTest', { participantId: first.id, kind: 'post', score: 16, maxScore: 20 }));
    const before = hash();
    const error = expectError(await api.call('tot.saveTest', { participantId: first.id, kind: 'post', score: 21, maxScore: 20 }));
    expect([error.code, error.details?.['field']]).toEqual(['SCORE_ABOVE_MAX', 'score']);
    expect(hash()).toBe(before);
    const stored = expectValue(await api.call('tot.get', { id: event.id })).participants[0];
    expect(stored?.post).toEqual({ score: 16, maxScore: 20 });
  });

  it('computes the results from attendance and tests, reporting a missing post-test', async () => {
    const [p1, p2, p3] = event.participants;
    if (!p1 || !p2 || !p3) throw new Error('three participants');
    for (const day of [1, 2, 3, 4, 5]) {
      await api.call('tot.setAttendance', { eventId: event.id, participantId: p1.id, day, present: true });
      await api.call('tot.setAttendance', { eventId: event.id, participantId: p2.id, day, present: day <= 3 });
    }
    await api.call('tot.saveTest', { participantId: p1.id, kind: 'pre', score: 10, maxScore: 20 });
    await api.call('tot.saveTest', { participantId: p2.id, kind: 'pre', score: 12, maxScore: 20 });
    await api.call('tot.saveTest', { participantId: p2.id, kind: 'post', score: 11, maxScore: 20 });
    await api.call('tot.saveTest', { participantId: p3.id, kind: 'pre', score: 8, maxScore: 20 });
    const results = expectValue(await api.call('tot.results', { eventId: event.id }));
    expect(results.overall).toMatchObject({ n: 3, pairedN: 2, missingPost: 1, meanPre: 50, meanPost: 67.5, meanGain: 12.5 });
    expect(results.overall.attendanceRate).toBeCloseTo(8 / 15, 10);
    expect(results.bySex.map((row) => [row.key, row.n])).toEqual([['female', 2], ['male', 1]]);
  });
});

describe('evaluation and audit', () => {
  it('keeps L1 and L3 text out of the audit trail', async () => {
    const secret = 'The canteen served cold rice on day three';
    expectValue(
      await api.call('tot.saveEvaluation', {
        eventId: event.id, participantId: null, relevance: 5, trainer: 4, methods: 4, logistics: 2, comment: secret,
      }),
    );
    const done = expectValue(
      await api.call('tot.saveFollowUp', {
        eventId: event.id, participantId: null, date: '2022-11-01', cascadeSessions: 2, participantsReached: 45, note: secret,
      }),
    );
    expect(done.evaluations[0]?.comment).toBe(secret);
    const results = expectValue(await api.call('tot.results', { eventId: event.id }));
    expect(results.l1).toMatchObject({ responses: 1, relevance: 5, logistics: 2 });
    expect(results.l3).toEqual({ followUps: 1, cascadeSessions: 2, participantsReached: 45 });
    const audit = api.session
      .require()
      .read((db) => db.prepare("SELECT action, details FROM audit_events WHERE action LIKE 'tot.%'").all() as { action: string; details: string }[]);
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['tot.evaluation.created', 'tot.followUp.created', 'tot.test.saved']));
    expect(JSON.stringify(audit)).not.toContain('cold rice');
    expect(audit.find((row) => row.action === 'tot.evaluation.created')?.details).toContain('comment');
  });
});

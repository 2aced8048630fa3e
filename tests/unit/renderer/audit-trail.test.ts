/**
 * Issue 6, the Audit trail tab's helpers: the user's local days turned into an inclusive date
 * range for audit.list, and the facts the Verify message names.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_FORM, toAuditFilter, verificationFacts } from '../../../src/renderer/src/features/activity/audit-queries';

const fmt = (n: number) => n.toLocaleString('en-US');

describe('the filter form', () => {
  it('sends nothing for an empty form', () => {
    expect(toAuditFilter(EMPTY_FILTER_FORM)).toEqual({});
  });

  it('turns local days into a range from the first day’s midnight to the midnight after the last day', () => {
    const filter = toAuditFilter({ ...EMPTY_FILTER_FORM, from: '2026-11-01', to: '2026-11-29', entityId: '  abc  ' });
    expect(filter.since).toBe(new Date(2026, 10, 1).toISOString());
    expect(filter.until).toBe(new Date(2026, 10, 30).toISOString());
    expect(filter.entityId).toBe('abc');
  });
});

describe('the Verify message', () => {
  it('says where the chain breaks, in the terms the message uses', () => {
    const base = { ok: false, events: 1234, brokenAtSeq: 1234, total: 5000, expected: 5000, missing: 0 };
    expect(verificationFacts({ ...base, reason: 'edited', position: 1234 }, fmt)).toMatchObject({
      kind: 'edited',
      position: '1,234',
      total: '5,000',
      seq: '1,234',
    });
    expect(
      verificationFacts({ ...base, reason: 'truncated', position: null, events: 4997, total: 4997, missing: 3 }, fmt),
    ).toMatchObject({ kind: 'truncated', missing: '3', total: '4,997', expected: '5,000' });
    expect(verificationFacts({ ok: true, events: 5000, brokenAtSeq: null, reason: null }, fmt)).toMatchObject({
      kind: 'ok',
      count: '5,000',
    });
  });
});

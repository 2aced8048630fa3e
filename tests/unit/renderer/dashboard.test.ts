import { describe, expect, it } from 'vitest';
import { GAP_KINDS, type Gap } from '../../../src/shared/dashboard';
import {
  groupGaps,
  roundScore,
  statusSegments,
  totalGaps,
  totalOf,
  withGapsFirst,
} from '../../../src/renderer/src/features/dashboard/dashboard-view';

/** How the dashboard lays out the gaps, the status bars and the area scores. */

function gap(kind: Gap['kind'], code: string): Gap {
  return {
    kind,
    target: kind.startsWith('action') ? 'action' : 'finding',
    id: '33333333-3333-4333-8333-333333333333',
    code,
    label: { en: code, th: code },
  };
}

/** The main process counts every kind; the ones not named here have no gaps. */
function counts(some: Partial<Record<Gap['kind'], number>>): Record<Gap['kind'], number> {
  return Object.fromEntries(GAP_KINDS.map((kind) => [kind, some[kind] ?? 0])) as Record<Gap['kind'], number>;
}

const none = { not_started: 0, in_progress: 0, completed: 0, delayed: 0, cancelled: 0 };

describe('gaps grouped by kind', () => {
  it('keeps every kind in a fixed order, with its count and how many are not listed', () => {
    const groups = groupGaps({
      gaps: [
        gap('action_without_lead', 'JAP-B3-01'),
        gap('finding_without_evidence', 'F-C4-02'),
        gap('action_without_lead', 'JAP-C1-02'),
      ],
      gapCounts: counts({ action_without_lead: 12, finding_without_evidence: 1 }),
    });
    expect(groups.map((group) => group.kind)).toEqual([...GAP_KINDS]);
    const lead = groups.find((group) => group.kind === 'action_without_lead');
    expect(lead?.gaps.map((listed) => listed.code)).toEqual(['JAP-B3-01', 'JAP-C1-02']);
    expect(lead?.more).toBe(10);
    expect(groups.find((group) => group.kind === 'finding_without_evidence')?.more).toBe(0);
    expect(groups.find((group) => group.kind === 'passage_changed')).toMatchObject({ count: 0, gaps: [], more: 0 });
    expect(totalGaps(groups)).toBe(13);
    // On screen the kinds with work to do come first, still in their fixed order.
    expect(
      withGapsFirst(groups)
        .slice(0, 3)
        .map((group) => group.kind),
    ).toEqual(['finding_without_evidence', 'action_without_lead', 'indicator_unrated']);
  });

  it('never announces a negative "and N more" when a count lags behind the list', () => {
    const [first] = groupGaps({
      gaps: [gap('indicator_unrated', 'A1.1'), gap('indicator_unrated', 'A1.2')],
      gapCounts: counts({}),
    });
    expect(first).toMatchObject({ kind: 'indicator_unrated', count: 2, more: 0 });
  });
});

describe('action-plan status bars', () => {
  it('shows only the statuses present, as shares that fill the bar', () => {
    const counts = { ...none, not_started: 1, in_progress: 2, delayed: 1 };
    const segments = statusSegments(counts);
    expect(segments.map((segment) => segment.status)).toEqual(['not_started', 'in_progress', 'delayed']);
    expect(segments.reduce((sum, segment) => sum + segment.percent, 0)).toBeCloseTo(100);
    expect(segments[1]?.percent).toBe(50);
    expect(totalOf(counts)).toBe(4);
  });

  it('draws an empty bar for a row without items', () => {
    expect(statusSegments(none)).toEqual([]);
  });
});

describe('area scores', () => {
  it('rounds to whole points within 0–100 and keeps "not rated" apart from zero', () => {
    expect(roundScore(62.5)).toBe(63);
    expect(roundScore(0)).toBe(0);
    expect(roundScore(null)).toBeNull();
    expect(roundScore(100.4)).toBe(100);
  });
});

import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/action-plan';
import { GAP_KINDS, type Dashboard, type Gap, type GapKind } from '../../../../shared/dashboard';

/**
 * How the dashboard's answer is laid out on screen: gaps grouped by kind (in the fixed order of
 * GAP_KINDS, so the sections do not jump when counts change), with how many are not listed,
 * and the status counts as bar segments.
 */

export interface GapGroup {
  kind: GapKind;
  /** How many records have this gap (all of them, not only the listed ones). */
  count: number;
  /** The listed ones, in the order the main process gave (by code). */
  gaps: Gap[];
  /** Counted but not listed: "and N more". */
  more: number;
}

export function groupGaps(dashboard: Pick<Dashboard, 'gaps' | 'gapCounts'>): GapGroup[] {
  return GAP_KINDS.map((kind) => {
    const gaps = dashboard.gaps.filter((gap) => gap.kind === kind);
    // A count below the listed gaps would be an inconsistent answer: never show "and -2 more".
    const count = Math.max(dashboard.gapCounts[kind] ?? 0, gaps.length);
    return { kind, count, gaps, more: count - gaps.length };
  });
}

/** Kinds with gaps first, then the ones without; each part in the fixed order of the kinds. */
export function withGapsFirst(groups: readonly GapGroup[]): GapGroup[] {
  return [...groups.filter((group) => group.count > 0), ...groups.filter((group) => group.count === 0)];
}

export function totalGaps(groups: readonly GapGroup[]): number {
  return groups.reduce((sum, group) => sum + group.count, 0);
}

export type StatusCounts = Record<ActionStatus, number>;

export interface StatusSegment {
  status: ActionStatus;
  count: number;
  /** Share of the row's total, 0–100; segments of a row with items add up to 100. */
  percent: number;
}

export function totalOf(counts: StatusCounts): number {
  return ACTION_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

/** The non-empty statuses of one row, in the statuses' fixed order, as shares of the row. */
export function statusSegments(counts: StatusCounts): StatusSegment[] {
  const total = totalOf(counts);
  if (total === 0) return [];
  return ACTION_STATUSES.filter((status) => counts[status] > 0).map((status) => ({
    status,
    count: counts[status],
    percent: (counts[status] / total) * 100,
  }));
}

/** A score as shown: whole numbers (62.5 -> "63"), null as no score. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(Math.min(100, Math.max(0, score)));
}

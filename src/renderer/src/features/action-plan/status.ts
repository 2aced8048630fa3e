import type { ActionStatus } from '../../../../shared/action-plan';

/**
 * Mantine colour names per status, shared by the badges, the timeline and the dashboard's
 * bars: grey not yet begun, blue under way, teal done, orange late, dark grey dropped.
 */
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  delayed: 'orange',
  cancelled: 'dark',
};

/**
 * A badge as a plain span with Mantine's colour variables: a table row is rendered for every
 * few pixels of scrolling, and the Badge component costs several times more than a span.
 */
export function statusBadgeStyle(status: ActionStatus): { background: string; color: string } {
  const colour = STATUS_COLOURS[status];
  return status === 'not_started'
    ? { background: `var(--mantine-color-${colour}-light)`, color: `var(--mantine-color-${colour}-light-color)` }
    : { background: `var(--mantine-color-${colour}-filled)`, color: 'var(--mantine-color-white)' };
}

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditFilter, AuditVerification } from '../../../../shared/audit';
import { bmma, unwrap } from '../../lib/bmma';

/** Events per page of the timeline ("Load more" asks for the next). */
export const AUDIT_PAGE_SIZE = 50;

/** What the filter form holds: dates as the date inputs give them (YYYY-MM-DD, local days). */
export interface AuditFilterForm {
  actor: string | null;
  entity: string | null;
  entityId: string;
  action: string | null;
  from: string;
  to: string;
}

export const EMPTY_FILTER_FORM: AuditFilterForm = { actor: null, entity: null, entityId: '', action: null, from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a YYYY-MM-DD day, as the instant the events are compared with. */
function localMidnight(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays).toISOString();
}

/** True when both dates are given and the start is after the end. */
export function badRange(form: AuditFilterForm): boolean {
  return DAY.test(form.from) && DAY.test(form.to) && form.from > form.to;
}

/**
 * The api filter: the user's local days become instants, "to" inclusive (before the next day's
 * midnight), so that an event at 23:59 on the last day is in and one at 00:00 the next day is not.
 */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const entityId = form.entityId.trim();
  return {
    ...(form.actor ? { actor: form.actor } : {}),
    ...(form.entity ? { entity: form.entity } : {}),
    ...(entityId ? { entityId } : {}),
    ...(form.action ? { action: form.action } : {}),
    ...(DAY.test(form.from) ? { since: localMidnight(form.from) } : {}),
    ...(DAY.test(form.to) ? { until: localMidnight(form.to, 1) } : {}),
  };
}

export function useAuditTrail(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', 'trail', filter],
    queryFn: ({ pageParam }) =>
      unwrap(
        bmma().audit.list({
          limit: AUDIT_PAGE_SIZE,
          filter,
          ...(pageParam === undefined ? {} : { beforeSeq: pageParam }),
        }),
      ),
    initialPageParam: undefined as number | undefined,
    // A short page is the last one; otherwise the next page starts below the last seq shown.
    getNextPageParam: (page) => (page.length < AUDIT_PAGE_SIZE ? undefined : page.at(-1)?.seq),
    placeholderData: keepPreviousData,
  });
}

export function useAuditFacets(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', 'facets', filter],
    queryFn: () => unwrap(bmma().audit.facets({ filter })),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => unwrap(bmma().audit.verify({})) });
}

/** The facts a verification message names, with numbers already formatted for the UI language. */
export interface VerificationFacts {
  kind: 'ok' | 'edited' | 'deleted' | 'reordered' | 'truncated' | 'headMismatch';
  count: string;
  position: string;
  total: string;
  expected: string;
  seq: string;
  missing: string;
}

/** Whether the chain verifies, or where and why it breaks, in the terms the message uses. */
export function verificationFacts(result: AuditVerification, formatNumber: (n: number) => string): VerificationFacts {
  const kind: VerificationFacts['kind'] = result.ok
    ? 'ok'
    : result.reason === 'edited' || result.reason === 'deleted'
      ? result.reason
      : result.reason === 'truncated'
        ? (result.missing ?? 0) > 0
          ? 'truncated'
          : 'headMismatch'
        : 'reordered';
  return {
    kind,
    count: formatNumber(result.events),
    position: formatNumber(result.position ?? result.events),
    total: formatNumber(result.total ?? result.events),
    expected: formatNumber(result.expected ?? result.events),
    seq: formatNumber(result.brokenAtSeq ?? 0),
    missing: formatNumber(result.missing ?? 0),
  };
}

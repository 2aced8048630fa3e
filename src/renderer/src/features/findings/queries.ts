import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { Finding } from '../../../../shared/analysis';
import { bmma, unwrap } from '../../lib/bmma';
import type { FindingType } from './finding-form';

export interface FindingFilter {
  areaCode?: string;
  type?: FindingType;
}

export const findingKeys = {
  all: ['findings'] as const,
  list: (filter: FindingFilter) => ['findings', 'list', filter] as const,
  detail: (id: string) => ['findings', 'detail', id] as const,
};

/** The findings, filtered in the main process by area and type; a few hundred at most in an assessment. */
export function useFindings(filter: FindingFilter) {
  return useQuery({
    queryKey: findingKeys.list(filter),
    queryFn: () => unwrap(bmma().findings.list(filter)),
  });
}

/**
 * One finding for the editor. Not refetched on focus: the editor keeps its own copy from the
 * moment it opens and detects changes made elsewhere with expectedUpdatedAt (CONFLICT).
 */
export function useFinding(id: string) {
  return useQuery({
    queryKey: findingKeys.detail(id),
    queryFn: () => unwrap(bmma().findings.get({ id })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}

export function fetchFinding(id: string): Promise<Finding> {
  return unwrap(bmma().findings.get({ id }));
}

export function createFinding(input: ChannelInput<'findings.create'>): Promise<Finding> {
  return unwrap(bmma().findings.create(input));
}

export function updateFinding(input: ChannelInput<'findings.update'>): Promise<Finding> {
  return unwrap(bmma().findings.update(input));
}

export function deleteFinding(id: string): Promise<{ id: string }> {
  return unwrap(bmma().findings.delete({ id }));
}

/**
 * After any finding write: the findings lists, what cites or counts them (recommendations,
 * coded passages, the dashboard, search, evidence "used by" lists, the overview's counts)
 * and the audit trail. The open finding's own query is not refetched: the editor holds the answer.
 */
export function invalidateAfterFindingWrite(queryClient: QueryClient): void {
  for (const queryKey of [
    ['findings', 'list'],
    ['recommendations'],
    ['passages'],
    ['dashboard'],
    // The curriculum's coverage lists the training-addressable findings.
    ['curriculum'],
    ['search'],
    ['evidence'],
    ['project', 'info'],
    ['audit'],
  ])
    void queryClient.invalidateQueries({ queryKey });
}

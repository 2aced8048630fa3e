import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ActionStatus, ActionItem } from '../../../../shared/action-plan';
import type { ChannelInput } from '../../../../shared/contract';
import { bmma, unwrap } from '../../lib/bmma';

/**
 * The plan is read in pages of PAGE_SIZE summaries and only the pages the virtualised table
 * shows are asked for: at demo scale (7,500 items) the whole list is several MB of JSON,
 * validated in main and again by the contract, on every refetch after a save.
 */
export const PAGE_SIZE = 200;

export interface ActionFilter {
  areaCode?: string;
  leadAgencyCode?: string;
  status?: ActionStatus;
}

export const actionKeys = {
  all: ['actions'] as const,
  lists: ['actions', 'list'] as const,
  page: (filter: ActionFilter, page: number) => ['actions', 'list', filter, page] as const,
  detail: (id: string) => ['actions', 'detail', id] as const,
};

function pageQuery(filter: ActionFilter, page: number) {
  return {
    queryKey: actionKeys.page(filter, page),
    queryFn: () => unwrap(bmma().actions.list({ ...filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE })),
  };
}

/** The first page: its answer carries the total, which sizes the table. */
export function useFirstActionPage(filter: ActionFilter) {
  return useQuery(pageQuery(filter, 0));
}

/** The pages holding the given rows, each fetched once and cached like any query. */
export function useActionPages(filter: ActionFilter, pages: readonly number[]) {
  return useQueries({ queries: pages.map((page) => pageQuery(filter, page)) });
}

/**
 * One item for the editor. Not refetched on focus: the editor keeps its own copy from the
 * moment it opens and detects changes made elsewhere with expectedUpdatedAt (CONFLICT).
 */
export function useActionItem(id: string) {
  return useQuery({
    queryKey: actionKeys.detail(id),
    queryFn: () => unwrap(bmma().actions.get({ id })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}

export function fetchActionItem(id: string): Promise<ActionItem> {
  return unwrap(bmma().actions.get({ id }));
}

export function createActionItem(input: ChannelInput<'actions.create'>): Promise<ActionItem> {
  return unwrap(bmma().actions.create(input));
}

export function updateActionItem(input: ChannelInput<'actions.update'>): Promise<ActionItem> {
  return unwrap(bmma().actions.update(input));
}

export function deleteActionItem(id: string): Promise<{ id: string }> {
  return unwrap(bmma().actions.delete({ id }));
}

export function addStatusUpdate(input: ChannelInput<'actions.addStatusUpdate'>): Promise<ActionItem> {
  return unwrap(bmma().actions.addStatusUpdate(input));
}

/**
 * After any write to the plan: its pages, the recommendations (they list their actions), the
 * dashboard (gaps, status by area and agency), search, the overview counts and the audit trail.
 */
export function invalidateAfterActionWrite(queryClient: QueryClient): void {
  for (const queryKey of [
    actionKeys.lists,
    ['recommendations'],
    ['dashboard'],
    ['search'],
    ['project', 'info'],
    ['audit'],
  ])
    void queryClient.invalidateQueries({ queryKey });
}

import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import type { SiteVisit } from '../../../../shared/evidence-items';
import { bmma, unwrap } from '../../lib/bmma';
import { invalidateEvidenceViews } from '../evidence/queries';

/** Pages of summaries, as the interview list reads them (see interviews/queries.ts for why). */
export const PAGE_SIZE = 200;

export type SiteVisitSummary = ChannelOutput<'siteVisits.list'>['items'][number];

export const siteVisitKeys = {
  all: ['siteVisits'] as const,
  lists: ['siteVisits', 'list'] as const,
  page: (page: number) => ['siteVisits', 'list', page] as const,
  detail: (id: string) => ['siteVisits', 'detail', id] as const,
};

export function siteVisitPageQuery(page: number) {
  return {
    queryKey: siteVisitKeys.page(page),
    queryFn: () => unwrap(bmma().siteVisits.list({ limit: PAGE_SIZE, offset: page * PAGE_SIZE })),
  };
}

export function useFirstSiteVisitPage() {
  return useQuery(siteVisitPageQuery(0));
}

/** One visit for the editor, read once: the editor keeps its own copy and detects changes made elsewhere (CONFLICT). */
export function useSiteVisit(id: string) {
  return useQuery({
    queryKey: siteVisitKeys.detail(id),
    queryFn: () => fetchSiteVisit(id),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}

export function fetchSiteVisit(id: string): Promise<SiteVisit> {
  return unwrap(bmma().siteVisits.get({ id }));
}

export function createSiteVisit(input: ChannelInput<'siteVisits.create'>): Promise<SiteVisit> {
  return unwrap(bmma().siteVisits.create(input));
}

export function updateSiteVisit(input: ChannelInput<'siteVisits.update'>): Promise<SiteVisit> {
  return unwrap(bmma().siteVisits.update(input));
}

export function deleteSiteVisit(id: string): Promise<{ id: string }> {
  return unwrap(bmma().siteVisits.delete({ id }));
}

/** After any write to a visit or its photos: its list pages and everything that shows evidence. */
export function invalidateAfterSiteVisitWrite(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: siteVisitKeys.lists });
  invalidateEvidenceViews(queryClient);
}

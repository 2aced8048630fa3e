import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { Interview, InterviewCategory } from '../../../../shared/evidence';
import { bmma, unwrap } from '../../lib/bmma';

/**
 * The list is read in pages of PAGE_SIZE summaries, and only the pages the virtualised list
 * shows are asked for. Why not all summaries at once: at 10,000 interviews that is several MB
 * of JSON validated twice (main and contract) on every refetch, and every autosave refetches
 * the list; a page costs the same at 40 interviews or at 10,000, so the first screen and each
 * save stay fast, and memory holds only the pages seen. Filters run in the main process, on
 * its category and agency indexes.
 */
export const PAGE_SIZE = 200;

export interface InterviewFilter {
  category?: InterviewCategory;
  agencyCode?: string;
}

export const interviewKeys = {
  all: ['interviews'] as const,
  lists: ['interviews', 'list'] as const,
  page: (filter: InterviewFilter, page: number) => ['interviews', 'list', filter, page] as const,
  detail: (id: string) => ['interviews', 'detail', id] as const,
};

function pageQuery(filter: InterviewFilter, page: number) {
  return {
    queryKey: interviewKeys.page(filter, page),
    queryFn: () => unwrap(bmma().interviews.list({ ...filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE })),
  };
}

/** The first page: its answer carries the total, which sizes the list. */
export function useFirstInterviewPage(filter: InterviewFilter) {
  return useQuery(pageQuery(filter, 0));
}

/** The pages holding the given rows, each fetched once and cached like any query. */
export function useInterviewPages(filter: InterviewFilter, pages: readonly number[]) {
  return useQueries({ queries: pages.map((page) => pageQuery(filter, page)) });
}

/**
 * One interview for the editor. Not refetched on focus: the editor keeps its own copy from
 * the moment it opens and detects changes made elsewhere with expectedUpdatedAt (CONFLICT).
 */
export function useInterview(id: string) {
  return useQuery({
    queryKey: interviewKeys.detail(id),
    queryFn: () => unwrap(bmma().interviews.get({ id })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}

export function fetchInterview(id: string): Promise<Interview> {
  return unwrap(bmma().interviews.get({ id }));
}

export function createInterview(input: ChannelInput<'interviews.create'>): Promise<Interview> {
  return unwrap(bmma().interviews.create(input));
}

export function updateInterview(input: ChannelInput<'interviews.update'>): Promise<Interview> {
  return unwrap(bmma().interviews.update(input));
}

export function deleteInterview(id: string): Promise<{ id: string }> {
  return unwrap(bmma().interviews.delete({ id }));
}

/** After any write: the list pages, the counts on the overview and the audit trail all moved. */
export function invalidateAfterWrite(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: interviewKeys.lists });
  void queryClient.invalidateQueries({ queryKey: ['project', 'info'] });
  void queryClient.invalidateQueries({ queryKey: ['audit'] });
}

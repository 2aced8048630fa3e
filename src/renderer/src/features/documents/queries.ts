import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import type { DocumentRecord } from '../../../../shared/evidence-items';
import { bmma, unwrap } from '../../lib/bmma';
import { invalidateEvidenceViews } from '../evidence/queries';

/** Pages of summaries, as the interview list reads them (see interviews/queries.ts for why). */
export const PAGE_SIZE = 200;

export type DocumentSummary = ChannelOutput<'documents.list'>['items'][number];

export const documentKeys = {
  all: ['documents'] as const,
  lists: ['documents', 'list'] as const,
  page: (page: number) => ['documents', 'list', page] as const,
  detail: (id: string) => ['documents', 'detail', id] as const,
};

export function documentPageQuery(page: number) {
  return {
    queryKey: documentKeys.page(page),
    queryFn: () => unwrap(bmma().documents.list({ limit: PAGE_SIZE, offset: page * PAGE_SIZE })),
  };
}

export function useFirstDocumentPage() {
  return useQuery(documentPageQuery(0));
}

/** One document for the editor, read once: the editor keeps its own copy (CONFLICT detects changes elsewhere). */
export function useDocument(id: string) {
  return useQuery({
    queryKey: documentKeys.detail(id),
    queryFn: () => fetchDocument(id),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}

export function fetchDocument(id: string): Promise<DocumentRecord> {
  return unwrap(bmma().documents.get({ id }));
}

export function createDocument(input: ChannelInput<'documents.create'>): Promise<DocumentRecord> {
  return unwrap(bmma().documents.create(input));
}

export function updateDocument(input: ChannelInput<'documents.update'>): Promise<DocumentRecord> {
  return unwrap(bmma().documents.update(input));
}

export function deleteDocument(id: string): Promise<{ id: string }> {
  return unwrap(bmma().documents.delete({ id }));
}

/** After any write to a document or its files: its list pages and everything that shows evidence. */
export function invalidateAfterDocumentWrite(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: documentKeys.lists });
  invalidateEvidenceViews(queryClient);
}

import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { Passage } from '../../../../shared/evidence-items';
import { bmma, unwrap } from '../../lib/bmma';
import { invalidateEvidenceViews } from '../evidence/queries';

export const passageKeys = {
  all: ['passages'] as const,
  ofInterview: (interviewId: string) => ['passages', 'list', { interviewId }] as const,
};

/** The coded passages of one interview, in the order of the notes; their state is worked out by the main process. */
export function useInterviewPassages(interviewId: string | null) {
  return useQuery({
    queryKey: passageKeys.ofInterview(interviewId ?? 'none'),
    queryFn: () => unwrap(bmma().passages.list({ interviewId: interviewId ?? undefined })),
    enabled: interviewId !== null,
  });
}

/** The findings the coding dialog offers; under ['findings'] so the findings tab's changes refresh it. */
export function useFindingChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['findings', 'codingChoices'] as const,
    queryFn: () => unwrap(bmma().findings.list()),
    enabled,
  });
}

export function createPassage(input: ChannelInput<'passages.create'>): Promise<Passage> {
  return unwrap(bmma().passages.create(input));
}

export function deletePassage(id: string): Promise<{ id: string }> {
  return unwrap(bmma().passages.delete({ id }));
}

/** A passage is evidence: its interview's list, and everything that counts or cites evidence, moved. */
export function invalidateAfterPassageWrite(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: passageKeys.all });
  invalidateEvidenceViews(queryClient);
}

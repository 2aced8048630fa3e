import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { ReviewStatus, ReviewTargetType } from '../../../../shared/review';
import { bmma, unwrap } from '../../lib/bmma';

export interface ReviewQueueFilter {
  status?: ReviewStatus;
  targetType?: ReviewTargetType;
}

export const reviewKeys = {
  all: ['review'] as const,
  target: (targetType: ReviewTargetType, targetId: string, version: string | null) =>
    ['review', 'target', targetType, targetId, version] as const,
  queue: (filter: ReviewQueueFilter) => ['review', 'queue', filter] as const,
};

/** Status, allowed moves and the comment thread of one record or report section. */
export function useReviewState(targetType: ReviewTargetType, targetId: string, version: string | null) {
  return useQuery({
    queryKey: reviewKeys.target(targetType, targetId, version),
    queryFn: () => unwrap(bmma().review.get({ targetType, targetId })),
  });
}

export function useReviewQueue(filter: ReviewQueueFilter) {
  return useQuery({
    queryKey: reviewKeys.queue(filter),
    queryFn: () => unwrap(bmma().review.queue(filter)),
  });
}

export function setReviewStatus(input: ChannelInput<'review.setStatus'>) {
  return unwrap(bmma().review.setStatus(input));
}

export function addReviewComment(input: ChannelInput<'review.comment'>) {
  return unwrap(bmma().review.comment(input));
}

export function exportReviewPacket(passphrase: string) {
  return unwrap(bmma().review.exportPacket({ passphrase }));
}

export function importReviewPacket(passphrase: string) {
  return unwrap(bmma().review.importPacket({ passphrase }));
}

export function resolveReviewConflict(input: ChannelInput<'review.resolveConflict'>) {
  return unwrap(bmma().review.resolveConflict(input));
}

/**
 * After any review write: every review query (states, queue), the export preview's warning and
 * the audit trail. Records themselves are unchanged by review, so their queries stay.
 */
export function invalidateReview(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['export'] }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]).then(() => undefined);
}

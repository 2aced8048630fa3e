import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { bmma, unwrap } from '../../lib/bmma';

export const ratingKeys = {
  all: ['ratings'] as const,
  forIndicator: (indicatorId: string) => ['ratings', 'list', { indicatorId }] as const,
};

/** The ratings of one indicator, at every scope. */
export function useIndicatorRatings(indicatorId: string) {
  return useQuery({
    queryKey: ratingKeys.forIndicator(indicatorId),
    queryFn: () => unwrap(bmma().ratings.list({ indicatorId })),
  });
}

/**
 * After any rating write: the ratings, what shows them (dashboard gaps and area scores, search,
 * the overview's counts, the audit trail) and the "used by" lists of the cited evidence.
 */
export function invalidateAfterRatingWrite(queryClient: QueryClient): void {
  for (const queryKey of [['ratings'], ['dashboard'], ['search'], ['evidence'], ['project', 'info'], ['audit']])
    void queryClient.invalidateQueries({ queryKey });
}

export function useCreateRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ratings.create'>) => unwrap(bmma().ratings.create(input)),
    onSuccess: () => invalidateAfterRatingWrite(queryClient),
  });
}

export function useUpdateRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ratings.update'>) => unwrap(bmma().ratings.update(input)),
    onSuccess: () => invalidateAfterRatingWrite(queryClient),
  });
}

export function useDeleteRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(bmma().ratings.delete({ id })),
    onSuccess: () => invalidateAfterRatingWrite(queryClient),
  });
}

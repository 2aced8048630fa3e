import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Recommendation } from '../../../../shared/analysis';
import type { ChannelInput } from '../../../../shared/contract';
import { bmma, unwrap } from '../../lib/bmma';

/**
 * Recommendations are few (tens, not thousands: the demo has 20) and read whole, per area.
 * The findings are read here too, for the linked-findings picker; their key sits under
 * ['findings'], so a change made in the Findings tab refreshes the picker as well.
 */
export const recommendationKeys = {
  all: ['recommendations'] as const,
  list: (areaCode: string | null) => ['recommendations', 'list', areaCode] as const,
  detail: (id: string) => ['recommendations', 'detail', id] as const,
};

export const findingPickerKey = ['findings', 'list', 'picker'] as const;

export function useRecommendations(areaCode: string | null = null) {
  return useQuery({
    queryKey: recommendationKeys.list(areaCode),
    queryFn: () => unwrap(bmma().recommendations.list(areaCode ? { areaCode } : {})),
  });
}

/** One recommendation for the editor; kept as opened (changes elsewhere surface as CONFLICT). */
export function useRecommendation(id: string) {
  return useQuery({
    queryKey: recommendationKeys.detail(id),
    queryFn: () => unwrap(bmma().recommendations.get({ id })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
}

export function useFindingsForPicker() {
  return useQuery({ queryKey: findingPickerKey, queryFn: () => unwrap(bmma().findings.list({})) });
}

export function fetchRecommendation(id: string): Promise<Recommendation> {
  return unwrap(bmma().recommendations.get({ id }));
}

export function createRecommendation(input: ChannelInput<'recommendations.create'>): Promise<Recommendation> {
  return unwrap(bmma().recommendations.create(input));
}

export function updateRecommendation(input: ChannelInput<'recommendations.update'>): Promise<Recommendation> {
  return unwrap(bmma().recommendations.update(input));
}

export function deleteRecommendation(id: string): Promise<{ id: string }> {
  return unwrap(bmma().recommendations.delete({ id }));
}

/**
 * After any write: the recommendations, the findings (each lists its recommendations), the
 * action plan (items show their recommendation's code), the dashboard, search, the overview
 * counts and the audit trail.
 */
export function invalidateAfterRecommendationWrite(queryClient: QueryClient): void {
  for (const queryKey of [
    recommendationKeys.all,
    ['findings'],
    ['actions'],
    ['dashboard'],
    ['search'],
    ['project', 'info'],
    ['audit'],
  ])
    void queryClient.invalidateQueries({ queryKey });
}

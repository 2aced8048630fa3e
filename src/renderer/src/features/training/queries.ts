import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TotEvent } from '../../../../shared/tot';
import { bmma, unwrap } from '../../lib/bmma';

/** Training events: a handful per project, each read whole (agenda, participants, forms). */
export const totKeys = {
  all: ['tot'] as const,
  list: ['tot', 'list'] as const,
  event: (id: string) => ['tot', 'event', id] as const,
  results: (id: string) => ['tot', 'results', id] as const,
};

export function useTotEvents() {
  return useQuery({ queryKey: totKeys.list, queryFn: () => unwrap(bmma().tot.list()) });
}

export function useTotEvent(id: string) {
  return useQuery({ queryKey: totKeys.event(id), queryFn: () => unwrap(bmma().tot.get({ id })) });
}

export function useTotResults(eventId: string) {
  return useQuery({ queryKey: totKeys.results(eventId), queryFn: () => unwrap(bmma().tot.results({ eventId })) });
}

/**
 * A write that answers with the whole event: the editor shows the answer at once, and the
 * list and results are refetched (counts and figures follow every change).
 */
export function useTotWrite<I>(call: (input: I) => Promise<TotEvent>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (event) => {
      queryClient.setQueryData(totKeys.event(event.id), event);
      void queryClient.invalidateQueries({ queryKey: totKeys.list });
      void queryClient.invalidateQueries({ queryKey: totKeys.results(event.id) });
    },
  });
}

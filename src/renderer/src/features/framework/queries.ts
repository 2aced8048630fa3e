import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { bmma, unwrap } from '../../lib/bmma';

export const frameworkKeys = {
  all: ['framework'] as const,
  tree: ['framework', 'tree'] as const,
};

export type IndicatorCreateInput = ChannelInput<'framework.createIndicator'>;
export type IndicatorUpdateInput = ChannelInput<'framework.updateIndicator'>;
export type IndicatorRetireInput = ChannelInput<'framework.retireIndicator'>;

/** The whole tree, retired indicators included: the "show retired" toggle filters on screen, not in the file. */
export function useFrameworkTree() {
  return useQuery({
    queryKey: frameworkKeys.tree,
    queryFn: () => unwrap(bmma().framework.tree({ includeRetired: true })),
  });
}

/** After any change: the tree and the audit trail (activity tab) both moved. */
function useInvalidateFramework() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: frameworkKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function useCreateIndicator() {
  const invalidate = useInvalidateFramework();
  return useMutation({
    mutationFn: (input: IndicatorCreateInput) => unwrap(bmma().framework.createIndicator(input)),
    onSuccess: invalidate,
  });
}

export function useUpdateIndicator() {
  const invalidate = useInvalidateFramework();
  return useMutation({
    mutationFn: (input: IndicatorUpdateInput) => unwrap(bmma().framework.updateIndicator(input)),
    onSuccess: invalidate,
  });
}

export function useRetireIndicator() {
  const invalidate = useInvalidateFramework();
  return useMutation({
    mutationFn: (input: IndicatorRetireInput) => unwrap(bmma().framework.retireIndicator(input)),
    onSuccess: invalidate,
  });
}

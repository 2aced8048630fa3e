import { useQuery } from '@tanstack/react-query';
import { bmma, unwrap } from '../../lib/bmma';

/** How many gaps of each kind are listed by name; the rest are counted ("and N more"). */
export const GAPS_LISTED = 8;

export const dashboardKeys = { all: ['dashboard'] as const };

/**
 * The dashboard, asked again each time the tab opens and after any change (every mutation
 * invalidates ['dashboard']): it must show the gap just closed, not the one cached a minute ago.
 */
export function useDashboard() {
  return useQuery({
    queryKey: [...dashboardKeys.all, GAPS_LISTED],
    queryFn: () => unwrap(bmma().dashboard.get({ gapLimit: GAPS_LISTED })),
    refetchOnMount: 'always',
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { bmma, unwrap } from '../../lib/bmma';

/** Long enough not to ask on every keystroke, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Hits shown in the dropdown; the total still counts all of them. */
export const SEARCH_LIMIT = 20;

/** The search answer for what the user typed, asked once typing pauses. */
export function useSearch(query: string) {
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const result = useQuery({
    queryKey: ['search', debounced],
    queryFn: () => unwrap(bmma().search.query({ query: debounced, limit: SEARCH_LIMIT })),
    enabled: debounced !== '',
    // Keeps the previous hits on screen while the next answer is on its way, so the list does not flicker.
    placeholderData: keepPreviousData,
    // Results must reflect edits made a moment ago in another tab.
    staleTime: 0,
  });
  return { ...result, settledQuery: debounced, typing: debounced !== query.trim() };
}

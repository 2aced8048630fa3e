import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { bmma, unwrap } from '../../lib/bmma';

/**
 * The picker reads the first PICKER_LIMIT items of each kind when it is first used, and finds
 * the rest with the project's full-text search as the user types. Why not the whole lists: at
 * 10,000 interviews that is megabytes of JSON for a dropdown; a code or a word finds the rest.
 * The keys sit under each kind's own prefix, so a write that refreshes a list refreshes these.
 */
export const PICKER_LIMIT = 1000;
export const PICKER_SEARCH_LIMIT = 50;
const SEARCH_DEBOUNCE_MS = 250;

export const pickerKeys = {
  interviews: ['interviews', 'list', 'picker'] as const,
  passages: ['passages', 'list', 'picker'] as const,
  siteVisits: ['siteVisits', 'list', 'picker'] as const,
  documents: ['documents', 'list', 'picker'] as const,
  search: (query: string) => ['search', 'evidencePicker', query] as const,
};

/** The four lists, fetched only once the picker is used (`enabled`). */
export function useEvidenceLists(enabled: boolean) {
  const [interviews, passages, siteVisits, documents] = useQueries({
    queries: [
      {
        queryKey: pickerKeys.interviews,
        queryFn: () => unwrap(bmma().interviews.list({ limit: PICKER_LIMIT, offset: 0 })),
        enabled,
      },
      { queryKey: pickerKeys.passages, queryFn: () => unwrap(bmma().passages.list({})), enabled },
      {
        queryKey: pickerKeys.siteVisits,
        queryFn: () => unwrap(bmma().siteVisits.list({ limit: PICKER_LIMIT, offset: 0 })),
        enabled,
      },
      {
        queryKey: pickerKeys.documents,
        queryFn: () => unwrap(bmma().documents.list({ limit: PICKER_LIMIT, offset: 0 })),
        enabled,
      },
    ],
  });
  return { interviews, passages, siteVisits, documents };
}

/** Full-text hits among citable kinds, asked once typing pauses. */
export function useEvidenceSearch(query: string, enabled: boolean) {
  const [debounced] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  return useQuery({
    queryKey: pickerKeys.search(debounced),
    queryFn: () =>
      unwrap(
        bmma().search.query({
          query: debounced,
          kinds: ['interview', 'site_visit', 'document'],
          limit: PICKER_SEARCH_LIMIT,
        }),
      ),
    enabled: enabled && debounced !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

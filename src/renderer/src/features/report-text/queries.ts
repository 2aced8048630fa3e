import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { Narrative } from '../../../../shared/narrative';
import { bmma, unwrap } from '../../lib/bmma';

export const narrativeKeys = { all: ['narrative'] as const, list: ['narrative', 'list'] as const };

/** Every section in both languages (never-saved ones empty, updatedAt null). */
export function useNarratives() {
  return useQuery({ queryKey: narrativeKeys.list, queryFn: () => unwrap(bmma().narrative.list({})) });
}

/**
 * Saves one section outside a mutation hook: the editor also saves while unmounting (tab
 * switch), when no component is left to own a mutation. The cache is updated at once so a
 * remounted editor starts from the saved version, then refetched for other windows' edits.
 */
export async function saveNarrative(client: QueryClient, input: ChannelInput<'narrative.save'>): Promise<Narrative> {
  const saved = await unwrap(bmma().narrative.save(input));
  client.setQueryData<Narrative[]>(narrativeKeys.list, (list) =>
    list?.map((n) => (n.section === saved.section && n.language === saved.language ? saved : n)),
  );
  void client.invalidateQueries({ queryKey: narrativeKeys.all });
  return saved;
}

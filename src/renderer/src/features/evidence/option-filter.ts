import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import { matchesTerms, searchTerms } from '../framework/text-filter';

/** Mantine's parsed options: a plain option has a value; a group has items. */
function isGroup(option: ComboboxParsedItem): option is Extract<ComboboxParsedItem, { items: ComboboxItem[] }> {
  return 'group' in option;
}

/**
 * The searchable pickers' filter: every word typed must occur in the option's search text
 * (code, both languages, province...), as the framework filter does, so "C4 smuggling",
 * "สระแก้ว ทางบก" or "BCP-SKW" all find what they name. Groups with nothing left are dropped.
 */
export function filterByTerms(
  options: readonly ComboboxParsedItem[],
  search: string,
  searchText: (value: string) => readonly (string | null | undefined)[],
): ComboboxParsedItem[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [...options];
  const matches = (item: ComboboxItem) => matchesTerms(terms, [item.label, ...searchText(item.value)]);
  const kept: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (isGroup(option)) {
      const items = option.items.filter(matches);
      if (items.length > 0) kept.push({ ...option, items });
    } else if (matches(option)) kept.push(option);
  }
  return kept;
}

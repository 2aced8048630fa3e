import { INTERVIEW_CATEGORIES, type InterviewCategory } from '../../../../shared/evidence';
import type { SearchHit } from '../../../../shared/search';

function isCategory(value: string): value is InterviewCategory {
  return (INTERVIEW_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The line shown beside the code. An interview's title comes as "category · agency code or
 * location" in keys, so the renderer shows it in the UI language; an indicator's title is
 * already the indicator's text.
 */
export function hitTitle(
  hit: SearchHit,
  categoryLabel: (category: InterviewCategory) => string,
  agencyAbbreviation: (code: string) => string,
): string {
  if (hit.kind !== 'interview') return hit.title;
  const separator = hit.title.indexOf(' · ');
  const category = separator === -1 ? hit.title : hit.title.slice(0, separator);
  if (!isCategory(category)) return hit.title;
  if (separator === -1) return categoryLabel(category);
  const where = hit.title.slice(separator + 3);
  // An unknown code (a generalised location) comes back unchanged.
  return `${categoryLabel(category)} · ${agencyAbbreviation(where)}`;
}

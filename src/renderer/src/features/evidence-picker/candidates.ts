import type { ChannelOutput } from '../../../../shared/contract';
import type { Calendar } from '../../../../shared/dates';
import { INTERVIEW_CATEGORIES, type InterviewCategory, type InterviewSummary } from '../../../../shared/evidence';
import type { Passage } from '../../../../shared/evidence-items';
import type { Language } from '../../../../shared/messages';
import type { SearchHit } from '../../../../shared/search';
import { localized } from '../framework/language';
import { formatDay, formatWhen } from '../interviews/format';
import type { EvidenceItem } from './evidence-options';

/**
 * Picker items built from the evidence lists and from search hits. Labels are written in the
 * UI language from the summaries, so an assessor recognises an item without opening it.
 */

export type SiteVisitSummary = ChannelOutput<'siteVisits.list'>['items'][number];
export type DocumentSummary = ChannelOutput<'documents.list'>['items'][number];

export interface LabelContext {
  language: Language;
  calendar: Calendar;
  categoryLabel: (category: InterviewCategory) => string;
  agencyAbbreviation: (code: string) => string;
}

/** The longest quote shown for a passage: enough to recognise it on one line. */
export const SNIPPET_CHARS = 80;

const join = (parts: readonly (string | null | undefined)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' · ');

/** "Official · IB · 12 Nov 2569 B.E.": category, agency or generalised location, when. */
export function interviewItem(interview: InterviewSummary, context: LabelContext): EvidenceItem {
  const where = interview.agencyCode ? context.agencyAbbreviation(interview.agencyCode) : interview.location;
  return {
    kind: 'interview',
    id: interview.id,
    code: interview.code,
    label: join([context.categoryLabel(interview.category), where, formatWhen(interview, context)]),
    ...(interview.piiCount > 0 ? { piiCount: interview.piiCount } : {}),
  };
}

export function clipSnippet(snippet: string, max = SNIPPET_CHARS): string {
  const flat = snippet.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "KII-OFF-001 · “Referral is done by phone…”": the interview it quotes, then the quote. */
export function passageItem(passage: Passage, interviewPii: ReadonlyMap<string, number>): EvidenceItem {
  const pii = interviewPii.get(passage.interviewId) ?? 0;
  return {
    kind: 'passage',
    id: passage.id,
    code: passage.code,
    label: join([passage.interviewCode, `“${clipSnippet(passage.snippet)}”`]),
    interviewId: passage.interviewId,
    ...(pii > 0 ? { piiCount: pii } : {}),
  };
}

/** "Mae Sot – Second Friendship Bridge · 14 Aug 2562 – 15 Aug 2562". */
export function siteVisitItem(visit: SiteVisitSummary, context: LabelContext): EvidenceItem {
  const place = visit.crossingPoint ? localized(visit.crossingPoint.name, context.language) : visit.crossingPointCode;
  const start = formatDay(visit.startDate, context);
  const dates = visit.endDate === visit.startDate ? start : `${start} – ${formatDay(visit.endDate, context)}`;
  return { kind: 'site_visit', id: visit.id, code: visit.code, label: join([place, dates]) };
}

/** The document's title in the UI language (or the other one when it has only that). */
export function documentItem(document: DocumentSummary, context: LabelContext): EvidenceItem {
  const date = document.documentDate ? formatDay(document.documentDate, context) : null;
  return {
    kind: 'document',
    id: document.id,
    code: document.code,
    label: join([localized(document.title, context.language), date]),
  };
}

/** A search hit that can be cited (interviews, site visits, documents); anything else is not evidence. */
export function searchHitItem(hit: SearchHit, title: string): EvidenceItem | null {
  if (hit.kind !== 'interview' && hit.kind !== 'site_visit' && hit.kind !== 'document') return null;
  return { kind: hit.kind, id: hit.id, code: hit.code, label: title };
}

/**
 * The label the main process gives a cited interview is "category · agency code or location"
 * in keys (as for search hits), so it is shown in the UI language; labels written here are
 * already translated and come back unchanged.
 */
export function interviewLinkLabel(
  label: string,
  context: Pick<LabelContext, 'categoryLabel' | 'agencyAbbreviation'>,
): string {
  const separator = label.indexOf(' · ');
  const category = separator === -1 ? label : label.slice(0, separator);
  if (!(INTERVIEW_CATEGORIES as readonly string[]).includes(category)) return label;
  const translated = context.categoryLabel(category as InterviewCategory);
  return separator === -1 ? translated : `${translated} · ${context.agencyAbbreviation(label.slice(separator + 3))}`;
}

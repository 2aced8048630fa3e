import {
  EVIDENCE_KINDS,
  type EvidenceKind,
  type EvidenceLink,
  type EvidenceRef,
} from '../../../../shared/evidence-items';
import { matchesTerms, searchTerms } from '../framework/text-filter';

/**
 * What the evidence picker works with: an item a rating or finding can cite, with what a user
 * needs to recognise it (code, a short label) and, for the PII hint, which interview it
 * comes from and how many possible identifiers that interview's notes still hold.
 */
export interface EvidenceItem {
  kind: EvidenceKind;
  id: string;
  code: string;
  label: string;
  /** Thai label where the record has one (a document's Thai title); else `label` is used. */
  labelTh?: string;
  /** Tombstoned after it was linked: shown struck through, and not counted for triangulation. */
  deleted?: boolean;
  /** Passages: the interview whose notes they quote (a passage opens its interview). */
  interviewId?: string;
  /** Possible personal identifiers left in the (passage's) interview notes. */
  piiCount?: number;
}

export type KindFilter = EvidenceKind | 'all';

/** "interview:<uuid>": one key per item, the same whichever list it came from. */
export function evidenceKey(item: Pick<EvidenceItem, 'kind' | 'id'>): string {
  return `${item.kind}:${item.id}`;
}

/** What is sent to the main process: kind and id, each item once, in the order chosen. */
export function toEvidenceRefs(items: readonly Pick<EvidenceItem, 'kind' | 'id'>[]): EvidenceRef[] {
  const seen = new Set<string>();
  const refs: EvidenceRef[] = [];
  for (const item of items) {
    const key = evidenceKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ kind: item.kind, id: item.id });
  }
  return refs;
}

/** The links a saved rating or finding shows, as picker items. */
export function fromEvidenceLinks(links: readonly EvidenceLink[]): EvidenceItem[] {
  return links.map((link) => ({
    kind: link.kind,
    id: link.id,
    code: link.code,
    label: link.label,
    labelTh: link.labelTh,
    ...(link.deleted ? { deleted: true } : {}),
  }));
}

/** Adds an item once; an item already chosen is left where it is. */
export function addEvidence(chosen: readonly EvidenceItem[], item: EvidenceItem): EvidenceItem[] {
  const key = evidenceKey(item);
  return chosen.some((candidate) => evidenceKey(candidate) === key) ? [...chosen] : [...chosen, item];
}

export function removeEvidence(chosen: readonly EvidenceItem[], key: string): EvidenceItem[] {
  return chosen.filter((item) => evidenceKey(item) !== key);
}

/** Two selections cite the same items (order aside). */
export function sameEvidence(a: readonly EvidenceItem[], b: readonly EvidenceItem[]): boolean {
  const keys = (items: readonly EvidenceItem[]) => [...new Set(items.map(evidenceKey))].sort().join('|');
  return keys(a) === keys(b);
}

export interface EvidenceQuery {
  query: string;
  kind: KindFilter;
  chosen: readonly Pick<EvidenceItem, 'kind' | 'id'>[];
  /** Options shown at most: a picker is for choosing, not for browsing thousands of rows. */
  limit: number;
}

/**
 * The options the picker offers: items not chosen yet, of the wanted kind, whose code or label
 * holds every word typed (Thai matched as substrings); then the full-text search hits (which
 * matched inside notes or observations the label does not show) that are not listed already.
 */
export function evidenceOptions(
  listed: readonly EvidenceItem[],
  found: readonly EvidenceItem[],
  { query, kind, chosen, limit }: EvidenceQuery,
): EvidenceItem[] {
  const terms = searchTerms(query);
  const taken = new Set(chosen.map(evidenceKey));
  const wanted = (item: EvidenceItem) =>
    !item.deleted && (kind === 'all' || item.kind === kind) && !taken.has(evidenceKey(item));
  const options: EvidenceItem[] = [];
  const shown = new Set<string>();
  const offer = (item: EvidenceItem) => {
    const key = evidenceKey(item);
    if (options.length >= limit || shown.has(key) || !wanted(item)) return;
    shown.add(key);
    options.push(item);
  };
  for (const item of listed) if (matchesTerms(terms, [item.code, item.label])) offer(item);
  if (terms.length > 0) for (const item of found) offer(item);
  return options;
}

/** Options in the picker's kind order (interviews, passages, site visits, documents), each group keeping its order. */
export function groupByKind(items: readonly EvidenceItem[]): { kind: EvidenceKind; items: EvidenceItem[] }[] {
  return EVIDENCE_KINDS.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
}

/**
 * Chosen items whose interview notes still hold possible identifiers: the ones to open and
 * redact when the main process answers PII_NOT_REDACTED. A passage points at its interview.
 */
export function itemsNeedingRedaction(chosen: readonly EvidenceItem[]): EvidenceItem[] {
  const result: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const item of chosen) {
    if (!item.piiCount || item.piiCount <= 0) continue;
    const interviewId = item.kind === 'interview' ? item.id : item.kind === 'passage' ? item.interviewId : undefined;
    if (!interviewId || seen.has(interviewId)) continue;
    seen.add(interviewId);
    result.push(item);
  }
  return result;
}

/**
 * The item a refusal names in its details ({ kind, id }: PII_NOT_REDACTED, LINK_TARGET_MISSING),
 * or null when the details name none.
 */
export function evidenceFromDetails(
  details: Record<string, unknown> | undefined,
): Pick<EvidenceItem, 'kind' | 'id'> | null {
  const kind = details?.['kind'];
  const id = details?.['id'];
  if (typeof id !== 'string' || id === '') return null;
  return (EVIDENCE_KINDS as readonly unknown[]).includes(kind) ? { kind: kind as EvidenceKind, id } : null;
}

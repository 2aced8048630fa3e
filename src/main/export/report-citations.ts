import type { Finding } from '../../shared/analysis';
import type { InterviewCategory } from '../../shared/evidence';
import type { DOCUMENT_TYPES } from '../../shared/evidence-items';
import {
  AGENCY_TYPE_LABELS,
  CROSSING_MODE_LABELS,
  REGION_LABELS,
  REGIONS,
  type AgencyType,
  type CrossingMode,
  type Region,
} from '../../shared/reference/vocabulary';
import type { Bilingual } from './locale';
import { CITATION_CATEGORY, CITATION_WORDS, DOCUMENT_TYPE_LABELS } from './report-labels';
import type { EvidenceCitation } from './report-model';

/**
 * How the report cites the evidence behind a finding (DOMAIN.md 3.3 and 3.5): by kind of
 * source, never by person. An interview is "interviews with officials (police), northern
 * region"; a site visit "site visit: land crossing point, eastern region"; a document
 * "document: law". Items of one wording are grouped and counted. Interview codes, names,
 * notes, quotes and exact places are never part of a citation.
 */

/** One evidence item's wording and the key items of the same wording share. */
export interface CitationEntry {
  key: string;
  text: Bilingual;
}

/**
 * The region a free-text location names ("Mae Sot, Tak (northern land border)" -> north), if
 * any: longest names first, so "north-eastern" is not read as "eastern".
 */
const REGION_WORDS: [Region, string][] = REGIONS.flatMap((r): [Region, string][] => [
  [r, REGION_LABELS[r].en.toLowerCase()],
  [r, REGION_LABELS[r].th],
]).sort((a, b) => b[1].length - a[1].length);
function regionOf(location: string): Region | null {
  const text = location.toLowerCase();
  return REGION_WORDS.find(([, word]) => text.includes(word))?.[0] ?? null;
}

function joinBoth(parts: Bilingual[], separator: { th: string; en: string }): Bilingual {
  return {
    th: parts
      .map((p) => p.th)
      .filter(Boolean)
      .join(separator.th),
    en: parts
      .map((p) => p.en)
      .filter(Boolean)
      .join(separator.en),
  };
}

function regionWords(region: Region | null): Bilingual | null {
  if (region === null) return null;
  return {
    th: CITATION_WORDS.region.th.replace('{region}', REGION_LABELS[region].th),
    en: CITATION_WORDS.region.en.replace('{region}', REGION_LABELS[region].en.toLowerCase()),
  };
}

export interface EvidenceIndex {
  interviews: Map<string, CitationEntry>;
  passageInterview: Map<string, string>;
  siteVisits: Map<string, CitationEntry>;
  documents: Map<string, CitationEntry>;
}

/** Generic citations of a finding's evidence: grouped, counted, never naming anyone. */
export function citations(finding: Finding, index: EvidenceIndex): EvidenceCitation[] {
  const groups = new Map<string, { kind: EvidenceCitation['kind']; text: Bilingual; ids: Set<string> }>();
  const add = (kind: EvidenceCitation['kind'], id: string, entry: CitationEntry | undefined) => {
    if (!entry) return; // left out by the profile (consent, sensitivity) or deleted
    const key = `${kind}|${entry.key}`;
    const group = groups.get(key) ?? { kind, text: entry.text, ids: new Set<string>() };
    group.ids.add(id);
    groups.set(key, group);
  };
  for (const link of finding.evidence) {
    if (link.deleted) continue;
    if (link.kind === 'interview') add('interview', link.id, index.interviews.get(link.id));
    if (link.kind === 'passage') {
      const interviewId = index.passageInterview.get(link.id);
      if (interviewId) add('interview', interviewId, index.interviews.get(interviewId));
    }
    if (link.kind === 'site_visit') add('site_visit', link.id, index.siteVisits.get(link.id));
    if (link.kind === 'document') add('document', link.id, index.documents.get(link.id));
  }
  const order = { interview: 0, site_visit: 1, document: 2 } as const;
  return [...groups.values()]
    .map((g) => ({ kind: g.kind, text: g.text, count: g.ids.size }))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.text.en.localeCompare(b.text.en));
}

/** "interviews with officials (police), northern region" / "การสัมภาษณ์เจ้าหน้าที่ (ตำรวจ) ภาคเหนือ". */
export function interviewCitation(
  category: InterviewCategory,
  type: AgencyType | null,
  location: string,
): CitationEntry {
  const region = regionOf(location);
  const who = type
    ? {
        th: `${CITATION_CATEGORY[category].th} (${AGENCY_TYPE_LABELS[type].th})`,
        en: `${CITATION_CATEGORY[category].en} (${AGENCY_TYPE_LABELS[type].en.toLowerCase()})`,
      }
    : CITATION_CATEGORY[category];
  const where = regionWords(region);
  return {
    key: `${category}|${type ?? '-'}|${region ?? '-'}`,
    text: where ? joinBoth([who, where], { th: ' ', en: ', ' }) : who,
  };
}

/** "site visit: land crossing point, eastern region" / "การลงพื้นที่: จุดผ่านแดนทางบก ภาคตะวันออก". */
export function siteVisitCitation(mode: CrossingMode | null, region: Region | null): CitationEntry {
  const point = mode
    ? {
        th: `${CITATION_WORDS.crossing.th}${CROSSING_MODE_LABELS[mode].th}`,
        en: `${CROSSING_MODE_LABELS[mode].en.toLowerCase()} ${CITATION_WORDS.crossing.en}`,
      }
    : CITATION_WORDS.crossing;
  const where = joinBoth(
    [point, regionWords(region)].filter((p): p is Bilingual => p !== null),
    { th: ' ', en: ', ' },
  );
  return {
    key: `${mode ?? '-'}|${region ?? '-'}`,
    text: { th: `${CITATION_WORDS.siteVisit.th}: ${where.th}`, en: `${CITATION_WORDS.siteVisit.en}: ${where.en}` },
  };
}

/** "document: law" / "เอกสาร: กฎหมาย". */
export function documentCitation(docType: (typeof DOCUMENT_TYPES)[number]): CitationEntry {
  const type = DOCUMENT_TYPE_LABELS[docType];
  return {
    key: docType,
    text: {
      th: `${CITATION_WORDS.document.th}: ${type.th}`,
      en: `${CITATION_WORDS.document.en}: ${type.en.toLowerCase()}`,
    },
  };
}

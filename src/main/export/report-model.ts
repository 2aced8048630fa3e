import type { ActionItem, ActionStatus } from '../../shared/action-plan';
import type { CONFIDENCE_LEVELS, FINDING_TYPES, HORIZONS, PRIORITIES, SEVERITIES } from '../../shared/analysis';
import type { DOCUMENT_TYPES } from '../../shared/evidence-items';
import type { NarrativeSection, RichDoc } from '../../shared/narrative';
import type { CrossingMode, IndicatorScope } from '../../shared/reference/vocabulary';
import type { Bilingual } from './locale';

/**
 * The BMMA report as plain data (issue 4, DOMAIN.md 1.8): what the Word builder (report.ts)
 * and the Markdown rendering of the pandoc benchmark both consume. It is read once through the
 * services by loadReportModel (report-data.ts) and is ALREADY REDACTED for the profile
 * (DOMAIN.md 3.5): no names, no notes, no quotes, no evidence above the profile's sensitivity,
 * no interviews whose consent was withdrawn or says "no use". A renderer only lays it out.
 *
 * Conventions:
 * - Every text a reader sees is a Bilingual {th, en}; the renderer picks the profile's language
 *   (locale.ts lines/label). Enum keys are kept beside their labels for logic and sorting.
 * - Dates are ISO (YYYY-MM-DD) and numbers are plain numbers: the renderer writes them in the
 *   profile's calendar and digits. Codes (F-C4-01, REC-A1-02, JAP-A2-01) keep Arabic digits.
 * - A disaggregated count of PEOPLE (interviews) carries `suppressed: true` when it is between 1
 *   and minCellSize - 1: the renderer prints "<minCellSize" (e.g. "<5") instead of the value.
 *   Grand totals are never suppressed; counts of places and documents (listed by name in the
 *   annexes anyway) never are.
 */

/** A count in a disaggregated table. */
export interface CellCount {
  value: number;
  /** 0 < value < minCellSize: print `<${minCellSize}`, never the value. */
  suppressed: boolean;
}

/** One row of a count table: a key (enum value or code), its label, and the count. */
export interface CountRow {
  key: string;
  label: Bilingual;
  count: CellCount;
}

/** A two-way count table (rows x columns), e.g. interviews by category x agency type. */
export interface CrossTable {
  rows: { key: string; label: Bilingual }[];
  columns: { key: string; label: Bilingual }[];
  /** cells[rowIndex][columnIndex]. */
  cells: CellCount[][];
  /** Row and column totals are disaggregated too (small ones suppressed); the grand total is not. */
  rowTotals: CellCount[];
  columnTotals: CellCount[];
  total: number;
}

/** One narrative section in both languages; null where that language has no words yet. */
export interface NarrativeText {
  th: RichDoc | null;
  en: RichDoc | null;
}

/** An acronym of the acronyms list: the abbreviation (per language) and what it stands for. */
export interface Acronym {
  abbreviation: Bilingual;
  meaning: Bilingual;
}

/**
 * Evidence behind a finding, cited generically (DOMAIN.md 3.3): never a name, a code of an
 * interviewee, notes or a quote. Interviews are grouped by category, agency type and region:
 * "interviews with officials (police), northern region (3)"; a site visit by crossing mode and
 * region; a document by its type.
 */
export interface EvidenceCitation {
  kind: 'interview' | 'site_visit' | 'document';
  /** Already worded, without the count: e.g. "interviews with officials (police), northern region". */
  text: Bilingual;
  /** How many items of the evidence base this citation stands for. */
  count: number;
}

export interface ReportRating {
  indicatorCode: string;
  indicatorText: Bilingual;
  scopeType: IndicatorScope;
  /** "National", or the agency / crossing point's name. */
  scope: Bilingual;
  value: number;
  scaleMax: number;
  /** The level's label on the indicator's own scale (e.g. "Developing"). */
  valueLabel: Bilingual;
  confidence: (typeof CONFIDENCE_LEVELS)[number];
  confidenceLabel: Bilingual;
}

export interface ReportFinding {
  code: string;
  subAreaCode: string;
  type: (typeof FINDING_TYPES)[number];
  typeLabel: Bilingual;
  severity: (typeof SEVERITIES)[number];
  severityLabel: Bilingual;
  statement: Bilingual;
  evidence: EvidenceCitation[];
  /** Codes of the recommendations that answer it. */
  recommendationCodes: string[];
}

export interface ReportRecommendation {
  code: string;
  areaCode: string;
  subAreaCode: string;
  text: Bilingual;
  priority: (typeof PRIORITIES)[number];
  priorityLabel: Bilingual;
  horizon: (typeof HORIZONS)[number];
  horizonLabel: Bilingual;
  findingCodes: string[];
  actionCodes: string[];
}

export interface ReportArea {
  /** "A".."E". */
  code: string;
  name: Bilingual;
  /** Mean of national ratings' value / scale maximum, in percent; null when none rated. */
  score: number | null;
  indicators: number;
  rated: number;
  /** The area's sub-areas (A1, A2...) and their names: the plan table groups by them. */
  subAreas: { code: string; name: Bilingual }[];
  /** National ratings first, then agency, then crossing point; each by indicator code. */
  ratings: ReportRating[];
  /** By severity (high first), then code. */
  findings: ReportFinding[];
  recommendations: ReportRecommendation[];
}

/** Annex: an agency consulted and how many interviews were held with it. */
export interface AgencyConsulted {
  code: string;
  name: Bilingual;
  abbreviation: Bilingual;
  interviews: CellCount;
}

/** Annex: a crossing point visited (names of places are public; team members are not listed). */
export interface CrossingPointVisited {
  code: string;
  name: Bilingual;
  mode: CrossingMode;
  modeLabel: Bilingual;
  province: Bilingual;
  region: Bilingual;
  visits: number;
  /** First day of the earliest visit and last day of the latest, ISO. */
  from: string;
  to: string;
}

/** Annex: a document reviewed, within the profile's sensitivity. */
export interface DocumentReviewed {
  code: string;
  title: Bilingual;
  type: (typeof DOCUMENT_TYPES)[number];
  typeLabel: Bilingual;
  /** The issuing agency's name, or null when not recorded. */
  issuer: Bilingual | null;
  /** ISO date or null. */
  date: string | null;
}

/** Action-plan status counts of one area (chart "action status by area"). */
export interface AreaActionStatus {
  areaCode: string;
  name: Bilingual;
  counts: Record<ActionStatus, number>;
}

/** One item of the Joint Action Plan, as listActions gives it (without its status history). */
export type ReportAction = Omit<ActionItem, 'updates'>;

export interface ReportModel {
  /** The report's title, and the project's own title (shown under it on the cover). */
  title: Bilingual;
  projectTitle: string;
  /** ISO date of the cover: the profile's draft date, else today. */
  date: string;
  /** profile.draft.version ("" when none). */
  version: string;
  /** The profile's minimum cell size: suppressed counts print as "<minCellSize". */
  minCellSize: number;

  narratives: Record<NarrativeSection, NarrativeText>;
  /** Sorted by the English abbreviation. */
  acronyms: Acronym[];

  methodology: {
    /** Interviews kept for the report (after consent and sensitivity), all categories. */
    interviewTotal: number;
    interviewsByCategory: CountRow[];
    /** Agency type of the interviewee's agency ("none" row for no agency) x category. */
    interviewsByAgencyTypeAndCategory: CrossTable;
    siteVisitTotal: number;
    /** Distinct crossing points visited, by mode. */
    crossingPointsByMode: CountRow[];
    crossingPointTotal: number;
    documentTotal: number;
    documentsByType: CountRow[];
  };

  areas: ReportArea[];
  /** Executive summary: high-severity findings (gaps first), all areas, by code. */
  headlineFindings: ReportFinding[];
  /** Executive summary: high-priority recommendations, by code. */
  priorityRecommendations: ReportRecommendation[];
  /** All recommendations, by area then code (consolidated table). */
  recommendations: ReportRecommendation[];

  /** Every agency of the reference data (public names): the plan table names leads by abbreviation. */
  agencies: { code: string; name: Bilingual; abbreviation: Bilingual }[];
  /** Joint Action Plan items (by code) and each area's status counts. */
  actions: ReportAction[];
  actionStatusByArea: AreaActionStatus[];

  annexes: {
    agencies: AgencyConsulted[];
    crossingPoints: CrossingPointVisited[];
    documents: DocumentReviewed[];
    framework: { version: string; sha256: string };
  };
}

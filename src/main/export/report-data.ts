import { ACTION_STATUSES, type ActionStatus } from '../../shared/action-plan';
import { SEVERITIES, type Finding, type Rating, type Recommendation } from '../../shared/analysis';
import { INTERVIEW_CATEGORIES } from '../../shared/evidence';
import { DOCUMENT_TYPES } from '../../shared/evidence-items';
import type { ExportProfile } from '../../shared/export';
import { isEmptyRichDoc, NARRATIVE_SECTIONS, type NarrativeSection } from '../../shared/narrative';
import {
  AGENCY_TYPE_LABELS,
  CROSSING_MODE_LABELS,
  CROSSING_MODES,
  INDICATOR_SCOPES,
  REGION_LABELS,
  type AgencyType,
} from '../../shared/reference/vocabulary';
import type { ProjectFile } from '../project/project-file';
import { listActions } from '../services/actions';
import { listDocuments } from '../services/documents';
import { aboveSensitivity, allPages, interviewOmission } from '../services/export-preview';
import { listFindings } from '../services/findings';
import { getFrameworkTree } from '../services/framework';
import { listInterviews } from '../services/interviews';
import { listNarratives } from '../services/narrative';
import { listPassages } from '../services/passages';
import { getProjectInfo } from '../services/project';
import { listRatings } from '../services/ratings';
import { listRecommendations } from '../services/recommendations';
import { listAgencies, listCrossingPoints, listProvinces } from '../services/reference';
import { listSiteVisits } from '../services/site-visits';
import type { Bilingual } from './locale';
import {
  citations,
  documentCitation,
  interviewCitation,
  siteVisitCitation,
  type EvidenceIndex,
} from './report-citations';
import {
  CATEGORY_LABELS,
  CONFIDENCE_LABELS,
  DOCUMENT_TYPE_LABELS,
  FINDING_TYPE_LABELS,
  FIXED_ACRONYMS,
  REPORT_LABELS,
  REPORT_TITLE,
  SEVERITY_LABELS,
} from './report-labels';
import type {
  Acronym,
  CellCount,
  CountRow,
  CrossTable,
  NarrativeText,
  ReportArea,
  ReportFinding,
  ReportModel,
  ReportRating,
  ReportRecommendation,
} from './report-model';
import { PRIORITY_LABELS, TIMEFRAME_LABELS } from './locale';

/**
 * Reads everything the BMMA report shows, once, through the services, and applies the
 * profile's redaction (DOMAIN.md 3.5) on the way: what comes out is the ReportModel of
 * report-model.ts. The rules for leaving an interview out are export-preview.ts's
 * (interviewOmission), so the Export screen's "left out" counts match the document.
 */

function cellCount(value: number, minCellSize: number): CellCount {
  return { value, suppressed: value > 0 && value < minCellSize };
}

/** Keys counted in a fixed order; only keys with a count appear. */
function countRows<K extends string>(
  keys: readonly K[],
  values: readonly K[],
  labelOf: (key: K) => Bilingual,
  minCellSize: number,
): CountRow[] {
  return keys
    .map((key) => ({ key, label: labelOf(key), count: cellCount(values.filter((v) => v === key).length, minCellSize) }))
    .filter((row) => row.count.value > 0);
}

function toRecommendation(rec: Recommendation): ReportRecommendation {
  return {
    code: rec.code,
    areaCode: rec.areaCode,
    subAreaCode: rec.subAreaCode,
    text: rec.text,
    priority: rec.priority,
    priorityLabel: PRIORITY_LABELS[rec.priority],
    horizon: rec.horizon,
    horizonLabel: TIMEFRAME_LABELS[rec.horizon],
    findingCodes: rec.findings.filter((f) => !f.deleted).map((f) => f.code),
    actionCodes: rec.actions.map((a) => a.code),
  };
}

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

/** Reads and redacts; `today` (YYYY-MM-DD) dates the cover when the profile's draft gives no date. */
export function loadReportModel(
  project: ProjectFile,
  profile: ExportProfile,
  today: string = new Date().toISOString().slice(0, 10),
): ReportModel {
  const min = profile.minCellSize;
  const info = getProjectInfo(project);
  const tree = getFrameworkTree(project, { includeRetired: false });
  const agencies = listAgencies(project);
  const agencyByCode = new Map(agencies.map((a) => [a.code, a] as const));
  const provinces = new Map(listProvinces(project).map((p) => [p.code, p] as const));
  const crossings = new Map(listCrossingPoints(project).map((c) => [c.code, c] as const));

  // ---- narratives: null where a language has no words
  const narratives = Object.fromEntries(
    NARRATIVE_SECTIONS.map((s): [NarrativeSection, NarrativeText] => [s, { th: null, en: null }]),
  ) as Record<NarrativeSection, NarrativeText>;
  for (const n of listNarratives(project)) {
    if (!isEmptyRichDoc(n.content)) narratives[n.section][n.language] = n.content;
  }

  // ---- interviews kept (consent, sensitivity), by category and agency type
  const interviews = allPages((q) => listInterviews(project, q)).filter(
    (i) =>
      interviewOmission(
        {
          id: i.id,
          category: i.category,
          agencyType: null,
          sensitivity: i.sensitivity,
          permittedUse: i.permittedUse,
          consentWithdrawn: i.consentWithdrawn,
        },
        profile,
      ) === null,
  );
  const agencyTypeOf = (code: string | null): AgencyType | null =>
    code === null ? null : (agencyByCode.get(code)?.type ?? null);
  const index: EvidenceIndex = {
    interviews: new Map(),
    passageInterview: new Map(listPassages(project).map((p) => [p.id, p.interviewId] as const)),
    siteVisits: new Map(),
    documents: new Map(),
  };
  for (const i of interviews) {
    index.interviews.set(i.id, interviewCitation(i.category, agencyTypeOf(i.agencyCode), i.location));
  }
  const categories = INTERVIEW_CATEGORIES.filter((c) => interviews.some((i) => i.category === c));
  const typeOf = (i: (typeof interviews)[number]): string => agencyTypeOf(i.agencyCode) ?? 'none';
  const typeKeys = [...new Set(interviews.map(typeOf))].sort((a, b) =>
    a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b),
  );
  const tally = (keep: (i: (typeof interviews)[number]) => boolean): CellCount =>
    cellCount(interviews.filter(keep).length, min);
  const cross: CrossTable = {
    rows: typeKeys.map((t) => ({
      key: t,
      label: t === 'none' ? REPORT_LABELS.noAgency : AGENCY_TYPE_LABELS[t as AgencyType],
    })),
    columns: categories.map((c) => ({ key: c, label: CATEGORY_LABELS[c] })),
    cells: typeKeys.map((t) => categories.map((c) => tally((i) => typeOf(i) === t && i.category === c))),
    rowTotals: typeKeys.map((t) => tally((i) => typeOf(i) === t)),
    columnTotals: categories.map((c) => tally((i) => i.category === c)),
    total: interviews.length,
  };

  // ---- site visits and documents within the profile's sensitivity
  const visits = allPages((q) => listSiteVisits(project, q)).filter(
    (v) => !aboveSensitivity(v.sensitivity, profile.maxSensitivity),
  );
  for (const v of visits) {
    const point = crossings.get(v.crossingPointCode);
    const region = point ? (provinces.get(point.provinceCode)?.region ?? null) : null;
    index.siteVisits.set(v.id, siteVisitCitation(point?.mode ?? null, region));
  }
  const documents = allPages((q) => listDocuments(project, q)).filter(
    (d) => !aboveSensitivity(d.sensitivity, profile.maxSensitivity),
  );
  for (const d of documents) index.documents.set(d.id, documentCitation(d.docType));
  const visitedCodes = [...new Set(visits.map((v) => v.crossingPointCode))];
  const visitedModes = visitedCodes.map((c) => crossings.get(c)?.mode).filter((m) => m !== undefined);

  // ---- areas: ratings, findings, recommendations
  const indicatorText = new Map<string, Bilingual>();
  for (const area of tree.areas)
    for (const sub of area.subAreas) for (const ind of sub.indicators) indicatorText.set(ind.code, ind.text);
  const ratings = listRatings(project);
  const findings = listFindings(project);
  const recommendations = listRecommendations(project).map(toRecommendation).sort(byCode);
  const severityOrder = (s: Finding['severity']): number => SEVERITIES.indexOf(s);
  const reportFindings: ReportFinding[] = findings
    .map((f) => ({
      code: f.code,
      subAreaCode: f.subAreaCode,
      type: f.type,
      typeLabel: FINDING_TYPE_LABELS[f.type],
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      statement: f.statement,
      evidence: citations(f, index),
      recommendationCodes: f.recommendations
        .map((r) => r.code)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    }))
    .sort((a, b) => severityOrder(a.severity) - severityOrder(b.severity) || byCode(a, b));
  const findingArea = new Map(findings.map((f) => [f.code, f.areaCode] as const));
  const toRating = (r: Rating): ReportRating => ({
    indicatorCode: r.indicatorCode,
    indicatorText: indicatorText.get(r.indicatorCode) ?? { th: '', en: '' },
    scopeType: r.scope.type,
    scope: r.scope.type === 'national' ? REPORT_LABELS.national : r.scopeLabel,
    value: r.value,
    scaleMax: r.scaleMax,
    valueLabel: r.valueLabel,
    confidence: r.confidence,
    confidenceLabel: CONFIDENCE_LABELS[r.confidence],
  });
  const areas: ReportArea[] = tree.areas.map((area) => {
    const own = ratings.filter((r) => r.areaCode === area.code);
    const national = own.filter((r) => r.scope.type === 'national' && r.scaleMax > 0);
    const indicators = area.subAreas.reduce((n, s) => n + s.indicators.length, 0);
    return {
      code: area.code,
      name: area.name,
      score:
        national.length === 0
          ? null
          : Math.round((national.reduce((s, r) => s + r.value / r.scaleMax, 0) / national.length) * 1000) / 10,
      indicators,
      subAreas: area.subAreas.map((sub) => ({ code: sub.code, name: sub.name })),
      rated: new Set(national.map((r) => r.indicatorCode)).size,
      ratings: own
        .map(toRating)
        .sort(
          (a, b) =>
            INDICATOR_SCOPES.indexOf(a.scopeType) - INDICATOR_SCOPES.indexOf(b.scopeType) ||
            a.indicatorCode.localeCompare(b.indicatorCode, 'en', { numeric: true }) ||
            a.scope.en.localeCompare(b.scope.en),
        ),
      findings: reportFindings.filter((f) => findingArea.get(f.code) === area.code),
      recommendations: recommendations.filter((r) => r.areaCode === area.code),
    };
  });

  // ---- action plan
  const actions = allPages((q) => listActions(project, q)).sort(byCode);
  const actionStatusByArea = tree.areas.map((area) => ({
    areaCode: area.code,
    name: area.name,
    counts: Object.fromEntries(
      ACTION_STATUSES.map((s) => [s, actions.filter((a) => a.areaCode === area.code && a.status === s).length]),
    ) as Record<ActionStatus, number>,
  }));

  // ---- acronyms: agencies' abbreviations, then the fixed ones not already there
  const acronyms: Acronym[] = [];
  const seen = new Set<string>();
  for (const a of agencies) {
    const key = (a.abbreviation.en || a.abbreviation.th).trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    acronyms.push({ abbreviation: a.abbreviation, meaning: a.name });
  }
  for (const a of FIXED_ACRONYMS) if (!seen.has(a.abbreviation.en)) acronyms.push(a);
  acronyms.sort((a, b) =>
    (a.abbreviation.en || a.abbreviation.th).localeCompare(b.abbreviation.en || b.abbreviation.th),
  );

  // ---- annexes
  const agencyCounts = new Map<string, number>();
  for (const i of interviews)
    if (i.agencyCode) agencyCounts.set(i.agencyCode, (agencyCounts.get(i.agencyCode) ?? 0) + 1);
  const annexAgencies = [...agencyCounts.entries()]
    .map(([code, n]) => {
      const agency = agencyByCode.get(code);
      return {
        code,
        name: agency?.name ?? { th: code, en: code },
        abbreviation: agency?.abbreviation ?? { th: code, en: code },
        interviews: cellCount(n, min),
      };
    })
    .sort((a, b) => a.name.en.localeCompare(b.name.en));
  const annexCrossings = visitedCodes
    .map((code) => {
      const point = crossings.get(code);
      const own = visits.filter((v) => v.crossingPointCode === code);
      const province = point ? provinces.get(point.provinceCode) : undefined;
      const mode = point?.mode ?? 'land';
      return {
        code,
        name: point?.name ?? { th: code, en: code },
        mode,
        modeLabel: CROSSING_MODE_LABELS[mode],
        province: province?.name ?? { th: '', en: '' },
        region: province ? REGION_LABELS[province.region] : { th: '', en: '' },
        visits: own.length,
        from: own.map((v) => v.startDate).sort()[0] ?? '',
        to:
          own
            .map((v) => v.endDate)
            .sort()
            .at(-1) ?? '',
      };
    })
    .sort((a, b) => a.name.en.localeCompare(b.name.en));
  const annexDocuments = documents
    .map((d) => {
      const issuer = d.issuerAgencyCode ? agencyByCode.get(d.issuerAgencyCode) : undefined;
      return {
        code: d.code,
        title: d.title,
        type: d.docType,
        typeLabel: DOCUMENT_TYPE_LABELS[d.docType],
        issuer: issuer ? issuer.name : null,
        date: d.documentDate,
      };
    })
    .sort(byCode);

  return {
    title: REPORT_TITLE,
    projectTitle: info.title,
    date: (profile.draft.enabled ? profile.draft.date : null) ?? today,
    version: profile.draft.version.trim(),
    minCellSize: min,
    narratives,
    acronyms,
    methodology: {
      interviewTotal: interviews.length,
      interviewsByCategory: countRows(
        INTERVIEW_CATEGORIES,
        interviews.map((i) => i.category),
        (c) => CATEGORY_LABELS[c],
        min,
      ),
      interviewsByAgencyTypeAndCategory: cross,
      siteVisitTotal: visits.length,
      // Places and documents are not people, and the annexes list them by name: never suppressed (0).
      crossingPointsByMode: countRows(CROSSING_MODES, visitedModes, (m) => CROSSING_MODE_LABELS[m], 0),
      crossingPointTotal: visitedCodes.length,
      documentTotal: documents.length,
      documentsByType: countRows(
        DOCUMENT_TYPES,
        documents.map((d) => d.docType),
        (t) => DOCUMENT_TYPE_LABELS[t],
        0,
      ),
    },
    areas,
    headlineFindings: reportFindings
      .filter((f) => f.severity === 'high')
      .sort((a, b) => Number(a.type !== 'gap') - Number(b.type !== 'gap') || byCode(a, b)),
    priorityRecommendations: recommendations.filter((r) => r.priority === 'high'),
    recommendations,
    agencies: agencies.map((a) => ({ code: a.code, name: a.name, abbreviation: a.abbreviation })),
    actions,
    actionStatusByArea,
    annexes: {
      agencies: annexAgencies,
      crossingPoints: annexCrossings,
      documents: annexDocuments,
      framework: { version: tree.templateVersion, sha256: tree.templateHash },
    },
  };
}

import { SENSITIVITY_LEVELS, type Sensitivity } from '../../shared/evidence';
import { OMISSION_REASONS, type ExportDocument, type ExportPreview, type ExportProfile, type OmissionReason } from '../../shared/export';
import { isEmptyRichDoc, NARRATIVE_SECTIONS, type NarrativeSection } from '../../shared/narrative';
import type { ProjectFile } from '../project/project-file';
import { listActions } from './actions';
import { listDocuments } from './documents';
import { getFrameworkTree } from './framework';
import { listFindings } from './findings';
import { listInterviews } from './interviews';
import { listNarratives } from './narrative';
import { listPassages } from './passages';
import { listRecommendations } from './recommendations';
import { countUnapproved } from './review';
import { listAgencies } from './reference';
import { listSiteVisits } from './site-visits';

/**
 * What an export will leave out, and why (PRODUCT.md 11, DOMAIN.md 3.5), computed before the
 * document is written so the manager sees it. Reads only through the services; the counting is
 * pure (countReportOmissions, countActionPlanOmissions) so it is tested without a file.
 */


export interface PreviewInterview {
  id: string;
  category: string;
  agencyType: string | null;
  sensitivity: Sensitivity;
  permittedUse: 'quote' | 'paraphrase' | 'none';
  consentWithdrawn: boolean;
}

export interface ReportSource {
  areaCodes: readonly string[];
  /** Narrative sections with words in at least one language (the report falls back to the other). */
  writtenSections: readonly NarrativeSection[];
  findingAreas: readonly string[];
  recommendations: number;
  actions: number;
  interviews: readonly PreviewInterview[];
  /** Interview id of each live coded passage. */
  passageInterviews: readonly string[];
  siteVisitSensitivities: readonly Sensitivity[];
  documentSensitivities: readonly Sensitivity[];
}

export function aboveSensitivity(level: Sensitivity, max: Sensitivity): boolean {
  return SENSITIVITY_LEVELS.indexOf(level) > SENSITIVITY_LEVELS.indexOf(max);
}

/** Cells that will print as "<N": non-empty but below the profile's minimum cell size. */
export function smallCells(keys: readonly string[], minCellSize: number): number {
  const cells = new Map<string, number>();
  for (const key of keys) cells.set(key, (cells.get(key) ?? 0) + 1);
  return [...cells.values()].filter((n) => n > 0 && n < minCellSize).length;
}

/**
 * Why one interview stays out, if it does. The participant's word comes first (withdrawn, then
 * no use), then the redaction level; an interview is counted once, under its first reason.
 */
export function interviewOmission(interview: PreviewInterview, profile: ExportProfile): OmissionReason | null {
  if (interview.consentWithdrawn) return 'consent_withdrawn';
  if (interview.permittedUse === 'none') return 'consent_no_use';
  if (aboveSensitivity(interview.sensitivity, profile.maxSensitivity)) return 'above_sensitivity';
  return null;
}

function toOmissions(counts: Map<OmissionReason, number>): ExportPreview['omissions'] {
  return OMISSION_REASONS.filter((reason) => (counts.get(reason) ?? 0) > 0).map((reason) => ({
    reason,
    count: counts.get(reason) ?? 0,
  }));
}

export function countReportOmissions(source: ReportSource, profile: ExportProfile): ExportPreview {
  const counts = new Map<OmissionReason, number>();
  const add = (reason: OmissionReason, n = 1) => counts.set(reason, (counts.get(reason) ?? 0) + n);

  const kept = new Map<string, PreviewInterview>();
  for (const interview of source.interviews) {
    const reason = interviewOmission(interview, profile);
    if (reason === null) kept.set(interview.id, interview);
    else add(reason);
  }
  for (const level of [...source.siteVisitSensitivities, ...source.documentSensitivities]) {
    if (aboveSensitivity(level, profile.maxSensitivity)) add('above_sensitivity');
  }
  // Passages of interviews already left out are not counted again: the interview is.
  const paraphrased = source.passageInterviews.filter((id) => kept.get(id)?.permittedUse === 'paraphrase').length;
  if (paraphrased > 0) add('paraphrase_only', paraphrased);
  // Methodology table: interviews kept, by category x agency type.
  const cellKeys = [...kept.values()].map((i) => `${i.category}|${i.agencyType ?? '-'}`);
  const small = smallCells(cellKeys, profile.minCellSize);
  if (small > 0) add('small_cell', small);

  // In document order: the narrative sections with no text, each area's current situation
  // (narrative) and findings (data), then the data chapters with nothing.
  const withFindings = new Set(source.findingAreas);
  const written = new Set<string>(source.writtenSections);
  const unwritten = (section: NarrativeSection): string[] => (written.has(section) ? [] : [section]);
  const areaSections = NARRATIVE_SECTIONS.filter((s) => s.startsWith('area_'));
  const emptySections = [
    ...NARRATIVE_SECTIONS.filter((s) => !s.startsWith('area_') && s !== 'cross_cutting').flatMap(unwritten),
    ...source.areaCodes.flatMap((code) => [
      ...areaSections.filter((s) => s === `area_${code}`).flatMap(unwritten),
      ...(withFindings.has(code) ? [] : [`findings_${code}`]),
    ]),
    ...unwritten('cross_cutting'),
    ...(source.recommendations === 0 ? ['recommendations'] : []),
    ...(source.actions === 0 ? ['action_plan'] : []),
  ];
  return { omissions: toOmissions(counts), emptySections, included: source.findingAreas.length };
}

/** Joint Action Plan: every live item is in; only the summary by lead agency can hide a count. */
export function countActionPlanOmissions(leadAgencies: readonly (string | null)[], profile: ExportProfile): ExportPreview {
  const counts = new Map<OmissionReason, number>();
  const small = smallCells(
    leadAgencies.map((code) => code ?? '-'),
    profile.minCellSize,
  );
  if (small > 0) counts.set('small_cell', small);
  return {
    omissions: toOmissions(counts),
    emptySections: leadAgencies.length === 0 ? ['action_plan'] : [],
    included: leadAgencies.length,
  };
}

/** Every page of a paged list service (10,000 a page, the contract's maximum). */
export function allPages<T>(page: (query: { limit: number; offset: number }) => { total: number; items: T[] }): T[] {
  const limit = 10_000;
  const items: T[] = [];
  for (let offset = 0; ; offset += limit) {
    const result = page({ limit, offset });
    items.push(...result.items);
    if (result.items.length < limit || items.length >= result.total) return items;
  }
}

function readReportSource(project: ProjectFile): ReportSource {
  const agencyType = new Map(listAgencies(project).map((agency) => [agency.code, agency.type as string]));
  return {
    areaCodes: getFrameworkTree(project).areas.map((area) => area.code),
    writtenSections: [...new Set(listNarratives(project).filter((n) => !isEmptyRichDoc(n.content)).map((n) => n.section))],
    findingAreas: listFindings(project).map((finding) => finding.areaCode),
    recommendations: listRecommendations(project).length,
    actions: listActions(project, { limit: 1 }).total,
    interviews: allPages((q) => listInterviews(project, q)).map((i) => ({
      id: i.id,
      category: i.category,
      agencyType: i.agencyCode === null ? null : (agencyType.get(i.agencyCode) ?? null),
      sensitivity: i.sensitivity,
      permittedUse: i.permittedUse,
      consentWithdrawn: i.consentWithdrawn,
    })),
    passageInterviews: listPassages(project).map((p) => p.interviewId),
    siteVisitSensitivities: allPages((q) => listSiteVisits(project, q)).map((v) => v.sensitivity),
    documentSensitivities: allPages((q) => listDocuments(project, q)).map((d) => d.sensitivity),
  };
}

export function previewFor(project: ProjectFile, document: Extract<ExportDocument, 'report' | 'action_plan'>, profile: ExportProfile): ExportPreview {
  // Issue 6 review: the items not approved yet are a warning, never a block; absent when none.
  const unapproved = (types: Parameters<typeof countUnapproved>[1]) => {
    const count = countUnapproved(project, types);
    return count > 0 ? { unapproved: count } : {};
  };
  if (document === 'action_plan') {
    const leads = allPages((q) => listActions(project, q)).map((item) => item.leadAgencyCode);
    return { ...countActionPlanOmissions(leads, profile), ...unapproved(['action']) };
  }
  return {
    ...countReportOmissions(readReportSource(project), profile),
    ...unapproved(['finding', 'recommendation', 'action', 'narrative']),
  };
}

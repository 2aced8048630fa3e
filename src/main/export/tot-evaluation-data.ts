import type { ExportPreview, ExportProfile } from '../../shared/export';
import { suppressGroup, type GroupStats, type L1Stats, type TotResults } from '../../shared/tot-stats';
import type { ProjectFile } from '../project/project-file';
import { listAgencies } from '../services/reference';
import { getTotEvent } from '../services/tot';
import { getTotResults } from '../services/tot-people';
import { digits, type Bilingual } from './locale';
import { SEX_LABELS, T } from './tot-evaluation-labels';

/**
 * What the Training of Trainers evaluation report is made of: the event's own fields and the
 * aggregates of src/shared/tot-stats.ts, read through the services. Nothing per participant
 * survives this file (no codes, units, rank bands, provinces, scores), nor the free text of L1
 * forms and L3 follow-ups: they may name people, and the report is for sharing.
 */

export interface TotEvaluationModel {
  event: {
    code: string;
    title: Bilingual;
    startDate: string;
    endDate: string;
    venue: string;
    days: number;
    passMark: number;
  };
  results: TotResults;
  /** People registered in roles other than participant (trainers, observers). */
  otherRoles: number;
  agencies: Map<string, { name: Bilingual; abbreviation: Bilingual }>;
}

export function loadTotEvaluation(project: ProjectFile, eventId: string): TotEvaluationModel {
  const event = getTotEvent(project, eventId);
  const results = getTotResults(project, eventId);
  const agencies = new Map(
    listAgencies(project).map((a) => [a.code, { name: a.name, abbreviation: a.abbreviation }] as const),
  );
  return {
    event: {
      code: event.code,
      title: event.title,
      startDate: event.startDate,
      endDate: event.endDate,
      venue: event.venue,
      days: event.days,
      passMark: event.passMark,
    },
    results,
    otherRoles: results.roster.filter((r) => r.role !== 'participant').reduce((sum, r) => sum + r.count, 0),
    agencies,
  };
}

/** A group's row as the document shows it: its name, and its figures or "<N" and none. */
export interface ShownGroup {
  key: string;
  name: Bilingual;
  /** Short name for a narrow column or a chart (agency abbreviation). */
  short: Bilingual;
  /** People in the group, before suppression (printed only through peopleText). */
  count: number;
  stats: ReturnType<typeof suppressGroup<GroupStats>>;
}

function sexName(key: string): Bilingual {
  return key in SEX_LABELS ? SEX_LABELS[key as keyof typeof SEX_LABELS] : { th: key, en: key };
}

export function groupsOf(
  model: TotEvaluationModel,
  minCellSize: number,
): {
  overall: ShownGroup;
  bySex: ShownGroup[];
  byAgency: ShownGroup[];
} {
  const agency = (code: string): { name: Bilingual; abbreviation: Bilingual } =>
    model.agencies.get(code) ?? { name: { th: code, en: code }, abbreviation: { th: code, en: code } };
  return {
    overall: {
      key: 'overall',
      name: T.overall,
      short: T.overall,
      count: model.results.overall.n,
      stats: suppressGroup(model.results.overall, minCellSize),
    },
    bySex: model.results.bySex.map((g) => ({
      key: g.key,
      name: sexName(g.key),
      short: sexName(g.key),
      count: g.n,
      stats: suppressGroup(g, minCellSize),
    })),
    byAgency: model.results.byAgency.map((g) => ({
      key: g.key,
      name: agency(g.key).name,
      short: agency(g.key).abbreviation,
      count: g.n,
      stats: suppressGroup(g, minCellSize),
    })),
  };
}

/** Whether any test score is recorded (else the L2 section is a placeholder). */
export function hasScores(model: TotEvaluationModel): boolean {
  return model.results.overall.preN + model.results.overall.postN > 0;
}

export function hasL1(l1: L1Stats): boolean {
  return l1.responses > 0;
}

/** The export screen's summary of this document for `profile`, before exporting. */
export function totEvaluationPreview(model: TotEvaluationModel, profile: ExportProfile): ExportPreview {
  const groups = groupsOf(model, profile.minCellSize);
  const small = [groups.overall, ...groups.bySex, ...groups.byAgency].filter((g) => g.stats.suppressed).length;
  const emptySections = [
    ...(model.results.overall.n === 0 ? ['participants'] : []),
    ...(hasScores(model) ? [] : ['tests']),
    ...(hasL1(model.results.l1) ? [] : ['evaluations']),
    ...(model.results.l3.followUps === 0 ? ['follow_ups'] : []),
  ];
  return {
    omissions: small > 0 ? [{ reason: 'small_cell', count: small }] : [],
    emptySections,
    included: model.results.overall.n,
  };
}

// ---------------------------------------------------------------- figures as text

type Locale = Pick<ExportProfile, 'language' | 'calendar' | 'digits'>;
const DASH = '–';

/** One decimal, no grouping: "56.3". */
function fixed(locale: Locale, value: number, places = 1): string {
  return digits(locale, value.toFixed(places));
}

/** A mean score already in percent: "56.3%"; null → "–". */
export function percentText(locale: Locale, value: number | null): string {
  return value === null ? DASH : `${fixed(locale, value)}%`;
}

/** A share 0–1 as percent: 0.8 → "80.0%". */
export function shareText(locale: Locale, value: number | null): string {
  return value === null ? DASH : percentText(locale, value * 100);
}

/** Percentage points with their sign: "+12.3", "−1.0", "0.0". */
export function pointsText(locale: Locale, value: number | null): string {
  if (value === null) return DASH;
  const shown = Math.abs(value).toFixed(1);
  const sign = shown === '0.0' ? '' : value > 0 ? '+' : '−';
  return `${sign}${digits(locale, shown)}`;
}

/** A Likert mean, two decimals: "4.12". */
export function likertText(locale: Locale, value: number | null): string {
  return value === null ? DASH : fixed(locale, value, 2);
}

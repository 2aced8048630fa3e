import type { z } from 'zod';
import {
  checklistFor,
  type ChecklistItemKey,
  type documentCreateSchema,
  type siteVisitCreateSchema,
} from '../../../shared/evidence-items';
import { DOCUMENT_SPECS } from './document-content';
import { TOPIC_TEXT } from './interview-text';
import { addDays, between, dateBetween, pick, sample, type Random } from './random';
import { CHECKLIST_NOTES, SITE_VISIT_SPECS, type ChecklistRating, type SiteVisitSpec } from './site-visit-content';
import { INTERVIEW_TEAM } from './interview-specs';

/**
 * Site-visit and document inputs for the demo: the base ones from the content files, then for
 * --scale N another N-1 rounds (follow-up visits to any crossing point of the reference data,
 * monthly statistics returns from checkpoints).
 */

export type SiteVisitInput = z.input<typeof siteVisitCreateSchema>;
export type DocumentInput = z.input<typeof documentCreateSchema>;

export type CrossingMode = 'air' | 'land' | 'sea' | 'river' | 'rail';
export interface DemoCrossingPoint {
  code: string;
  mode: CrossingMode;
  name: { en: string; th: string };
}

export interface Generated<I> {
  key: string | null;
  input: I;
}

function checklistOf(
  mode: CrossingMode,
  ratings: SiteVisitSpec['ratings'],
  language: 'en' | 'th',
): SiteVisitInput['checklist'] {
  const checklist: SiteVisitInput['checklist'] = {};
  for (const key of checklistFor(mode)) {
    const rating = ratings[key];
    checklist[key] = rating
      ? { rating, note: CHECKLIST_NOTES[key][rating][language] }
      : { rating: 'not_observed', note: '' };
  }
  return checklist;
}

function baseVisit(spec: SiteVisitSpec, mode: CrossingMode): SiteVisitInput {
  const other = spec.language === 'th' ? 'en' : 'th';
  return {
    crossingPointCode: spec.crossingPointCode,
    startDate: spec.startDate,
    endDate: spec.endDate,
    team: [...spec.team],
    checklist: checklistOf(mode, spec.ratings, spec.language),
    observations: `${spec.observations[spec.language]}\n\n${spec.observations[other]}`,
    sensitivity: 'internal',
    language: spec.language,
    reliability: { source: 'A', information: 2 },
  };
}

const RATING_DRAW: readonly ChecklistRating[] = ['adequate', 'partial', 'partial', 'inadequate'];

function followUpVisit(random: Random, point: DemoCrossingPoint): SiteVisitInput {
  const language = random() < 0.6 ? 'th' : 'en';
  // Land, river and rail crossings closed on 23 March 2020 (COVID-19): visits to them come before.
  const startDate = dateBetween(
    random,
    '2019-07-01',
    point.mode === 'air' || point.mode === 'sea' ? '2021-06-15' : '2020-03-20',
  );
  const ratings: Partial<Record<ChecklistItemKey, ChecklistRating>> = {};
  for (const key of checklistFor(point.mode)) if (random() < 0.85) ratings[key] = pick(random, RATING_DRAW);
  const observed = sample(random, ['checkpoint', 'biometrics', 'referral', 'cooperation', 'covid'] as const, 2)
    .map((topic) => pick(random, TOPIC_TEXT[topic][language]))
    .join(' ');
  return {
    crossingPointCode: point.code,
    startDate,
    endDate: addDays(startDate, between(random, 0, 2)),
    team: sample(random, INTERVIEW_TEAM, 2),
    checklist: checklistOf(point.mode, ratings, language),
    observations: `${language === 'th' ? `ลงพื้นที่ติดตามผลที่${point.name.th}` : `Follow-up visit to ${point.name.en}.`}\n\n${observed}`,
    sensitivity: 'internal',
    language,
    reliability: { source: 'A', information: 3 },
  };
}

export function* generateSiteVisits(
  random: Random,
  scale: number,
  points: readonly DemoCrossingPoint[],
): Generator<Generated<SiteVisitInput>> {
  const byCode = new Map(points.map((point) => [point.code, point]));
  for (const spec of SITE_VISIT_SPECS) {
    const point = byCode.get(spec.crossingPointCode);
    // The reference data ships with the app, so a missing code is a bug in the demo content.
    if (!point) throw new Error(`demo: crossing point ${spec.crossingPointCode} is not in the reference data`);
    yield { key: spec.key, input: baseVisit(spec, point.mode) };
  }
  for (let i = SITE_VISIT_SPECS.length; i < SITE_VISIT_SPECS.length * scale; i += 1) {
    yield { key: null, input: followUpVisit(random, pick(random, points)) };
  }
}

// ---------------------------------------------------------------- documents

const TH_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthlyReturn(random: Random, point: DemoCrossingPoint): DocumentInput {
  const month = dateBetween(random, '2019-01-01', '2021-08-31').slice(0, 7);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  const language = random() < 0.7 ? 'th' : 'en';
  return {
    title: {
      en: `Monthly statistics return: ${point.name.en}, ${EN_MONTHS[monthNumber - 1]} ${year}`,
      th: `รายงานสถิติประจำเดือน ${point.name.th} ${TH_MONTHS[monthNumber - 1]} ${year + 543}`,
    },
    docType: 'statistics',
    issuerAgencyCode: 'RTP-IB',
    legalInstrumentCode: null,
    documentDate: lastDay,
    reference: `Checkpoint return ${point.code}/${month}`,
    notes: pick(random, TOPIC_TEXT.statistics[language]),
    sensitivity: 'internal',
    language,
    reliability: { source: 'B', information: between(random, 2, 3) },
  };
}

export function* generateDocuments(
  random: Random,
  scale: number,
  points: readonly DemoCrossingPoint[],
): Generator<Generated<DocumentInput>> {
  for (const spec of DOCUMENT_SPECS) {
    const other = spec.language === 'th' ? 'en' : 'th';
    yield {
      key: spec.key,
      input: {
        title: spec.title,
        docType: spec.docType,
        issuerAgencyCode: spec.issuerAgencyCode,
        legalInstrumentCode: spec.legalInstrumentCode,
        documentDate: spec.documentDate,
        reference: spec.reference,
        notes: `${spec.notes[spec.language]}\n\n${spec.notes[other]}`,
        sensitivity: spec.sensitivity,
        language: spec.language,
        reliability: spec.reliability,
      },
    };
  }
  for (let i = DOCUMENT_SPECS.length; i < DOCUMENT_SPECS.length * scale; i += 1) {
    yield { key: null, input: monthlyReturn(random, pick(random, points)) };
  }
}

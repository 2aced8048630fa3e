import { FINDING_SPECS, type FindingSpec } from './finding-content';
import { SITE_VISIT_SPECS, type SiteVisitSpec } from './site-visit-content';
import { between, dateBetween, pick, type Random } from './random';
import { INTERVIEW_TEAM } from './interview-specs';

/**
 * The demo's ratings: most indicators at national level, the indicators of crossing-point
 * scope at five of the visited crossing points, and a few at Immigration Bureau level. Values
 * follow a plausible maturity profile per sub-area (low where the findings show gaps); each
 * cites the evidence behind the sub-area's findings or the site visit. A handful of national
 * indicators are left unrated, and a few ratings cite nothing, so the dashboard has gaps.
 */

type Scope = 'national' | 'agency' | 'crossing_point';
export interface DemoIndicator {
  id: string;
  code: string;
  subAreaCode: string;
  scale: string;
  scope: readonly Scope[];
}
export type EvidenceKey = { kind: 'interview' | 'site_visit' | 'document'; key: string };

export interface RatingPlan {
  indicatorId: string;
  indicatorCode: string;
  scope: { type: Scope; code: string | null };
  value: number;
  justification: { en: string; th: string };
  confidence: 'high' | 'medium' | 'low';
  state: 'draft' | 'peer_reviewed' | 'validated';
  ratedOn: string;
  assessor: string;
  evidence: EvidenceKey[];
}

/** Share of the scale reached nationally, per sub-area: the assessment's overall picture. */
const PROFILE: Record<string, number> = {
  A1: 0.6, A2: 0.35, A3: 0.4, A4: 0.5, A5: 0.3, A6: 0.35,
  B1: 0.6, B2: 0.4, B3: 0.4, B4: 0.45, B5: 0.6,
  C1: 0.55, C2: 0.35, C3: 0.5, C4: 0.25, C5: 0.4, C6: 0.3, C7: 0.25,
  D1: 0.45, D2: 0.4, D3: 0.5, D4: 0.3, D5: 0.25,
  E1: 0.45, E2: 0.4, E3: 0.55,
};

/** Values the evidence settles (DOMAIN.md 2.4, 6.2), whatever the profile says. */
const FIXED: Record<string, number> = { 'B3.1': 0, 'B3.3': 2, 'B4.1': 0, 'B3.4': 0, 'B1.2': 1, 'D3.1': 1 };

/** National indicators deliberately not rated yet (the dashboard's "indicator without rating"). */
const NOT_YET_RATED = new Set(['A4.2', 'B1.4', 'C3.2', 'D4.2', 'E3.4']);
/** Ratings entered without citing evidence yet (the dashboard's "rating without evidence"). */
const NO_EVIDENCE = new Set(['A1.1', 'C3.1', 'E1.3']);

/** The crossing points rated, with the visit and the interview that rate them. */
const RATED_CROSSINGS: readonly { visit: string; interview: string }[] = [
  { visit: 'sv-msot', interview: 'ib-msot' },
  { visit: 'sv-sadao', interview: 'ib-sadao' },
  { visit: 'sv-kluek', interview: 'msdhs-3' },
  { visit: 'sv-svb', interview: 'ib-svb' },
  { visit: 'sv-ranong', interview: 'ib-ranong' },
];

const AGENCY_RATED = ['A3.3', 'A5.1', 'A5.2', 'A6.1', 'C4.1', 'C4.4', 'D5.1', 'E1.3'];

const GENERIC_A = {
  en: 'Based on headquarters interviews and the pre-mission questionnaire.',
  th: 'พิจารณาจากการสัมภาษณ์ที่ส่วนกลางและแบบประเมินตนเองก่อนลงพื้นที่',
};
const GENERIC: Record<string, { en: string; th: string }> = {
  A: GENERIC_A,
  B: { en: 'Based on review of the legislation and interviews with prosecutors.', th: 'พิจารณาจากการทบทวนกฎหมายและการสัมภาษณ์พนักงานอัยการ' },
  C: { en: 'Based on site visits and interviews at checkpoints.', th: 'พิจารณาจากการลงพื้นที่และการสัมภาษณ์ที่ด่าน' },
  D: { en: 'Based on system demonstrations and interviews with IT staff.', th: 'พิจารณาจากการสาธิตระบบและการสัมภาษณ์เจ้าหน้าที่สารสนเทศ' },
  E: { en: 'Based on interviews with several agencies and meeting records.', th: 'พิจารณาจากการสัมภาษณ์หลายหน่วยงานและรายงานการประชุม' },
};

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

function findingOf(subAreaCode: string): FindingSpec | undefined {
  return FINDING_SPECS.find((finding) => finding.subAreaCode === subAreaCode && finding.type === 'gap') ??
    FINDING_SPECS.find((finding) => finding.subAreaCode === subAreaCode);
}

function findingEvidence(finding: FindingSpec | undefined): EvidenceKey[] {
  if (!finding) return [{ kind: 'document', key: 'doc-questionnaire' }, { kind: 'interview', key: 'ib-hq-1' }];
  return [
    ...finding.interviews.slice(0, 3).map((key): EvidenceKey => ({ kind: 'interview', key })),
    ...finding.siteVisits.slice(0, 1).map((key): EvidenceKey => ({ kind: 'site_visit', key })),
    ...finding.documents.slice(0, 2).map((key): EvidenceKey => ({ kind: 'document', key })),
  ];
}

function common(random: Random, evidence: EvidenceKey[]): Pick<RatingPlan, 'confidence' | 'state' | 'ratedOn' | 'assessor' | 'evidence'> {
  return {
    confidence: evidence.length >= 4 ? 'high' : evidence.length >= 2 ? 'medium' : 'low',
    state: pick(random, ['draft', 'peer_reviewed', 'peer_reviewed', 'validated'] as const),
    ratedOn: dateBetween(random, '2020-03-01', '2020-11-30'),
    assessor: pick(random, INTERVIEW_TEAM),
    evidence,
  };
}

function nationalRating(random: Random, indicator: DemoIndicator, max: number): RatingPlan {
  const finding = findingOf(indicator.subAreaCode);
  const profile = PROFILE[indicator.subAreaCode] ?? 0.4;
  const value = FIXED[indicator.code] ?? clamp(Math.round(profile * max) + between(random, -1, 1) * (random() < 0.4 ? 1 : 0), max);
  const evidence = NO_EVIDENCE.has(indicator.code) ? [] : findingEvidence(finding);
  const area = indicator.subAreaCode.slice(0, 1);
  return {
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    scope: { type: 'national', code: null },
    value,
    justification: finding?.statement ?? GENERIC[area] ?? GENERIC_A,
    ...common(random, evidence),
  };
}

function adequacy(visit: SiteVisitSpec): number {
  const ratings = Object.values(visit.ratings);
  const score = ratings.reduce((sum, rating) => sum + (rating === 'adequate' ? 1 : rating === 'partial' ? 0.5 : 0), 0);
  return ratings.length === 0 ? 0.5 : score / ratings.length;
}

function crossingRating(random: Random, indicator: DemoIndicator, max: number, visit: SiteVisitSpec, interview: string): RatingPlan {
  let value = clamp(Math.round(adequacy(visit) * max) + (random() < 0.3 ? between(random, -1, 1) : 0), max);
  let justification = { en: visit.observations.en, th: visit.observations.th };
  if (indicator.code === 'E2.3') {
    // DOMAIN.md 6.2, sample record 4.
    value = visit.key === 'sv-kluek' ? 1 : 0;
    if (visit.key === 'sv-kluek') {
      justification = {
        en: 'Referral done by phone to provincial shelter; no written SOP seen; two staff unaware of procedure.',
        th: 'ส่งต่อทางโทรศัพท์ไปยังบ้านพักจังหวัด ไม่พบแนวทางปฏิบัติเป็นลายลักษณ์อักษร เจ้าหน้าที่สองนายไม่ทราบขั้นตอน',
      };
    }
  }
  const evidence: EvidenceKey[] = [{ kind: 'site_visit', key: visit.key }, { kind: 'interview', key: interview }];
  return {
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    scope: { type: 'crossing_point', code: visit.crossingPointCode },
    value,
    justification,
    ...common(random, evidence),
  };
}

/** Every rating of the demo, national first, in indicator order. */
export function planRatings(random: Random, indicators: readonly DemoIndicator[], scaleMax: (scale: string) => number): RatingPlan[] {
  const plans: RatingPlan[] = [];
  for (const indicator of indicators) {
    if (indicator.scope.includes('national') && !NOT_YET_RATED.has(indicator.code)) {
      plans.push(nationalRating(random, indicator, scaleMax(indicator.scale)));
    }
  }
  for (const { visit: key, interview } of RATED_CROSSINGS) {
    const visit = SITE_VISIT_SPECS.find((spec) => spec.key === key);
    if (!visit) continue;
    for (const indicator of indicators) {
      if (indicator.scope.includes('crossing_point')) {
        plans.push(crossingRating(random, indicator, scaleMax(indicator.scale), visit, interview));
      }
    }
  }
  for (const indicator of indicators) {
    if (AGENCY_RATED.includes(indicator.code) && indicator.scope.includes('agency')) {
      const national = nationalRating(random, indicator, scaleMax(indicator.scale));
      plans.push({ ...national, scope: { type: 'agency', code: 'RTP-IB' } });
    }
  }
  return plans;
}

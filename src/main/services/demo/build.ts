import type { EvidenceRef } from '../../../shared/evidence-items';
import type { ProjectFile, WriteContext } from '../../project/project-file';
import { addStatusUpdateIn, createActionIn } from '../actions';
import { createDocument } from '../documents';
import { createFindingIn } from '../findings';
import { getFrameworkTree } from '../framework';
import { createInterviewIn } from '../interviews';
import { createPassage } from '../passages';
import { createRatingIn } from '../ratings';
import { createRecommendationIn } from '../recommendations';
import { listCrossingPoints } from '../reference';
import { createSiteVisit } from '../site-visits';
import { FINDING_SPECS } from './finding-content';
import { generateDocuments, generateSiteVisits, type DemoCrossingPoint } from './generate-evidence';
import { generateInterviews, interviewCount, type SentenceSpan } from './generate-interviews';
import { actionCount, generateActions, planPassages, type ActionPlan } from './generate-plan';
import { planRatings, type DemoIndicator, type EvidenceKey } from './generate-ratings';
import { attachDemoFiles } from './attachments';
import { writeComponents } from './generate-components';
import { writeTot } from './generate-tot';
import { seededRandom } from './random';
import { RECOMMENDATION_SPECS } from './recommendation-content';
import { DOCUMENT_SPECS } from './document-content';
import { SITE_VISIT_SPECS } from './site-visit-content';

/**
 * Writes the demo into an open project, through the same service functions the app calls
 * (validation, codes, search index, audit events), never with raw INSERTs: the demo is both a
 * tour of the app and a truthful benchmark data set. Records are written in batches, each
 * batch one transaction (services that take a WriteContext are called with it; the others
 * run as savepoints inside the batch's transaction).
 */

/** Bumped whenever the generated data change, so cached benchmark files are rebuilt. */
export const DEMO_GENERATOR_VERSION = 3;
const SEED = 2563;
const BATCH = 500;

export const DEMO_STAGES = [
  'interviews',
  'siteVisits',
  'documents',
  'ratings',
  'findings',
  'recommendations',
  'passages',
  'actions',
] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

export interface DemoProgress {
  stage: DemoStage;
  done: number;
  total: number;
}

export interface DemoOptions {
  scale: number;
  onProgress?: (progress: DemoProgress) => void;
}

/**
 * How many of each kind of record the demo wrote. Meetings, TWG members, curriculum modules and
 * ToT participants (issue 5) are fixed content, written after the stages without progress steps.
 */
export type DemoSummary = Record<
  DemoStage | 'attachments' | 'statusUpdates' | 'meetings' | 'twgMembers' | 'modules' | 'totParticipants',
  number
>;

export const MAX_DEMO_SCALE = 1000;

type Ids = Map<string, string>;

/** Consumes `items` in batches of BATCH, each written in one transaction. */
function inBatches<T>(
  project: ProjectFile,
  items: Iterable<T>,
  total: number,
  stage: DemoStage,
  options: DemoOptions,
  write: (batch: T[], ctx: WriteContext) => void,
): number {
  let done = 0;
  let batch: T[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    const current = batch;
    project.write((ctx) => write(current, ctx));
    done += current.length;
    batch = [];
    options.onProgress?.({ stage, done, total });
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) flush();
  }
  flush();
  return done;
}

function idOf(ids: Ids, kind: string, key: string): string {
  const id = ids.get(`${kind}:${key}`);
  // Content keys are fixed in this folder: a miss is a bug in the demo content, not user input.
  if (id === undefined) throw new Error(`demo: no ${kind} with key ${key}`);
  return id;
}

function evidenceRefs(ids: Ids, keys: readonly EvidenceKey[]): EvidenceRef[] {
  return keys.map(({ kind, key }) => ({ kind, id: idOf(ids, kind, key) }));
}

function readReference(project: ProjectFile): {
  points: DemoCrossingPoint[];
  indicators: DemoIndicator[];
  maxOf: (scale: string) => number;
} {
  const points = listCrossingPoints(project).map(({ code, mode, name }) => ({ code, mode, name }));
  const tree = getFrameworkTree(project, { includeRetired: false });
  const indicators = tree.areas.flatMap((area) =>
    area.subAreas.flatMap((subArea) =>
      subArea.indicators.map(({ id, code, scale, scope }) => ({ id, code, subAreaCode: subArea.code, scale, scope })),
    ),
  );
  const max = new Map(tree.scales.map((scale) => [scale.id, Math.max(...scale.levels.map((level) => level.value))]));
  return { points, indicators, maxOf: (scale) => max.get(scale) ?? 0 };
}

function writeEvidence(
  project: ProjectFile,
  options: DemoOptions,
  points: DemoCrossingPoint[],
  ids: Ids,
  summary: DemoSummary,
): Map<string, SentenceSpan[]> {
  const { scale } = options;
  const sentences = new Map<string, SentenceSpan[]>();
  summary.interviews = inBatches(
    project,
    generateInterviews(seededRandom(SEED + 1), scale),
    interviewCount(scale),
    'interviews',
    options,
    (batch, ctx) => {
      for (const item of batch) {
        const interview = createInterviewIn(ctx, item.input);
        if (item.key === null) continue;
        ids.set(`interview:${item.key}`, interview.id);
        sentences.set(item.key, item.sentences);
      }
    },
  );
  summary.siteVisits = inBatches(
    project,
    generateSiteVisits(seededRandom(SEED + 2), scale, points),
    SITE_VISIT_SPECS.length * scale,
    'siteVisits',
    options,
    (batch) => {
      for (const { key, input } of batch) {
        const visit = createSiteVisit(project, input);
        if (key !== null) ids.set(`site_visit:${key}`, visit.id);
      }
    },
  );
  summary.documents = inBatches(
    project,
    generateDocuments(seededRandom(SEED + 3), scale, points),
    DOCUMENT_SPECS.length * scale,
    'documents',
    options,
    (batch) => {
      for (const { key, input } of batch) {
        const document = createDocument(project, input);
        if (key !== null) ids.set(`document:${key}`, document.id);
      }
    },
  );
  const documentIds = new Map(DOCUMENT_SPECS.map((spec) => [spec.key, idOf(ids, 'document', spec.key)]));
  summary.attachments = attachDemoFiles(project, documentIds, seededRandom(SEED + 6));
  return sentences;
}

function writePassages(
  project: ProjectFile,
  options: DemoOptions,
  ids: Ids,
  sentences: Map<string, SentenceSpan[]>,
  indicatorIds: Map<string, string>,
): number {
  const plans = planPassages();
  let created = 0;
  inBatches(project, plans, plans.length, 'passages', options, (batch) => {
    for (const plan of batch) {
      const span = (sentences.get(plan.interviewKey) ?? []).filter((s) => s.topic === plan.topic)[plan.nth];
      const targetId =
        plan.target.type === 'indicator' ? indicatorIds.get(plan.target.code) : ids.get(`finding:${plan.target.key}`);
      // The plan is made from the same content as the notes: a miss is a bug in the demo.
      if (!span || targetId === undefined) throw new Error(`demo: cannot code ${plan.interviewKey}/${plan.topic}`);
      createPassage(project, {
        interviewId: idOf(ids, 'interview', plan.interviewKey),
        start: span.start,
        end: span.end,
        targetType: plan.target.type,
        targetId,
        comment: plan.comment,
      });
      created += 1;
    }
  });
  return created;
}

function writeAnalysis(
  project: ProjectFile,
  options: DemoOptions,
  ids: Ids,
  reference: ReturnType<typeof readReference>,
  summary: DemoSummary,
): void {
  const ratings = planRatings(seededRandom(SEED + 4), reference.indicators, reference.maxOf);
  summary.ratings = inBatches(project, ratings, ratings.length, 'ratings', options, (batch, ctx) => {
    for (const plan of batch) {
      const { indicatorCode: _code, evidence, ...rest } = plan;
      createRatingIn(ctx, { ...rest, evidence: evidenceRefs(ids, evidence) });
    }
  });
  summary.findings = inBatches(project, FINDING_SPECS, FINDING_SPECS.length, 'findings', options, (batch, ctx) => {
    for (const spec of batch) {
      const keys: EvidenceKey[] = [
        ...spec.interviews.map((key): EvidenceKey => ({ kind: 'interview', key })),
        ...spec.siteVisits.map((key): EvidenceKey => ({ kind: 'site_visit', key })),
        ...spec.documents.map((key): EvidenceKey => ({ kind: 'document', key })),
      ];
      const finding = createFindingIn(ctx, {
        subAreaCode: spec.subAreaCode,
        type: spec.type,
        severity: spec.severity,
        statement: spec.statement,
        trainingAddressable: spec.trainingAddressable,
        scopes: [...spec.scopes],
        evidence: evidenceRefs(ids, keys),
      });
      ids.set(`finding:${spec.key}`, finding.id);
    }
  });
  summary.recommendations = inBatches(
    project,
    RECOMMENDATION_SPECS,
    RECOMMENDATION_SPECS.length,
    'recommendations',
    options,
    (batch, ctx) => {
      for (const spec of batch) {
        const recommendation = createRecommendationIn(ctx, {
          subAreaCode: spec.subAreaCode,
          findingIds: spec.findings.map((key) => idOf(ids, 'finding', key)),
          text: spec.text,
          priority: spec.priority,
          horizon: spec.horizon,
        });
        ids.set(`recommendation:${spec.key}`, recommendation.id);
      }
    },
  );
}

function writeAction(ctx: WriteContext, ids: Ids, plan: ActionPlan): number {
  const { spec } = plan;
  const action = createActionIn(ctx, {
    subAreaCode: spec.subAreaCode,
    recommendationId: spec.recommendation === null ? null : idOf(ids, 'recommendation', spec.recommendation),
    objective: spec.objective,
    action: spec.action,
    leadAgencyCode: spec.lead,
    supportingAgencyCodes: [...spec.supporting],
    startDate: plan.start,
    endDate: plan.end,
    timeframe: spec.timeframe,
    priority: spec.priority,
    keyMeasure: spec.keyMeasure,
    indicator: spec.indicator,
    baseline: spec.baseline,
    target: spec.target,
    meansOfVerification: spec.verification,
    estimatedCost: spec.cost,
    currency: spec.currency,
    fundingSource: spec.funding,
    risks: spec.risks,
  });
  // The base round's items, by content key, for the meetings' follow-ups (copies share the key).
  if (!ids.has(`action:${spec.key}`)) ids.set(`action:${spec.key}`, action.id);
  for (const [date, status, note] of plan.updates) addStatusUpdateIn(ctx, { actionId: action.id, date, status, note });
  return plan.updates.length;
}

/** Fills an open, freshly created project with the demo. Deterministic for a given scale. */
export function fillDemo(project: ProjectFile, options: DemoOptions): DemoSummary {
  if (!Number.isInteger(options.scale) || options.scale < 1 || options.scale > MAX_DEMO_SCALE) {
    throw new RangeError(`demo scale must be an integer from 1 to ${MAX_DEMO_SCALE}`);
  }
  const summary: DemoSummary = {
    interviews: 0,
    siteVisits: 0,
    documents: 0,
    attachments: 0,
    passages: 0,
    ratings: 0,
    findings: 0,
    recommendations: 0,
    actions: 0,
    statusUpdates: 0,
    meetings: 0,
    twgMembers: 0,
    modules: 0,
    totParticipants: 0,
  };
  const ids: Ids = new Map();
  const reference = readReference(project);
  const indicatorIds = new Map(reference.indicators.map((indicator) => [indicator.code, indicator.id]));
  const sentences = writeEvidence(project, options, reference.points, ids, summary);
  writeAnalysis(project, options, ids, reference, summary);
  summary.passages = writePassages(project, options, ids, sentences, indicatorIds);
  summary.actions = inBatches(
    project,
    generateActions(seededRandom(SEED + 5), options.scale),
    actionCount(options.scale),
    'actions',
    options,
    (batch, ctx) => {
      for (const plan of batch) summary.statusUpdates += writeAction(ctx, ids, plan);
    },
  );
  const components = writeComponents(project, (kind, key) => idOf(ids, kind, key));
  summary.meetings = components.meetings;
  summary.twgMembers = components.twgMembers;
  summary.modules = components.modules;
  summary.totParticipants = writeTot(project, seededRandom(SEED + 7)).totParticipants;
  return summary;
}

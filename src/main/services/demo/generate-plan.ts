import type { ActionStatus } from '../../../shared/action-plan';
import { ACTIONS_A_TO_C, type ActionSpec } from './action-content';
import { ACTIONS_C_TO_E } from './action-content-de';
import { FINDING_SPECS } from './finding-content';
import { INTERVIEW_SPECS } from './interview-specs';
import type { Topic } from './interview-text';
import { addDays, between, dateBetween, pick, type Random } from './random';

/**
 * Coded passages and the Joint Action Plan of the demo. Passages are planned against the
 * sentences of the base interviews (by interview key and topic); action items come from the
 * content files, and for --scale N each one is repeated N-1 more times for other periods.
 */

/** Which indicator a sentence on each topic is evidence for. */
export const TOPIC_INDICATOR: Record<Topic, string> = {
  checkpoint: 'C1.2',
  smuggling: 'C4.1',
  referral: 'C6.2',
  biometrics: 'D1.2',
  watchlist: 'D2.2',
  training: 'A5.1',
  covid: 'C2.1',
  cooperation: 'E2.1',
  statistics: 'D4.1',
  integrity: 'A6.2',
  investigation: 'C4.4',
  detention: 'C5.1',
  maritime: 'C2.2',
  labour: 'B5.2',
  journey: 'C2.3',
  brokers: 'C4.1',
  treatment: 'C6.1',
};

export interface PassagePlan {
  interviewKey: string;
  topic: Topic;
  /** Which of the interview's sentences on the topic (0 = the first). */
  nth: number;
  target: { type: 'indicator'; code: string } | { type: 'finding'; key: string };
  comment: string;
}

/** Interviews whose consent allows their words to be used as evidence. */
function usable(key: string): boolean {
  const spec = INTERVIEW_SPECS.find((s) => s.key === key);
  return spec !== undefined && spec.consent.permittedUse !== 'none' && spec.consent.withdrawnAt === null;
}

export function planPassages(): PassagePlan[] {
  const plans: PassagePlan[] = [];
  // One sentence of each usable base interview, on its first topic, coded to that topic's indicator.
  for (const spec of INTERVIEW_SPECS) {
    const topic = spec.topics[0];
    if (!topic || !usable(spec.key)) continue;
    plans.push({
      interviewKey: spec.key,
      topic,
      nth: 0,
      target: { type: 'indicator', code: TOPIC_INDICATOR[topic] },
      comment: '',
    });
  }
  // Up to two cited interviews per finding, on the finding's topic, coded to the finding.
  for (const finding of FINDING_SPECS) {
    const topic = finding.codeTopic;
    if (!topic) continue;
    const speakers = finding.interviews.filter((key) => {
      const spec = INTERVIEW_SPECS.find((s) => s.key === key);
      return spec !== undefined && spec.topics.includes(topic) && usable(key);
    });
    for (const key of speakers.slice(0, 2)) {
      // The second sentence when the first is already coded to the indicator.
      const first = INTERVIEW_SPECS.find((s) => s.key === key)?.topics[0] === topic;
      plans.push({
        interviewKey: key,
        topic,
        nth: first ? 1 : 0,
        target: { type: 'finding', key: finding.key },
        comment: 'Quoted in support of the finding (paraphrase in the report).',
      });
    }
  }
  return plans;
}

// ---------------------------------------------------------------- Joint Action Plan

export const ACTION_SPECS: readonly ActionSpec[] = [...ACTIONS_A_TO_C, ...ACTIONS_C_TO_E];

export interface ActionPlan {
  spec: ActionSpec;
  /** Start and end for this copy (the spec's own for the base round). */
  start: string | null;
  end: string | null;
  updates: readonly (readonly [date: string, status: ActionStatus, note: string])[];
}

const LAST_UPDATE = '2021-09-30';
const STATUS_DRAW: readonly ActionStatus[] = ['in_progress', 'in_progress', 'completed', 'delayed', 'not_started', 'cancelled'];
const NOTES: Record<ActionStatus, string> = {
  not_started: 'Not started: waiting for the lead agency to assign a focal point.',
  in_progress: 'อยู่ระหว่างดำเนินการ รายงานความก้าวหน้าต่อคณะทำงานแล้ว',
  completed: 'Completed; evidence filed with the technical working group.',
  delayed: 'ล่าช้าเนื่องจากสถานการณ์โควิด-19 และการปรับลดงบประมาณ',
  cancelled: 'Cancelled: merged into another action of the plan.',
};

function copyOf(random: Random, spec: ActionSpec): ActionPlan {
  // Another province or division doing the same step in another period.
  const start = spec.start === null ? null : dateBetween(random, '2019-10-01', '2021-06-30');
  const end = start === null ? null : addDays(start, between(random, 90, 900));
  const updates: [string, ActionStatus, string][] = [];
  let date = start ?? '2020-01-01';
  for (let i = between(random, 0, 3); i > 0 && date < LAST_UPDATE; i -= 1) {
    date = addDays(date, between(random, 20, 200));
    if (date > LAST_UPDATE) break;
    const status = pick(random, STATUS_DRAW);
    updates.push([date, status, NOTES[status]]);
  }
  return { spec, start, end, updates };
}

/** Every action item of the demo: the 30 of the plan, then `scale - 1` more rounds of them. */
export function* generateActions(random: Random, scale: number): Generator<ActionPlan> {
  for (const spec of ACTION_SPECS) yield { spec, start: spec.start, end: spec.end, updates: spec.updates };
  for (let round = 1; round < scale; round += 1) {
    for (const spec of ACTION_SPECS) yield copyOf(random, spec);
  }
}

export function actionCount(scale: number): number {
  return ACTION_SPECS.length * scale;
}

import type { TotEvent } from '../../../shared/tot';
import type { ProjectFile } from '../../project/project-file';
import type { WriteContext } from '../../project/project-file';
import { readModules } from '../curriculum';
import { applyTotTemplateIn, createTotEventIn, saveTotSessionIn } from '../tot';
import {
  saveTotEvaluationIn,
  saveTotFollowUpIn,
  saveTotParticipantIn,
  saveTotTestIn,
  setTotAttendanceIn,
} from '../tot-people';
import { between, pick, type Random } from './random';

/**
 * Component 4 of the demo: one Training of Trainers in Bangkok, 16–20 May 2565 B.E. (2022),
 * on the default 5-day agenda, with 31 participants by pseudonymous code (20 police of several
 * units, 6 MSDHS social workers, 5 OAG prosecutors), daily attendance with a few absences,
 * pre/post tests (one participant has no post-test), 25 anonymous L1 forms and four L3
 * follow-ups. Fixed size (not multiplied by --scale); deterministic for a given seed.
 */

export const TOT_CODE = 'TOT-2565-01';

/**
 * The template's module labels and the demo curriculum's codes: content modules M1–M7 are
 * M01–M07, training-skills sessions (TS) are M08, the joint-case simulation practises M06.
 */
const MODULE_OF_LABEL: Record<string, string> = {
  M1: 'M01',
  M2: 'M02',
  M3: 'M03',
  M4: 'M04',
  M5: 'M05',
  M6: 'M06',
  M7: 'M07',
  M8: 'M06',
  TS: 'M08',
};

/** Links each templated session to the demo curriculum's module it teaches (written just before). */
function linkModules(ctx: WriteContext, event: TotEvent): void {
  const idOfCode = new Map(readModules(ctx.db).map((m) => [m.code, m.id]));
  for (const session of event.sessions) {
    const moduleId = idOfCode.get(MODULE_OF_LABEL[session.module] ?? '');
    if (moduleId === undefined) continue;
    saveTotSessionIn(ctx, {
      eventId: event.id,
      id: session.id,
      expectedUpdatedAt: session.updatedAt,
      day: session.day,
      startTime: session.startTime,
      endTime: session.endTime,
      title: session.title,
      module: session.module,
      facilitator: session.facilitator,
      method: session.method,
      moduleId,
    });
  }
}
const DAYS = 5;
const MAX_SCORE = 40;

type Group = readonly [agency: string, unit: string, count: number, rankBands: readonly string[]];

const GROUPS: readonly Group[] = [
  ['RTP-IB', 'Immigration checkpoint', 8, ['Pol. Sub-Lt. – Pol. Capt.', 'Pol. Maj. – Pol. Lt. Col.']],
  ['RTP-ATPD', 'Anti-trafficking investigation', 4, ['Pol. Capt. – Pol. Maj.', 'Pol. Lt. Col. – Pol. Col.']],
  ['RTP-MARINE', 'Marine police station', 3, ['Pol. Sub-Lt. – Pol. Capt.']],
  ['RTP-PROV', 'Provincial police inquiry', 5, ['Pol. Capt. – Pol. Maj.', 'Pol. Lt. Col. – Pol. Col.']],
  ['MSDHS', 'Provincial social development office', 6, ['Practitioner level', 'Professional level']],
  ['OAG', 'Provincial public prosecutor office', 5, ['Provincial prosecutor', 'Senior provincial prosecutor']],
];

/** Border provinces and Bangkok: Tak, Chiang Rai, Sa Kaeo, Songkhla, Ranong, Nong Khai, Bangkok. */
const PROVINCES = ['TH-63', 'TH-57', 'TH-27', 'TH-90', 'TH-85', 'TH-43', 'TH-10'] as const;

/** [participant index, day] pairs marked absent; all other days present. */
const ABSENCES: readonly (readonly [number, number])[] = [
  [4, 3],
  [12, 5],
  [22, 2],
  [27, 4],
];
/** The participant who left before the post-test (the last OAG prosecutor). */
const NO_POST_TEST = 30;

const COMMENTS = [
  'The case studies from real checkpoints were the most useful part.',
  'ต้องการเวลาฝึกสอนแบบจุลภาคมากขึ้น',
  'Working with prosecutors and social workers in one group helped a lot.',
  'ห้องประชุมเย็นเกินไป แต่เนื้อหาดีมาก',
  '',
];

export interface TotCounts {
  totEvents: number;
  totParticipants: number;
}

function newest(event: TotEvent, known: Set<string>): string {
  const added = event.participants.find((p) => !known.has(p.id));
  // Saved a line earlier: a miss is a bug in the demo.
  if (!added) throw new Error('demo: participant not saved');
  known.add(added.id);
  return added.id;
}

export function writeTot(project: ProjectFile, random: Random): TotCounts {
  // The curriculum (written before) gives the agenda's sessions their modules.
  return project.write((ctx) => {
    const created = createTotEventIn(ctx, {
      code: TOT_CODE,
      title: {
        en: 'Training of Trainers on countering migrant smuggling',
        th: 'การฝึกอบรมครูฝึกด้านการต่อต้านการลักลอบขนคนเข้าเมือง',
      },
      startDate: '2022-05-16',
      endDate: '2022-05-20',
      venue: 'Bangkok',
      passMark: 60,
    });
    const eventId = created.id;
    linkModules(ctx, applyTotTemplateIn(ctx, { eventId }));
    const known = new Set<string>();
    const people: string[] = [];
    for (const [agencyCode, unit, count, bands] of GROUPS) {
      for (let i = 0; i < count; i += 1) {
        const event = saveTotParticipantIn(ctx, {
          eventId,
          agencyCode,
          unit,
          // Police mostly men, social workers mostly women, prosecutors mixed.
          sex: random() < (agencyCode === 'MSDHS' ? 0.2 : agencyCode === 'OAG' ? 0.5 : 0.75) ? 'male' : 'female',
          rankBand: pick(random, bands),
          provinceCode: pick(random, PROVINCES),
          role: 'participant',
          certificateIssued: people.length !== NO_POST_TEST,
        });
        people.push(newest(event, known));
      }
    }
    people.forEach((participantId, index) => {
      for (let day = 1; day <= DAYS; day += 1) {
        const present = !ABSENCES.some(([who, absentDay]) => who === index && absentDay === day);
        setTotAttendanceIn(ctx, { eventId, participantId, day, present });
      }
      const pre = between(random, 12, 28);
      saveTotTestIn(ctx, { participantId, kind: 'pre', score: pre, maxScore: MAX_SCORE });
      if (index !== NO_POST_TEST) {
        const post = Math.min(MAX_SCORE, pre + between(random, 2, 14));
        saveTotTestIn(ctx, { participantId, kind: 'post', score: post, maxScore: MAX_SCORE });
      }
    });
    for (let form = 0; form < 25; form += 1) {
      saveTotEvaluationIn(ctx, {
        eventId,
        participantId: null,
        relevance: between(random, 3, 5),
        trainer: between(random, 3, 5),
        methods: between(random, 2, 5),
        // One form leaves logistics blank.
        logistics: form === 7 ? null : between(random, 2, 5),
        comment: pick(random, COMMENTS),
      });
    }
    const followUps: readonly (readonly [number, string, number, number, string])[] = [
      [0, '2022-08-15', 3, 62, 'Cascaded at the Tak checkpoint.'],
      [9, '2022-09-01', 2, 35, 'จัดอบรมต่อให้พนักงานสอบสวนในจังหวัด'],
      [21, '2022-09-20', 1, 18, 'Briefing for shelter staff on referral.'],
      [26, '2022-11-10', 2, 40, 'Joint session with provincial police on case building.'],
    ];
    for (const [who, date, cascadeSessions, participantsReached, note] of followUps) {
      saveTotFollowUpIn(ctx, {
        eventId,
        participantId: people[who] ?? null,
        date,
        cascadeSessions,
        participantsReached,
        note,
      });
    }
    return { totEvents: 1, totParticipants: people.length };
  });
}

import type { Meeting, MeetingComponent, MinutesStatus } from '../../../shared/meetings';
import { MINUTES_STATUSES } from '../../../shared/meetings';
import type { ProjectFile, WriteContext } from '../../project/project-file';
import { createModuleIn, saveCurriculumHeader } from '../curriculum';
import { createMeetingIn, setMeetingStatusIn } from '../meetings';
import { saveFollowUpIn } from '../meetings-follow-ups';
import { saveAgendaItemIn, saveAttendanceIn } from '../meetings-items';
import { addProvision, linkProvision, setConsensus, setPosition } from '../meetings-provisions';
import { createTwgMemberIn } from '../twg';
import type { Bilingual } from './action-content';
import { CURRICULUM_TITLE, CURRICULUM_VERSION, MODULE_SPECS, TWG_SEATS } from './curriculum-content';
import {
  attendanceFor,
  C2_MEETINGS,
  DRAFT_ACT,
  DRAFT_PROVISIONS,
  STANDING_ITEMS,
  TWG_MEETINGS,
  type AttendeeSpec,
} from './meeting-content';

/**
 * Components 2 and 3 of the demo, written through the meetings, TWG and curriculum services
 * (validation, codes, audit events), never with raw SQL. The content is fixed, so the records
 * and codes are the same on every run; --scale does not multiply them.
 */

/** Looks up the id of a record the demo wrote earlier (action items, findings) by its content key. */
export type IdOf = (kind: string, key: string) => string;

export interface ComponentCounts {
  meetings: number;
  twgMembers: number;
  modules: number;
}

const SEATED = new Set(['present', 'substitute']);
const blank: Bilingual = { en: '', th: '' };

/** The newest agenda item of a category (items are listed by order within their category). */
function lastItemId(meeting: Meeting, category: number): string {
  const item = meeting.agenda.filter((a) => a.category === category).at(-1);
  // The item was saved a line earlier: a miss is a bug in the demo.
  if (!item) throw new Error(`demo: no agenda item ${category} in ${meeting.code}`);
  return item.id;
}

function createWithAttendance(
  ctx: WriteContext,
  component: MeetingComponent,
  number: number,
  yearBE: number,
  details: { date: string; title: Bilingual; venue: Bilingual; chair: string },
  attendance: readonly AttendeeSpec[],
): Meeting {
  const meeting = createMeetingIn(ctx, {
    component,
    number,
    yearBE,
    title: details.title,
    date: details.date,
    startTime: '09:30',
    endTime: '12:00',
    venue: details.venue,
    chairPosition: details.chair,
    chairAgencyCode: 'RTP-IB',
    language: 'th',
    interpretation: component === 'c2',
    // The meetings are held in Thai: their posts and reasons are written in Thai too.
    minuteTaker: 'เจ้าหน้าที่ฝ่ายเลขานุการ ฝ่ายกฎหมาย สำนักงานตรวจคนเข้าเมือง',
    checker: 'ผู้กำกับการฝ่ายกฎหมาย สำนักงานตรวจคนเข้าเมือง',
  });
  for (const row of attendance) {
    saveAttendanceIn(ctx, {
      meetingId: meeting.id,
      agencyCode: row.agency,
      position: row.position,
      sex: row.sex,
      status: row.status,
      absenceReason: row.absenceReason ?? '',
      substituteFor: row.substituteFor ?? '',
    });
  }
  return meeting;
}

function addStandingItems(ctx: WriteContext, meetingId: string, categories: readonly (1 | 2 | 3)[]): void {
  for (const category of categories) {
    saveAgendaItemIn(ctx, { meetingId, category, ...STANDING_ITEMS[category] });
  }
}

function advance(ctx: WriteContext, meetingId: string, status: MinutesStatus): void {
  // Minutes move forward one step at a time: draft -> circulated -> adopted.
  for (const step of MINUTES_STATUSES.slice(1, MINUTES_STATUSES.indexOf(status) + 1)) {
    setMeetingStatusIn(ctx, { id: meetingId, status: step });
  }
}

function writeC2(project: ProjectFile, idOf: IdOf): number {
  for (const provision of DRAFT_PROVISIONS) {
    addProvision(project, { instrumentCode: DRAFT_ACT, section: provision.section, title: provision.title, draft: true });
  }
  C2_MEETINGS.forEach((spec, index) => {
    const attendance = attendanceFor(index);
    const seated = new Set(attendance.filter((row) => SEATED.has(row.status)).map((row) => row.agency));
    project.write((ctx) => {
      let meeting = createWithAttendance(
        ctx,
        'c2',
        index + 1,
        2563,
        { date: spec.date, title: spec.title, venue: spec.venue, chair: 'ผู้บัญชาการสำนักงานตรวจคนเข้าเมือง' },
        attendance,
      );
      // The full Thai five-part agenda at every consultation.
      // The first consultation has no previous minutes and nothing arising from them.
      addStandingItems(ctx, meeting.id, index === 0 ? [1] : [1, 2, 3]);
      meeting = saveAgendaItemIn(ctx, {
        meetingId: meeting.id,
        category: 4,
        title: { en: 'Review of draft sections of the new Immigration Act', th: 'พิจารณาร่างมาตราของร่างพระราชบัญญัติคนเข้าเมืองฉบับใหม่' },
        discussion: {
          en: `The meeting reviewed sections ${spec.reviews.map((r) => r.section).join(' and ')} section by section.`,
          th: `ที่ประชุมพิจารณามาตรา ${spec.reviews.map((r) => r.section).join(' และ ')} เรียงตามมาตรา`,
        },
        resolution: spec.resolution,
      });
      const itemId = lastItemId(meeting, 4);
      saveAgendaItemIn(ctx, { meetingId: meeting.id, category: 5, ...STANDING_ITEMS[5] });
      for (const review of spec.reviews) {
        meeting = linkProvision(project, { agendaItemId: itemId, instrumentCode: DRAFT_ACT, section: review.section });
        const link = meeting.agenda.find((a) => a.id === itemId)?.provisions.find((p) => p.section === review.section);
        if (!link) throw new Error(`demo: section ${review.section} not linked`);
        for (const [agencyCode, position, note] of review.stances) {
          // Only an agency at the table may hold a position (an absent one is skipped).
          if (seated.has(agencyCode)) setPosition(project, { itemProvisionId: link.id, agencyCode, position, note });
        }
        setConsensus(project, { id: link.id, consensus: review.consensus });
      }
      for (const followUp of spec.followUps) {
        saveFollowUpIn(ctx, {
          meetingId: meeting.id,
          agendaItemId: itemId,
          text: followUp.text,
          ownerAgencyCode: followUp.owner,
          dueDate: followUp.due,
          status: followUp.status,
          actionId: followUp.action === null ? null : idOf('action', followUp.action),
        });
      }
      advance(ctx, meeting.id, spec.status);
    });
  });
  return C2_MEETINGS.length;
}

function writeTwg(project: ProjectFile, idOf: IdOf): number {
  project.write((ctx) => {
    for (const seat of TWG_SEATS) {
      createTwgMemberIn(ctx, {
        agencyCode: seat.agency,
        role: seat.role,
        positionTitle: seat.position,
        sex: seat.sex,
        fromDate: '2021-02-01',
        toDate: null,
        active: true,
      });
    }
  });
  TWG_MEETINGS.forEach((spec, index) => {
    // One member sends apologies each time, in turn.
    const absent = TWG_SEATS[3 + index]?.agency;
    const attendance = TWG_SEATS.map((seat): AttendeeSpec => ({
      agency: seat.agency,
      position: seat.position.th || seat.position.en,
      sex: seat.sex,
      status: seat.agency === absent ? 'absent' : seat.agency === 'IOM' ? 'observer' : 'present',
      absenceReason: seat.agency === absent ? 'ติดราชการ' : '',
    }));
    project.write((ctx) => {
      let meeting = createWithAttendance(
        ctx,
        'twg',
        index + 1,
        2564,
        {
          date: spec.date,
          title: spec.title,
          venue: { en: 'Training room, Immigration Bureau, Bangkok', th: 'ห้องฝึกอบรม สำนักงานตรวจคนเข้าเมือง กรุงเทพมหานคร' },
          chair: 'รองผู้บัญชาการสำนักงานตรวจคนเข้าเมือง',
        },
        attendance,
      );
      addStandingItems(ctx, meeting.id, index === 0 ? [1] : [1, 2]);
      meeting = saveAgendaItemIn(ctx, { meetingId: meeting.id, category: 4, title: spec.item, resolution: spec.resolution });
      if (index === 0) {
        saveFollowUpIn(ctx, {
          meetingId: meeting.id,
          agendaItemId: lastItemId(meeting, 4),
          text: { en: 'Draft the financial investigation module.', th: 'ยกร่างหน่วยการเรียนรู้การสืบสวนทางการเงิน' },
          ownerAgencyCode: 'OAG',
          dueDate: '2021-05-01',
          status: 'done',
          actionId: idOf('action', 'a-financial-training'),
        });
      }
      advance(ctx, meeting.id, spec.status);
    });
  });
  return TWG_MEETINGS.length;
}

function writeCurriculum(project: ProjectFile, idOf: IdOf): number {
  saveCurriculumHeader(project, { title: CURRICULUM_TITLE, version: CURRICULUM_VERSION });
  const code = (index: number): string => `M${String(index + 1).padStart(2, '0')}`;
  project.write((ctx) => {
    MODULE_SPECS.forEach((spec, index) => {
      createModuleIn(ctx, {
        code: code(index),
        title: spec.title,
        audience: { en: 'Trainers from the RTP, OAG and MSDHS', th: 'ครูฝึกจากสำนักงานตำรวจแห่งชาติ สำนักงานอัยการสูงสุด และ พม.' },
        hours: spec.hours,
        methods: [...spec.methods],
        materials: { en: 'Slides, case file extracts, handouts', th: 'สไลด์ ตัวอย่างสำนวนคดี เอกสารประกอบ' },
        assessment: { en: 'Pre/post test items and an observed exercise', th: 'ข้อสอบก่อน/หลังเรียน และแบบฝึกหัดที่มีผู้สังเกต' },
        trainerProfile: { en: 'Practitioner with at least five years in the field and ToT certificate', th: 'ผู้ปฏิบัติงานที่มีประสบการณ์อย่างน้อย 5 ปีและผ่านการอบรมครูฝึก' },
        leadAgencyCode: spec.lead,
        outline: blank,
        order: index + 1,
        outcomes: spec.outcomes.map(([en, th, bloomLevel], n) => ({
          code: `${code(index)}.${n + 1}`,
          text: { en, th },
          bloomLevel,
        })),
        findingIds: spec.findings.map((key) => idOf('finding', key)),
      });
    });
  });
  return MODULE_SPECS.length;
}

/** Meetings (Component 2 and TWG), TWG membership and the curriculum; the JAP and findings exist already. */
export function writeComponents(project: ProjectFile, idOf: IdOf): ComponentCounts {
  const c2 = writeC2(project, idOf);
  const twg = writeTwg(project, idOf);
  return { meetings: c2 + twg, twgMembers: TWG_SEATS.length, modules: writeCurriculum(project, idOf) };
}

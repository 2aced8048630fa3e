/**
 * Meetings through the real handler table on a real encrypted project: create, list and update;
 * a meeting number taken that year refused; attendance counts by agency and sex; a position for
 * an agency not at the table refused with nothing saved; follow-ups linked to a JAP item (and
 * refused for a deleted one); minutes status transitions; and an audit trail without free text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/meetings';
import { errorMessage } from '../../../src/shared/messages';
import { expectError, expectValue, type TestApi } from '../../helpers/api';
import { contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { actionInput, auditCount, auditSince, openAnalysisProject, storedRow } from '../analysis/fixtures';

let root: string;
let api: TestApi;

const hash = (): string => api.session.require().read((db) => contentHash(db));
const SECRET_TITLE = 'Consultation on the draft Immigration Act, section 64';
const SECRET_REASON = 'Chair asked to correct the OAG position wording';

function meetingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    component: 'c2',
    number: 3,
    yearBE: 2563,
    title: { en: SECRET_TITLE, th: 'การประชุมรับฟังความคิดเห็นร่างพระราชบัญญัติคนเข้าเมือง' },
    date: '2020-02-12',
    startTime: '09:30',
    endTime: '12:00',
    venue: { en: 'IB headquarters, Bangkok', th: 'สำนักงานตรวจคนเข้าเมือง กรุงเทพฯ' },
    chairPosition: 'Deputy Commissioner',
    chairAgencyCode: 'RTP-IB',
    language: 'th',
    interpretation: true,
    minuteTaker: 'Policy officer, IB',
    checker: 'Director, Legal Division',
    ...overrides,
  };
}

const create = async (overrides: Record<string, unknown> = {}): Promise<Meeting> =>
  expectValue(await api.call('meetings.create', meetingInput(overrides)));

const attend = async (meetingId: string, row: Record<string, unknown>): Promise<Meeting> =>
  expectValue(
    await api.call('meetings.saveAttendance', {
      meetingId,
      position: 'Officer',
      sex: 'male',
      status: 'present',
      ...row,
    }),
  );

beforeAll(async () => {
  root = makeTempDir('meetings');
  ({ api } = await openAnalysisProject(root, 'meetings'));
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('meeting records', () => {
  it('creates, lists and updates a meeting with its code', async () => {
    const meeting = await create({ number: 1 });
    expect([meeting.code, meeting.minutesStatus, meeting.chairAgencyCode]).toEqual([
      'MTG-C2-1/2563',
      'draft',
      'RTP-IB',
    ]);
    const list = expectValue(await api.call('meetings.list', {}));
    expect(list.map((m) => m.code)).toContain('MTG-C2-1/2563');
    const updated = expectValue(
      await api.call('meetings.update', {
        id: meeting.id,
        number: 2,
        venue: { en: 'Pattaya', th: 'พัทยา' },
        expectedUpdatedAt: meeting.updatedAt,
      }),
    );
    expect([updated.code, updated.venue.th]).toEqual(['MTG-C2-2/2563', 'พัทยา']);
    const stale = expectError(
      await api.call('meetings.update', { id: meeting.id, number: 9, expectedUpdatedAt: meeting.updatedAt }),
    );
    expect(stale.code).toBe('CONFLICT');
  });

  it('refuses a number already used that year for the component, writing nothing', async () => {
    await create({ number: 7 });
    const before = hash();
    const error = expectError(await api.call('meetings.create', meetingInput({ number: 7 })));
    expect([error.code, error.details?.['entity'], error.details?.['code']]).toEqual([
      'DUPLICATE',
      'meeting',
      'MTG-C2-7/2563',
    ]);
    expect(hash()).toBe(before);
    // The same number is free in another year and for the TWG.
    expect((await create({ number: 7, yearBE: 2564 })).code).toBe('MTG-C2-7/2564');
    expect((await create({ number: 7, component: 'twg' })).code).toBe('MTG-TWG-7/2563');
  });

  it('refuses an end time before the start', async () => {
    const error = expectError(
      await api.call('meetings.create', meetingInput({ number: 40, startTime: '13:00', endTime: '09:00' })),
    );
    expect([error.code, error.details?.['field']]).toEqual(['VALIDATION', 'endTime']);
  });
});

describe('attendance', () => {
  it('counts people in the room by agency and sex, leaving the absent out', async () => {
    const meeting = await create({ number: 11 });
    await attend(meeting.id, { agencyCode: 'RTP-IB', sex: 'male' });
    await attend(meeting.id, { agencyCode: 'RTP-IB', sex: 'female' });
    await attend(meeting.id, { agencyCode: 'RTP-IB', sex: 'female', status: 'substitute', substituteFor: 'Commander' });
    await attend(meeting.id, { agencyCode: 'OAG', sex: 'not_recorded', status: 'observer' });
    const last = await attend(meeting.id, {
      agencyCode: 'MOI',
      sex: 'male',
      status: 'absent',
      absenceReason: 'Official duty',
    });
    expect(last.counts).toEqual({
      byStatus: { present: 2, absent: 1, substitute: 1, observer: 1 },
      attending: 4,
      bySex: { female: 2, male: 1, other: 0, not_recorded: 1, total: 4 },
      byAgency: [
        { agencyCode: 'OAG', female: 0, male: 0, other: 0, not_recorded: 1, total: 1 },
        { agencyCode: 'RTP-IB', female: 2, male: 1, other: 0, not_recorded: 0, total: 3 },
      ],
    });
    const listed = expectValue(await api.call('meetings.list', {})).find((m) => m.id === meeting.id);
    expect(listed?.attendanceCount).toBe(4);
  });

  it('asks for the reason of an absence and for whom a substitute stands', async () => {
    const meeting = await create({ number: 12 });
    const absent = expectError(
      await api.call('meetings.saveAttendance', {
        meetingId: meeting.id,
        agencyCode: 'OAG',
        position: 'Prosecutor',
        sex: 'male',
        status: 'absent',
      }),
    );
    expect(absent.details?.['field']).toBe('absenceReason');
    const substitute = expectError(
      await api.call('meetings.saveAttendance', {
        meetingId: meeting.id,
        agencyCode: 'OAG',
        position: 'Prosecutor',
        sex: 'male',
        status: 'substitute',
      }),
    );
    expect(substitute.details?.['field']).toBe('substituteFor');
  });
});

describe('agenda, provisions and positions', () => {
  it('numbers items in the five-part order and records positions of attending agencies only', async () => {
    const meeting = await create({ number: 21 });
    await attend(meeting.id, { agencyCode: 'RTP-IB' });
    await attend(meeting.id, { agencyCode: 'OAG', status: 'substitute', substituteFor: 'Director-General' });
    await attend(meeting.id, { agencyCode: 'MOI', status: 'observer' });
    const item = (title: string, category: number): Record<string, unknown> => ({
      meetingId: meeting.id,
      category,
      title: { en: title, th: '' },
    });
    await api.call('meetings.saveAgendaItem', item('Provisions on assisting unlawful entry', 4));
    await api.call('meetings.saveAgendaItem', item('Chair announcements', 1));
    const withItems = expectValue(await api.call('meetings.saveAgendaItem', item('Non-criminalisation', 4)));
    expect(withItems.agenda.map((a) => a.number)).toEqual(['1.1', '4.1', '4.2']);
    const moved = expectValue(
      await api.call('meetings.moveAgendaItem', { id: withItems.agenda[2]!.id, direction: 'up' }),
    );
    expect(moved.agenda.map((a) => `${a.number} ${a.title.en}`)).toEqual([
      '1.1 Chair announcements',
      '4.1 Non-criminalisation',
      '4.2 Provisions on assisting unlawful entry',
    ]);

    const added = expectValue(
      await api.call('meetings.addProvision', {
        instrumentCode: 'IMM-DRAFT-NEW',
        section: '64/1',
        title: { en: 'Assisting unlawful entry for material benefit', th: 'การช่วยเหลือให้เข้าเมืองโดยผิดกฎหมายเพื่อประโยชน์' },
        draft: true,
      }),
    );
    expect([added.source, added.draft]).toEqual(['project', true]);
    const options = expectValue(await api.call('meetings.provisions', {}));
    expect(options.some((p) => p.instrumentCode === 'IMM-ACT-2522' && p.source === 'reference')).toBe(true);
    expect(
      expectError(
        await api.call('meetings.addProvision', {
          instrumentCode: 'IMM-DRAFT-NEW',
          section: '64/1',
          title: { en: 'x', th: '' },
          draft: true,
        }),
      ).code,
    ).toBe('DUPLICATE');

    const itemId = moved.agenda[2]!.id;
    const linked = expectValue(
      await api.call('meetings.linkProvision', {
        agendaItemId: itemId,
        instrumentCode: 'IMM-DRAFT-NEW',
        section: '64/1',
      }),
    );
    const link = linked.agenda[2]!.provisions[0]!;
    expect([link.section, link.draft, link.title.en]).toEqual([
      '64/1',
      true,
      'Assisting unlawful entry for material benefit',
    ]);

    await api.call('meetings.setPosition', { itemProvisionId: link.id, agencyCode: 'RTP-IB', position: 'support' });
    const both = expectValue(
      await api.call('meetings.setPosition', {
        itemProvisionId: link.id,
        agencyCode: 'OAG',
        position: 'support_with_amendments',
        note: 'Define material benefit',
      }),
    );
    expect(both.agenda[2]!.provisions[0]!.positions.map((p) => [p.agencyCode, p.position])).toEqual([
      ['OAG', 'support_with_amendments'],
      ['RTP-IB', 'support'],
    ]);

    // An observer and an agency not in the room may not hold a position; nothing is saved.
    const before = hash();
    for (const agencyCode of ['MOI', 'NSC']) {
      const error = expectError(
        await api.call('meetings.setPosition', { itemProvisionId: link.id, agencyCode, position: 'oppose' }),
      );
      expect([error.code, error.details?.['agencyCode']]).toEqual(['AGENCY_NOT_ATTENDING', agencyCode]);
      expect(error.message).toBe(errorMessage('AGENCY_NOT_ATTENDING', 'en'));
    }
    expect(errorMessage('AGENCY_NOT_ATTENDING', 'th')).toMatch(/หน่วยงานนี้ไม่มีผู้มาประชุม/);
    expect(hash()).toBe(before);

    // Removing the only IB attendance row would orphan its position: refused too.
    const ibRow = both.attendance.find((row) => row.agencyCode === 'RTP-IB')!;
    expect(expectError(await api.call('meetings.removeAttendance', { id: ibRow.id })).code).toBe(
      'AGENCY_NOT_ATTENDING',
    );
    expect(hash()).toBe(before);

    const agreed = expectValue(await api.call('meetings.setConsensus', { id: link.id, consensus: true }));
    expect(agreed.agenda[2]!.provisions[0]!.consensus).toBe(true);
  });
});

describe('follow-ups', () => {
  it('links a follow-up to a JAP item and refuses a deleted one', async () => {
    const meeting = await create({ number: 31 });
    const action = expectValue(await api.call('actions.create', actionInput()));
    const saved = expectValue(
      await api.call('meetings.saveFollowUp', {
        meetingId: meeting.id,
        text: { en: 'IB to redraft with OAG', th: 'สตม. ปรับร่างร่วมกับ อส.' },
        ownerAgencyCode: 'RTP-IB',
        dueDate: '2020-03-15',
        actionId: action.id,
      }),
    );
    expect(saved.followUps.map((f) => [f.status, f.actionCode, f.ownerAgencyCode])).toEqual([
      ['open', action.code, 'RTP-IB'],
    ]);
    const { actionCode: _shown, ...stored } = saved.followUps[0]!;
    const events = auditCount(api);
    const done = expectValue(
      await api.call('meetings.saveFollowUp', { ...stored, meetingId: meeting.id, status: 'done' }),
    );
    expect(done.followUps[0]!.status).toBe('done');
    // Only the status changed: the audit names that field and nothing of the text.
    expect(auditSince(api, events).map((e) => e.details['fields'])).toEqual([['status']]);

    const deleted = expectValue(await api.call('actions.create', actionInput()));
    expectValue(await api.call('actions.delete', { id: deleted.id }));
    const before = hash();
    const error = expectError(
      await api.call('meetings.saveFollowUp', {
        meetingId: meeting.id,
        text: { en: 'Circulate', th: '' },
        actionId: deleted.id,
      }),
    );
    expect(error.code).toBe('LINK_TARGET_MISSING');
    expect(hash()).toBe(before);
  });
});

describe('minutes status and audit', () => {
  it('moves forward one step, back to draft only with a reason, and audits no free text', async () => {
    const start = auditCount(api);
    const meeting = await create({ number: 41 });
    const skip = expectError(await api.call('meetings.setStatus', { id: meeting.id, status: 'adopted' }));
    expect([skip.code, skip.details?.['field']]).toEqual(['VALIDATION', 'status']);
    expectValue(await api.call('meetings.setStatus', { id: meeting.id, status: 'circulated' }));
    expect(expectValue(await api.call('meetings.setStatus', { id: meeting.id, status: 'adopted' })).minutesStatus).toBe(
      'adopted',
    );
    const noReason = expectError(await api.call('meetings.setStatus', { id: meeting.id, status: 'draft' }));
    expect(noReason.details?.['field']).toBe('reason');
    const back = expectValue(
      await api.call('meetings.setStatus', { id: meeting.id, status: 'draft', reason: SECRET_REASON }),
    );
    expect([back.minutesStatus, back.statusReason]).toEqual(['draft', SECRET_REASON]);
    await attend(meeting.id, { agencyCode: 'RTP-IB', position: 'Inspector of the Legal Division' });

    const events = auditSince(api, start);
    expect(events.map((e) => e.action)).toEqual([
      'meeting.created',
      'meeting.statusChanged',
      'meeting.statusChanged',
      'meeting.statusChanged',
      'meeting.attendanceAdded',
    ]);
    const text = JSON.stringify(events);
    for (const secret of [SECRET_TITLE, SECRET_REASON, 'Inspector of the Legal Division', 'Deputy Commissioner']) {
      expect(text).not.toContain(secret);
    }
  });

  it('tombstones a deleted meeting and frees its number', async () => {
    const meeting = await create({ number: 51 });
    expectValue(await api.call('meetings.delete', { id: meeting.id }));
    expect(storedRow(api, 'meetings', meeting.id)?.['deleted']).toBe(1);
    expect(expectError(await api.call('meetings.get', { id: meeting.id })).code).toBe('NOT_FOUND');
    expect((await create({ number: 51 })).code).toBe('MTG-C2-51/2563');
  });
});

/**
 * Joint Action Plan items through the real handler table on a real encrypted project: an end
 * before the start is refused on create and on a partial update (nothing written), dated status
 * updates set the status by the latest date, the SMART check follows the fields, agencies must
 * exist and the lead is not a supporter, paged lists in code order, search, and the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActionIn } from '../../../src/main/services/actions';
import type { ActionItem } from '../../../src/shared/action-plan';
import { expectError, expectValue, type TestApi } from '../../helpers/api';
import { contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import {
  actionInput,
  auditCount,
  auditSince,
  findingInput,
  openAnalysisProject,
  recommendationInput,
  storedRow,
} from './fixtures';

let root: string;
let api: TestApi;

const hash = (): string => api.session.require().read((db) => contentHash(db));
const create = async (overrides: Parameters<typeof actionInput>[0] = {}): Promise<ActionItem> =>
  expectValue(await api.call('actions.create', actionInput(overrides)));

beforeAll(async () => {
  root = makeTempDir('actions');
  ({ api } = await openAnalysisProject(root, 'actions'));
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('dates', () => {
  it('refuses an end date before the start on create, writing nothing', async () => {
    const before = hash();
    const error = expectError(
      await api.call('actions.create', actionInput({ startDate: '2021-12-31', endDate: '2020-01-01' })),
    );
    expect([error.code, error.details]).toEqual(['DATE_ORDER', { field: 'endDate' }]);
    expect(hash()).toBe(before);
  });

  it('refuses a partial update that puts the end before the stored start, keeping the item', async () => {
    const item = await create({ startDate: '2020-01-01', endDate: '2021-12-31' });
    const events = auditCount(api);
    const error = expectError(
      await api.call('actions.update', {
        id: item.id,
        endDate: '2019-06-30',
        action: { en: 'Not to be saved', th: '' },
      }),
    );
    expect(error.code).toBe('DATE_ORDER');
    const startAfterEnd = expectError(await api.call('actions.update', { id: item.id, startDate: '2022-01-01' }));
    expect(startAfterEnd.code).toBe('DATE_ORDER');
    expect(expectValue(await api.call('actions.get', { id: item.id }))).toEqual(item);
    expect(auditCount(api)).toBe(events);
    // Moving both together is fine.
    const moved = expectValue(
      await api.call('actions.update', { id: item.id, startDate: '2022-01-01', endDate: '2022-06-30' }),
    );
    expect([moved.startDate, moved.endDate]).toEqual(['2022-01-01', '2022-06-30']);
  });

  it('refuses a date the calendar does not have', async () => {
    expect(expectError(await api.call('actions.create', actionInput({ startDate: '2021-02-30' }))).code).toBe(
      'VALIDATION',
    );
  });
});

describe('status updates', () => {
  it('the latest date sets the status, whatever order the updates are entered in', async () => {
    const item = await create();
    expect([item.status, item.statusDate, item.updates]).toEqual(['not_started', null, []]);
    const first = expectValue(
      await api.call('actions.addStatusUpdate', {
        actionId: item.id,
        date: '2020-06-30',
        status: 'in_progress',
        note: 'Draft circulated',
      }),
    );
    expect([first.status, first.statusDate]).toEqual(['in_progress', '2020-06-30']);
    // Entered later, dated earlier: kept in the history, the status stays.
    const late = expectValue(
      await api.call('actions.addStatusUpdate', { actionId: item.id, date: '2020-03-01', status: 'delayed', note: '' }),
    );
    expect([late.status, late.statusDate]).toEqual(['in_progress', '2020-06-30']);
    const done = expectValue(
      await api.call('actions.addStatusUpdate', {
        actionId: item.id,
        date: '2021-01-15',
        status: 'completed',
        note: 'Adopted',
      }),
    );
    expect([done.status, done.statusDate]).toEqual(['completed', '2021-01-15']);
    expect(done.updates.map((u) => [u.date, u.status])).toEqual([
      ['2021-01-15', 'completed'],
      ['2020-06-30', 'in_progress'],
      ['2020-03-01', 'delayed'],
    ]);
    // Two updates of one date: the one entered last wins.
    const sameDay = expectValue(
      await api.call('actions.addStatusUpdate', {
        actionId: item.id,
        date: '2021-01-15',
        status: 'cancelled',
        note: '',
      }),
    );
    expect(sameDay.status).toBe('cancelled');
    expect(expectValue(await api.call('actions.list', { status: 'cancelled' })).items.map((a) => a.id)).toEqual([
      item.id,
    ]);
  });

  it('refuses an update of an item that does not exist', async () => {
    const error = expectError(
      await api.call('actions.addStatusUpdate', {
        actionId: '00000000-0000-4000-8000-000000000000',
        date: '2020-01-01',
        status: 'completed',
        note: '',
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('the SMART check and links', () => {
  it('turns each criterion on as its fields are filled', async () => {
    const item = await create();
    expect(item.smart).toEqual({
      specific: false,
      measurable: false,
      achievable: false,
      relevant: false,
      timeBound: false,
    });
    const finding = expectValue(await api.call('findings.create', findingInput({ subAreaCode: 'B3' })));
    const recommendation = expectValue(
      await api.call('recommendations.create', recommendationInput([finding.id], { subAreaCode: 'B3' })),
    );
    const steps: Array<[Record<string, unknown>, keyof ActionItem['smart']]> = [
      [
        { action: { en: 'Finalise the anti-smuggling provisions of the draft Act', th: '' }, leadAgencyCode: 'MOI' },
        'specific',
      ],
      [
        {
          indicator: { en: 'Draft submitted to Cabinet', th: '' },
          target: { en: 'Submitted by December 2021', th: '' },
          meansOfVerification: { en: 'Cabinet resolution', th: 'มติคณะรัฐมนตรี' },
        },
        'measurable',
      ],
      [{ fundingSource: 'National budget; IOM technical support' }, 'achievable'],
      [{ recommendationId: recommendation.id }, 'relevant'],
      [{ startDate: '2020-01-01', endDate: '2021-12-31' }, 'timeBound'],
    ];
    const on: string[] = [];
    for (const [patch, criterion] of steps) {
      const updated = expectValue(await api.call('actions.update', { id: item.id, ...patch }));
      on.push(criterion);
      expect(
        Object.entries(updated.smart)
          .filter(([, value]) => value)
          .map(([key]) => key)
          .sort(),
      ).toEqual([...on].sort());
    }
    const linked = expectValue(await api.call('actions.get', { id: item.id }));
    expect([linked.recommendationCode, linked.areaCode, linked.code.startsWith('JAP-B3-')]).toEqual([
      recommendation.code,
      'B',
      true,
    ]);
    expect(expectValue(await api.call('recommendations.get', { id: recommendation.id })).actions).toEqual([
      { id: item.id, code: item.code },
    ]);
  });

  it('refuses unknown agencies and recommendations, and a lead that is also supporting', async () => {
    const unknownLead = expectError(await api.call('actions.create', actionInput({ leadAgencyCode: 'NO-SUCH' })));
    expect([unknownLead.code, unknownLead.details]).toEqual([
      'LINK_TARGET_MISSING',
      { kind: 'agency', code: 'NO-SUCH' },
    ]);
    const unknownSupport = expectError(
      await api.call(
        'actions.create',
        actionInput({ leadAgencyCode: 'MOI', supportingAgencyCodes: ['RTP-IB', 'NOPE'] }),
      ),
    );
    expect(unknownSupport.details).toEqual({ kind: 'agency', code: 'NOPE' });
    const missingRecommendation = expectError(
      await api.call('actions.create', actionInput({ recommendationId: '00000000-0000-4000-8000-000000000000' })),
    );
    expect(missingRecommendation.code).toBe('LINK_TARGET_MISSING');
    const both = expectError(
      await api.call(
        'actions.create',
        actionInput({ leadAgencyCode: 'MOI', supportingAgencyCodes: ['RTP-IB', 'MOI'] }),
      ),
    );
    expect([both.code, both.details?.['field']]).toEqual(['VALIDATION', 'supportingAgencyCodes']);
    const item = await create({ leadAgencyCode: 'MOI', supportingAgencyCodes: ['RTP-IB'] });
    const swapped = expectError(await api.call('actions.update', { id: item.id, leadAgencyCode: 'RTP-IB' }));
    expect(swapped.code).toBe('VALIDATION');
  });
});

describe('lists, search, tombstones and the audit trail', () => {
  it('pages in code order, number by number past 99, with filters and a total', async () => {
    // 105 items of one sub-area in one transaction, as the demo generator writes them.
    const items = api.session
      .require()
      .write((ctx) =>
        Array.from({ length: 105 }, (_, i) =>
          createActionIn(ctx, actionInput({ subAreaCode: 'C7', leadAgencyCode: i % 2 ? 'MOI' : 'RTP-IB' })),
        ),
      );
    expect(items.at(-1)?.code).toBe('JAP-C7-105');
    const page = expectValue(await api.call('actions.list', { areaCode: 'C', limit: 3, offset: 98 }));
    expect(page.total).toBe(105);
    expect(page.items.map((a) => a.code)).toEqual(['JAP-C7-99', 'JAP-C7-100', 'JAP-C7-101']);
    const byLead = expectValue(await api.call('actions.list', { areaCode: 'C', leadAgencyCode: 'MOI', limit: 500 }));
    expect(byLead.total).toBe(52);
    expect(byLead.items.every((a) => a.leadAgencyCode === 'MOI')).toBe(true);
  });

  it('finds an item by an English stem of its action and a Thai word of its indicator; not once deleted', async () => {
    const item = await create({
      subAreaCode: 'E2',
      action: { en: 'Establish joint referral mechanisms at checkpoints', th: '' },
      indicator: { en: '', th: 'จำนวนการประชุมคณะทำงานร่วมต่อปี' },
    });
    const stem = expectValue(await api.call('search.query', { query: 'mechanism', kinds: ['action'] }));
    expect(stem.hits.map((hit) => [hit.code, hit.title])).toEqual([
      [item.code, 'Establish joint referral mechanisms at checkpoints'],
    ]);
    const thai = expectValue(await api.call('search.query', { query: 'คณะทำงาน', kinds: ['action'] }));
    expect(thai.hits.map((hit) => hit.code)).toEqual([item.code]);
    expectValue(await api.call('actions.delete', { id: item.id }));
    expect(expectValue(await api.call('search.query', { query: 'mechanism', kinds: ['action'] })).total).toBe(0);
    expect(expectError(await api.call('actions.get', { id: item.id })).code).toBe('NOT_FOUND');
    expect(storedRow(api, 'actions', item.id)).toMatchObject({ code: item.code, deleted: 1 });
  });

  it('every create, update, status update and delete has its event, with no free text', async () => {
    const start = auditCount(api);
    const item = await create({ subAreaCode: 'A2' });
    expectValue(
      await api.call('actions.update', { id: item.id, risks: { en: 'CANARY risk 7720', th: '' }, keyMeasure: true }),
    );
    expectValue(
      await api.call('actions.addStatusUpdate', {
        actionId: item.id,
        date: '2020-02-02',
        status: 'in_progress',
        note: 'CANARY note',
      }),
    );
    expectValue(await api.call('actions.delete', { id: item.id }));
    const events = auditSince(api, start);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ['action.created', item.id],
      ['action.updated', item.id],
      ['action.statusUpdated', item.id],
      ['action.deleted', item.id],
    ]);
    expect(events[1]?.details).toEqual({ code: item.code, fields: ['keyMeasure', 'risks'] });
    expect(JSON.stringify(events)).not.toContain('CANARY');
  });
});

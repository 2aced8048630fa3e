/**
 * Ratings through the real handler table on a real encrypted project: a value outside the
 * indicator's own scale is refused with nothing written (presence 0-2, maturity 0-4), one live
 * rating per indicator and scope, scopes the indicator allows and the reference data knows,
 * labels from the scale, optimistic concurrency, tombstones, and an audit event per write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectIndicator } from '../../../src/shared/framework';
import { expectError, expectValue, type TestApi } from '../../helpers/api';
import { contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditCount, auditSince, openAnalysisProject, pickIndicator, ratingInput, storedRow } from './fixtures';

let root: string;
let api: TestApi;
let indicators: ProjectIndicator[];
let presence: ProjectIndicator;
let maturity: ProjectIndicator;

const hash = (): string => api.session.require().read((db) => contentHash(db));

beforeAll(async () => {
  root = makeTempDir('ratings');
  ({ api, indicators } = await openAnalysisProject(root, 'ratings'));
  presence = pickIndicator(indicators, { scale: 'presence', scope: 'national' });
  maturity = pickIndicator(indicators, { scale: 'maturity', scope: 'national' });
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('the indicator scale', () => {
  it.each([
    ['presence (0-2)', () => presence, 3, [0, 1, 2]],
    ['maturity (0-4)', () => maturity, 5, [0, 1, 2, 3, 4]],
  ] as const)('refuses a %s rating above the scale, writing nothing', async (_name, indicator, value, allowed) => {
    const before = hash();
    const events = auditCount(api);
    const error = expectError(await api.call('ratings.create', ratingInput(indicator().id, { value })));
    expect(error.code).toBe('OUT_OF_SCALE');
    expect(error.details).toEqual({ allowed });
    expect(hash()).toBe(before);
    expect(auditCount(api)).toBe(events);
    expect(expectValue(await api.call('ratings.list', { indicatorId: indicator().id }))).toEqual([]);
  });

  it('accepts the top of each scale and shows its label and maximum', async () => {
    const top = expectValue(await api.call('ratings.create', ratingInput(maturity.id, { value: 4 })));
    expect(top).toMatchObject({
      indicatorCode: maturity.code,
      areaCode: maturity.subAreaCode.slice(0, 1),
      value: 4,
      scaleMax: 4,
      scopeLabel: { en: 'National', th: 'ระดับประเทศ' },
    });
    expect(top.valueLabel.en).not.toBe('');
    expect(top.valueLabel.th).not.toBe('');
    const partial = expectValue(await api.call('ratings.create', ratingInput(presence.id, { value: 1 })));
    expect([partial.scaleMax, partial.valueLabel.en]).toEqual([2, 'Partial']);
  });

  it('re-checks the value on update against the scale, and keeps the stored value when refused', async () => {
    const [rating] = expectValue(await api.call('ratings.list', { indicatorId: presence.id }));
    if (!rating) throw new Error('rating created above');
    const error = expectError(await api.call('ratings.update', { id: rating.id, value: 4 }));
    expect(error.code).toBe('OUT_OF_SCALE');
    expect(expectValue(await api.call('ratings.get', { id: rating.id })).value).toBe(1);
    const updated = expectValue(
      await api.call('ratings.update', { id: rating.id, expectedUpdatedAt: rating.updatedAt, value: 2 }),
    );
    expect([updated.value, updated.valueLabel.en]).toEqual([2, 'Full']);
    // The editor still holds the old version: CONFLICT, nothing written.
    const stale = expectError(
      await api.call('ratings.update', { id: rating.id, expectedUpdatedAt: rating.updatedAt, value: 0 }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(expectValue(await api.call('ratings.get', { id: rating.id })).value).toBe(2);
  });
});

describe('one rating per indicator and scope', () => {
  it('refuses a second live national rating of the same indicator as DUPLICATE', async () => {
    const events = auditCount(api);
    const error = expectError(await api.call('ratings.create', ratingInput(maturity.id, { value: 2 })));
    expect(error.code).toBe('DUPLICATE');
    expect(auditCount(api)).toBe(events);
    expect(expectValue(await api.call('ratings.list', { indicatorId: maturity.id })).map((r) => r.value)).toEqual([4]);
  });

  it('rates the same indicator per agency and per crossing point, named from the reference data', async () => {
    const both = pickIndicator(indicators, { scale: 'maturity', scope: 'agency' });
    const atAgency = expectValue(
      await api.call('ratings.create', ratingInput(both.id, { scope: { type: 'agency', code: 'RTP-IB' }, value: 2 })),
    );
    expect(atAgency.scopeLabel.en).toContain('Immigration Bureau');
    expect(atAgency.scopeLabel.th).toContain('ตรวจคนเข้าเมือง');
    const crossing = pickIndicator(indicators, { scope: 'crossing_point' });
    const atCrossing = expectValue(
      await api.call(
        'ratings.create',
        ratingInput(crossing.id, { scope: { type: 'crossing_point', code: 'BCP-TAK-MSOT2' }, value: 1 }),
      ),
    );
    expect(atCrossing.scope).toEqual({ type: 'crossing_point', code: 'BCP-TAK-MSOT2' });
    expect(atCrossing.scopeLabel.en).toContain('Mae Sot');
    const agencies = expectValue(await api.call('ratings.list', { scopeType: 'agency' }));
    expect(agencies.map((r) => r.id)).toEqual([atAgency.id]);
  });

  it('refuses a scope the indicator does not allow, and agencies or crossing points that do not exist', async () => {
    const nationalOnly = indicators.find((i) => !i.retired && i.scope.length === 1 && i.scope[0] === 'national');
    if (!nationalOnly) throw new Error('the template has a national-only indicator');
    const wrongScope = expectError(
      await api.call('ratings.create', ratingInput(nationalOnly.id, { scope: { type: 'agency', code: 'RTP-IB' } })),
    );
    expect(wrongScope.code).toBe('VALIDATION');
    expect(wrongScope.details).toMatchObject({ field: 'scope.type', allowed: ['national'] });

    const agencyIndicator = pickIndicator(indicators, { scope: 'agency', not: [] });
    const unknownAgency = expectError(
      await api.call(
        'ratings.create',
        ratingInput(agencyIndicator.id, { scope: { type: 'agency', code: 'NO-SUCH-AGENCY' } }),
      ),
    );
    expect([unknownAgency.code, unknownAgency.details]).toEqual([
      'LINK_TARGET_MISSING',
      { kind: 'agency', code: 'NO-SUCH-AGENCY' },
    ]);
  });

  it('refuses an unknown or retired indicator as LINK_TARGET_MISSING', async () => {
    const unknown = expectError(await api.call('ratings.create', ratingInput('00000000-0000-4000-8000-000000000000')));
    expect(unknown.code).toBe('LINK_TARGET_MISSING');
    const retired = pickIndicator(indicators, { scale: 'compliance', scope: 'national' });
    expectValue(await api.call('framework.retireIndicator', { id: retired.id, retired: true }));
    const error = expectError(await api.call('ratings.create', ratingInput(retired.id)));
    expect([error.code, error.details]).toEqual(['LINK_TARGET_MISSING', { kind: 'indicator', id: retired.id }]);
  });

  it('a deleted rating is hidden but kept, and its place can be rated again', async () => {
    const [rating] = expectValue(await api.call('ratings.list', { indicatorId: maturity.id }));
    if (!rating) throw new Error('rating created above');
    expectValue(await api.call('ratings.delete', { id: rating.id }));
    expect(expectError(await api.call('ratings.get', { id: rating.id })).code).toBe('NOT_FOUND');
    expect(storedRow(api, 'ratings', rating.id)).toMatchObject({ deleted: 1, value: 4 });
    const again = expectValue(await api.call('ratings.create', ratingInput(maturity.id, { value: 3 })));
    expect(again.id).not.toBe(rating.id);
  });
});

describe('the audit trail', () => {
  it('records create, update and delete with the changed field names, never the justification', async () => {
    const indicator = pickIndicator(indicators, { scale: 'presence', scope: 'national', not: [presence.id] });
    const start = auditCount(api);
    const created = expectValue(await api.call('ratings.create', ratingInput(indicator.id, { value: 0 })));
    expectValue(
      await api.call('ratings.update', {
        id: created.id,
        value: 1,
        justification: { en: 'CANARY justification 8812', th: '' },
      }),
    );
    // Nothing changed: no event.
    expectValue(await api.call('ratings.update', { id: created.id, value: 1 }));
    expectValue(await api.call('ratings.delete', { id: created.id }));
    const events = auditSince(api, start);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ['rating.created', created.id],
      ['rating.updated', created.id],
      ['rating.deleted', created.id],
    ]);
    expect(events[1]?.details['fields']).toEqual(['value', 'justification']);
    expect(JSON.stringify(events)).not.toContain('CANARY');
  });
});

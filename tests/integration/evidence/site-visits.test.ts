/**
 * Site visits on a real encrypted project, through the real handler table: codes per year,
 * dates in order (on partial updates too), a checklist that belongs to the crossing's mode,
 * optimistic concurrency, tombstones, an audit event per change, and Thai search over the
 * observations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { search } from '../../../src/main/services/search';
import { checklistFor, type SiteVisit } from '../../../src/shared/evidence-items';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { AIR_CROSSING, LAND_CROSSING, auditEvents, countRows, siteVisitInput } from './fixtures';

let root: string;
let api: TestApi;
let project: ProjectFile;

const hash = (): string => project.read((db) => contentHash(db));
const create = async (overrides: Parameters<typeof siteVisitInput>[0] = {}): Promise<SiteVisit> =>
  expectValue(await api.call('siteVisits.create', siteVisitInput(overrides)));

beforeAll(async () => {
  root = makeTempDir('site-visits');
  api = makeApi(root);
  expectValue(await api.call('project.create', { path: `${root}/field.bmma`, title: 'Site visits', language: 'th', passphrase: PASSPHRASE }));
  project = api.session.require();
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('creating', () => {
  it('numbers visits per year of their start and returns everything with the crossing point', async () => {
    const first = await create();
    const second = await create({ startDate: '2026-05-02', endDate: '2026-05-02' });
    const earlier = await create({ startDate: '2025-12-30', endDate: '2026-01-02' });
    expect([first.code, second.code, earlier.code]).toEqual(['SV-2026-01', 'SV-2026-02', 'SV-2025-01']);
    expect(first).toMatchObject({ ...siteVisitInput(), attachments: [] });
    expect(first.crossingPoint).toEqual({ name: { en: expect.stringContaining('Mae Sot'), th: expect.stringContaining('แม่สอด') }, mode: 'land' });
    expect(expectValue(await api.call('siteVisits.get', { id: first.id }))).toEqual(first);
    expect(auditEvents(project, 'siteVisit.created').map((e) => e.details)).toEqual([
      { code: 'SV-2026-01', crossingPointCode: LAND_CROSSING },
      { code: 'SV-2026-02', crossingPointCode: LAND_CROSSING },
      { code: 'SV-2025-01', crossingPointCode: LAND_CROSSING },
    ]);
  });

  it('refuses an end before the start with DATE_ORDER and writes nothing', async () => {
    const before = hash();
    const error = expectError(await api.call('siteVisits.create', siteVisitInput({ startDate: '2026-03-10', endDate: '2026-03-09' })));
    expect(error.code).toBe('DATE_ORDER');
    expect(expectError(await api.call('siteVisits.create', siteVisitInput({ startDate: '2026-02-30', endDate: '2026-03-01' }))).code).toBe(
      'VALIDATION',
    );
    expect(hash()).toBe(before);
  });

  it('refuses an unknown crossing point and a checklist item of another crossing type', async () => {
    const before = hash();
    expect(expectError(await api.call('siteVisits.create', siteVisitInput({ crossingPointCode: 'BCP-NOWHERE' }))).code).toBe(
      'LINK_TARGET_MISSING',
    );
    // api_pnr (advance passenger data) belongs to airports, not to a land bridge.
    const error = expectError(
      await api.call('siteVisits.create', siteVisitInput({ checklist: { api_pnr: { rating: 'adequate', note: '' } } })),
    );
    expect(error).toMatchObject({ code: 'VALIDATION', details: { field: 'checklist', key: 'api_pnr' } });
    expect(hash()).toBe(before);
    const airport = await create({ crossingPointCode: AIR_CROSSING, checklist: { api_pnr: { rating: 'adequate', note: '' } } });
    expect(airport.crossingPoint?.mode).toBe('air');
  });
});

describe('updating', () => {
  it('keeps the stored dates when a partial update would put the end before the start', async () => {
    const visit = await create({ startDate: '2026-04-10', endDate: '2026-04-12' });
    const before = hash();
    expect(expectError(await api.call('siteVisits.update', { id: visit.id, endDate: '2026-04-09' })).code).toBe('DATE_ORDER');
    expect(expectError(await api.call('siteVisits.update', { id: visit.id, startDate: '2026-04-13' })).code).toBe('DATE_ORDER');
    expect(hash()).toBe(before);
    expect(expectValue(await api.call('siteVisits.get', { id: visit.id }))).toEqual(visit);

    const moved = expectValue(await api.call('siteVisits.update', { id: visit.id, startDate: '2026-04-11', expectedUpdatedAt: visit.updatedAt }));
    expect([moved.startDate, moved.endDate, moved.code]).toEqual(['2026-04-11', '2026-04-12', visit.code]);
    expect(auditEvents(project, 'siteVisit.updated').at(-1)).toEqual({ entityId: visit.id, details: { code: visit.code, fields: ['startDate'] } });

    // The editor still holding the first version is told, and nothing is overwritten.
    const stale = expectError(await api.call('siteVisits.update', { id: visit.id, observations: 'x', expectedUpdatedAt: visit.updatedAt }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('checks the stored checklist against the new crossing point when only the crossing changes', async () => {
    const visit = await create();
    const error = expectError(await api.call('siteVisits.update', { id: visit.id, crossingPointCode: AIR_CROSSING }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { field: 'checklist', key: 'vehicle_lanes' } });
    const moved = expectValue(
      await api.call('siteVisits.update', { id: visit.id, crossingPointCode: AIR_CROSSING, checklist: { transit_area: { rating: 'partial', note: '' } } }),
    );
    expect(moved.crossingPoint?.mode).toBe('air');
  });
});

describe('list, delete and search', () => {
  it('pages summaries newest first, with checklist progress and photo counts', async () => {
    const page = expectValue(await api.call('siteVisits.list', { limit: 3, offset: 0 }));
    const rest = expectValue(await api.call('siteVisits.list', { limit: 100, offset: 3 }));
    const all = [...page.items, ...rest.items];
    expect(page.total).toBe(all.length);
    expect(page.items).toHaveLength(3);
    const starts = all.map((v) => v.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
    const land = all.find((v) => v.code === 'SV-2026-01');
    expect(land).toMatchObject({ checklistDone: 2, checklistTotal: checklistFor('land').length, photoCount: 0 });
    expect(land).not.toHaveProperty('observations');
  });

  it('tombstones: hidden from list, get and search, kept in the file, audited', async () => {
    const visit = await create({ observations: 'ห้องกักตัวคับแคบและไม่มีล่ามประจำ' });
    const total = expectValue(await api.call('siteVisits.list', {})).total;
    expect(search(project, { query: 'ล่าม', kinds: ['site_visit'] }).hits.map((h) => h.id)).toEqual([visit.id]);
    expectValue(await api.call('siteVisits.delete', { id: visit.id }));
    expect(expectValue(await api.call('siteVisits.list', {})).total).toBe(total - 1);
    expect(expectError(await api.call('siteVisits.get', { id: visit.id })).code).toBe('NOT_FOUND');
    expect(countRows(project, 'SELECT count(*) AS n FROM site_visits WHERE id = ? AND deleted = 1', visit.id)).toBe(1);
    expect(auditEvents(project, 'siteVisit.deleted').map((e) => e.details)).toEqual([{ code: visit.code }]);
    expect(search(project, { query: 'ล่าม', kinds: ['site_visit'] }).total).toBe(0);
  });

  it('finds a Thai word inside unsegmented observations, and a checklist note', async () => {
    const visit = await create({
      observations: 'เจ้าหน้าที่ตรวจหนังสือเดินทางด้วยมือในช่วงเวลาเร่งด่วนเพราะเครื่องสแกนเสีย',
      checklist: { equipment: { rating: 'inadequate', note: 'Passport reader broken since January' } },
    });
    const thai = search(project, { query: 'เครื่องสแกน', kinds: ['site_visit'] });
    expect(thai.hits.map((h) => [h.kind, h.id, h.code])).toEqual([['site_visit', visit.id, visit.code]]);
    expect(thai.hits[0]?.title).toContain('แม่สอด');
    expect(thai.hits[0]?.snippet.text).toContain('เครื่องสแกน');
    expect(search(project, { query: 'reader', kinds: ['site_visit'] }).hits.map((h) => h.id)).toEqual([visit.id]);
  });
});

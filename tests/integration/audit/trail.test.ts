/**
 * Issue 6, the audit trail in the UI: audit.list with filters (user, record, action, date range)
 * and paging, newest first, through the real api on a real encrypted file. The expected events
 * are computed from what the test seeded, not by the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventSummary, AuditFilter } from '../../../src/shared/audit';
import { createInterview } from '../../../src/main/services/interviews';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE, makeProject } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';
import { ACTORS, RECORD_IDS, seedEvents, type SeededEvent } from './fixtures';

const SEEDED = 40;
let root: string;
let api: TestApi;
let seeded: SeededEvent[];
/** seq of the first seeded event. */
let first: number;

beforeAll(async () => {
  root = makeTempDir('audit-trail');
  api = makeApi(makeSubDir(root, 'app'));
  const project = makeProject(makeSubDir(root, 'p'), 'trail.bmma');
  project.close();
  expectValue(await api.call('project.open', { path: project.path, passphrase: PASSPHRASE }));
  const before = expectValue(await api.call('audit.list', { limit: 500 }));
  first = (before[0]?.seq ?? 0) + 1;
  seeded = seedEvents(api.session.require(), SEEDED);
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

/** The seqs of the seeded events matching `keep`, newest first. */
function expected(keep: (e: SeededEvent) => boolean): number[] {
  return seeded
    .map((e, i) => ({ e, seq: first + i }))
    .filter(({ e }) => keep(e))
    .map(({ seq }) => seq)
    .reverse();
}

async function listAll(filter: AuditFilter): Promise<AuditEventSummary[]> {
  return expectValue(await api.call('audit.list', { limit: 500, filter }));
}

const seqs = (events: readonly AuditEventSummary[]) => events.map((e) => e.seq);

describe('audit.list filters', () => {
  it('by user returns exactly that user’s events, newest first', async () => {
    for (const actor of ACTORS) {
      expect(seqs(await listAll({ actor }))).toEqual(expected((e) => e.actor === actor));
    }
  });

  it('by record id (what clicking a record’s id asks for)', async () => {
    const id = RECORD_IDS[1] as string;
    const events = await listAll({ entityId: id });
    expect(seqs(events)).toEqual(expected((e) => e.entityId === id));
    expect(events.every((e) => e.entityId === id)).toBe(true);
  });

  it('by kind of record and by action, exact or by prefix', async () => {
    expect(seqs(await listAll({ entity: 'interview' }))).toEqual(expected((e) => e.entity === 'interview'));
    expect(seqs(await listAll({ action: 'finding.updated' }))).toEqual(expected((e) => e.action === 'finding.updated'));
    expect(seqs(await listAll({ action: 'finding.' }))).toEqual(expected((e) => e.action.startsWith('finding.')));
    // A prefix is literal: "%" and "_" match only themselves.
    expect(await listAll({ action: 'f%.' })).toEqual([]);
  });

  it('by date range: from inclusive, to exclusive', async () => {
    const since = '2025-01-05T00:00:00.000Z';
    const until = '2025-01-12T00:00:00.000Z';
    const events = await listAll({ since, until });
    expect(seqs(events)).toEqual(expected((e) => e.at >= since && e.at < until));
    expect(events).toHaveLength(7);
  });

  it('combines filters (AND)', async () => {
    const filter = { actor: 'cli', action: 'finding.', since: '2025-01-10T00:00:00.000Z' };
    expect(seqs(await listAll(filter))).toEqual(
      expected((e) => e.actor === 'cli' && e.action.startsWith('finding.') && e.at >= filter.since),
    );
  });

  it('answers the names of the fields changed, never their values', async () => {
    const [latest] = await listAll({ action: 'interview.updated' });
    const source = seeded[(latest?.seq ?? 0) - first];
    expect(latest?.fields).toEqual(source?.fields);
    expect(Object.keys(latest ?? {}).sort()).toEqual(['action', 'actor', 'actorLabel', 'at', 'entity', 'entityId', 'fields', 'recordCode', 'seq']);
  });

  it('counts the matching events and offers the users, actions and kinds of record present', async () => {
    const facets = expectValue(await api.call('audit.facets', { filter: { actor: 'device-bbbb' } }));
    expect(facets.matching).toBe(expected((e) => e.actor === 'device-bbbb').length);
    expect(facets.actors).toEqual(expect.arrayContaining([...ACTORS]));
    expect(facets.actions).toEqual(expect.arrayContaining(['finding.created', 'export.written']));
    expect(facets.entities).toEqual(expect.arrayContaining(['finding', 'interview', 'export']));
  });

  it('names a record by its code when the service can look it up', async () => {
    const interview = createInterview(api.session.require(), interviewInput('official'));
    const [event] = await listAll({ entityId: interview.id });
    expect(event?.recordCode).toBe(interview.code);
  });

  it('refuses an unknown filter or a malformed one', async () => {
    expect(expectError(await api.call('audit.list', { filter: { who: 'x' } })).code).toBe('VALIDATION');
    expect(expectError(await api.call('audit.list', { filter: { actor: 'a\nb' } })).code).toBe('VALIDATION');
    expect(expectError(await api.call('audit.list', { limit: 0 })).code).toBe('VALIDATION');
  });
});

describe('audit.list paging', () => {
  it('keeps the old input: { limit } alone gives the newest events', async () => {
    const all = await listAll({});
    expect(seqs(expectValue(await api.call('audit.list', { limit: 5 })))).toEqual(seqs(all).slice(0, 5));
    expect(expectValue(await api.call('audit.list'))).toHaveLength(Math.min(50, all.length));
  });

  it('pages through a filter with beforeSeq: every event once, in order, the last page short', async () => {
    const filter = { actor: 'device-aaaa' };
    const want = expected((e) => e.actor === 'device-aaaa');
    const pages: number[][] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = expectValue(await api.call('audit.list', { limit: 4, filter, ...(beforeSeq ? { beforeSeq } : {}) }));
      if (page.length === 0) break;
      pages.push(seqs(page));
      beforeSeq = page.at(-1)?.seq;
    }
    expect(pages.flat()).toEqual(want);
    expect(pages.slice(0, -1).every((p) => p.length === 4)).toBe(true);
    expect(pages.at(-1)?.length).toBe(want.length % 4 || 4);
  });
});

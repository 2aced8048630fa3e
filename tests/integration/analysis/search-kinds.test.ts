/**
 * Search over every kind of record of the workspace (issue 3) on a real encrypted project:
 * site visits, documents, findings, recommendations and action items each come back as a hit
 * with their code and a title in the language that matched; tombstoned rows are never shown;
 * and rebuilding the index from the stored rows gives the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexExistingRows } from '../../../src/main/services/search';
import type { SearchKind } from '../../../src/shared/search';
import { expectValue, type TestApi } from '../../helpers/api';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import {
  actionInput,
  documentInput,
  findingInput,
  openAnalysisProject,
  recommendationInput,
  siteVisitInput,
} from './fixtures';

// "หนังสือเดินทางปลอม" (forged passport) inside unspaced Thai, and an English word in each record.
const THAI = 'เจ้าหน้าที่ตรวจพบหนังสือเดินทางปลอมที่ช่องตรวจ';
const ENGLISH = 'forged passports detected at the primary line';

let root: string;
let api: TestApi;
const created: Array<[SearchKind, string, string]> = [];

async function hits(query: string): Promise<Array<[SearchKind, string, string]>> {
  const result = expectValue(await api.call('search.query', { query, limit: 200 }));
  return result.hits
    .filter((hit) => hit.kind !== 'indicator')
    .map((hit): [SearchKind, string, string] => [hit.kind, hit.code, hit.title])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

beforeAll(async () => {
  root = makeTempDir('search-kinds');
  ({ api } = await openAnalysisProject(root, 'search-kinds'));
  const visit = expectValue(
    await api.call('siteVisits.create', siteVisitInput({ observations: `${THAI}\n${ENGLISH}` })),
  );
  const document = expectValue(
    await api.call(
      'documents.create',
      documentInput({
        title: { en: 'Forgery alert bulletin', th: 'ประกาศแจ้งเตือนเอกสารปลอม' },
        notes: `${THAI} ${ENGLISH}`,
      }),
    ),
  );
  const finding = expectValue(
    await api.call('findings.create', findingInput({ statement: { en: ENGLISH, th: THAI } })),
  );
  const recommendation = expectValue(
    await api.call('recommendations.create', recommendationInput([finding.id], { text: { en: ENGLISH, th: THAI } })),
  );
  const action = expectValue(
    await api.call(
      'actions.create',
      actionInput({ action: { en: ENGLISH, th: THAI }, indicator: { en: 'Alerts shared', th: '' } }),
    ),
  );
  const visitName = visit.crossingPoint?.name ?? { en: '', th: '' };
  created.push(
    ['action', action.code, ENGLISH],
    ['document', document.code, 'Forgery alert bulletin'],
    ['finding', finding.code, ENGLISH],
    ['recommendation', recommendation.code, ENGLISH],
    ['site_visit', visit.code, visitName.en],
  );
  // Kept for the Thai titles below.
  created.push(['site_visit', visit.code, visitName.th]);
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

const englishHits = (): Array<[SearchKind, string, string]> => created.slice(0, 5);

describe('hits of every kind', () => {
  it('an English stem finds each kind, titled in English', async () => {
    expect(await hits('forged passport')).toEqual(englishHits());
  });

  it('a Thai word inside unspaced Thai finds each kind, titled in Thai where there is a Thai title', async () => {
    const thai = await hits('ปลอม');
    expect(thai.map(([kind, code]) => [kind, code])).toEqual(englishHits().map(([kind, code]) => [kind, code]));
    expect(Object.fromEntries(thai.map(([kind, , title]) => [kind, title]))).toEqual({
      action: THAI,
      document: 'ประกาศแจ้งเตือนเอกสารปลอม',
      finding: THAI,
      recommendation: THAI,
      site_visit: created[5]?.[2],
    });
  });

  it('rebuilding the index from the stored rows gives the same hits', async () => {
    api.session.require().write((ctx) => {
      ctx.db.prepare('DELETE FROM search_index').run();
      ctx.db.prepare('DELETE FROM search_index_keys').run();
      indexExistingRows(ctx.db);
      ctx.audit('search.rebuilt', 'project', null);
    });
    expect(await hits('forged passport')).toEqual(englishHits());
  });

  it('a deleted record of any kind is not found again, also after a rebuild', async () => {
    const byKind = Object.fromEntries(
      expectValue(await api.call('search.query', { query: 'forged', limit: 200 })).hits.map((hit) => [
        hit.kind,
        hit.id,
      ]),
    );
    expectValue(await api.call('actions.delete', { id: byKind['action'] }));
    expectValue(await api.call('findings.delete', { id: byKind['finding'] }));
    expectValue(await api.call('documents.delete', { id: byKind['document'] }));
    const remaining = ['recommendation', 'site_visit'];
    expect((await hits('forged')).map(([kind]) => kind)).toEqual(remaining);
    api.session.require().write((ctx) => {
      indexExistingRows(ctx.db);
      ctx.audit('search.rebuilt', 'project', null);
    });
    expect((await hits('forged')).map(([kind]) => kind)).toEqual(remaining);
  });
});

/**
 * Documents on a real encrypted project, through the real handler table: create, read,
 * partial update with optimistic concurrency, links to the reference data checked, paging in
 * code order, tombstones, an audit event per change, and search in Thai and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { search } from '../../../src/main/services/search';
import type { DocumentRecord } from '../../../src/shared/evidence-items';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditEvents, countRows, documentInput } from './fixtures';

let root: string;
let api: TestApi;
let project: ProjectFile;

const hash = (): string => project.read((db) => contentHash(db));
const create = async (overrides: Parameters<typeof documentInput>[0] = {}): Promise<DocumentRecord> =>
  expectValue(await api.call('documents.create', documentInput(overrides)));

beforeAll(async () => {
  root = makeTempDir('documents');
  api = makeApi(root);
  expectValue(await api.call('project.create', { path: `${root}/field.bmma`, title: 'Documents', language: 'en', passphrase: PASSPHRASE }));
  project = api.session.require();
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('documents', () => {
  it('creates, reads, updates and deletes, with an audit event for each', async () => {
    const created = await create();
    expect(created).toMatchObject({ code: 'DOC-001', ...documentInput(), attachments: [] });
    expect(expectValue(await api.call('documents.get', { id: created.id }))).toEqual(created);

    const updated = expectValue(
      await api.call('documents.update', { id: created.id, docType: 'regulation', reference: 'RG 96/30', expectedUpdatedAt: created.updatedAt }),
    );
    expect(updated).toMatchObject({ docType: 'regulation', reference: 'RG 96/30', title: created.title, notes: created.notes });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const stale = expectError(await api.call('documents.update', { id: created.id, notes: 'x', expectedUpdatedAt: created.updatedAt }));
    expect(stale.code).toBe('CONFLICT');

    expectValue(await api.call('documents.delete', { id: created.id }));
    expect(expectError(await api.call('documents.get', { id: created.id })).code).toBe('NOT_FOUND');
    expect(countRows(project, 'SELECT count(*) AS n FROM documents WHERE id = ? AND deleted = 1', created.id)).toBe(1);
    expect(
      ['document.created', 'document.updated', 'document.deleted'].map((action) => auditEvents(project, action).map((e) => e.details)),
    ).toEqual([[{ code: 'DOC-001', docType: 'law' }], [{ code: 'DOC-001', fields: ['docType', 'reference'] }], [{ code: 'DOC-001' }]]);
    // A deleted code is never given again.
    expect((await create()).code).toBe('DOC-002');
  });

  it('refuses an unknown issuing agency or legal instrument with LINK_TARGET_MISSING and writes nothing', async () => {
    const existing = await create({ issuerAgencyCode: null, legalInstrumentCode: null });
    const before = hash();
    for (const [input, field] of [
      [documentInput({ issuerAgencyCode: 'NO-SUCH-AGENCY' }), 'issuerAgencyCode'],
      [documentInput({ legalInstrumentCode: 'NO-SUCH-ACT' }), 'legalInstrumentCode'],
      [{ id: existing.id, issuerAgencyCode: 'NO-SUCH-AGENCY' }, 'issuerAgencyCode'],
    ] as const) {
      const error = expectError(await api.call('id' in input ? 'documents.update' : 'documents.create', input));
      expect(error).toMatchObject({ code: 'LINK_TARGET_MISSING', details: { field } });
    }
    expect(hash()).toBe(before);
    expect(existing).toMatchObject({ issuerAgencyCode: null, legalInstrumentCode: null });
  });

  it('lists a page of summaries in code order with attachment counts and no notes', async () => {
    for (let i = 0; i < 3; i += 1) await create({ title: { en: `Statistics ${i}`, th: '' }, docType: 'statistics' });
    const first = expectValue(await api.call('documents.list', { limit: 2, offset: 0 }));
    const rest = expectValue(await api.call('documents.list', { limit: 50, offset: 2 }));
    const codes = [...first.items, ...rest.items].map((d) => d.code);
    expect(first.total).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('DOC-001');
    expect(first.items[0]).toMatchObject({ attachmentCount: 0 });
    expect(first.items[0]).not.toHaveProperty('notes');
  });

  it('is found by a Thai word of its title and an English word of its notes', async () => {
    const doc = await create({
      title: { en: 'MoU on labour migration', th: 'บันทึกความเข้าใจว่าด้วยการจ้างแรงงานข้ามชาติ' },
      docType: 'mou',
      notes: 'Signed with Cambodia; recruitment through licensed agencies only.',
    });
    const thai = search(project, { query: 'แรงงาน', kinds: ['document'] });
    expect(thai.hits.map((h) => [h.id, h.code, h.title])).toEqual([[doc.id, doc.code, doc.title.th]]);
    const english = search(project, { query: 'recruitment', kinds: ['document'] });
    expect(english.hits.map((h) => h.id)).toEqual([doc.id]);
    expectValue(await api.call('documents.delete', { id: doc.id }));
    expect(search(project, { query: 'แรงงาน', kinds: ['document'] }).total).toBe(0);
  });
});

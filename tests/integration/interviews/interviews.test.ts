/**
 * Interviews through the real handler table on a real encrypted project: pseudonym codes by
 * category, filters and paging, the PII guard's offsets, optimistic concurrency, tombstones,
 * the rules zod cannot see (agency, migrant dates, withdrawal), and an audit trail that names
 * changed fields but never holds the notes.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterviewCreateInput } from '../../../src/main/services/interviews';
import { MAX_NOTES_LENGTH, type Interview } from '../../../src/shared/evidence';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

/** A Thai national ID with a correct check digit, computed here rather than by the guard. */
function thaiId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

const NATIONAL_ID = thaiId('110370001234');
const PHONE = '081-234-5678';
const CANARY = 'CANARY-notes-ห้ามอยู่ในบันทึกตรวจสอบ-7731';

let root: string;
let api: TestApi;

const create = async (input: InterviewCreateInput): Promise<Interview> =>
  expectValue(await api.call('interviews.create', input));
const hash = (): string => api.session.require().read((db) => contentHash(db));
const count = (sql: string, ...params: unknown[]): number =>
  api.session.require().read((db) => (db.prepare(sql).get(...params) as { n: number }).n);

beforeAll(async () => {
  root = makeTempDir('interviews');
  api = makeApi(root);
  expectValue(
    await api.call('project.create', {
      path: `${root}/field.bmma`,
      title: 'ด่านแม่สอด',
      language: 'th',
      passphrase: PASSPHRASE,
    }),
  );
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('creating', () => {
  it('gives each category its own pseudonym code, counting up and never reusing one', async () => {
    const first = await create(interviewInput('official'));
    const migrant = await create(interviewInput('migrant', { location: 'Tak', month: '2026-02' }));
    const stakeholder = await create(interviewInput('stakeholder'));
    const group = await create(interviewInput('focus_group'));
    const second = await create(interviewInput('official', { agencyCode: 'OAG' }));
    expect([first, migrant, stakeholder, group, second].map((i) => i.code)).toEqual([
      'KII-OFF-001',
      'KII-MIG-001',
      'KII-STK-001',
      'FGD-01',
      'KII-OFF-002',
    ]);

    // A deleted code stays taken: the next official is 003, not 002 again.
    expectValue(await api.call('interviews.delete', { id: second.id }));
    expect((await create(interviewInput('official'))).code).toBe('KII-OFF-003');
  });

  it('stores and returns everything the form sends, with the month of an exact date filled in', async () => {
    const input = interviewInput('official', {
      agencyCode: 'MOF-CUSTOMS',
      month: null,
      interviewDate: '2026-04-03',
      interviewers: ['AK', 'SP'],
      interpreter: { used: true, language: 'km' },
      consent: {
        mode: 'written',
        infoSheetVersion: 'IS-2026-1',
        permittedUse: 'quote',
        recordingAllowed: true,
        withdrawnAt: null,
      },
      notes: 'เจ้าหน้าที่ศุลกากรอธิบายขั้นตอน / customs officer explains the procedure',
      sensitivity: 'confidential',
      reliability: { source: 'A', information: 1 },
    });
    const created = await create(input);
    const read = expectValue(await api.call('interviews.get', { id: created.id }));
    expect(read).toEqual(created);
    const { month: _month, ...rest } = input;
    expect(read).toMatchObject({ ...rest, month: '2026-04', pii: [] });
  });
});

describe('list', () => {
  it('filters by category and agency, pages, counts the total and leaves the notes out', async () => {
    for (let i = 0; i < 5; i += 1)
      await create(interviewInput('official', { agencyCode: 'NSC', notes: `NSC ${i} ${PHONE}` }));
    const all = expectValue(await api.call('interviews.list', {}));
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((i) => i.code)).toEqual([...all.items.map((i) => i.code)].sort());

    const nsc = expectValue(await api.call('interviews.list', { agencyCode: 'NSC', limit: 2, offset: 0 }));
    const nscNext = expectValue(await api.call('interviews.list', { agencyCode: 'NSC', limit: 2, offset: 2 }));
    const nscLast = expectValue(await api.call('interviews.list', { agencyCode: 'NSC', limit: 2, offset: 4 }));
    expect([nsc.total, nscNext.total, nscLast.total]).toEqual([5, 5, 5]);
    expect([...nsc.items, ...nscNext.items, ...nscLast.items].map((i) => i.code)).toHaveLength(5);
    expect(new Set([...nsc.items, ...nscNext.items, ...nscLast.items].map((i) => i.id)).size).toBe(5);
    expect(nsc.items.every((i) => i.agencyCode === 'NSC' && i.piiCount === 1)).toBe(true);

    const groups = expectValue(await api.call('interviews.list', { category: 'focus_group' }));
    expect(groups.items.map((i) => i.code)).toEqual(['FGD-01']);
    expect(groups.total).toBe(1);
    expect(expectValue(await api.call('interviews.list', { category: 'official', agencyCode: 'OAG' })).total).toBe(0);

    // Summaries: consent reduced to what a list shows; no notes, no PII offsets.
    const json = JSON.stringify(nsc);
    expect(json).not.toContain(PHONE);
    expect(nsc.items[0]).not.toHaveProperty('notes');
    expect(nsc.items[0]).toMatchObject({ permittedUse: 'paraphrase', consentWithdrawn: false });
  });
});

describe('the PII guard', () => {
  it('get reports where a Thai ID and a phone number are, never the numbers themselves', async () => {
    const notes = `ผู้ให้ข้อมูลแจ้งเลขบัตร ${NATIONAL_ID} และโทร ${PHONE} ที่ด่าน`;
    const { id } = await create(interviewInput('stakeholder', { notes }));
    const interview = expectValue(await api.call('interviews.get', { id }));
    expect(interview.pii).toEqual([
      { kind: 'thai_national_id', start: notes.indexOf(NATIONAL_ID), end: notes.indexOf(NATIONAL_ID) + 13 },
      { kind: 'phone', start: notes.indexOf(PHONE), end: notes.indexOf(PHONE) + PHONE.length },
    ]);
    const { notes: _notes, ...withoutNotes } = interview;
    expect(JSON.stringify(withoutNotes)).not.toContain(NATIONAL_ID);
    expect(JSON.stringify(withoutNotes)).not.toContain(PHONE);

    const summary = expectValue(await api.call('interviews.list', { category: 'stakeholder' })).items.find(
      (i) => i.id === id,
    );
    expect(summary?.piiCount).toBe(2);

    // Redacted in an edit: the count follows the notes.
    const redacted = expectValue(
      await api.call('interviews.update', {
        id,
        notes: notes.replace(NATIONAL_ID, '[REDACTED:ID]').replace(PHONE, '[REDACTED:PHONE]'),
      }),
    );
    expect(redacted.pii).toEqual([]);
    const after = expectValue(await api.call('interviews.list', { category: 'stakeholder' })).items.find(
      (i) => i.id === id,
    );
    expect(after?.piiCount).toBe(0);
  });
});

describe('update', () => {
  it('changes only what is sent, and a stale editor gets CONFLICT with nothing changed', async () => {
    const created = await create(interviewInput('official', { notes: 'first draft' }));
    const edited = expectValue(
      await api.call('interviews.update', {
        id: created.id,
        expectedUpdatedAt: created.updatedAt,
        notes: 'second draft',
        reliability: { source: 'C', information: 3 },
      }),
    );
    expect(edited).toMatchObject({
      notes: 'second draft',
      reliability: { source: 'C', information: 3 },
      agencyCode: 'RTP-IB',
    });
    expect(edited.updatedAt > created.updatedAt).toBe(true);

    const before = hash();
    const stale = expectError(
      await api.call('interviews.update', { id: created.id, expectedUpdatedAt: created.updatedAt, notes: 'lost edit' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(hash()).toBe(before);
    expect(expectValue(await api.call('interviews.get', { id: created.id })).notes).toBe('second draft');
  });

  it('refuses to change the category (the code is tied to it)', async () => {
    const created = await create(interviewInput('official'));
    const before = hash();
    const error = expectError(await api.call('interviews.update', { id: created.id, category: 'stakeholder' }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { field: 'category' } });
    expect(hash()).toBe(before);
  });

  it('answers NOT_FOUND for an id that does not exist', async () => {
    const error = expectError(await api.call('interviews.update', { id: crypto.randomUUID(), notes: 'x' }));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('delete', () => {
  it('hides the interview but keeps the row, and the audit chain still verifies', async () => {
    const { id, code } = await create(interviewInput('migrant', { notes: 'withdrawn later' }));
    expect(expectValue(await api.call('interviews.delete', { id }))).toEqual({ id });

    expect(expectError(await api.call('interviews.get', { id })).code).toBe('NOT_FOUND');
    expect(expectError(await api.call('interviews.delete', { id })).code).toBe('NOT_FOUND');
    const listed = expectValue(await api.call('interviews.list', { limit: 10_000 }));
    expect(listed.items.map((i) => i.id)).not.toContain(id);

    const row = api.session
      .require()
      .read((db) => db.prepare('SELECT code, deleted, notes FROM interviews WHERE id = ?').get(id));
    expect(row).toEqual({ code, deleted: 1, notes: 'withdrawn later' });
    expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true });
    expect(
      count("SELECT count(*) AS n FROM audit_events WHERE action = 'interview.deleted' AND entity_id = ?", id),
    ).toBe(1);
  });
});

describe('bad input is refused and nothing is saved', () => {
  const refused = async (input: unknown): Promise<{ code: string; details?: Record<string, unknown> | undefined }> => {
    const before = hash();
    const error = expectError(await api.call('interviews.create', input));
    expect(hash()).toBe(before);
    return error;
  };

  it('notes of 1 MB', async () => {
    const error = await refused(interviewInput('official', { notes: 'ก'.repeat(1024 * 1024) }));
    // Its own message (shorten the text), with the limit for the field.
    expect(error.code).toBe('TEXT_TOO_LONG');
    expect(error.details).toEqual({ issues: [{ path: ['notes'], code: 'too_big', maximum: MAX_NOTES_LENGTH }] });
    // The limit itself is accepted.
    expect((await create(interviewInput('official', { notes: 'x'.repeat(MAX_NOTES_LENGTH) }))).notes).toHaveLength(
      MAX_NOTES_LENGTH,
    );
  });

  it('an agency that is not in the project, or an official without one', async () => {
    expect(await refused(interviewInput('official', { agencyCode: 'NO-SUCH-AGENCY' }))).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'agencyCode' },
    });
    expect(await refused(interviewInput('official', { agencyCode: null }))).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'agencyCode' },
    });
  });

  it('a migrant interview with an exact date or without a month (DOMAIN.md 3.4)', async () => {
    expect(await refused(interviewInput('migrant', { interviewDate: '2026-03-12' }))).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'interviewDate' },
    });
    expect(await refused(interviewInput('migrant', { month: null }))).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'month' },
    });
    const { id } = await create(interviewInput('migrant'));
    const before = hash();
    const error = expectError(await api.call('interviews.update', { id, interviewDate: '2026-03-12' }));
    expect(error).toMatchObject({ code: 'VALIDATION', details: { field: 'interviewDate' } });
    expect(hash()).toBe(before);
  });

  it('a consent withdrawn in the future, or a date that does not exist', async () => {
    const consent = interviewInput('official').consent;
    const nextYear = `${new Date().getFullYear() + 1}-01-01`;
    expect(await refused(interviewInput('official', { consent: { ...consent, withdrawnAt: nextYear } }))).toMatchObject(
      {
        code: 'VALIDATION',
        details: { field: 'consent.withdrawnAt' },
      },
    );
    expect(await refused(interviewInput('official', { interviewDate: '2026-02-30', month: null }))).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'interviewDate' },
    });
    const withdrawn = await create(interviewInput('official', { consent: { ...consent, withdrawnAt: '2026-01-05' } }));
    const summary = expectValue(await api.call('interviews.list', { limit: 10_000 })).items.find(
      (i) => i.id === withdrawn.id,
    );
    expect(summary?.consentWithdrawn).toBe(true);
  });
});

describe('the audit trail', () => {
  it('records create, update (field names only) and delete, and never the notes', async () => {
    const { id, code } = await create(interviewInput('focus_group', { notes: `first ${CANARY}` }));
    expectValue(await api.call('interviews.update', { id, notes: `second ${CANARY}`, sensitivity: 'secret' }));
    expectValue(await api.call('interviews.update', { id, sensitivity: 'secret' })); // no change: no event
    expectValue(await api.call('interviews.delete', { id }));

    const events = api.session
      .require()
      .read((db) =>
        db.prepare('SELECT action, details FROM audit_events WHERE entity_id = ? ORDER BY seq').all(id),
      ) as { action: string; details: string }[];
    expect(events.map((e) => [e.action, JSON.parse(e.details) as unknown])).toEqual([
      ['interview.created', { code, category: 'focus_group' }],
      ['interview.updated', { code, fields: ['notes', 'sensitivity'] }],
      ['interview.deleted', { code }],
    ]);
    const anywhere = count(
      'SELECT count(*) AS n FROM audit_events WHERE instr(details || action || entity || actor, ?) > 0',
      CANARY,
    );
    expect(anywhere).toBe(0);
    expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true });
  });
});

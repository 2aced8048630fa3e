/**
 * Passage coding on a real encrypted project, through the real handler table: a quote from
 * interview notes linked to an indicator or finding; spans outside the text, missing or
 * retired targets and unredacted personal data refused with nothing written; codings that
 * follow their text when the notes are edited, or are flagged when the text is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { retireIndicator } from '../../../src/main/services/framework';
import { MAX_SNIPPET_LENGTH } from '../../../src/main/services/passages';
import type { Interview } from '../../../src/shared/evidence';
import type { Passage } from '../../../src/shared/evidence-items';
import { redact } from '../../../src/shared/pii';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditEvents, countRows, indicatorId, insertFinding } from './fixtures';

const QUOTE = 'ไม่มี SOP เป็นลายลักษณ์อักษร';
const NOTES = `เจ้าหน้าที่ด่านแม่สอดส่งต่อผู้เสียหายทางโทรศัพท์ ${QUOTE} / referral by phone only.`;
const PHONE = '081-234-5678';

let root: string;
let api: TestApi;
let project: ProjectFile;
let interview: Interview;
let indicator: string;
let finding: string;

const hash = (): string => project.read((db) => contentHash(db));
const createInterview = async (notes: string): Promise<Interview> =>
  expectValue(await api.call('interviews.create', interviewInput('official', { notes })));
const code = async (input: Record<string, unknown>): Promise<Passage> =>
  expectValue(await api.call('passages.create', { targetType: 'indicator', targetId: indicator, ...input }));

beforeAll(async () => {
  root = makeTempDir('passages');
  api = makeApi(root);
  expectValue(await api.call('project.create', { path: `${root}/field.bmma`, title: 'Passages', language: 'th', passphrase: PASSPHRASE }));
  project = api.session.require();
  interview = await createInterview(NOTES);
  indicator = indicatorId(project, 'E2.1');
  finding = insertFinding(project, {
    en: 'Victims are referred from checkpoints by phone; no written SOP governs the referral to MSDHS, so practice varies between shifts and provinces.',
    th: 'การส่งต่อผู้เสียหายจากด่านทำทางโทรศัพท์',
  });
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('coding a passage', () => {
  it('keeps the offsets, the quoted text and what it cites, with a code of its own', async () => {
    const start = NOTES.indexOf(QUOTE);
    const passage = await code({ interviewId: interview.id, start, end: start + QUOTE.length, comment: 'no SOP' });
    expect(passage).toMatchObject({
      code: 'P-001',
      interviewCode: interview.code,
      start,
      end: start + QUOTE.length,
      snippet: QUOTE,
      state: 'current',
      targetType: 'indicator',
      targetCode: 'E2.1',
      comment: 'no SOP',
    });
    expect(passage.targetLabel.en.length).toBeGreaterThan(0);
    expect(passage.targetLabel.th).toMatch(/[\u0e00-\u0e7f]/);
    expect(expectValue(await api.call('passages.list', { interviewId: interview.id }))).toEqual([passage]);
    expect(expectValue(await api.call('passages.list', { targetType: 'indicator', targetId: indicator }))).toEqual([passage]);

    // The audit trail names the passage, never the quoted text (notes are restricted).
    const [event] = auditEvents(project, 'passage.created');
    expect(event?.entityId).toBe(passage.id);
    expect(JSON.stringify(event?.details)).not.toContain('SOP');
  });

  it('cites a finding by its code and a statement cut short enough for a list', async () => {
    const passage = await code({ interviewId: interview.id, start: 0, end: 10, targetType: 'finding', targetId: finding });
    expect(passage.code).toBe('P-002');
    expect(passage.targetCode).toBe('F-C4-01');
    expect(passage.targetLabel.en.length).toBeLessThanOrEqual(120);
    expect(passage.targetLabel.en.endsWith('…')).toBe(true);
    expect(passage.targetLabel.th).toBe('การส่งต่อผู้เสียหายจากด่านทำทางโทรศัพท์');
  });

  it('refuses a span outside the notes with PASSAGE_OUT_OF_RANGE and writes nothing', async () => {
    const emoji = await createInterview('ด่าน 🛂 ตรวจ');
    const before = hash();
    const passages = countRows(project, 'SELECT count(*) AS n FROM passages');
    const events = countRows(project, 'SELECT count(*) AS n FROM audit_events');
    for (const [id, start, end] of [
      [interview.id, 5, 5],
      [interview.id, 9, 4],
      [interview.id, 0, NOTES.length + 1],
      [interview.id, NOTES.length, NOTES.length + 3],
      // Inside the passport-control emoji, between the halves of its surrogate pair.
      [emoji.id, 0, 6],
    ] as const) {
      const error = expectError(await api.call('passages.create', { interviewId: id, start, end, targetType: 'indicator', targetId: indicator }));
      expect(error.code).toBe('PASSAGE_OUT_OF_RANGE');
    }
    expect(hash()).toBe(before);
    expect(countRows(project, 'SELECT count(*) AS n FROM passages')).toBe(passages);
    expect(countRows(project, 'SELECT count(*) AS n FROM audit_events')).toBe(events);
    // The whole emoji is a valid span.
    expect((await code({ interviewId: emoji.id, start: 5, end: 7 })).snippet).toBe('🛂');
  });

  it('refuses a retired or deleted indicator, a missing finding and a deleted interview', async () => {
    const retired = indicatorId(project, 'E2.2');
    retireIndicator(project, { id: retired, retired: true });
    const deletedIndicator = indicatorId(project, 'E2.3');
    project.write((ctx) => ctx.db.prepare('UPDATE indicators SET deleted = 1 WHERE id = ?').run(deletedIndicator));
    const gone = await createInterview('บันทึกที่จะถูกลบ');
    expectValue(await api.call('interviews.delete', { id: gone.id }));

    const before = hash();
    const attempts = [
      { interviewId: interview.id, targetType: 'indicator', targetId: retired },
      { interviewId: interview.id, targetType: 'indicator', targetId: deletedIndicator },
      { interviewId: interview.id, targetType: 'finding', targetId: '0b1d7a52-8c3e-4f6a-9d21-7e5c4b3a2f10' },
      { interviewId: gone.id, targetType: 'indicator', targetId: indicator },
    ];
    for (const attempt of attempts) {
      const error = expectError(await api.call('passages.create', { start: 0, end: 3, ...attempt }));
      expect(error.code).toBe('LINK_TARGET_MISSING');
    }
    expect(hash()).toBe(before);
  });

  it('keeps the offsets of a long quote but stores only its first 2,000 characters', async () => {
    const long = await createInterview('ก'.repeat(5000));
    const passage = await code({ interviewId: long.id, start: 100, end: 4100 });
    expect([passage.start, passage.end, passage.snippet.length]).toEqual([100, 4100, MAX_SNIPPET_LENGTH]);
  });
});

describe('personal data', () => {
  it('blocks linking notes to a finding until they are redacted; indicators may still be coded', async () => {
    const notes = `ผู้ให้ข้อมูลโทร ${PHONE} แจ้งว่า ${QUOTE}`;
    const withPhone = await createInterview(notes);
    const start = notes.indexOf(QUOTE);
    const span = { interviewId: withPhone.id, start, end: start + QUOTE.length };

    const before = hash();
    const error = expectError(await api.call('passages.create', { ...span, targetType: 'finding', targetId: finding }));
    expect(error.code).toBe('PII_NOT_REDACTED');
    expect(JSON.stringify(error)).not.toContain(PHONE);
    expect(hash()).toBe(before);
    expect((await code(span)).snippet).toBe(QUOTE);

    // Redacting moves the quote; coded to the finding at its new place it is accepted.
    const redacted = expectValue(await api.call('interviews.update', { id: withPhone.id, notes: redact(notes) }));
    expect(redacted.pii).toEqual([]);
    const at = redacted.notes.indexOf(QUOTE);
    const linked = expectValue(
      await api.call('passages.create', { interviewId: withPhone.id, start: at, end: at + QUOTE.length, targetType: 'finding', targetId: finding }),
    );
    expect(linked.snippet).toBe(QUOTE);
  });
});

describe('editing the notes', () => {
  it('moves a passage with its text, flags it when the text is gone, and leaves it alone otherwise', async () => {
    const notes = `บทนำ ${QUOTE} ท้ายบันทึก`;
    const subject = await createInterview(notes);
    const start = notes.indexOf(QUOTE);
    const passage = await code({ interviewId: subject.id, start, end: start + QUOTE.length });
    const list = async (): Promise<Passage> => expectValue(await api.call('passages.list', { interviewId: subject.id }))[0]!;

    // Text added after the passage: nothing to follow.
    let updated = expectValue(await api.call('interviews.update', { id: subject.id, notes: `${notes} เพิ่มเติม` }));
    expect(await list()).toEqual(passage);

    // Text added before it: the offsets follow the quote.
    const prefix = 'ข้อความใหม่ก่อนหน้า / new text first. ';
    updated = expectValue(await api.call('interviews.update', { id: subject.id, notes: prefix + updated.notes }));
    const moved = await list();
    expect(moved).toMatchObject({ state: 'moved', start: start + prefix.length, end: start + prefix.length + QUOTE.length, snippet: QUOTE });
    expect(updated.notes.slice(moved.start, moved.end)).toBe(QUOTE);
    expect(moved.updatedAt > passage.updatedAt).toBe(true);

    // The quote deleted: flagged, offsets still a valid span of the shorter notes.
    const shortened = updated.notes.replace(QUOTE, '').slice(0, moved.end - 3);
    expectValue(await api.call('interviews.update', { id: subject.id, notes: shortened }));
    const changed = await list();
    expect(changed.state).toBe('changed');
    expect(changed.snippet).toBe(QUOTE);
    expect(changed.end).toBeLessThanOrEqual(shortened.length);
    expect(changed.start).toBeLessThan(changed.end);

    // The audit trail says which codings moved or changed, by code only.
    const events = auditEvents(project, 'passages.reanchored').filter((e) => e.entityId === subject.id);
    expect(events.map((e) => e.details)).toEqual([
      { code: subject.code, moved: [passage.code], changed: [] },
      { code: subject.code, moved: [], changed: [passage.code] },
    ]);
  });

  it('follows the copy of the quote nearest to where it was when the quote appears twice', async () => {
    const notes = `${QUOTE} กลาง ${QUOTE} ท้าย`;
    const subject = await createInterview(notes);
    const second = notes.lastIndexOf(QUOTE);
    await code({ interviewId: subject.id, start: second, end: second + QUOTE.length });
    const updated = expectValue(await api.call('interviews.update', { id: subject.id, notes: `เพิ่ม ${notes}` }));
    const [moved] = expectValue(await api.call('passages.list', { interviewId: subject.id }));
    expect([moved?.state, moved?.start]).toEqual(['moved', updated.notes.lastIndexOf(QUOTE)]);
  });

  it('rolls the re-anchoring back with the edit when the edit is refused', async () => {
    const notes = `ก่อน ${QUOTE}`;
    const subject = await createInterview(notes);
    const passage = await code({ interviewId: subject.id, start: 5, end: 5 + QUOTE.length });
    const error = expectError(
      await api.call('interviews.update', { id: subject.id, notes: `ใหม่ ${notes}`, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(expectValue(await api.call('passages.list', { interviewId: subject.id }))).toEqual([passage]);
  });
});

describe('deleting', () => {
  it('tombstones a passage: gone from lists, kept in the file, audited', async () => {
    const subject = await createInterview(NOTES);
    const passage = await code({ interviewId: subject.id, start: 0, end: 4 });
    expectValue(await api.call('passages.delete', { id: passage.id }));
    expect(expectValue(await api.call('passages.list', { interviewId: subject.id }))).toEqual([]);
    expect(countRows(project, 'SELECT count(*) AS n FROM passages WHERE id = ? AND deleted = 1', passage.id)).toBe(1);
    expect(auditEvents(project, 'passage.deleted').map((e) => e.entityId)).toContain(passage.id);
    expect(expectError(await api.call('passages.delete', { id: passage.id })).code).toBe('NOT_FOUND');
  });

  it('hides the passages of a deleted interview', async () => {
    const subject = await createInterview(NOTES);
    const passage = await code({ interviewId: subject.id, start: 0, end: 4 });
    expectValue(await api.call('interviews.delete', { id: subject.id }));
    const cited = expectValue(await api.call('passages.list', { targetType: 'indicator', targetId: indicator }));
    expect(cited.map((p) => p.id)).not.toContain(passage.id);
  });
});

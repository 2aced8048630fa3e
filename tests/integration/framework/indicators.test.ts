/**
 * PRODUCT.md 3: an assessor adds, edits, retires and brings back indicators in the project's
 * own framework, through the real api handler table on a real encrypted file. Every change
 * writes its audit event (codes and field names, never text); a code is never given twice;
 * bad input is refused with VALIDATION and changes nothing.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateIndicator } from '../../../src/main/services/framework';
import type { FrameworkTree, ProjectIndicator } from '../../../src/shared/framework';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE, contentHash } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let api: TestApi;

beforeAll(async () => {
  root = makeTempDir('framework-edit');
  api = makeApi(makeSubDir(root, 'app'));
  const file = path.join(makeSubDir(root, 'project'), 'assessment.bmma');
  expectValue(
    await api.call('project.create', {
      path: file,
      title: 'Indicator editing',
      language: 'en',
      passphrase: PASSPHRASE,
    }),
  );
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

const NEW_TEXT = {
  en: 'Officers at the crossing point can check a travel document against the stolen and lost database.',
  th: 'เจ้าหน้าที่ ณ จุดผ่านแดนสามารถตรวจสอบเอกสารเดินทางกับฐานข้อมูลเอกสารสูญหายและถูกขโมยได้',
};

/** A rubric for the presence scale (0–2), one descriptor per level. */
const PRESENCE_RUBRIC = [0, 1, 2].map((value) => ({
  value,
  descriptor: { en: `level ${value}`, th: `ระดับ ${value}` },
}));

async function tree(includeRetired = true): Promise<FrameworkTree> {
  return expectValue(await api.call('framework.tree', { includeRetired }));
}

function subArea(t: FrameworkTree, code: string) {
  const found = t.areas.flatMap((area) => area.subAreas).find((s) => s.code === code);
  if (!found) throw new Error(`no sub-area ${code}`);
  return found;
}

function indicatorIn(t: FrameworkTree, code: string): ProjectIndicator | undefined {
  return t.areas.flatMap((area) => area.subAreas.flatMap((s) => s.indicators)).find((i) => i.code === code);
}

async function create(input: Record<string, unknown> = {}): Promise<ProjectIndicator> {
  return expectValue(
    await api.call('framework.createIndicator', {
      subAreaCode: 'C4',
      text: NEW_TEXT,
      scale: 'maturity',
      scope: ['crossing_point', 'national'],
      expectedEvidence: ['site_visit', 'interview', 'site_visit'],
      ...input,
    }),
  );
}

interface AuditRow {
  actor: string;
  action: string;
  entity_id: string | null;
  details: string;
}

/** The audit events written after `seq`, with their details (the api lists them without). */
function eventsAfter(seq: number): AuditRow[] {
  return api.session
    .require()
    .read((db) =>
      db.prepare('SELECT actor, action, entity_id, details FROM audit_events WHERE seq > ? ORDER BY seq').all(seq),
    ) as AuditRow[];
}

function lastSeq(): number {
  return api.session
    .require()
    .read((db) => (db.prepare('SELECT max(seq) AS seq FROM audit_events').get() as { seq: number }).seq);
}

function projectContent(): string {
  return api.session.require().read((db) => contentHash(db));
}

describe('adding an indicator', () => {
  it('gets the next code of its sub-area, is marked as the project’s own and appears last in the sub-area', async () => {
    const before = await tree();
    const highest = Math.max(...subArea(before, 'C4').indicators.map((i) => Number(i.code.split('.')[1])));
    const seq = lastSeq();

    const created = await create();
    expect(created).toMatchObject({
      code: `C4.${highest + 1}`,
      subAreaCode: 'C4',
      text: NEW_TEXT,
      guidance: { en: '', th: '' },
      scale: 'maturity',
      rubric: null,
      origin: 'project',
      retired: false,
      // Stored once each, in the vocabulary's order.
      expectedEvidence: ['interview', 'site_visit'],
      scope: ['national', 'crossing_point'],
    });
    const after = subArea(await tree(), 'C4').indicators;
    expect(after.at(-1)).toEqual(created);

    const events = eventsAfter(seq);
    expect(events).toEqual([
      {
        actor: api.settings.deviceId,
        action: 'indicator.created',
        entity_id: created.id,
        details: JSON.stringify({ code: created.code }),
      },
    ]);
  });

  it('keeps a rubric that describes each level of its scale, in level order', async () => {
    const created = await create({ subAreaCode: 'B5', scale: 'presence', rubric: [...PRESENCE_RUBRIC].reverse() });
    expect(created.code).toBe('B5.4');
    expect(created.rubric).toEqual(PRESENCE_RUBRIC);
  });
});

describe('editing an indicator', () => {
  it('changes only the given fields, records their names (not the text) and keeps the code', async () => {
    const original = indicatorIn(await tree(), 'A1.2');
    if (!original) throw new Error('A1.2 missing');
    const seq = lastSeq();
    const secret = 'ถ้อยคำใหม่ที่ไม่ควรอยู่ในบันทึกการตรวจสอบ';

    const updated = expectValue(
      await api.call('framework.updateIndicator', {
        id: original.id,
        text: { en: original.text.en, th: secret },
        guidance: original.guidance,
        expectedEvidence: ['statistics'],
      }),
    );
    expect(updated).toMatchObject({
      ...original,
      text: { en: original.text.en, th: secret },
      expectedEvidence: ['statistics'],
      origin: 'template',
      updatedAt: expect.any(String),
    });
    expect(indicatorIn(await tree(), 'A1.2')).toEqual(updated);
    const events = eventsAfter(seq);
    expect(events.map((e) => [e.action, JSON.parse(e.details)])).toEqual([
      ['indicator.updated', { code: 'A1.2', fields: ['text', 'expectedEvidence'] }],
    ]);
    expect(events[0]?.details).not.toContain(secret);

    // Sending the same values again changes nothing and records nothing.
    const content = projectContent();
    expectValue(await api.call('framework.updateIndicator', { id: original.id, expectedEvidence: ['statistics'] }));
    expect(projectContent()).toBe(content);
  });

  it('moves an indicator to another scale together with a rubric for that scale', async () => {
    const withRubric = indicatorIn(await tree(), 'C4.1');
    expect(withRubric?.rubric).not.toBeNull();
    const id = withRubric?.id;

    // The old 0–4 rubric does not fit the 0–2 scale: refused until the rubric is replaced too.
    const refused = expectError(await api.call('framework.updateIndicator', { id, scale: 'presence' }));
    expect(refused).toMatchObject({ code: 'VALIDATION', details: { field: 'rubric' } });

    const moved = expectValue(
      await api.call('framework.updateIndicator', { id, scale: 'presence', rubric: PRESENCE_RUBRIC }),
    );
    expect(moved).toMatchObject({ code: 'C4.1', scale: 'presence', rubric: PRESENCE_RUBRIC });
    const dropped = expectValue(await api.call('framework.updateIndicator', { id, rubric: null }));
    expect(dropped.rubric).toBeNull();
  });
});

describe('retiring an indicator', () => {
  it('keeps it in the tree, flagged, hides it on request, and can be undone; each step is audited', async () => {
    const target = indicatorIn(await tree(), 'E2.3');
    if (!target) throw new Error('E2.3 missing');
    const seq = lastSeq();

    const retired = expectValue(await api.call('framework.retireIndicator', { id: target.id, retired: true }));
    expect(retired).toMatchObject({ code: 'E2.3', retired: true });
    expect(indicatorIn(await tree(), 'E2.3')?.retired).toBe(true);
    expect(indicatorIn(await tree(false), 'E2.3')).toBeUndefined();
    expect(subArea(await tree(false), 'E2').indicators.map((i) => i.code)).toEqual(['E2.1', 'E2.2', 'E2.4']);

    const back = expectValue(await api.call('framework.retireIndicator', { id: target.id, retired: false }));
    expect(back).toMatchObject({ code: 'E2.3', retired: false });
    expect(indicatorIn(await tree(false), 'E2.3')).toBeDefined();

    expect(eventsAfter(seq).map((e) => [e.action, e.entity_id, JSON.parse(e.details)])).toEqual([
      ['indicator.retired', target.id, { code: 'E2.3' }],
      ['indicator.unretired', target.id, { code: 'E2.3' }],
    ]);
  });

  it('never gives a retired code to a new indicator', async () => {
    const first = await create({ subAreaCode: 'D3' });
    expect(first.code).toBe('D3.4');
    expectValue(await api.call('framework.retireIndicator', { id: first.id, retired: true }));
    const second = await create({ subAreaCode: 'D3' });
    expect(second.code).toBe('D3.5');

    // Retiring the highest template indicator does not free its number either.
    const e3 = subArea(await tree(), 'E3').indicators;
    const last = e3.at(-1);
    expectValue(await api.call('framework.retireIndicator', { id: last?.id, retired: true }));
    expect((await create({ subAreaCode: 'E3' })).code).toBe(`E3.${e3.length + 1}`);
  });
});

describe('bad input', () => {
  const valid = {
    subAreaCode: 'C4',
    text: NEW_TEXT,
    scale: 'maturity',
    scope: ['national'],
  };
  const cases: {
    name: string;
    channel: 'framework.createIndicator' | 'framework.updateIndicator';
    input: Record<string, unknown>;
    field?: string;
    /** VALIDATION unless said otherwise. */
    code?: 'TEXT_TOO_LONG';
  }[] = [
    {
      name: 'an unknown sub-area',
      channel: 'framework.createIndicator',
      input: { ...valid, subAreaCode: 'C9' },
      field: 'subAreaCode',
    },
    {
      name: 'a malformed sub-area code',
      channel: 'framework.createIndicator',
      input: { ...valid, subAreaCode: 'c4; DROP' },
    },
    {
      name: 'an unknown scale',
      channel: 'framework.createIndicator',
      input: { ...valid, scale: 'likert' },
      field: 'scale',
    },
    {
      name: 'a rubric value outside the scale',
      channel: 'framework.createIndicator',
      input: {
        ...valid,
        scale: 'presence',
        rubric: [...PRESENCE_RUBRIC.slice(0, 2), { value: 3, descriptor: { en: 'x', th: 'x' } }],
      },
      field: 'rubric',
    },
    {
      name: 'a rubric that misses a level',
      channel: 'framework.createIndicator',
      input: { ...valid, scale: 'presence', rubric: PRESENCE_RUBRIC.slice(0, 2) },
      field: 'rubric',
    },
    {
      name: 'a rubric that describes a level twice',
      channel: 'framework.createIndicator',
      input: { ...valid, scale: 'presence', rubric: [...PRESENCE_RUBRIC.slice(0, 2), PRESENCE_RUBRIC[1]] },
      field: 'rubric',
    },
    {
      name: 'empty text in both languages',
      channel: 'framework.createIndicator',
      input: { ...valid, text: { en: '  ', th: '' } },
    },
    {
      name: 'a control character in the text',
      channel: 'framework.createIndicator',
      input: { ...valid, text: { en: 'bell \u0007', th: 'ก' } },
    },
    { name: 'no scope', channel: 'framework.createIndicator', input: { ...valid, scope: [] } },
    {
      name: 'an unknown evidence type',
      channel: 'framework.createIndicator',
      input: { ...valid, expectedEvidence: ['rumour'] },
    },
    { name: 'an unexpected field', channel: 'framework.createIndicator', input: { ...valid, code: 'C4.1' } },
    {
      name: 'text over 1,000 characters',
      channel: 'framework.createIndicator',
      input: { ...valid, text: { en: 'x'.repeat(1001), th: '' } },
      code: 'TEXT_TOO_LONG',
    },
    { name: 'an update emptying the text', channel: 'framework.updateIndicator', input: { text: { en: '', th: ' ' } } },
    {
      name: 'an update to an unknown scale',
      channel: 'framework.updateIndicator',
      input: { scale: 'likert' },
      field: 'scale',
    },
    {
      name: 'an update with a control character',
      channel: 'framework.updateIndicator',
      input: { guidance: { en: 'a\u0000b', th: '' } },
    },
  ];

  it.each(cases)('$name is refused and nothing changes', async ({ channel, input, field, code }) => {
    const target = indicatorIn(await tree(), 'C2.2');
    const before = projectContent();
    const full = channel === 'framework.updateIndicator' ? { id: target?.id, ...input } : input;
    const error = expectError(await api.call(channel, full));
    expect(error.code).toBe(code ?? 'VALIDATION');
    if (field) expect(error.details).toEqual({ field, reason: expect.any(String) });
    expect(projectContent()).toBe(before);
  });

  it('an unknown indicator is NOT_FOUND for update and retire, and nothing changes', async () => {
    const before = projectContent();
    const id = '3f2d1c0b-9a8e-4d7c-8b6a-5f4e3d2c1b0a';
    expect(expectError(await api.call('framework.updateIndicator', { id, scope: ['national'] })).code).toBe(
      'NOT_FOUND',
    );
    expect(expectError(await api.call('framework.retireIndicator', { id, retired: true })).code).toBe('NOT_FOUND');
    expect(projectContent()).toBe(before);
  });

  it('the service itself refuses empty text too (the CLI and the demo call it without the api)', async () => {
    const target = indicatorIn(await tree(), 'C2.2');
    const before = projectContent();
    expect(() => updateIndicator(api.session.require(), { id: target?.id ?? '', text: { en: ' ', th: '' } })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', details: { field: 'text', reason: 'empty_in_both_languages' } }),
    );
    expect(projectContent()).toBe(before);
  });

  it('after all of the above the audit chain still verifies', async () => {
    expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(api.session.require().checkIntegrity().ok).toBe(true);
  });
});

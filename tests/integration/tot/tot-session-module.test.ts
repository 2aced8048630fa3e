/**
 * A ToT session linked to a curriculum module (migration 12), through the real handler table
 * on a real encrypted file: the link is saved and read back with the module's code, the agenda
 * document shows the module's code and title, an unknown or deleted module is refused with
 * LINK_TARGET_MISSING and nothing written, a module deleted after linking reads back with a
 * null code (the agenda falls back to the free text), and a format-11 file opens with its
 * sessions unlinked.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import { APPLICATION_ID, configureWritable, connectNew, passphraseKey } from '../../../src/main/project/cipher';
import { migrate } from '../../../src/main/project/migrate';
import { LATEST_FORMAT_VERSION, MIGRATIONS } from '../../../src/main/project/migrations';
import type { CurriculumModule, ModuleCreateInput } from '../../../src/shared/curriculum';
import { DEFAULT_EXPORT_PROFILE } from '../../../src/shared/export';
import type { TotEvent } from '../../../src/shared/tot';
import { docxXml, xmlText } from '../../helpers/docx';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { contentHash, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const NOW = '2026-06-01T02:00:00.000Z';
const UNKNOWN_MODULE = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';

let root: string;
let api: TestApi;
let event: TotEvent;
let m05: CurriculumModule;
let m06: CurriculumModule;

const hash = (): string => api.session.require().read((db) => contentHash(db));

function moduleInput(code: string, en: string, th: string): ModuleCreateInput {
  const blank = { en: '', th: '' };
  return {
    code,
    title: { en, th },
    audience: blank,
    hours: 6,
    methods: [],
    materials: blank,
    assessment: blank,
    trainerProfile: blank,
    leadAgencyCode: null,
    outline: blank,
    order: 0,
    outcomes: [],
    findingIds: [],
  };
}

const session = (overrides: Record<string, unknown> = {}) => ({
  eventId: event.id,
  day: 3,
  startTime: '08:30',
  endTime: '10:15',
  title: { en: 'Financial investigation and asset seizure', th: 'การสืบสวนทางการเงินและการยึดทรัพย์' },
  module: 'Finance module',
  facilitator: 'AMLO officer',
  method: 'Lecture',
  ...overrides,
});

async function agendaText(language: 'th' | 'en'): Promise<string> {
  const project = api.session.require();
  const profile = { ...DEFAULT_EXPORT_PROFILE, language, marking: 'none' as const };
  const builder = DOCUMENT_BUILDERS.tot_agenda;
  const built = await builder.build(project, profile, '2026-03-15', silentProgress, event.id);
  return xmlText(docxXml(await packDocument(built, builder.title(profile)))['word/document.xml'] ?? '');
}

beforeAll(async () => {
  root = makeTempDir('tot-session-module');
  api = makeApi(root);
  expectValue(
    await api.call('project.create', { path: `${root}/tot.bmma`, title: 'ToT', language: 'en', passphrase: PASSPHRASE }),
  );
  m05 = expectValue(
    await api.call(
      'curriculum.createModule',
      moduleInput('M05', 'Financial investigation', 'การสืบสวนทางการเงิน'),
    ),
  );
  m06 = expectValue(
    await api.call('curriculum.createModule', moduleInput('M06', 'Case building', 'การสร้างสำนวนคดี')),
  );
  event = expectValue(
    await api.call('tot.create', {
      code: 'TOT-2565-01',
      title: { en: 'Training of Trainers', th: 'การฝึกอบรมวิทยากร' },
      startDate: '2022-05-16',
      endDate: '2022-05-20',
      venue: 'Bangkok',
      passMark: 60,
    }),
  );
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('a session linked to a curriculum module', () => {
  it('saves the link and reads it back with the module code; the free text stays', async () => {
    event = expectValue(await api.call('tot.saveSession', session({ moduleId: m05.id })));
    expect(event.sessions).toHaveLength(1);
    expect(event.sessions[0]).toMatchObject({ moduleId: m05.id, moduleCode: 'M05', module: 'Finance module' });
    // Read again, not only the write's answer.
    const read = expectValue(await api.call('tot.get', { id: event.id }));
    expect(read.sessions[0]).toMatchObject({ moduleId: m05.id, moduleCode: 'M05' });
  });

  it("shows the module's code and title in the agenda, in Thai and in English", async () => {
    expect(await agendaText('en')).toContain('M05 — Financial investigation');
    const thai = await agendaText('th');
    expect(thai).toContain('M05 — การสืบสวนทางการเงิน');
    expect(thai).not.toContain('Finance module');
  });

  it('moves the link to another module and unlinks when moduleId is null or left out', async () => {
    const [first] = event.sessions;
    if (!first) throw new Error('no session');
    event = expectValue(
      await api.call('tot.saveSession', session({ id: first.id, expectedUpdatedAt: first.updatedAt, moduleId: m06.id })),
    );
    expect(event.sessions[0]).toMatchObject({ moduleId: m06.id, moduleCode: 'M06' });
    const linked = event.sessions[0];
    if (!linked) throw new Error('no session');
    event = expectValue(await api.call('tot.saveSession', session({ id: linked.id, expectedUpdatedAt: linked.updatedAt })));
    expect(event.sessions[0]).toMatchObject({ moduleId: null, moduleCode: null });
    expect(await agendaText('en')).toContain('Finance module');
  });

  it('refuses an unknown module and a deleted one with LINK_TARGET_MISSING, leaving the file as it was', async () => {
    const gone = expectValue(await api.call('curriculum.createModule', moduleInput('M09', 'Withdrawn', 'ยกเลิก')));
    expectValue(await api.call('curriculum.deleteModule', { id: gone.id }));
    const [first] = event.sessions;
    if (!first) throw new Error('no session');
    const before = hash();
    for (const moduleId of [UNKNOWN_MODULE, gone.id]) {
      const added = expectError(await api.call('tot.saveSession', session({ day: 4, moduleId })));
      expect([added.code, added.details?.['kind'], added.details?.['id']]).toEqual([
        'LINK_TARGET_MISSING',
        'curriculum_module',
        moduleId,
      ]);
      const edited = expectError(
        await api.call('tot.saveSession', session({ id: first.id, expectedUpdatedAt: first.updatedAt, moduleId })),
      );
      expect(edited.code).toBe('LINK_TARGET_MISSING');
    }
    expect(hash()).toBe(before);
    expect(expectValue(await api.call('tot.get', { id: event.id })).sessions).toEqual(event.sessions);
  });

  it('reads a module deleted after linking as unlinked, and the agenda falls back to the free text', async () => {
    const [first] = event.sessions;
    if (!first) throw new Error('no session');
    const m07 = expectValue(await api.call('curriculum.createModule', moduleInput('M07', 'Cooperation', 'ความร่วมมือ')));
    event = expectValue(
      await api.call('tot.saveSession', session({ id: first.id, expectedUpdatedAt: first.updatedAt, moduleId: m07.id })),
    );
    expectValue(await api.call('curriculum.deleteModule', { id: m07.id }));
    event = expectValue(await api.call('tot.get', { id: event.id }));
    expect(event.sessions[0]).toMatchObject({ moduleId: m07.id, moduleCode: null });
    const text = await agendaText('en');
    expect(text).toContain('Finance module');
    expect(text).not.toContain('M07');
  });
});

describe('a format-11 file', () => {
  it('opens at the newest format with its sessions unlinked, and can link one', async () => {
    const file = path.join(root, 'format11.bmma');
    const db = connectNew(file, passphraseKey(PASSPHRASE));
    const eventId = '6d1c3f0a-8b2e-4f57-9c4d-1a2b3c4d5e6f';
    const sessionId = '7e2d4a1b-9c3f-4a68-8d5e-2b3c4d5e6f70';
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      configureWritable(db);
      migrate(db, MIGRATIONS.slice(0, 11), () => new Date(NOW));
      db.transaction(() => {
        db.prepare(
          "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES ('5a0f8f44-2f8e-4c41-9a57-0c7d1c3b9e10', 'Format 11 project', 'th', 'BE', ?, ?, 'old-laptop')",
        ).run(NOW, NOW);
        db.prepare(
          `INSERT INTO tot_events (id, code, title_en, title_th, start_date, end_date, venue, pass_mark, created_at, updated_at, updated_by)
           VALUES (?, 'TOT-2564-01', 'Old ToT', 'การอบรมเดิม', '2021-03-01', '2021-03-05', 'Tak', 60, ?, ?, 'old-laptop')`,
        ).run(eventId, NOW, NOW);
        db.prepare(
          `INSERT INTO tot_sessions (id, event_id, day, start_time, end_time, title_en, title_th, module, facilitator, method, created_at, updated_at, updated_by)
           VALUES (?, ?, 1, '09:00', '10:00', 'Opening', 'พิธีเปิด', 'M1', 'IB commander', 'Plenary', ?, ?, 'old-laptop')`,
        ).run(sessionId, eventId, NOW, NOW);
      }).immediate();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode=DELETE');
    } finally {
      db.close();
    }
    api.session.close();
    const info = expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
    expect(info.formatVersion).toBe(LATEST_FORMAT_VERSION);
    const old = expectValue(await api.call('tot.get', { id: eventId }));
    expect(old.sessions).toEqual([
      expect.objectContaining({ id: sessionId, module: 'M1', moduleId: null, moduleCode: null, title: { en: 'Opening', th: 'พิธีเปิด' } }),
    ]);
    const module = expectValue(await api.call('curriculum.createModule', moduleInput('M01', 'Foundations', 'พื้นฐาน')));
    const [opening] = old.sessions;
    if (!opening) throw new Error('no session');
    const linked = expectValue(
      await api.call('tot.saveSession', {
        eventId,
        id: opening.id,
        expectedUpdatedAt: opening.updatedAt,
        day: 1,
        startTime: '09:00',
        endTime: '10:00',
        title: opening.title,
        module: opening.module,
        moduleId: module.id,
        facilitator: opening.facilitator,
        method: opening.method,
      }),
    );
    expect(linked.sessions[0]).toMatchObject({ moduleId: module.id, moduleCode: 'M01' });
  });
});

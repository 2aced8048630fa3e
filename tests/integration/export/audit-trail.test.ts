/**
 * Issue 6, the audit trail as a Word annex: built, packed and read back (XML). One body row per
 * event with exactly what the event holds (seq, time, user, action, record, field names), the
 * header row repeated on every page, landscape pages, the profile's marking and watermark, and no
 * free text beyond the events: other details of an event and the records' content stay out.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditAnnex } from '../../../src/main/export/audit-trail-run';
import { DOCUMENT_BUILDERS } from '../../../src/main/export/documents';
import { silentProgress } from '../../../src/main/export/progress';
import { packDocument } from '../../../src/main/export/write';
import { appendAuditEvent } from '../../../src/main/project/audit';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { allAuditEvents } from '../../../src/main/services/audit';
import { syncDeviceLabel } from '../../../src/main/services/device-labels';
import { runExport } from '../../../src/main/services/export-run';
import { createInterview } from '../../../src/main/services/interviews';
import { auditActionWords } from '../../../src/shared/audit';
import { toThaiDigits } from '../../../src/shared/dates';
import { DEFAULT_EXPORT_PROFILE, type ExportProfile } from '../../../src/shared/export';
import { docxXml, xmlText } from '../../helpers/docx';
import { interviewInput } from '../../helpers/interviews';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { seedEvents } from '../audit/fixtures';

const EN: ExportProfile = { ...DEFAULT_EXPORT_PROFILE, language: 'en', calendar: 'CE', digits: 'arabic', marking: 'secret' };
const TH: ExportProfile = {
  ...DEFAULT_EXPORT_PROFILE,
  language: 'th',
  calendar: 'BE',
  digits: 'thai',
  marking: 'confidential',
  draft: { enabled: true, version: '0.3', date: '2026-02-12' },
};
const NOTES_CANARY = 'CANARY-NOTES-5c1e';
const DETAILS_CANARY = 'CANARY-DETAILS-a9b3';

let dir: string;
let project: ProjectFile;

beforeAll(() => {
  dir = makeTempDir('export-audit-trail');
  project = makeProject(dir, 'trail.bmma', { backupOnOpen: false });
  createInterview(project, interviewInput('official', { notes: `field notes ${NOTES_CANARY}` }));
  seedEvents(project, 12);
  // An event holding more than field names: only the names may reach the annex.
  project.write((ctx) =>
    appendAuditEvent(ctx.db, {
      actor: 'device-cccc',
      action: 'finding.updated',
      entity: 'finding',
      entityId: '44444444-4444-4444-8444-444444444444',
      at: '2025-03-01T08:00:00.000Z',
      details: { code: 'F-A1-01', fields: ['summary'], comment: DETAILS_CANARY },
    }),
  );
});

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

/** The body rows (w:tr) of the document's one table, each as its cells' text. */
function tableRows(xml: string): { header: boolean; cells: string[] }[] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map(([row]) => ({
    header: row.includes('<w:tblHeader'),
    cells: [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => xmlText(cell).trim().replace(/\n/g, ' ')),
  }));
}

async function render(profile: ExportProfile) {
  const builder = DOCUMENT_BUILDERS.audit_trail;
  const built = await builder.build(project, profile, '2026-03-15', silentProgress, null);
  return docxXml(await packDocument(built, builder.title(profile)));
}

describe('the audit trail annex', () => {
  it('has one row per event, in order, each with exactly what the event holds', async () => {
    const xml = await render(EN);
    const body = xml['word/document.xml'] ?? '';
    const rows = tableRows(body);
    const events = allAuditEvents(project);
    expect(rows[0]?.header).toBe(true);
    expect(rows[0]?.cells).toEqual(['No.', 'Time', 'User', 'Action', 'Record', 'Fields changed']);
    const data = rows.slice(1);
    expect(data).toHaveLength(events.length);
    expect(data.every((r) => !r.header)).toBe(true);
    data.forEach((row, i) => {
      const event = events[i];
      if (!event) throw new Error('fewer events than rows');
      expect(row.cells[0]).toBe(event.seq.toLocaleString('en-US'));
      // No computer here has a name: the exporting one is "This computer", the others as recorded.
      const user = { [project.actor]: 'This computer', cli: 'bmma command line', system: 'System (BMMA Workbench)' };
      expect(row.cells[2]).toBe(user[event.actor] ?? event.actor);
      expect(row.cells[3]).toBe(auditActionWords(event.action, 'en'));
      // People (interviews) by record id, never by pseudonym code; other records by code when known.
      const shown = event.entity === 'interview' ? event.entityId : (event.recordCode ?? event.entityId);
      expect(row.cells[4]).toContain(shown ?? '');
      if (event.entity === 'interview' && event.recordCode) expect(row.cells[4]).not.toContain(event.recordCode);
      expect(row.cells[5]).toBe(event.fields.length > 0 ? event.fields.join(', ') : '–');
    });
    const forged = data.find((r) => r.cells[4]?.includes('F-A1-01'));
    expect(forged?.cells).toEqual(expect.arrayContaining(['device-cccc', 'Finding: changed', 'summary']));
  });

  it('repeats the header row on every page of landscape pages', async () => {
    const body = (await render(EN))['word/document.xml'] ?? '';
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(body).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
  });

  it('carries the profile: Thai words, B.E. dates, Thai digits, marking and DRAFT watermark', async () => {
    const xml = await render(TH);
    const rows = tableRows(xml['word/document.xml'] ?? '');
    expect(rows[0]?.cells[0]).toBe('ลำดับ');
    const forged = rows.find((r) => r.cells[4]?.includes('F-A1-01'));
    expect(forged?.cells[3]).toBe('ข้อค้นพบ: แก้ไข');
    // 1 March 2025 is 2568 in the Buddhist Era.
    expect(forged?.cells[1]).toContain(toThaiDigits('2568'));
    const headers = Object.entries(xml).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, x]) => xmlText(x));
    expect(headers.join(' ')).toContain('ลับ');
    expect(headers.join(' ')).toContain('ร่าง');
  });

  it('holds no free text beyond the events: other details and the records’ content stay out', async () => {
    for (const profile of [EN, TH]) {
      const xml = await render(profile);
      const all = Object.values(xml).join('\n');
      expect(all).not.toContain(DETAILS_CANARY);
      expect(all).not.toContain(NOTES_CANARY);
    }
  });

  it('exports through the Export machinery: whole trail from the Export tab, the filtered one from the Audit tab', async () => {
    const whole = path.join(dir, 'whole.docx');
    const result = await runExport(project, { document: 'audit_trail', profile: EN }, async () => whole);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    const filtered = path.join(dir, 'filtered.docx');
    let suggested = '';
    await runAuditAnnex(project, { profile: EN, filter: { actor: 'device-cccc' } }, async (name) => {
      suggested = name;
      return filtered;
    });
    expect(suggested).toMatch(/^BMMA-Audit-Trail-EN-\d{4}\.docx$/);
    const rows = tableRows(docxXml(filtered)['word/document.xml'] ?? '').slice(1);
    expect(rows.map((r) => r.cells[2])).toEqual(['device-cccc']);
    // Both exports are in the trail with their SHA-256, as every export is.
    expect(allAuditEvents(project).slice(-2).map((e) => e.action)).toEqual(['export.written', 'export.written']);
  });
});

describe('the annex names the computers', () => {
  const OTHER_NAMED = '0b1c2d3e-0000-4000-8000-000000000001';
  const OTHER_UNNAMED = '9f8e7d6c-0000-4000-8000-000000000002';
  let named: ProjectFile;
  let namedDir: string;

  beforeAll(() => {
    namedDir = makeTempDir('export-audit-names');
    named = makeProject(namedDir, 'names.bmma', { backupOnOpen: false });
    syncDeviceLabel(named, 'ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด');
    named.write((ctx) => {
      // A name that came with a merge, and a computer that never had one.
      ctx.db
        .prepare("INSERT INTO device_labels (id, label, created_at, updated_at, updated_by) VALUES (?, 'Reviewer – Bangkok office', ?, ?, ?)")
        .run(OTHER_NAMED, ctx.now, ctx.now, OTHER_NAMED);
      for (const actor of [OTHER_NAMED, OTHER_UNNAMED]) {
        appendAuditEvent(ctx.db, { actor, action: 'finding.updated', entity: 'finding', entityId: null, at: ctx.now, details: {} });
      }
    });
  });

  afterAll(() => {
    named?.close();
    removeTempDir(namedDir);
  });

  async function userCells(profile: ExportProfile): Promise<Map<string, string>> {
    const builder = DOCUMENT_BUILDERS.audit_trail;
    const built = await builder.build(named, profile, '2026-03-15', silentProgress, null);
    const rows = tableRows(docxXml(await packDocument(built, builder.title(profile)))['word/document.xml'] ?? '').slice(1);
    const events = allAuditEvents(named);
    return new Map(events.map((event, i) => [event.actor, rows[i]?.cells[2] ?? '']));
  }

  it('shows each computer’s name (with the start of its id), "This computer" and "Device …" otherwise', async () => {
    const en = await userCells(EN);
    expect(en.get('test-device')).toContain('ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด');
    expect(en.get(OTHER_NAMED)).toContain('Reviewer – Bangkok office');
    expect(en.get(OTHER_NAMED)).toContain('0b1c2d3e');
    expect(en.get(OTHER_UNNAMED)).toBe('Device 9f8e7d6c');
    const th = await userCells(TH);
    expect(th.get(OTHER_UNNAMED)).toBe('เครื่อง 9f8e7d6c');
    expect(th.get(OTHER_NAMED)).toContain('Reviewer – Bangkok office');
  });

  it('says "This computer" for the exporting computer when it has no name', async () => {
    syncDeviceLabel(named, null);
    expect((await userCells(EN)).get('test-device')).toBe('This computer');
    expect((await userCells(TH)).get('test-device')).toBe('เครื่องนี้');
    syncDeviceLabel(named, 'ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด');
  });
});

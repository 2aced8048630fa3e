/**
 * `bmma audit FILE [--verify] [--json]` (issue 6), run as a user runs it (node bin/bmma.cjs in a
 * child process) on a real encrypted project: the events oldest first, JSON that parses,
 * --verify exiting 0 on an intact file and 3 on a tampered copy with where it breaks, Thai
 * messages, the usual exit codes, and the file only ever read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { auditEventSchema, auditVerifySchema } from '../../../src/shared/audit';
import { openRaw } from '../../helpers/project';
import { syncDeviceLabel } from '../../../src/main/services/device-labels';
import { seedEvents } from '../audit/fixtures';
import { bmma, buildCli, sha256 } from './helpers';

const PASS = 'correct horse battery staple';
const LABEL = 'ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด';
const env = { BMMA_PASSPHRASE: PASS };

let tmp: string;
let file: string;
let total: number;

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-audit-'));
  file = path.join(tmp, 'audit.bmma');
  const project = ProjectFile.create(
    file,
    { title: 'Audit fixture', language: 'en', calendar: 'BE', passphrase: PASS },
    { actor: 'test' },
  );
  try {
    // Issue 6: the creating computer has a name; the seeded devices have none.
    syncDeviceLabel(project, LABEL);
    seedEvents(project, 20);
    total = project.read((db) => (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n);
  } finally {
    project.close();
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function tamperedCopy(name: string, sql: string): string {
  const copy = path.join(tmp, name);
  fs.copyFileSync(file, copy);
  const raw = openRaw(copy, PASS);
  try {
    raw.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
    raw.exec(sql);
  } finally {
    raw.close();
  }
  return copy;
}

describe('bmma audit', () => {
  it('prints every event oldest first, one a line, and leaves the file as it was', async () => {
    const before = sha256(file);
    const result = await bmma(['audit', file], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(total);
    const seqs = lines.map((line) => Number(line.split('\t')[0]));
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    // seq, time, user, action, kind of record, id, fields: field names only.
    expect(lines.at(-1)?.split('\t')).toEqual([
      String(total),
      expect.stringMatching(/^2025-01-20T10:00:00/),
      'device-bbbb',
      'export.written',
      'export',
      expect.stringMatching(/^[0-9a-f-]{36}$/),
      '-',
    ]);
    expect(lines.some((line) => line.endsWith('\ttitle,field1'))).toBe(true);
    expect(sha256(file)).toBe(before);
  });

  it('--json prints the events as the app receives them', async () => {
    const result = await bmma(['audit', file, '--json'], { env });
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { events: unknown[]; verification?: unknown };
    const events = parsed.events.map((e) => auditEventSchema.parse(e));
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(parsed.verification).toBeUndefined();
  });

  it('names the computers: actorLabel in --json (the other fields unchanged), an eighth column in the listing', async () => {
    const json = JSON.parse((await bmma(['audit', file, '--json'], { env })).stdout) as {
      events: Record<string, unknown>[];
    };
    const ours = json.events.filter((e) => e['actor'] === 'test');
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((e) => e['actorLabel'] === LABEL)).toBe(true);
    expect(json.events.filter((e) => e['actor'] === 'device-bbbb').every((e) => e['actorLabel'] === null)).toBe(true);
    expect(Object.keys(ours[0] ?? {}).sort()).toEqual([
      'action',
      'actor',
      'actorLabel',
      'at',
      'entity',
      'entityId',
      'fields',
      'recordCode',
      'seq',
    ]);
    const lines = (await bmma(['audit', file], { env })).stdout.trimEnd().split('\n');
    const named = lines.filter((line) => line.split('\t')[2] === 'test');
    expect(named.every((line) => line.split('\t').length === 8 && line.endsWith(`\t${LABEL}`))).toBe(true);
    expect(lines.filter((line) => line.split('\t')[2] === 'cli').every((line) => line.split('\t').length === 7)).toBe(
      true,
    );
  });

  it('--verify says that all N events verify and exits 0', async () => {
    const result = await bmma(['audit', file, '--verify'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`audit trail verifies: ${total} events`);
    const json = await bmma(['audit', file, '--verify', '--json'], { env });
    expect(json.code).toBe(0);
    const verification = auditVerifySchema.parse((JSON.parse(json.stdout) as { verification: unknown }).verification);
    expect(verification).toMatchObject({ ok: true, events: total });
  });

  it('--verify on a copy whose event was edited exits 3 and names the event', async () => {
    const copy = tamperedCopy('edited.bmma', `UPDATE audit_events SET details = '{"fields":["x"]}' WHERE seq = 7`);
    const result = await bmma(['audit', copy, '--verify'], { env });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `bmma: audit trail broken at event 7 of ${total} (seq 7): its hash does not match (the event was edited)\n`,
    );
    // Without --verify the listing still works: reading is not verifying.
    expect((await bmma(['audit', copy], { env })).code).toBe(0);
  });

  it('--verify on a copy whose last events were removed exits 3 and says how many', async () => {
    const copy = tamperedCopy('truncated.bmma', `DELETE FROM audit_events WHERE seq > ${total - 3}`);
    const result = await bmma(['audit', copy, '--verify'], { env });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`the last 3 event(s) were removed (${total - 3} of ${total} remain)`);
    const json = await bmma(['audit', copy, '--verify', '--json'], { env });
    expect(json.code).toBe(3);
    expect((JSON.parse(json.stdout) as { verification: unknown }).verification).toMatchObject({
      ok: false,
      reason: 'truncated',
      missing: 3,
    });
  });

  it('speaks Thai with BMMA_LANG=th', async () => {
    const ok = await bmma(['audit', file, '--verify'], { env, lang: 'th' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`บันทึกการตรวจสอบถูกต้อง: ${total} เหตุการณ์`);
    const copy = tamperedCopy('edited-th.bmma', `UPDATE audit_events SET actor = 'x' WHERE seq = 4`);
    const broken = await bmma(['audit', copy, '--verify'], { env, lang: 'th' });
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain(`เหตุการณ์ที่ 4 จาก ${total}`);
    const help = await bmma(['audit', '--help'], { lang: 'th' });
    expect(help.stdout).toContain('วิธีใช้: bmma audit FILE [--verify] [--json]');
  });

  it('exits as the other commands: wrong passphrase 2, missing file 5, unknown option 1', async () => {
    expect((await bmma(['audit', file], { env: { BMMA_PASSPHRASE: 'not the passphrase at all' } })).code).toBe(2);
    expect((await bmma(['audit', path.join(tmp, 'missing.bmma')], { env })).code).toBe(5);
    expect((await bmma(['audit', file, '--everything'], { env })).code).toBe(1);
    const help = await bmma(['help', 'audit']);
    expect(help.stdout).toContain('Usage: bmma audit FILE [--verify] [--json]');
  });
});

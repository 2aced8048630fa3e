/**
 * `bmma demo FILE [--scale N]` and `bmma info FILE --json` as a user runs them (node
 * bin/bmma.cjs in a child process): the summary in English and Thai, the record counts the
 * demo leaves, exit codes for an existing file, a bad scale and a missing passphrase.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bmma, buildCli, expectNoLeaks, sha256 } from './helpers';

const PASS = 'demo passphrase ด่านแม่สอด 2563';
const env = { BMMA_PASSPHRASE: PASS };

let tmp: string;

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-demo-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bmma demo', () => {
  it('creates the demo, prints what it made, and info --json counts every kind of record', async () => {
    const file = path.join(tmp, 'demo.bmma');
    const created = await bmma(['demo', file], { env });
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created the demo project "BMMA Thailand — demo (fictional data)" in ${file}`);
    expect(created.stdout).toMatch(/^ {2}Interviews\s+44$/m);
    expect(created.stdout).toMatch(/^ {2}Findings\s+25$/m);
    expect(created.stdout).toMatch(/^ {2}Action-plan items\s+30$/m);
    expect(created.stdout).toMatch(/^ {2}Meetings \(Component 2 and TWG\)\s+10$/m);
    expect(created.stdout).toMatch(/^ {2}ToT participants\s+31$/m);
    expect(created.stdout).toContain('Everything in it is fictional.');
    // Scale 1 takes seconds: no progress lines.
    expect(created.stderr).toBe('');
    expect(expectNoLeaks(created, [PASS])).toEqual([]);

    const info = await bmma(['info', file, '--json'], { env });
    expect(info.code).toBe(0);
    const report = JSON.parse(info.stdout) as { title: string; counts: Record<string, number>; auditEvents: number };
    expect(report.title).toBe('BMMA Thailand — demo (fictional data)');
    expect(report.counts).toMatchObject({
      interviews: 44,
      site_visits: 8,
      documents: 20,
      attachments: 4,
      findings: 25,
      recommendations: 20,
      actions: 30,
      // Issue 5: six Component 2 and four TWG meetings, ten draft sections, the TWG, the curriculum, the ToT.
      meetings: 10,
      meeting_provisions: 10,
      twg_members: 12,
      curriculum_modules: 8,
      tot_events: 1,
      tot_participants: 31,
    });
    expect(report.counts['meeting_positions']).toBeGreaterThan(0);
    for (const kind of ['passages', 'ratings', 'action_status_updates']) expect(report.counts[kind]).toBeGreaterThan(0);
    // Parts of other records (chunks of a file, links) are not record types of their own.
    for (const internal of ['attachment_chunks', 'evidence_links', 'recommendation_findings']) {
      expect(report.counts).not.toHaveProperty(internal);
    }
    expect(report.auditEvents).toBeGreaterThan(report.counts['interviews'] ?? 0);

    const text = await bmma(['info', file], { env });
    expect(text.stdout).toMatch(/^ {2}Coded passages\s+\d+$/m);
    expect(text.stdout).toMatch(/^ {2}Action status updates\s+\d+$/m);
    expect(text.stdout).toMatch(/^ {2}TWG members\s+12$/m);

    const found = await bmma(['search', file, 'ค้ามนุษย์'], { env });
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^Interview {2}KII-/m);
  });

  it('refuses an existing file with exit 5, and leaves it untouched', async () => {
    const file = path.join(tmp, 'taken.bmma');
    fs.writeFileSync(file, 'my notes');
    const before = sha256(file);
    const [en, th] = await Promise.all([bmma(['demo', file], { env }), bmma(['demo', file], { env, lang: 'th' })]);
    expect(en.code).toBe(5);
    expect(en.stderr).toContain('already exists');
    expect(th.code).toBe(5);
    expect(th.stderr).toContain('มีไฟล์ชื่อนี้อยู่แล้ว');
    expect(en.stdout + th.stdout).toBe('');
    expect(sha256(file)).toBe(before);
  });

  it('refuses a --scale that is not a whole number from 1 to 1000 with exit 1, and writes nothing', async () => {
    const scales = ['0', '1001', '2.5', 'ten', '-3'];
    const results = await Promise.all(
      scales.map((scale) => bmma(['demo', path.join(tmp, `scale-${scale}.bmma`), `--scale=${scale}`], { env })),
    );
    for (const [i, result] of results.entries()) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`--scale must be a whole number from 1 to 1000, not "${scales[i]}"`);
      expect(result.stderr).toContain('Run "bmma demo --help" for usage.');
    }
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('scale-'))).toEqual([]);
  });

  it('needs a passphrase like create: none and no terminal is exit 1, a short one is exit 1', async () => {
    const file = path.join(tmp, 'nopass.bmma');
    const [none, short] = await Promise.all([
      bmma(['demo', file]),
      bmma(['demo', file], { env: { BMMA_PASSPHRASE: 'short' } }),
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('BMMA_PASSPHRASE');
    expect(short.code).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('speaks Thai: a Thai title and summary, and progress on stderr for a larger scale', async () => {
    const file = path.join(tmp, 'สาธิต.bmma');
    const created = await bmma(['demo', file, '--scale', '2'], { env, lang: 'th' });
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('สร้างโครงการสาธิต "BMMA ประเทศไทย — โครงการสาธิต (ข้อมูลสมมติ)"');
    expect(created.stdout).toMatch(/^ {2}การสัมภาษณ์\s+88$/m);
    expect(created.stdout).toMatch(/^ {2}ข้อค้นพบ\s+25$/m);
    expect(created.stderr).toMatch(/^ {2}การสัมภาษณ์: 88 จาก 88$/m);
    const info = await bmma(['info', file, '--json'], { env });
    const report = JSON.parse(info.stdout) as { language: string; counts: Record<string, number> };
    expect(report.language).toBe('th');
    expect(report.counts).toMatchObject({ interviews: 88, site_visits: 16, documents: 40, actions: 60, findings: 25 });
    // Meetings, TWG, curriculum and ToT are fixed content, not multiplied by --scale.
    expect(report.counts).toMatchObject({ meetings: 10, twg_members: 12, curriculum_modules: 8, tot_participants: 31 });
  });

  it('explains itself in help', async () => {
    const [main, own] = await Promise.all([bmma(['--help']), bmma(['demo', '--help'])]);
    expect(main.stdout).toContain('bmma demo FILE [--scale N] [--lang th|en]');
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('--scale 250 gives about 10,000 interviews');
  });
});

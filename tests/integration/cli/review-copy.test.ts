/**
 * `bmma review-copy FILE --out COPY.bmma [--max-sensitivity LEVEL]` (issue 6), run as a user runs
 * it: what was left out and the copy's path, in English and Thai; the copy verifies with its own
 * passphrase and not with FILE's; OUT is never overwritten (exit 5); bad options and a reused or
 * missing new passphrase are usage errors (exit 1); the new passphrase can be typed twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview } from '../../../src/main/services/interviews';
import { errorMessage } from '../../../src/shared/messages';
import { interviewInput } from '../../helpers/interviews';
import { bmma, bmmaInTerminal, buildCli } from './helpers';

const PASS = 'correct horse battery staple';
const NEW_PASS = 'reviewer otter lantern 5512';
const env = { BMMA_PASSPHRASE: PASS, BMMA_NEW_PASSPHRASE: NEW_PASS };

let tmp: string;
let file: string;

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-review-copy-'));
  file = path.join(tmp, 'project.bmma');
  const project = ProjectFile.create(
    file,
    { title: 'Review fixture', language: 'en', calendar: 'BE', passphrase: PASS },
    { actor: 'test' },
  );
  try {
    createInterview(project, interviewInput('official', { notes: 'Queue at gate 2.', sensitivity: 'internal' }));
    createInterview(project, interviewInput('official', { notes: 'Memo.', sensitivity: 'secret' }));
  } finally {
    project.close();
  }
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bmma review-copy', () => {
  it('writes the copy, says what was left out and where it is (English); the copy verifies with its own passphrase only', async () => {
    const out = path.join(tmp, 'copy-en.bmma');
    const run = await bmma(['review-copy', file, '--out', out, '--max-sensitivity', 'internal'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Left out of the review copy:');
    expect(run.stdout).toMatch(/1 {2}interviews above the sensitivity/);
    expect(run.stdout).toMatch(/1 {2}interview notes/);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toMatch(/SHA-256 [0-9a-f]{64}/);

    const verified = await bmma(['verify', out], { env: { BMMA_PASSPHRASE: NEW_PASS } });
    expect(verified.code).toBe(0);
    expect((await bmma(['info', out], { env: { BMMA_PASSPHRASE: PASS } })).code).toBe(2);
    // The source's trail names the copy.
    const audit = await bmma(['audit', file], { env });
    expect(audit.stdout).toContain('reviewCopy.created');
  }, 60_000);

  it('speaks Thai', async () => {
    const out = path.join(tmp, 'copy-th.bmma');
    const run = await bmma(['review-copy', file, '--out', out], { env, lang: 'th' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('สิ่งที่ไม่รวมไว้ในสำเนาสำหรับทบทวน:');
    expect(run.stdout).toContain('เขียนสำเนาสำหรับทบทวนแล้ว');
    const help = await bmma(['review-copy', '--help'], { lang: 'th' });
    expect(help.stdout).toContain('วิธีใช้: bmma review-copy FILE --out COPY.bmma');
    const main = await bmma(['--help'], { lang: 'en' });
    expect(main.stdout).toContain('bmma review-copy FILE --out COPY.bmma [--max-sensitivity LEVEL]');
  }, 60_000);

  it('never overwrites OUT: exit 5, in the user language, the file untouched', async () => {
    const out = path.join(tmp, 'exists.bmma');
    fs.writeFileSync(out, 'keep me');
    const en = await bmma(['review-copy', file, '--out', out], { env });
    expect(en.code).toBe(5);
    expect(en.stderr).toContain(errorMessage('FILE_EXISTS', 'en'));
    const th = await bmma(['review-copy', file, '--out', out], { env, lang: 'th' });
    expect(th.code).toBe(5);
    expect(th.stderr).toContain(errorMessage('FILE_EXISTS', 'th'));
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
  }, 60_000);

  it('refuses bad options, the project passphrase again, and a missing new passphrase: exit 1, nothing written', async () => {
    const out = path.join(tmp, 'refused.bmma');
    const noOut = await bmma(['review-copy', file], { env });
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out COPY.bmma');
    const badLevel = await bmma(['review-copy', file, '--out', out, '--max-sensitivity', 'secretish'], { env });
    expect(badLevel.code).toBe(1);
    expect(badLevel.stderr).toContain('"secretish"');
    const same = await bmma(['review-copy', file, '--out', out], {
      env: { BMMA_PASSPHRASE: PASS, BMMA_NEW_PASSPHRASE: PASS },
    });
    expect(same.code).toBe(1);
    expect(same.stderr).toContain(errorMessage('REVIEW_COPY_SAME_PASSPHRASE', 'en'));
    const missing = await bmma(['review-copy', file, '--out', out], { env: { BMMA_PASSPHRASE: PASS } });
    expect(missing.code).toBe(1);
    const wrong = await bmma(['review-copy', file, '--out', out], {
      env: { BMMA_PASSPHRASE: `${PASS}x`, BMMA_NEW_PASSPHRASE: NEW_PASS },
    });
    expect(wrong.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('asks for the new passphrase twice in a terminal', async () => {
    const out = path.join(tmp, 'typed.bmma');
    const run = await bmmaInTerminal(['review-copy', file, '--out', out], [PASS, NEW_PASS, NEW_PASS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Type it again');
    expect((await bmma(['verify', out], { env: { BMMA_PASSPHRASE: NEW_PASS } })).code).toBe(0);
  }, 60_000);
});

/**
 * `bmma export action-plan FILE --out OUT.docx ...`, run as a user runs it (node bin/bmma.cjs in
 * a child process) on the scale-1 demo: a Word file whose SHA-256 is printed, a progress line on
 * stderr, OUT never overwritten, and the usual exit codes for bad options and passphrases.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { bmma, buildCli, sha256 } from './helpers';

const PASS = 'correct horse battery staple';
const env = { BMMA_PASSPHRASE: PASS };

let tmp: string;
let file: string;

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-export-'));
  file = path.join(tmp, 'demo.bmma');
  const project = ProjectFile.create(
    file,
    { title: 'Export fixture', language: 'en', calendar: 'BE', passphrase: PASS },
    { actor: 'test' },
  );
  try {
    fillDemo(project, { scale: 1 });
  } finally {
    project.close();
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function documentXml(docx: string): string {
  return strFromU8(unzipSync(new Uint8Array(fs.readFileSync(docx)))['word/document.xml'] ?? new Uint8Array());
}

describe('bmma export action-plan', () => {
  it('writes the Word file in Thai with Thai digits, prints its SHA-256 and refuses to overwrite it', async () => {
    const out = path.join(tmp, 'plan-th.docx');
    const args = [
      'export',
      'action-plan',
      file,
      '--out',
      out,
      '--lang',
      'th',
      '--digits',
      'thai',
      '--marking',
      'secret',
      '--draft',
      '0.2',
    ];
    const run = await bmma(args, { env });
    expect(run.stderr).toContain('Writing the Word document');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`SHA-256 ${sha256(out)}`);
    expect(documentXml(out)).toContain('แผนปฏิบัติการร่วม');
    // Codes stay as written; counts and dates take Thai digits.
    expect(/JAP-[A-E][0-9]-[0-9]{2}/.test(documentXml(out))).toBe(true);
    expect(/JAP-[A-E][๐-๙]/.test(documentXml(out))).toBe(false);
    expect(/[๐-๙]/.test(documentXml(out))).toBe(true);
    const before = sha256(out);
    const again = await bmma(args, { env });
    expect(again.code).toBe(5);
    expect(sha256(out)).toBe(before);
  });

  it('speaks Thai when BMMA_LANG=th and writes English with C.E. dates when asked', async () => {
    const out = path.join(tmp, 'plan-en.docx');
    const run = await bmma(['export', 'action-plan', file, '--out', out, '--lang', 'en', '--calendar', 'ce'], {
      env,
      lang: 'th',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('กำลังเขียนเอกสาร Word');
    expect(documentXml(out).includes('Joint Action Plan')).toBe(true);
    expect(/ 20[12]\d</.test(documentXml(out))).toBe(true);
  });

  it('exits 1 for a bad option or the report not available yet, 2 for a wrong passphrase, and writes nothing', async () => {
    const out = path.join(tmp, 'never.docx');
    expect((await bmma(['export', 'action-plan', file, '--out', out, '--lang', 'fr'], { env })).code).toBe(1);
    expect((await bmma(['export', 'action-plan', file], { env })).code).toBe(1);
    expect((await bmma(['export', 'report', file, '--out', out], { env })).code).toBe(1);
    const wrong = await bmma(['export', 'action-plan', file, '--out', out], {
      env: { BMMA_PASSPHRASE: 'not the passphrase at all' },
    });
    expect(wrong.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});

/**
 * `bmma export report|action-plan FILE --out OUT.docx ...`, run as a user runs it (node
 * bin/bmma.cjs in a child process) on the scale-1 demo: a Word file whose SHA-256 is printed,
 * progress lines on stderr, OUT never overwritten, saved profiles with --profile, Ctrl+C
 * cancelling with nothing written, and the usual exit codes for bad options and passphrases.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { saveExportProfile } from '../../../src/main/services/export';
import { DEFAULT_EXPORT_PROFILE } from '../../../src/shared/export';
import { BIN, bmma, buildCli, childEnv, ROOT, sha256 } from './helpers';

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
    saveExportProfile(project, {
      name: 'Ministry secret',
      profile: { ...DEFAULT_EXPORT_PROFILE, language: 'th', marking: 'secret', digits: 'thai' },
    });
    saveExportProfile(project, { name: 'Donor brief', profile: { ...DEFAULT_EXPORT_PROFILE, language: 'en', calendar: 'CE' } });
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

/** Every header part of the file, joined: where the classification marking is printed. */
function headersXml(docx: string): string {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(docx)));
  return Object.entries(parts)
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
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

  it('exits 1 for a bad option or an unknown document, 2 for a wrong passphrase, and writes nothing', async () => {
    const out = path.join(tmp, 'never.docx');
    expect((await bmma(['export', 'action-plan', file, '--out', out, '--lang', 'fr'], { env })).code).toBe(1);
    expect((await bmma(['export', 'action-plan', file], { env })).code).toBe(1);
    expect((await bmma(['export', 'annual-report', file, '--out', out], { env })).code).toBe(1);
    const wrong = await bmma(['export', 'action-plan', file, '--out', out], {
      env: { BMMA_PASSPHRASE: 'not the passphrase at all' },
    });
    expect(wrong.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('bmma export with progress, saved profiles and Ctrl+C', () => {
  it('documents every document, its subject option, --profile and Ctrl+C in its help, in English and Thai', async () => {
    const [en, th] = await Promise.all([bmma(['export', '--help']), bmma(['help', 'export'], { lang: 'th' })]);
    for (const help of [en, th]) {
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('bmma export report|action-plan|curriculum FILE --out OUT.docx');
      expect(help.stdout).toContain('bmma export minutes FILE --meeting CODE --out OUT.docx');
      expect(help.stdout).toContain('bmma export tot-agenda|tot-evaluation FILE --event CODE --out OUT.docx');
      expect(help.stdout).toContain('--profile NAME');
    }
    expect(en.stdout).toContain('Ctrl+C stops the export');
    expect(th.stdout).toContain('กด Ctrl+C เพื่อหยุดการส่งออก');
  });

  it('prints a readable progress line per step on stderr, in English and in Thai', async () => {
    const en = await bmma(['export', 'action-plan', file, '--out', path.join(tmp, 'progress-en.docx')], { env });
    expect(en.code).toBe(0);
    const lines = en.stderr.split('\n').filter((line) => line.startsWith('['));
    expect(lines[0]).toBe('[1/6] reading the project');
    expect(lines).toContain('[5/6] packing the Word file');
    expect(lines.at(-1)).toBe('[6/6] writing the file');
    // Progress is for people watching: stdout stays the result alone.
    expect(en.stdout).not.toContain('[1/6]');
    const th = await bmma(['export', 'action-plan', file, '--out', path.join(tmp, 'progress-th.docx')], { env, lang: 'th' });
    expect(th.code).toBe(0);
    expect(th.stderr).toContain('[1/6] อ่านข้อมูลโครงการ');
    expect(th.stderr).toContain('[6/6] เขียนไฟล์');
  });

  it('--profile exports with the saved profile, and an option given explicitly wins over it', async () => {
    const saved = path.join(tmp, 'profile-secret.docx');
    const run = await bmma(['export', 'action-plan', file, '--out', saved, '--profile', 'Ministry secret'], { env });
    expect(run.code).toBe(0);
    // The saved profile: Thai, ลับมาก in the headers, Thai digits.
    expect(headersXml(saved)).toContain('ลับมาก');
    expect(documentXml(saved)).toContain('แผนปฏิบัติการร่วม');
    expect(/[๐-๙]/.test(documentXml(saved))).toBe(true);
    const overridden = path.join(tmp, 'profile-confidential.docx');
    const again = await bmma(
      ['export', 'action-plan', file, '--out', overridden, '--profile', 'Ministry secret', '--marking', 'confidential', '--digits', 'arabic'],
      { env },
    );
    expect(again.code).toBe(0);
    expect(headersXml(overridden)).toContain('ลับ');
    expect(headersXml(overridden)).not.toContain('ลับมาก');
    expect(/[๐-๙]/.test(documentXml(overridden))).toBe(false);
    // What was not overridden still comes from the profile.
    expect(documentXml(overridden)).toContain('แผนปฏิบัติการร่วม');
  });

  it('an unknown profile is a usage error (exit 1) that lists the saved names, in English and Thai', async () => {
    const out = path.join(tmp, 'no-such-profile.docx');
    const en = await bmma(['export', 'action-plan', file, '--out', out, '--profile', 'Minstry secret'], { env });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('no saved export profile "Minstry secret"');
    expect(en.stderr).toContain('"Donor brief", "Ministry secret"');
    const th = await bmma(['export', 'action-plan', file, '--out', out, '--profile', 'x'], { env, lang: 'th' });
    expect(th.code).toBe(1);
    expect(th.stderr).toContain('โปรไฟล์ที่บันทึกไว้: "Donor brief", "Ministry secret"');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('Ctrl+C during the export cancels it: exit 130, the message says so, and no file or temp file is left', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'sigint-'));
    const out = path.join(dir, 'interrupted.docx');
    const child = spawn(process.execPath, [BIN, 'export', 'action-plan', file, '--out', out], {
      cwd: ROOT,
      env: childEnv({ env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end();
    let stderr = '';
    let interrupted = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      // The first step has started: everything after it (building, packing) is still to come.
      if (!interrupted && stderr.includes('[1/6]')) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(interrupted).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toContain('The export was cancelled. No file was written.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('bmma export report', () => {
  it('writes the report with a progress line per section, once each', async () => {
    const out = path.join(tmp, 'report-en.docx');
    const run = await bmma(['export', 'report', file, '--out', out, '--lang', 'en', '--calendar', 'ce'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`SHA-256 ${sha256(out)}`);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('['));
    expect(lines[0]).toBe('[1/6] reading the project');
    expect(lines.filter((line) => /^\[3\/6\] sections \d+\/\d+$/.test(line)).length).toBeGreaterThan(1);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.at(-1)).toBe('[6/6] writing the file');
    const xml = documentXml(out);
    expect(xml).toContain('Border and Migration Management Assessment');
    expect(xml).toContain('Acronyms');
    expect(xml).toContain('Joint Action Plan');
  });
});

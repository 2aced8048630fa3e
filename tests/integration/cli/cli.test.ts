/**
 * The `bmma` command line, run as a user runs it: `node bin/bmma.cjs ...` in a child
 * process, against real encrypted project files in a temp folder. Exit codes and the
 * messages a person reads (in English and Thai) are the public interface under test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS } from './bad-inputs';
import { editFirstAuditEvent, flipByte, makeNewerFormat, makeProject } from './fixtures';
import { bmma, bmmaInTerminal, buildCli, childEnv, expectNoLeaks, newFilesIn, ROOT, sha256 } from './helpers';

const PASS = 'correct horse battery staple';
const LANGS = ['en', 'th'] as const;

let tmp: string;
let base: string;
let newer: string;

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-'));
  // Reachable by nobody (65534), who runs the read-only-folder case when the tests run as root.
  fs.chmodSync(tmp, 0o755);
  base = path.join(tmp, 'base.bmma');
  makeProject(base, PASS);
  newer = path.join(tmp, 'newer.bmma');
  fs.copyFileSync(base, newer);
  makeNewerFormat(newer, PASS);
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder per test, so that one test's files never meet another's. */
function folder(name: string, mode = 0o700): string {
  const dir = fs.mkdtempSync(path.join(tmp, `${name}-`));
  fs.chmodSync(dir, mode);
  return dir;
}

describe('help and version', () => {
  it('prints the usage for --help, help and COMMAND --help, and the version', async () => {
    const [main, helpWord, create, info, version] = await Promise.all([
      bmma(['--help']),
      bmma(['help']),
      bmma(['help', 'create']),
      bmma(['info', '--help']),
      bmma(['--version']),
    ]);
    for (const result of [main, helpWord, create, info, version]) expect(result.code).toBe(0);
    expect(main.stdout).toContain('bmma create FILE --title TITLE [--lang th|en]');
    expect(main.stdout).toContain('BMMA_PASSPHRASE');
    expect(helpWord.stdout).toBe(main.stdout);
    expect(create.stdout).toContain('Usage: bmma create FILE --title TITLE');
    expect(info.stdout).toContain('--json');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toContain(`bmma ${pkg.version}`);
  });

  it('speaks Thai when BMMA_LANG=th, or when the locale is Thai and BMMA_LANG is unset', async () => {
    const [byVariable, byLocale, overridden] = await Promise.all([
      bmma(['--help'], { lang: 'th' }),
      bmma(['--help'], { lang: null, env: { LANG: 'th_TH.UTF-8' } }),
      bmma(['--help'], { lang: 'en', env: { LC_ALL: 'th_TH.UTF-8' } }),
    ]);
    expect(byVariable.stdout).toContain('วิธีใช้');
    expect(byLocale.stdout).toBe(byVariable.stdout);
    expect(overridden.stdout).toContain('Usage:');
  });

  it.each(LANGS)('refuses an unknown command with the usage (%s)', async (lang) => {
    const result = await bmma(['frobnicate', 'x.bmma'], { lang });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('frobnicate');
    expect(result.stderr).toContain(lang === 'en' ? 'Run "bmma --help" for usage' : 'ดูวิธีใช้ได้ด้วยคำสั่ง "bmma --help"');
    expect(result.stdout).toBe('');
  });
});

describe("a project's life through the CLI", () => {
  it('create -> info -> verify -> backup -> passphrase -> verify with the new passphrase', async () => {
    const dir = folder('life');
    const file = path.join(dir, 'assessment.bmma');
    const env = { BMMA_PASSPHRASE: PASS };

    const created = await bmma(['create', file, '--title=Border assessment 2026', '--lang', 'th'], { env });
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created project "Border assessment 2026"');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const createdHash = sha256(file);

    const info = await bmma(['info', file], { env });
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/Project\s+Border assessment 2026/);
    expect(info.stdout).toMatch(/Language\s+Thai/);
    expect(info.stdout).toMatch(/Format version\s+\d+ \(this program: \d+\)/);
    expect(info.stdout).toMatch(/Backups\s+none/);
    expect(info.stderr).toBe('');

    const json = await bmma(['info', file, '--json'], { env });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'file',
      'title',
      'language',
      'formatVersion',
      'appFormatVersion',
      'counts',
      'auditEvents',
      'fileSize',
      'backups',
    ]);
    expect(report).toMatchObject({
      file,
      title: 'Border assessment 2026',
      language: 'th',
      // reference.seeded (the framework copied in) and project.created.
      auditEvents: 2,
      backups: [],
    });
    expect(report['formatVersion']).toBe(report['appFormatVersion']);
    expect(report['counts']).toMatchObject({ project: 1, indicators: 87, provinces: 77 });
    expect(report['fileSize']).toBe(fs.statSync(file).size);

    const verified = await bmma(['verify', file], { env });
    expect(verified.code).toBe(0);
    expect(verified.stdout.match(/ ok$/gm)).toHaveLength(3);
    // info and verify open read-only: the file is byte for byte what create left.
    expect(sha256(file)).toBe(createdHash);

    const backup = await bmma(['backup', file], { env });
    expect(backup.code).toBe(0);
    const backupFile = backup.stdout.trim();
    expect(path.dirname(backupFile)).toBe(`${file}-backups`);
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(backup.stderr).toContain('Backup saved');

    const changed = await bmma(['passphrase', file], {
      env: { ...env, BMMA_NEW_PASSPHRASE: 'a brand new passphrase' },
    });
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('Passphrase changed');

    const oldOne = await bmma(['info', file], { env });
    expect(oldOne.code).toBe(2);
    const withNew = await bmma(['verify', file], { env: { BMMA_PASSPHRASE: 'a brand new passphrase' } });
    expect(withNew.code).toBe(0);
    const after = await bmma(['info', file, '--json'], { env: { BMMA_PASSPHRASE: 'a brand new passphrase' } });
    const afterReport = JSON.parse(after.stdout) as { auditEvents: number; backups: { name: string }[] };
    // The passphrase change is in the audit trail, and the newest backup opens with the new passphrase.
    expect(afterReport.auditEvents).toBe(3);
    expect(afterReport.backups).toHaveLength(2);
    const newest = path.join(`${file}-backups`, afterReport.backups[0]?.name ?? '');
    expect((await bmma(['verify', newest], { env: { BMMA_PASSPHRASE: 'a brand new passphrase' } })).code).toBe(0);
    for (const result of [created, info, json, verified, backup, changed, oldOne, withNew]) {
      expect(expectNoLeaks(result, [PASS, 'a brand new passphrase'])).toEqual([]);
    }
  });
});

function fingerprint(file: string): string {
  if (!fs.existsSync(file)) return 'absent';
  const stat = fs.statSync(file);
  return stat.isDirectory() ? `dir:${fs.readdirSync(file).join(',')}` : sha256(file);
}

describe('bad input gets its own message and exit code, and leaves the file untouched', () => {
  const cases = BAD_INPUTS.flatMap((input) => LANGS.map((lang) => [input.name, lang, input] as const));
  it.each(cases)('%s (%s)', async (_name, lang, input) => {
    // 0755 so that nobody (65534) can reach the read-only folder inside.
    const dir = folder('bad', 0o755);
    const { args, file } = input.setup(dir, { base, newer });
    const before = fingerprint(file);
    const listing = fs.readdirSync(dir);
    const result = await bmma(args, {
      lang,
      env: { BMMA_PASSPHRASE: input.passphrase ?? PASS },
      asNobody: input.asNobody ?? false,
    });
    expect(result.stderr).toContain(input.phrase[lang]);
    expect(result.code).toBe(input.code);
    expect(result.stdout).toBe('');
    expect(fingerprint(file)).toBe(before);
    expect(newFilesIn(dir, listing)).toEqual([]);
    expect(expectNoLeaks(result, [PASS, 'not the right passphrase'])).toEqual([]);
  });
});

describe('passphrases', () => {
  it.each([
    ['10,000 characters', 'ab'.repeat(5_000)],
    ['quotes and Thai characters', `pass'word"ไทย 12345`],
  ])('a passphrase of %s creates a project that opens again', async (_name, passphrase) => {
    const file = path.join(folder('pass'), 'project.bmma');
    const created = await bmma(['create', file, '--title', 'Passphrase test'], {
      env: { BMMA_PASSPHRASE: passphrase },
    });
    expect(created.code).toBe(0);
    const info = await bmma(['info', file, '--json'], { env: { BMMA_PASSPHRASE: passphrase } });
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ title: 'Passphrase test' });
    expect(expectNoLeaks(created, [passphrase])).toEqual([]);
  });

  it.each(LANGS)('is never taken from the command line (%s)', async (lang) => {
    const [spaced, joined] = await Promise.all([
      bmma(['info', base, '--passphrase', 'SECRET-IN-ARGV'], { lang }),
      bmma(['info', base, `--passphrase=SECRET-IN-ARGV`], { lang }),
    ]);
    for (const result of [spaced, joined]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('--passphrase');
      expect(result.stderr).toContain('BMMA_PASSPHRASE');
      expect(result.stderr).not.toContain('SECRET-IN-ARGV');
    }
  });

  it.each(LANGS)('without BMMA_PASSPHRASE and without a terminal says to set it (%s)', async (lang) => {
    const result = await bmma(['verify', base], { lang });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      lang === 'en' ? 'Set the BMMA_PASSPHRASE environment variable' : 'โปรดกำหนดตัวแปรสภาพแวดล้อม BMMA_PASSPHRASE',
    );
  });

  it.each(LANGS)('a passphrase under 12 characters is refused, and says why (%s)', async (lang) => {
    const file = path.join(folder('weak'), 'weak.bmma');
    const result = await bmma(['create', file, '--title', 'Weak'], { lang, env: { BMMA_PASSPHRASE: 'short pass' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(lang === 'en' ? 'at least 12 characters' : 'อย่างน้อย 12 ตัวอักษร');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('tampering is reported as tampering, never as a wrong passphrase', () => {
  it.each(LANGS)('a byte flipped at offset 2000 (page 1): verify exits 3 (%s)', async (lang) => {
    const file = path.join(folder('tamper'), 'tampered.bmma');
    flipByte(base, file, 2000);
    const before = sha256(file);
    const result = await bmma(['verify', file], { lang, env: { BMMA_PASSPHRASE: PASS } });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(lang === 'en' ? 'tampered with' : 'ถูกแก้ไขโดยไม่ได้รับอนุญาต');
    expect(result.stderr).not.toContain(lang === 'en' ? 'passphrase is not correct' : 'รหัสผ่านไม่ถูกต้อง');
    expect(result.stdout).toContain(lang === 'en' ? 'FAILED' : 'FAILED (ไม่ผ่าน)');
    expect(sha256(file)).toBe(before);
  });

  it('a byte flipped in a page body: verify prints the failed checks and exits 3', async () => {
    const file = path.join(folder('tamper'), 'tampered.bmma');
    flipByte(base, file, 4096 * 6 + 100);
    const result = await bmma(['verify', file], { env: { BMMA_PASSPHRASE: PASS } });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/Encryption: every page authenticated \(\d+ pages\)\s+FAILED/);
    expect(result.stderr).toContain('tampered with');
  });

  it('an edited audit event: verify fails the audit chain and exits 3', async () => {
    const file = path.join(folder('audit'), 'edited.bmma');
    fs.copyFileSync(base, file);
    editFirstAuditEvent(file, PASS);
    const result = await bmma(['verify', file], { env: { BMMA_PASSPHRASE: PASS } });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/Audit trail hash chain \(1 event\)\s+FAILED/);
    expect(result.stdout).toMatch(/Database structure .*\s+ok$/m);
    expect(result.stderr).toContain('an event was edited');
  });
});

describe('a file already open in another process', () => {
  let holder: ChildProcess | undefined;
  afterAll(() => {
    holder?.kill();
  });

  it('is refused with exit 5 and the "already open" message', async () => {
    const file = path.join(folder('open'), 'busy.bmma');
    fs.copyFileSync(base, file);
    holder = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'hold-open.ts'), file], {
      cwd: ROOT,
      env: { ...childEnv({ env: { BMMA_PASSPHRASE: PASS } }) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      holder?.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      holder?.on('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    });
    const env = { BMMA_PASSPHRASE: PASS };
    // Both wait out SQLite's busy timeout (5 s), so they run side by side.
    const [info, backup] = await Promise.all([
      bmma(['info', file], { env }),
      bmma(['backup', file], { env, lang: 'th' }),
    ]);
    expect(info.code).toBe(5);
    expect(info.stderr).toContain('already open in another BMMA Workbench window or program');
    expect(backup.code).toBe(5);
    expect(backup.stderr).toContain('เปิดอยู่ในหน้าต่างหรือโปรแกรมอื่นแล้ว');
    expect(fs.existsSync(`${file}-backups`)).toBe(false);
  });
});

describe('the interactive prompt (under a pseudo-terminal)', () => {
  it('asks for the passphrase without echoing it', async () => {
    const typed = 'typed at the terminal 1';
    const file = path.join(folder('tty'), 'typed.bmma');
    const created = await bmmaInTerminal(['create', file, '--title', 'Typed'], [typed, typed], { lang: 'th' });
    expect(created.stdout).toContain('รหัสผ่านของโครงการใหม่ (อย่างน้อย 12 ตัวอักษร): ');
    expect(created.stdout).toContain('พิมพ์อีกครั้ง: ');
    expect(created.code).toBe(0);
    const info = await bmmaInTerminal(['info', file, '--json'], [typed]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(`Passphrase for ${file}: `);
    expect(info.stdout).toContain('"title": "Typed"');
    const next = 'ใหม่ typed again 2';
    const changed = await bmmaInTerminal(['passphrase', file], [typed, next, next]);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('New passphrase (at least 12 characters): ');
    expect((await bmma(['verify', file], { env: { BMMA_PASSPHRASE: next } })).code).toBe(0);
    for (const result of [created, info, changed]) {
      expect(result.stdout).not.toContain(typed);
      expect(result.stdout).not.toContain(next);
    }
  });

  it('refuses two different passphrases, and Ctrl+C cancels with nothing written', async () => {
    const dir = folder('tty');
    const [differ, cancelled] = await Promise.all([
      bmmaInTerminal(
        ['create', path.join(dir, 'a.bmma'), '--title', 'A'],
        ['first passphrase 1', 'second passphrase 2'],
      ),
      bmmaInTerminal(['create', path.join(dir, 'b.bmma'), '--title', 'B'], ['\u0003']),
    ]);
    expect(differ.code).toBe(1);
    expect(differ.stdout).toContain('The two passphrases do not match');
    expect(cancelled.code).toBe(130);
    expect(cancelled.stdout).toContain('Cancelled. Nothing was changed.');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

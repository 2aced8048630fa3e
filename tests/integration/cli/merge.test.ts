/**
 * `bmma merge INTO FROM [--json]` (issue 6), run as a user runs it: counts in English and Thai,
 * exit 0 when clean and 6 when conflicts wait, `bmma verify` passing on the result, and the
 * refusals (FROM's wrong passphrase, INTO itself, no FROM passphrase) changing nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview, updateInterview } from '../../../src/main/services/interviews';
import { errorMessage } from '../../../src/shared/messages';
import { interviewInput } from '../../helpers/interviews';
import { contentHash } from '../../helpers/project';
import { bmma, buildCli } from './helpers';

const PASS = 'correct horse battery staple';
const FROM_PASS = 'second assessor otter 8812';
const env = { BMMA_PASSPHRASE: PASS, BMMA_FROM_PASSPHRASE: FROM_PASS };

let tmp: string;
let base: string;
let ids: string[];

/** The content of a project (every table), read through a read-only open. */
function content(file: string): string {
  const project = ProjectFile.open(file, PASS, { actor: 't', readOnly: true });
  try {
    return project.read((db) => contentHash(db));
  } finally {
    project.close();
  }
}

/** INTO and FROM: copies of one project; FROM gets its own passphrase, then each is edited. */
function pair(name: string, edit: (into: ProjectFile, from: ProjectFile) => void): { into: string; from: string } {
  const into = path.join(tmp, `${name}-into.bmma`);
  const from = path.join(tmp, `${name}-from.bmma`);
  fs.copyFileSync(base, into);
  fs.copyFileSync(base, from);
  const a = ProjectFile.open(into, PASS, { actor: 'a' });
  const b = ProjectFile.open(from, PASS, { actor: 'b' });
  try {
    b.changePassphrase(PASS, FROM_PASS);
    edit(a, b);
  } finally {
    a.close();
    b.close();
  }
  return { into, from };
}

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-merge-'));
  base = path.join(tmp, 'base.bmma');
  const project = ProjectFile.create(base, { title: 'Merge fixture', language: 'en', calendar: 'BE', passphrase: PASS }, { actor: 'test' });
  try {
    ids = [1, 2].map((n) => createInterview(project, interviewInput('official', { location: `Gate ${n}` })).id);
  } finally {
    project.close();
  }
}, 60_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bmma merge', () => {
  it('merges a clean pair, prints the counts and exits 0; verify passes on the result', async () => {
    const { into, from } = pair('clean', (_a, b) => {
      createInterview(b, interviewInput('stakeholder'));
      updateInterview(b, { id: ids[0]!, location: 'Mae Sot' });
    });
    const run = await bmma(['merge', into, from], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Merged: 1 added, 1 updated; new conflicts: 0.');
    expect(run.stdout).toContain('No conflicts wait.');
    expect((await bmma(['verify', into], { env })).code).toBe(0);
    const again = await bmma(['merge', into, from, '--json'], { env });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, updated: 0, conflicts: 0, pending: 0 });
  });

  it('exits 6 when conflicts wait, with --json and in Thai', async () => {
    const { into, from } = pair('conflict', (a, b) => {
      updateInterview(a, { id: ids[1]!, location: 'Ours' });
      updateInterview(b, { id: ids[1]!, location: 'Theirs' });
    });
    const json = await bmma(['merge', into, from, '--json'], { env });
    expect(json.code).toBe(6);
    expect(JSON.parse(json.stdout)).toEqual({ added: 0, updated: 0, conflicts: 1, pending: 1 });
    const th = await bmma(['merge', into, from], { env, lang: 'th' });
    expect(th.code).toBe(6);
    expect(th.stdout).toContain('ข้อขัดแย้งใหม่ 0 รายการ');
    expect(th.stdout).toContain('มีข้อขัดแย้ง 1 รายการรอคุณอยู่');
  });

  it("refuses FROM's wrong passphrase (exit 2) and INTO itself (exit 1), changing nothing", async () => {
    const { into, from } = pair('refused', (_a, b) => void createInterview(b, interviewInput('migrant')));
    const before = content(into);
    const wrong = await bmma(['merge', into, from], { env: { ...env, BMMA_FROM_PASSPHRASE: PASS } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(errorMessage('WRONG_PASSPHRASE', 'en'));
    const itself = await bmma(['merge', into, into], { env: { ...env, BMMA_FROM_PASSPHRASE: PASS } });
    expect(itself.code).toBe(1);
    expect(itself.stderr).toContain(errorMessage('MERGE_SAME_FILE', 'en'));
    const missing = await bmma(['merge', into, from], { env: { BMMA_PASSPHRASE: PASS } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('BMMA_FROM_PASSPHRASE');
    expect(content(into)).toBe(before);
  });

  it('has help in both languages and needs two files', async () => {
    expect((await bmma(['merge', '--help'])).stdout).toContain('Usage: bmma merge INTO FROM [--json]');
    expect((await bmma(['merge', '--help'], { lang: 'th' })).stdout).toContain('วิธีใช้: bmma merge INTO FROM [--json]');
    expect((await bmma(['--help'])).stdout).toContain('6    bmma merge');
    expect((await bmma(['merge', path.join(tmp, 'x.bmma')], { env })).code).toBe(1);
  });
});

/**
 * `bmma search FILE QUERY [--json]`, run as a user runs it (node bin/bmma.cjs in a child
 * process) against a real encrypted project: hits in text and JSON, in English and Thai,
 * "no results" still exit 0, usage errors exit 1, and the file is only ever read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, configureWritable, connectNew, passphraseKey } from '../../../src/main/project/cipher';
import { migrate } from '../../../src/main/project/migrate';
import { MIGRATIONS } from '../../../src/main/project/migrations';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterviews } from '../../../src/main/services/interviews';
import { searchResultSchema } from '../../../src/shared/search';
import { interviewInput } from '../../helpers/interviews';
import { bmma, buildCli, sha256 } from './helpers';

const PASS = 'correct horse battery staple';
const NOTE = 'ผู้เสียหายจากการค้ามนุษย์ถูกส่งต่อที่ด่านพรมแดน';
const env = { BMMA_PASSPHRASE: PASS };

let tmp: string;
let file: string;
let interviewCode: string;

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-search-'));
  file = path.join(tmp, 'search.bmma');
  const project = ProjectFile.create(
    file,
    { title: 'Search fixture', language: 'en', calendar: 'BE', passphrase: PASS },
    { actor: 'test' },
  );
  try {
    const [interview] = createInterviews(project, [
      interviewInput('official', { notes: NOTE }),
      interviewInput('stakeholder', { notes: 'The checkpoint at the river closes at night.' }),
    ]);
    interviewCode = interview?.code ?? '';
  } finally {
    project.close();
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bmma search', () => {
  it('prints each hit with its kind, code, title and the hit in [brackets], and leaves the file as it was', async () => {
    const before = sha256(file);
    const result = await bmma(['search', file, 'ค้ามนุษย์'], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // The interview, and the template indicators about trafficking (the framework is searched too).
    expect(result.stdout).toContain(
      `Interview  ${interviewCode}  Official · RTP-IB\n  ผู้เสียหายจากการ[ค้ามนุษย์]ถูกส่งต่อที่ด่านพรมแดน\n\n`,
    );
    expect(result.stdout).toMatch(/^Indicator {2}[A-E]\d\.\d+ {2}.*การค้ามนุษย์/mu);
    const blocks = result.stdout.split('\n\n');
    expect(blocks.at(-1)).toBe(`${blocks.length - 1} results\n`);
    expect(sha256(file)).toBe(before);
  });

  it('speaks Thai with BMMA_LANG=th', async () => {
    const result = await bmma(['search', file, 'ค้ามนุษย์'], { env, lang: 'th' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`การสัมภาษณ์  ${interviewCode}  เจ้าหน้าที่ · RTP-IB`);
    expect(result.stdout).toContain('[ค้ามนุษย์]');
    expect(result.stdout).toMatch(/\n\nพบ \d+ รายการ\n$/u);
  });

  it('--json prints the query, the total and the hits as the app receives them', async () => {
    const result = await bmma(['search', file, 'checkpoints', '--json'], { env });
    expect(result.code).toBe(0);
    const parsed = searchResultSchema.parse(JSON.parse(result.stdout));
    expect(parsed.query).toBe('checkpoints');
    const interviews = parsed.hits.filter((hit) => hit.kind === 'interview');
    expect(interviews).toHaveLength(1);
    const snippet = interviews[0]?.snippet;
    expect(snippet?.highlights.map(({ start, end }) => snippet.text.slice(start, end))).toEqual(['checkpoint']);
    expect(parsed.total).toBeGreaterThanOrEqual(parsed.hits.length);
  });

  it.each([
    ['en', 'No results.'],
    ['th', 'ไม่พบผลลัพธ์'],
  ] as const)('says so when nothing matches, with exit code 0 (%s)', async (lang, message) => {
    const [text, json] = await Promise.all([
      bmma(['search', file, 'zebracrossingword'], { env, lang }),
      bmma(['search', file, '"NEAR(', '--json'], { env, lang }),
    ]);
    expect([text.code, json.code]).toEqual([0, 0]);
    expect(text.stdout).toBe(`${message}\n`);
    expect(JSON.parse(json.stdout)).toEqual({
      query: '"NEAR(',
      total: 0,
      totalIsLowerBound: false,
      order: 'relevance',
      hits: [],
    });
  });

  it.each([
    ['no query', ['search', 'x.bmma'], 'needs a QUERY', 'ต้องระบุ QUERY'],
    [
      'three arguments',
      ['search', 'x.bmma', 'one', 'two'],
      'takes one FILE and one QUERY',
      'รับ FILE หนึ่งรายการและ QUERY',
    ],
    ['a query over 200 characters', ['search', 'x.bmma', 'a'.repeat(201)], 'longer than 200', 'ยาวเกิน 200'],
    ['an unknown option', ['search', 'x.bmma', 'q', '--kind=x'], 'Unknown option "--kind"', 'ไม่รู้จักตัวเลือก "--kind"'],
  ])('refuses %s with exit code 1, in both languages', async (_name, args, en, th) => {
    const [english, thai] = await Promise.all([bmma(args, { env }), bmma(args, { env, lang: 'th' })]);
    expect([english.code, thai.code]).toEqual([1, 1]);
    expect(english.stderr).toContain(en);
    expect(thai.stderr).toContain(th);
    expect(english.stdout).toBe('');
  });

  it('a wrong passphrase exits 2 and a missing file 5', async () => {
    const [wrong, missing] = await Promise.all([
      bmma(['search', file, 'x'], { env: { BMMA_PASSPHRASE: 'not the passphrase at all' } }),
      bmma(['search', path.join(tmp, 'nowhere.bmma'), 'x'], { env }),
    ]);
    expect([wrong.code, missing.code]).toEqual([2, 5]);
  });

  it('a file from an older version, opened read-only, is not changed and the user is told how to upgrade it', async () => {
    const old = path.join(tmp, 'format4.bmma');
    const db = connectNew(old, passphraseKey(PASS));
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      configureWritable(db);
      migrate(db, MIGRATIONS.slice(0, 4));
      db.prepare(
        "INSERT INTO project (id, title, language, calendar, created_at, updated_at, updated_by) VALUES ('5a0f8f44-2f8e-4c41-9a57-0c7d1c3b9e10', 'Old', 'en', 'BE', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'old')",
      ).run();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode=DELETE');
    } finally {
      db.close();
    }
    const before = sha256(old);
    const [english, thai] = await Promise.all([
      bmma(['search', old, 'x'], { env }),
      bmma(['search', old, 'x'], { env, lang: 'th' }),
    ]);
    expect([english.code, thai.code]).toEqual([5, 5]);
    expect(english.stderr).toContain('bmma backup FILE');
    expect(thai.stderr).toContain('รุ่นเก่า');
    expect(sha256(old)).toBe(before);

    // Upgrading it (any command that opens it for writing) makes it searchable.
    expect((await bmma(['backup', old], { env })).code).toBe(0);
    const after = await bmma(['search', old, 'x'], { env });
    expect([after.code, after.stdout]).toEqual([0, 'No results.\n']);
  });

  it('is listed in the help', async () => {
    const [main, own] = await Promise.all([bmma(['--help']), bmma(['search', '--help'], { lang: 'th' })]);
    expect(main.stdout).toContain('bmma search FILE QUERY [--json]');
    expect(own.stdout).toContain('วิธีใช้: bmma search FILE QUERY [--json]');
  });
});

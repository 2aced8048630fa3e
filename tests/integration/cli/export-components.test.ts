/**
 * `bmma export minutes|curriculum|tot-agenda|tot-evaluation FILE ...` (issue 5), run as a user
 * runs it on the scale-1 demo: --meeting CODE and --event CODE name the document's subject; a
 * missing, misplaced or unknown code is a usage error (exit 1) that says which codes exist, before
 * anything is written; the export itself prints its SHA-256 and records it, naming the subject,
 * in the audit trail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { listMeetings } from '../../../src/main/services/meetings';
import { listTotEvents } from '../../../src/main/services/tot';
import { bmma, buildCli, sha256 } from './helpers';

const PASS = 'correct horse battery staple';
const env = { BMMA_PASSPHRASE: PASS };
const MEETING = 'MTG-C2-3/2563';
const EVENT = 'TOT-2565-01';

let tmp: string;
let file: string;
let meetingId = '';
let eventId = '';

beforeAll(() => {
  buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-cli-components-'));
  file = path.join(tmp, 'demo.bmma');
  const project = ProjectFile.create(
    file,
    { title: 'Components fixture', language: 'en', calendar: 'BE', passphrase: PASS },
    { actor: 'test' },
  );
  try {
    fillDemo(project, { scale: 1 });
    meetingId = listMeetings(project).find((m) => m.code === MEETING)?.id ?? '';
    eventId = listTotEvents(project).find((e) => e.code === EVENT)?.id ?? '';
  } finally {
    project.close();
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function documentText(docx: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(docx)))['word/document.xml'] ?? new Uint8Array());
  return xml.replace(/<[^>]+>/g, '');
}

/** The export events of the audit trail, oldest first (read as the app reads it). */
function exportEvents(): { details: Record<string, unknown> }[] {
  const project = ProjectFile.open(file, PASS, { actor: 'test', readOnly: true, backupOnOpen: false });
  try {
    return project
      .read((db) => db.prepare("SELECT details FROM audit_events WHERE action = 'export.written' ORDER BY seq").all())
      .map((row) => ({ details: JSON.parse((row as { details: string }).details) as Record<string, unknown> }));
  } finally {
    project.close();
  }
}

describe('bmma export of the Component 2–4 documents', () => {
  it('writes the minutes of the meeting named by --meeting, and records which meeting in the audit trail', async () => {
    expect(meetingId).not.toBe('');
    const out = path.join(tmp, 'minutes-th.docx');
    const run = await bmma(['export', 'minutes', file, '--meeting', MEETING, '--out', out, '--lang', 'th'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`SHA-256 ${sha256(out)}`);
    const text = documentText(out);
    expect(text).toContain('รายงานการประชุม');
    expect(text).toContain('3/2563');
    const last = exportEvents().at(-1);
    expect(last?.details).toMatchObject({ document: 'minutes', subjectId: meetingId, file: 'minutes-th.docx' });
  });

  it('writes the curriculum, the ToT agenda and the evaluation report (--event) in English', async () => {
    const runs = [
      { args: ['curriculum', file], out: 'curriculum-en.docx', expected: 'M01' },
      { args: ['tot-agenda', file, '--event', EVENT], out: 'agenda-en.docx', expected: 'Day 1' },
      { args: ['tot-evaluation', file, '--event', EVENT], out: 'evaluation-en.docx', expected: EVENT },
    ];
    for (const { args, out, expected } of runs) {
      const target = path.join(tmp, out);
      const run = await bmma(['export', ...args, '--out', target, '--lang', 'en'], { env });
      expect(run.code, run.stderr).toBe(0);
      expect(documentText(target)).toContain(expected);
    }
    expect(exportEvents().at(-1)?.details).toMatchObject({ document: 'tot_evaluation', subjectId: eventId });
  });

  it('refuses a missing, misplaced or unknown subject with exit 1, saying which codes exist, and writes nothing', async () => {
    const out = path.join(tmp, 'never.docx');
    const missing = await bmma(['export', 'minutes', file, '--out', out], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--meeting CODE');
    const misplaced = await bmma(['export', 'report', file, '--event', EVENT, '--out', out], { env });
    expect(misplaced.code).toBe(1);
    expect(misplaced.stderr).toContain('--event');
    const wrongKind = await bmma(['export', 'tot-agenda', file, '--meeting', MEETING, '--out', out], { env });
    expect(wrongKind.code).toBe(1);

    const unknown = await bmma(['export', 'minutes', file, '--meeting', 'MTG-C2-9/2599', '--out', out], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('MTG-C2-9/2599');
    expect(unknown.stderr).toContain(MEETING);
    const th = await bmma(['export', 'tot-evaluation', file, '--event', 'TOT-2599-09', '--out', out], {
      env,
      lang: 'th',
    });
    expect(th.code).toBe(1);
    expect(th.stderr).toContain('โครงการไม่มีการฝึกอบรมวิทยากรรหัส "TOT-2599-09"');
    expect(th.stderr).toContain(EVENT);
    expect(fs.existsSync(out)).toBe(false);
  });
});

/**
 * The durability child (SECURITY.md item 8). Started ahead of time, it waits for "go" on
 * stdin, then — like the app starting after a crash — opens the project, checks it
 * (ProjectFile.checkIntegrity: integrity_check, every page read, audit chain) and reports
 * what it found, then commits one interview per transaction forever, printing
 * `ack <code>` only AFTER each commit has returned. The parent kills it with SIGKILL.
 *
 * Run: node --import tsx tests/helpers/commit-loop.ts FILE   (passphrase in BMMA_PASSPHRASE)
 * stdout is a pipe, and pipe writes are synchronous in Node on POSIX, so a printed ack
 * is in the pipe before the next commit starts and survives the kill.
 */
import readline from 'node:readline';
import { ProjectFile } from '../../src/main/project/project-file';
import { createInterview } from '../../src/main/services/interviews';
import { interviewInput } from './interviews';

const file = process.argv[2];
const passphrase = process.env['BMMA_PASSPHRASE'];
if (!file || !passphrase) {
  process.stderr.write('usage: BMMA_PASSPHRASE=... commit-loop.ts FILE\n');
  process.exit(1);
}

export interface CommitLoopReport {
  integrityOk: boolean;
  problems: string[];
  codes: string[];
  auditEvents: number;
}

function reopenAndReport(project: ProjectFile): CommitLoopReport {
  const integrity = project.checkIntegrity();
  const codes = project.read((db) =>
    (db.prepare('SELECT code FROM interviews ORDER BY code').all() as { code: string }[]).map((r) => r.code),
  );
  return { integrityOk: integrity.ok, problems: integrity.problems, codes, auditEvents: integrity.auditEvents };
}

const input = readline.createInterface({ input: process.stdin });
input.once('line', () => {
  input.close();
  const project = ProjectFile.open(file, passphrase, { actor: 'commit-loop' });
  process.stdout.write(`verify ${JSON.stringify(reopenAndReport(project))}\n`);
  for (let n = 1; ; n += 1) {
    const { code } = createInterview(
      project,
      interviewInput('official', { notes: `commit ${n} ${'x'.repeat(n % 300)}` }),
    );
    process.stdout.write(`ack ${code}\n`);
  }
});
process.stdout.write('started\n');

/**
 * Issue 6, "Verify" on the Audit trail tab (SECURITY.md 24): audit.verify says that all N events
 * verify, or exactly where the chain breaks and why. Tampering is done as someone editing the
 * file behind the app's back would: a raw SQLCipher connection, the append-only triggers dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/project/cipher';
import { ProjectFile } from '../../../src/main/project/project-file';
import { verifyAuditTrail } from '../../../src/main/services/audit';
import { expectValue, makeApi, type TestApi } from '../../helpers/api';
import { ACTOR, PASSPHRASE, makeProject, openRaw } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';
import { seedEvents } from './fixtures';

let root: string;
let original: string;
let total: number;

beforeAll(() => {
  root = makeTempDir('audit-verify');
  const project = makeProject(makeSubDir(root, 'original'));
  seedEvents(project, 30);
  total = project.read((db) => (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n);
  project.close();
  original = project.path;
});

afterAll(() => removeTempDir(root));

let copies = 0;
/** A copy of the project with `tamper` applied on a raw connection, triggers dropped. */
function tamperedCopy(tamper: (db: Db) => void): string {
  copies += 1;
  const file = path.join(makeSubDir(root, `copy-${copies}`), 'copy.bmma');
  fs.copyFileSync(original, file);
  const raw = openRaw(file);
  try {
    raw.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
    tamper(raw);
  } finally {
    raw.close();
  }
  return file;
}

/** Verification of a file opened read-only: nothing appended before the check. */
function verify(file: string) {
  const project = ProjectFile.open(file, PASSPHRASE, { actor: ACTOR, readOnly: true, backupOnOpen: false });
  try {
    return verifyAuditTrail(project);
  } finally {
    project.close();
  }
}

describe('audit.verify', () => {
  it('says that all N events verify on an intact file', () => {
    expect(verify(original)).toMatchObject({ ok: true, events: total, total, expected: total, brokenAtSeq: null, missing: 0 });
  });

  it('names the event whose details were edited in SQL, and its place among all events', () => {
    const file = tamperedCopy((db) =>
      db.prepare(`UPDATE audit_events SET details = '{"fields":["forged"]}' WHERE seq = 17`).run(),
    );
    expect(verify(file)).toMatchObject({ ok: false, reason: 'edited', brokenAtSeq: 17, position: 17, total, missing: 0 });
  });

  it('detects that the last events were removed, through the recorded head', () => {
    const file = tamperedCopy((db) => db.prepare('DELETE FROM audit_events WHERE seq > ?').run(total - 3));
    expect(verify(file)).toMatchObject({
      ok: false,
      reason: 'truncated',
      missing: 3,
      total: total - 3,
      expected: total,
      position: null,
    });
  });

  it('says how many events are missing in the middle, and where', () => {
    const file = tamperedCopy((db) => db.prepare('DELETE FROM audit_events WHERE seq IN (10, 11)').run());
    expect(verify(file)).toMatchObject({ ok: false, reason: 'deleted', brokenAtSeq: 12, position: 10, missing: 2, total: total - 2 });
  });

  describe('through the api (the Verify button)', () => {
    let api: TestApi;
    beforeAll(() => {
      api = makeApi(makeSubDir(root, 'app'));
    });
    afterAll(() => api.session.close());

    it('reports the edited event of an opened project', async () => {
      const file = tamperedCopy((db) => db.prepare(`UPDATE audit_events SET details = '{}' WHERE seq = 5`).run());
      expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
      const result = expectValue(await api.call('audit.verify'));
      // Opening appended one event; the break is where it was.
      expect(result).toMatchObject({ ok: false, reason: 'edited', brokenAtSeq: 5, position: 5, total: total + 1 });
    });
  });
});

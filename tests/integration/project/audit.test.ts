/**
 * SECURITY.md item 24 — the audit trail is tamper-evident. The app can only append to it
 * (triggers refuse UPDATE and DELETE); someone who edits the file behind the app's back must
 * drop those triggers first, and `verify` then finds the edited, deleted or reordered event.
 * Each scenario below does exactly that on a raw connection, inside a transaction that is
 * rolled back afterwards, so all scenarios share one project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/project/cipher';
import { verifyAuditChain, type AuditVerificationResult } from '../../../src/main/project/audit';
import { ProjectFile } from '../../../src/main/project/project-file';
import { createInterview } from '../../../src/main/services/interviews';
import { interviewInput } from '../../helpers/interviews';
import { ACTOR, PASSPHRASE, makeProject, openRaw } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

let root: string;
let raw: Db;
let events: number;

beforeAll(() => {
  root = makeTempDir('audit');
  const project = makeProject(root);
  for (let i = 0; i < 5; i += 1) createInterview(project, interviewInput('stakeholder', { notes: `meeting ${i}` }));
  events = project.verifyAudit().events;
  project.close();
  raw = openRaw(project.path);
});

afterAll(() => {
  raw.close();
  removeTempDir(root);
});

/** Runs the tampering with the triggers dropped, verifies, and rolls everything back. */
function verifyAfter(tamper: (db: Db) => void): AuditVerificationResult {
  raw.exec('BEGIN');
  try {
    raw.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete');
    tamper(raw);
    return verifyAuditChain(raw);
  } finally {
    raw.exec('ROLLBACK');
  }
}

describe('audit trail (item 24)', () => {
  it('verifies the untouched chain (control)', () => {
    expect(events).toBe(7); // reference.seeded + project.created + 5 interviews
    expect(verifyAuditChain(raw)).toEqual({ ok: true, events: 7, brokenAtSeq: null, reason: null });
  });

  it('refuses UPDATE and DELETE of events while the triggers are in place', () => {
    expect(() => raw.prepare("UPDATE audit_events SET actor = 'someone else' WHERE seq = 2").run()).toThrow(
      /append-only/,
    );
    expect(() => raw.prepare('DELETE FROM audit_events WHERE seq = 6').run()).toThrow(/append-only/);
    expect(verifyAuditChain(raw).ok).toBe(true);
  });

  it('detects an edited event', () => {
    const result = verifyAfter((db) =>
      db.prepare("UPDATE audit_events SET actor = 'someone else' WHERE seq = 3").run(),
    );
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'edited' });
  });

  it('detects an edited event whose hash was recomputed by a naive forger', () => {
    // Changing the action and copying the next event's prev_hash forward still breaks the chain.
    const result = verifyAfter((db) => {
      db.prepare(
        "UPDATE audit_events SET action = 'interview.viewed', hash = (SELECT prev_hash FROM audit_events WHERE seq = 4) WHERE seq = 3",
      ).run();
    });
    expect(result.ok).toBe(false);
    expect(result.brokenAtSeq).toBe(3);
  });

  it('detects a deleted event in the middle', () => {
    const result = verifyAfter((db) => db.prepare('DELETE FROM audit_events WHERE seq = 3').run());
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 4, reason: 'deleted' });
  });

  it('detects a deleted last event', () => {
    const result = verifyAfter((db) => db.prepare('DELETE FROM audit_events WHERE seq = ?').run(events));
    expect(result).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('detects two events swapped', () => {
    const result = verifyAfter((db) => {
      db.prepare('UPDATE audit_events SET seq = 100 WHERE seq = 2').run();
      db.prepare('UPDATE audit_events SET seq = 2 WHERE seq = 3').run();
      db.prepare('UPDATE audit_events SET seq = 3 WHERE seq = 100').run();
    });
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'reordered' });
  });

  it('reports a broken chain in the integrity check the user runs', () => {
    // This one is written to the file (the copy is thrown away with the temp dir).
    raw.exec('DROP TRIGGER audit_events_no_delete');
    raw.prepare('DELETE FROM audit_events WHERE seq = 4').run();
    raw.close();
    const project = ProjectFile.open(`${root}/assessment.bmma`, PASSPHRASE, { actor: ACTOR });
    try {
      const report = project.checkIntegrity();
      expect(report).toMatchObject({ ok: false, cipher: 'ok', sqlite: 'ok', audit: 'failed' });
      expect(report.problems).toContain('audit-deleted');
    } finally {
      project.close();
    }
    raw = openRaw(`${root}/assessment.bmma`);
  });
});

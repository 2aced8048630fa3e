/**
 * THE leak test of the review copy (issue 6, SECURITY.md 22): a distinct canary sits in every
 * place a review copy must leave out — the identity vault (an identity's ciphertext and the
 * vault's verifier), interview notes, an interview above the chosen sensitivity, a site visit
 * and a document above it (their text, checklist, team, attachments' names and bytes), passages
 * under paraphrase-only, no-use and withdrawn consent and a no-use passage's comment — and none
 * may appear anywhere in the copy decrypted with its passphrase: not in any table (search index
 * shadow tables included) and not in any page of the file decrypted without SQLite (free pages
 * and leftovers included). The canaries are read back from the source first, and the records
 * planted beside them (a finding, an action, a quotable passage, a visit and a document at the
 * allowed sensitivity) must be in the copy, so the test fails if the copy leaves everything out.
 * The places the export's leak test plants too go through tests/helpers/canaries.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, passphraseKey, type Db } from '../../../src/main/project/cipher';
import { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { createDocument } from '../../../src/main/services/documents';
import { createInterview } from '../../../src/main/services/interviews';
import { createPassage } from '../../../src/main/services/passages';
import { writeReviewCopy, type WrittenReviewCopy } from '../../../src/main/services/review-copy';
import { createSiteVisit } from '../../../src/main/services/site-visits';
import {
  addPhoto,
  plantConfidentialDocument,
  plantConsentQuotes,
  plantRestrictedVisit,
  plantVisibleAction,
  plantVisibleFinding,
} from '../../helpers/canaries';
import { interviewInput } from '../../helpers/interviews';
import { ACTOR, makeProject, PASSPHRASE } from '../../helpers/project';
import { decryptPages, looksLikeSqliteHeader } from '../../helpers/sqlcipher-pages';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { documentInput, siteVisitInput } from '../evidence/fixtures';

export const COPY_PASSPHRASE = 'reviewer otter lantern 5512 mango';

/** One canary per restricted place; the hex tail is a search token of its own. */
const CANARY = {
  vaultIdentity: 'CANARY-VAULT-ID-a1c9',
  vaultVerifier: 'CANARY-VAULT-VERIFIER-b2d8',
  notes: 'CANARY-NOTES-c3e7',
  notesThai: 'นกขมิ้นบันทึกลับd4f6',
  interviewAboveLocation: 'CANARY-INTERVIEW-ABOVE-e5a5',
  interviewAboveInterviewer: 'CANARY-INTERVIEWER-ABOVE-f6b4',
  paraphraseQuote: 'CANARY-PARAPHRASE-a7c3',
  noUseQuote: 'CANARY-NOUSE-b8d2',
  noUseComment: 'CANARY-NOUSE-COMMENT-c9e1',
  withdrawnQuote: 'CANARY-WITHDRAWN-d0f0',
  visitObservations: 'CANARY-VISIT-OBS-e1a9',
  visitChecklist: 'CANARY-VISIT-CHECK-f2b8',
  visitTeam: 'CANARY-VISIT-TEAM-a3c7',
  visitPhotoName: 'CANARY-PHOTO-b4d6',
  documentTitle: 'CANARY-DOC-TITLE-c5e5',
  documentNotes: 'CANARY-DOC-NOTES-d6f4',
  documentFileName: 'CANARY-DOC-FILE-e7a3',
  documentFileBytes: 'CANARY-DOC-BYTES-f8b2',
} as const;
type CanaryName = keyof typeof CANARY;

const VISIBLE = {
  finding: 'VISIBLE-FINDING-5c1d',
  action: 'VISIBLE-ACTION-6d2e',
  quote: 'VISIBLE-QUOTE-7e3f',
  visit: 'VISIBLE-VISIT-8f40',
  document: 'VISIBLE-DOC-9a51',
} as const;

let dir: string;
let source: ProjectFile;
let copyPath: string;
let written: WrittenReviewCopy;

const quoteNotes = (quote: string) => `The officer said ${quote} took money at the gate. / เจ้าหน้าที่เล่าว่า`;

function plant(): void {
  source.write((ctx) => {
    ctx.db
      .prepare(
        `INSERT INTO vault_meta (id, kdf, kdf_params, salt, verifier, created_at, updated_at, updated_by)
         VALUES (1, 'scrypt', '{}', ?, ?, ?, ?, ?)`,
      )
      .run(Buffer.alloc(16, 7), Buffer.from(CANARY.vaultVerifier), ctx.now, ctx.now, ctx.actor);
    ctx.db
      .prepare(
        `INSERT INTO vault_identities (id, subject_kind, subject_id, nonce, ciphertext, created_at, updated_at, updated_by)
         VALUES (?, 'interview', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        crypto.randomUUID(),
        crypto.randomUUID(),
        Buffer.alloc(12, 1),
        Buffer.from(CANARY.vaultIdentity),
        ctx.now,
        ctx.now,
        ctx.actor,
      );
  });
  const finding = plantVisibleFinding(source, VISIBLE.finding);
  // A quotable interview: its passage comes into the copy, its notes (canaries) do not.
  const quotable = createInterview(
    source,
    interviewInput('official', {
      notes: `${quoteNotes(VISIBLE.quote)} ${CANARY.notes} ${CANARY.notesThai}`,
      sensitivity: 'internal',
      consent: { mode: 'oral', infoSheetVersion: 'v2', permittedUse: 'quote', recordingAllowed: false, withdrawnAt: null },
    }),
  );
  const start = quotable.notes.indexOf(VISIBLE.quote);
  createPassage(source, {
    interviewId: quotable.id,
    start,
    end: start + VISIBLE.quote.length,
    targetType: 'finding',
    targetId: finding.id,
    comment: '',
  });
  plantConsentQuotes(source, {
    quotes: { paraphrase: CANARY.paraphraseQuote, noUse: CANARY.noUseQuote, withdrawn: CANARY.withdrawnQuote },
    notes: quoteNotes,
    findingId: finding.id,
    span: 'quote',
    comment: (consent) => (consent === 'noUse' ? `coded with ${CANARY.noUseComment}` : ''),
  });
  const above = createInterview(
    source,
    interviewInput('official', {
      location: CANARY.interviewAboveLocation,
      interviewers: [CANARY.interviewAboveInterviewer],
      notes: 'Short note.',
      sensitivity: 'confidential',
      consent: {
        mode: 'written',
        infoSheetVersion: 'v2',
        permittedUse: 'quote',
        recordingAllowed: false,
        withdrawnAt: null,
      },
    }),
  );

  const restrictedVisit = plantRestrictedVisit(source, {
    team: CANARY.visitTeam,
    observations: CANARY.visitObservations,
    checklist: CANARY.visitChecklist,
  });
  addPhoto(source, dir, restrictedVisit.id, CANARY.visitPhotoName);
  const internalVisit = createSiteVisit(
    source,
    siteVisitInput({ observations: VISIBLE.visit, sensitivity: 'internal' }),
  );
  addPhoto(source, dir, internalVisit.id, 'gate');

  const secretDocument = plantConfidentialDocument(source, {
    title: { en: CANARY.documentTitle, th: CANARY.documentTitle },
    notes: CANARY.documentNotes,
    file: { dir, name: CANARY.documentFileName, content: CANARY.documentFileBytes },
  });
  createDocument(source, documentInput({ notes: VISIBLE.document, sensitivity: 'public' }));

  // The finding cites everything, so the copy has links to drop and links to keep.
  source.write((ctx) => {
    const link = ctx.db.prepare(
      "INSERT INTO evidence_links (id, owner_kind, owner_id, evidence_kind, evidence_id, created_at) VALUES (?, 'finding', ?, ?, ?, ?)",
    );
    for (const [kind, id] of [
      ['interview', above.id],
      ['interview', quotable.id],
      ['site_visit', restrictedVisit.id],
      ['site_visit', internalVisit.id],
      ['document', secretDocument.id],
    ] as const) {
      link.run(crypto.randomUUID(), finding.id, kind, id, ctx.now);
    }
  });
  plantVisibleAction(source, VISIBLE.action);
}

/** Every row of every table (shadow tables of the search index too), blobs as bytes. */
function dumpTables(db: Db): Buffer {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (r) => r.name,
  );
  const parts: Buffer[] = [];
  for (const table of tables) {
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate() as IterableIterator<unknown[]>) {
      for (const value of row) parts.push(Buffer.isBuffer(value) ? value : Buffer.from(`${String(value)}\n`, 'utf8'));
    }
  }
  return Buffer.concat(parts);
}

function leaksIn(haystack: Buffer): CanaryName[] {
  return (Object.keys(CANARY) as CanaryName[]).filter((name) => haystack.includes(Buffer.from(CANARY[name], 'utf8')));
}

function openRaw(file: string, passphrase: string): Db {
  return connect(file, passphraseKey(passphrase), { readonly: true });
}

beforeAll(() => {
  dir = makeTempDir('review-copy-leak');
  source = makeProject(dir, 'source.bmma', { backupOnOpen: false });
  fillDemo(source, { scale: 1 });
  plant();
  copyPath = path.join(dir, 'copy.bmma');
  written = writeReviewCopy(source, copyPath, { maxSensitivity: 'internal', passphrase: COPY_PASSPHRASE });
}, 240_000);

afterAll(() => {
  source?.close();
  removeTempDir(dir);
});

describe('the planted canaries', () => {
  it('are all in the source, and the preview counts what will be left out', () => {
    const all = source.read((db) => dumpTables(db));
    expect(leaksIn(all).sort()).toEqual((Object.keys(CANARY) as CanaryName[]).sort());
    expect(written.excluded).toMatchObject({
      vaultIdentities: 1,
      interviewsAboveSensitivity: expect.any(Number),
      passagesNoUse: 1,
      passagesWithdrawn: 1,
    });
    // The demo's own paraphrase-only codings come on top of the planted one.
    expect(written.excluded.passagesParaphraseOnly).toBeGreaterThanOrEqual(1);
    expect(written.excluded.interviewNotes).toBeGreaterThan(0);
    expect(written.excluded.siteVisitsAboveSensitivity).toBeGreaterThan(0);
    expect(written.excluded.documentsAboveSensitivity).toBeGreaterThan(0);
    expect(written.excluded.attachmentsOfLeftOut).toBeGreaterThanOrEqual(2);
    expect(written.excluded.evidenceLinksToLeftOut).toBeGreaterThanOrEqual(3);
  });
});

describe('a review copy at "internal"', () => {
  it('holds no canary in any table, and the records beside them are there', () => {
    const db = openRaw(copyPath, COPY_PASSPHRASE);
    try {
      const all = dumpTables(db);
      expect(leaksIn(all)).toEqual([]);
      for (const visible of Object.values(VISIBLE)) expect(all.includes(Buffer.from(visible))).toBe(true);
      // The demo's findings and plan came along too, not only the planted ones.
      const sourceFindings = source.read(
        (s) => (s.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n,
      );
      expect((db.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n).toBe(sourceFindings);
      expect((db.prepare("SELECT count(*) AS n FROM interviews WHERE notes <> ''").get() as { n: number }).n).toBe(0);
      expect((db.prepare('SELECT count(*) AS n FROM vault_identities').get() as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }
  });

  it('holds no canary in any page of the file, decrypted without SQLite', () => {
    const pages = decryptPages(copyPath, COPY_PASSPHRASE);
    expect(looksLikeSqliteHeader(pages[0] as Buffer)).toBe(true);
    const all = Buffer.concat(pages);
    expect(leaksIn(all)).toEqual([]);
    expect(all.includes(Buffer.from(VISIBLE.finding))).toBe(true);
    // And the file itself (still encrypted) shows nothing either.
    expect(leaksIn(fs.readFileSync(copyPath))).toEqual([]);
  });

  it('rebuilds the search index from the copy: a left-out word finds nothing, a kept one is found', () => {
    const db = openRaw(copyPath, COPY_PASSPHRASE);
    try {
      const hits = (token: string) =>
        (
          db.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(`"${token}"`) as {
            n: number;
          }
        ).n;
      for (const name of ['notes', 'visitObservations', 'documentTitle', 'documentNotes'] as const) {
        const token = CANARY[name].split('-').pop() as string;
        expect(
          source.read(
            (s) =>
              (
                s.prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(`"${token}"`) as {
                  n: number;
                }
              ).n,
          ),
        ).toBeGreaterThan(0);
        expect(hits(token), name).toBe(0);
      }
      expect(hits(VISIBLE.finding.split('-').pop() as string)).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('opens with its own passphrase only, is marked as a review copy and verifies', () => {
    expect(() => ProjectFile.open(copyPath, PASSPHRASE, { actor: ACTOR, readOnly: true })).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    expect(() => ProjectFile.open(copyPath, `${COPY_PASSPHRASE}!`, { actor: ACTOR, readOnly: true })).toThrow(
      expect.objectContaining({ code: 'WRONG_PASSPHRASE' }),
    );
    const copy = ProjectFile.open(copyPath, COPY_PASSPHRASE, { actor: ACTOR, readOnly: true });
    try {
      expect(copy.isReviewCopy).toBe(true);
      const report = copy.checkIntegrity();
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      const last = copy.read((db) => db.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get()) as {
        action: string;
      };
      expect(last.action).toBe('reviewCopy.created');
    } finally {
      copy.close();
    }
  });
});

describe('a review copy at "top_secret"', () => {
  it('still leaves out the vault, the notes and what consent forbids, and keeps what the level allows', () => {
    const topSecret = path.join(dir, 'copy-top-secret.bmma');
    writeReviewCopy(source, topSecret, { maxSensitivity: 'top_secret', passphrase: COPY_PASSPHRASE });
    const all = Buffer.concat(decryptPages(topSecret, COPY_PASSPHRASE));
    const alwaysOut: CanaryName[] = [
      'vaultIdentity',
      'vaultVerifier',
      'notes',
      'notesThai',
      'paraphraseQuote',
      'noUseQuote',
      'noUseComment',
      'withdrawnQuote',
    ];
    expect(leaksIn(all).filter((name) => alwaysOut.includes(name))).toEqual([]);
    // Evidence above "internal" is allowed at this level: the filter is the sensitivity, not the field.
    expect(leaksIn(all)).toEqual(
      expect.arrayContaining(['visitObservations', 'documentFileBytes', 'interviewAboveLocation']),
    );
  });
});

describe('the page scanner', () => {
  it('finds the canaries in the source file, so finding none in the copy means something', () => {
    const file = source.path;
    source.close();
    const all = Buffer.concat(decryptPages(file, PASSPHRASE));
    expect(leaksIn(all)).toEqual(
      expect.arrayContaining(['vaultIdentity', 'notes', 'notesThai', 'documentFileBytes', 'noUseQuote']),
    );
  });
});

import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  EVIDENCE_KINDS,
  evidenceRef,
  type EvidenceKind,
  type EvidenceLink,
  type EvidenceRef,
  type EvidenceUsage,
} from '../../shared/evidence-items';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { idList, missing, parseInput } from './records';

/**
 * Links from ratings and findings to the evidence they cite (interviews, coded passages, site
 * visits, documents), and the reverse question "what cites this item?". A link to an item
 * tombstoned later stays (the owner shows it as deleted); a new link must point at a live item.
 */

export type LinkOwnerKind = 'rating' | 'finding';

/** One cited item with what the owners need from it: label, liveness, the interview behind it. */
export interface LinkedEvidence {
  ownerId: string;
  kind: EvidenceKind;
  id: string;
  code: string;
  label: string;
  labelTh: string;
  deleted: boolean;
  /** The interview itself, or the interview a passage was coded in. */
  interviewId: string | null;
  interviewCategory: string | null;
  interviewAgency: string | null;
}

interface LinkRow {
  owner_id: string;
  kind: EvidenceKind;
  id: string;
  code: string | null;
  live: number;
  interview_id: string | null;
  interview_code: string | null;
  category: string | null;
  agency_code: string | null;
  location: string | null;
  snippet: string | null;
  crossing_name: string | null;
  crossing_name_th: string | null;
  title_en: string | null;
  title_th: string | null;
}

const SNIPPET_CHARS = 60;

/** What the cited item is called beside the owner, in English (or language-neutral keys). */
function labelOf(row: LinkRow): string {
  switch (row.kind) {
    case 'interview': {
      const where = row.agency_code ?? row.location ?? '';
      return where ? `${row.category ?? ''} · ${where}` : (row.category ?? '');
    }
    case 'passage': {
      const snippet = row.snippet ?? '';
      const start = snippet.length > SNIPPET_CHARS ? `${snippet.slice(0, SNIPPET_CHARS).trimEnd()}…` : snippet;
      return `${row.interview_code ?? ''} · ${start}`;
    }
    case 'site_visit':
      return row.crossing_name ?? '';
    case 'document':
      return row.title_en || row.title_th || '';
  }
}

/** The same in Thai where the record has Thai names; interviews and passages are language-neutral. */
function labelThOf(row: LinkRow): string {
  if (row.kind === 'site_visit') return row.crossing_name_th || row.crossing_name || '';
  if (row.kind === 'document') return row.title_th || row.title_en || '';
  return labelOf(row);
}

// Notes and observations are never read here: only the columns a label needs.
const LINK_SELECT = /* sql */ `
  SELECT l.owner_id, l.evidence_kind AS kind, l.evidence_id AS id,
    coalesce(i.code, p.code, s.code, d.code) AS code,
    CASE l.evidence_kind
      WHEN 'interview' THEN i.deleted = 0
      WHEN 'passage' THEN p.deleted = 0 AND pi.deleted = 0
      WHEN 'site_visit' THEN s.deleted = 0
      ELSE d.deleted = 0 END AS live,
    coalesce(i.id, pi.id) AS interview_id, coalesce(i.code, pi.code) AS interview_code,
    coalesce(i.category, pi.category) AS category, coalesce(i.agency_code, pi.agency_code) AS agency_code,
    coalesce(i.location, pi.location) AS location,
    p.snippet, cp.name_en AS crossing_name, cp.name_th AS crossing_name_th, d.title_en, d.title_th
  FROM evidence_links l
  LEFT JOIN interviews i ON l.evidence_kind = 'interview' AND i.id = l.evidence_id
  LEFT JOIN passages p ON l.evidence_kind = 'passage' AND p.id = l.evidence_id
  LEFT JOIN interviews pi ON pi.id = p.interview_id
  LEFT JOIN site_visits s ON l.evidence_kind = 'site_visit' AND s.id = l.evidence_id
  LEFT JOIN crossing_points cp ON cp.code = s.crossing_point_code
  LEFT JOIN documents d ON l.evidence_kind = 'document' AND d.id = l.evidence_id
  WHERE l.owner_kind = ? AND l.owner_id IN (SELECT value FROM json_each(?))`;

function byKindThenCode(a: LinkedEvidence, b: LinkedEvidence): number {
  const kind = EVIDENCE_KINDS.indexOf(a.kind) - EVIDENCE_KINDS.indexOf(b.kind);
  return kind !== 0 ? kind : a.code.localeCompare(b.code);
}

/** The evidence of many owners in one query, by owner id, each list in kind then code order. */
export function readLinkedEvidence(
  db: Db,
  ownerKind: LinkOwnerKind,
  ownerIds: readonly string[],
): Map<string, LinkedEvidence[]> {
  const byOwner = new Map<string, LinkedEvidence[]>(ownerIds.map((id) => [id, []]));
  if (ownerIds.length === 0) return byOwner;
  const rows = db.prepare(LINK_SELECT).all(ownerKind, idList(ownerIds)) as LinkRow[];
  for (const row of rows) {
    byOwner.get(row.owner_id)?.push({
      ownerId: row.owner_id,
      kind: row.kind,
      id: row.id,
      code: row.code ?? '',
      label: labelOf(row),
      labelTh: labelThOf(row),
      // A row missing altogether (it never should be) reads as deleted.
      deleted: row.live !== 1,
      interviewId: row.interview_id,
      interviewCategory: row.category,
      interviewAgency: row.agency_code,
    });
  }
  for (const list of byOwner.values()) list.sort(byKindThenCode);
  return byOwner;
}

export function toEvidenceLinks(linked: readonly LinkedEvidence[]): EvidenceLink[] {
  return linked.map(({ kind, id, code, label, labelTh, deleted }) => ({ kind, id, code, label, labelTh, deleted }));
}

export function readLinks(db: Db, ownerKind: LinkOwnerKind, ownerId: string): EvidenceLink[] {
  return toEvidenceLinks(readLinkedEvidence(db, ownerKind, [ownerId]).get(ownerId) ?? []);
}

// ---------------------------------------------------------------- checking and writing

const refKey = (ref: EvidenceRef): string => `${ref.kind}:${ref.id}`;

/** Each item once, in the order given. */
export function uniqueRefs(refs: readonly EvidenceRef[]): EvidenceRef[] {
  const byKey = new Map<string, EvidenceRef>();
  for (const ref of refs) if (!byKey.has(refKey(ref))) byKey.set(refKey(ref), { kind: ref.kind, id: ref.id });
  return [...byKey.values()];
}

/** The owner's current links as refs, sorted, for comparing with an edit. */
export function currentRefs(db: Db, ownerKind: LinkOwnerKind, ownerId: string): EvidenceRef[] {
  return db
    .prepare(
      `SELECT evidence_kind AS kind, evidence_id AS id FROM evidence_links
       WHERE owner_kind = ? AND owner_id = ? ORDER BY evidence_kind, evidence_id`,
    )
    .all(ownerKind, ownerId) as EvidenceRef[];
}

export function sortedRefs(refs: readonly EvidenceRef[]): EvidenceRef[] {
  return uniqueRefs(refs).sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind < b.kind ? -1 : 1));
}

/** The refs of `next` that `current` does not already hold: only these need to be live. */
export function addedRefs(current: readonly EvidenceRef[], next: readonly EvidenceRef[]): EvidenceRef[] {
  const held = new Set(current.map(refKey));
  return uniqueRefs(next).filter((ref) => !held.has(refKey(ref)));
}

interface RefState {
  live: boolean;
  piiCount: number;
}

function refState(db: Db, ref: EvidenceRef): RefState | undefined {
  switch (ref.kind) {
    case 'interview': {
      const row = db.prepare('SELECT deleted, pii_count FROM interviews WHERE id = ?').get(ref.id) as
        { deleted: number; pii_count: number } | undefined;
      return row && { live: row.deleted === 0, piiCount: row.pii_count };
    }
    case 'passage': {
      // A passage lives only as long as its interview does.
      const row = db
        .prepare(
          `SELECT p.deleted = 0 AND i.deleted = 0 AS live, i.pii_count
           FROM passages p JOIN interviews i ON i.id = p.interview_id WHERE p.id = ?`,
        )
        .get(ref.id) as { live: number; pii_count: number } | undefined;
      return row && { live: row.live === 1, piiCount: row.pii_count };
    }
    case 'site_visit':
    case 'document': {
      const table = ref.kind === 'site_visit' ? 'site_visits' : 'documents';
      const row = db.prepare(`SELECT deleted FROM ${table} WHERE id = ?`).get(ref.id) as
        { deleted: number } | undefined;
      return row && { live: row.deleted === 0, piiCount: 0 };
    }
  }
}

/** Every ref must name a live record of its kind: LINK_TARGET_MISSING {kind, id} otherwise. */
export function validateEvidenceRefs(db: Db, refs: readonly EvidenceRef[]): void {
  for (const ref of uniqueRefs(refs)) {
    if (!refState(db, ref)?.live) throw missing(ref.kind, { id: ref.id });
  }
}

/**
 * PRODUCT.md 4: the PII guard asks for redaction before notes can back a finding. An interview
 * (or a passage of one) whose notes still hold something the guard finds is refused.
 */
export function assertRedacted(db: Db, refs: readonly EvidenceRef[]): void {
  for (const ref of uniqueRefs(refs)) {
    if (ref.kind !== 'interview' && ref.kind !== 'passage') continue;
    if ((refState(db, ref)?.piiCount ?? 0) > 0) {
      throw new AppError('PII_NOT_REDACTED', undefined, { kind: ref.kind, id: ref.id });
    }
  }
}

/** Replaces the owner's links with `refs` (checked by the caller, in the same transaction). */
export function writeLinks(
  ctx: WriteContext,
  ownerKind: LinkOwnerKind,
  ownerId: string,
  refs: readonly EvidenceRef[],
): void {
  ctx.db.prepare('DELETE FROM evidence_links WHERE owner_kind = ? AND owner_id = ?').run(ownerKind, ownerId);
  const insert = ctx.db.prepare(
    `INSERT INTO evidence_links (id, owner_kind, owner_id, evidence_kind, evidence_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const ref of uniqueRefs(refs)) insert.run(crypto.randomUUID(), ownerKind, ownerId, ref.kind, ref.id, ctx.now);
}

/**
 * SQL condition: the evidence_links row `l` points at a live item (a passage counts only while
 * its interview is live). The dashboard uses it to tell cited evidence from dead links.
 */
export function liveEvidenceCondition(l: string): string {
  return `(
    (${l}.evidence_kind = 'interview' AND EXISTS (SELECT 1 FROM interviews le WHERE le.id = ${l}.evidence_id AND le.deleted = 0))
    OR (${l}.evidence_kind = 'passage' AND EXISTS (SELECT 1 FROM passages lp JOIN interviews lpi ON lpi.id = lp.interview_id
          WHERE lp.id = ${l}.evidence_id AND lp.deleted = 0 AND lpi.deleted = 0))
    OR (${l}.evidence_kind = 'site_visit' AND EXISTS (SELECT 1 FROM site_visits ls WHERE ls.id = ${l}.evidence_id AND ls.deleted = 0))
    OR (${l}.evidence_kind = 'document' AND EXISTS (SELECT 1 FROM documents ld WHERE ld.id = ${l}.evidence_id AND ld.deleted = 0)))`;
}

// ---------------------------------------------------------------- links the other way

/**
 * What cites an item: live ratings and findings, and for an interview its live coded passages.
 * An interview is also cited through its passages, so ratings and findings citing one of
 * them are listed for the interview too. A rating's scope is shown by its code ('national').
 */
export function evidenceUsage(project: ProjectFile, input: z.input<typeof evidenceRef>): EvidenceUsage {
  const ref = parseInput(evidenceRef, input);
  const interviewId = ref.kind === 'interview' ? ref.id : null;
  const cited = /* sql */ `
    WITH cited (kind, id) AS (
      SELECT @kind, @id
      UNION ALL SELECT 'passage', p.id FROM passages p WHERE p.interview_id = @interviewId AND p.deleted = 0
    )`;
  return project.read((db) => {
    const params = { kind: ref.kind, id: ref.id, interviewId };
    const ratings = db
      .prepare(
        `${cited}
         SELECT DISTINCT r.id, i.code AS indicator_code, r.scope_type, r.scope_code, i.subarea_code, i.sort_order
         FROM cited JOIN evidence_links l ON l.evidence_kind = cited.kind AND l.evidence_id = cited.id AND l.owner_kind = 'rating'
         JOIN ratings r ON r.id = l.owner_id AND r.deleted = 0
         JOIN indicators i ON i.id = r.indicator_id
         ORDER BY i.subarea_code, i.sort_order, r.scope_type, r.scope_code`,
      )
      .all(params) as { id: string; indicator_code: string; scope_type: string; scope_code: string }[];
    const findings = db
      .prepare(
        `${cited}
         SELECT DISTINCT f.id, f.code, f.subarea_code FROM cited
         JOIN evidence_links l ON l.evidence_kind = cited.kind AND l.evidence_id = cited.id AND l.owner_kind = 'finding'
         JOIN findings f ON f.id = l.owner_id AND f.deleted = 0
         ORDER BY f.subarea_code, length(f.code), f.code`,
      )
      .all(params) as { id: string; code: string }[];
    const passages =
      interviewId === null
        ? []
        : (db
            .prepare(
              `SELECT p.id, p.code, coalesce(ind.code, f.code, '') AS target_code FROM passages p
               LEFT JOIN indicators ind ON p.target_type = 'indicator' AND ind.id = p.target_id
               LEFT JOIN findings f ON p.target_type = 'finding' AND f.id = p.target_id
               WHERE p.interview_id = ? AND p.deleted = 0 ORDER BY p.start_offset, p.code`,
            )
            .all(interviewId) as { id: string; code: string; target_code: string }[]);
    return {
      ratings: ratings.map((r) => ({
        id: r.id,
        indicatorCode: r.indicator_code,
        scopeLabel: r.scope_type === 'national' ? 'national' : r.scope_code,
      })),
      findings: findings.map((f) => ({ id: f.id, code: f.code })),
      passages: passages.map((p) => ({ id: p.id, code: p.code, targetCode: p.target_code })),
    };
  });
}

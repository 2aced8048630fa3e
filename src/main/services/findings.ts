import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  ATTRIBUTION_MIN_INTERVIEWEES,
  findingCreateSchema,
  findingListSchema,
  findingUpdateSchema,
  type Finding,
  type ScopeRef,
} from '../../shared/analysis';
import type { EvidenceRef } from '../../shared/evidence-items';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  addedRefs,
  assertRedacted,
  currentRefs,
  readLinkedEvidence,
  sortedRefs,
  toEvidenceLinks,
  validateEvidenceRefs,
  writeLinks,
  type LinkedEvidence,
} from './evidence-links';
import {
  areaOfSubArea,
  assertCurrent,
  assertScopeTarget,
  changedFields,
  codeOrder,
  definedOnly,
  idList,
  laterThan,
  nextSubAreaCode,
  notFound,
  parseInput,
  sameValue,
} from './records';
import { findingSearchText, indexEntity, removeEntity } from './search';
import { reopenAfterEdit } from './review';

/**
 * Findings (PRODUCT.md 5): a gap, strength or good practice of a sub-area, stated in EN/TH,
 * with its severity, scopes and the evidence behind it. Each answer carries the triangulation
 * gauge (two independent evidence types) and the attribution warning (DOMAIN.md 3.3: fewer than
 * three interviewees of one unit can identify them). Codes (F-C4-02) are never reused.
 */

export type FindingCreateInput = z.input<typeof findingCreateSchema>;
export type FindingUpdateInput = z.input<typeof findingUpdateSchema>;
export type FindingListQuery = z.input<typeof findingListSchema>;

interface FindingRow {
  id: string;
  code: string;
  subarea_code: string;
  area_code: string;
  type: Finding['type'];
  severity: Finding['severity'];
  statement_en: string;
  statement_th: string;
  training_addressable: number;
  scopes: string;
  created_at: string;
  updated_at: string;
}

const FINDING_SELECT = /* sql */ `
  SELECT f.id, f.code, f.subarea_code, sa.area_code, f.type, f.severity, f.statement_en, f.statement_th,
    f.training_addressable, f.scopes, f.created_at, f.updated_at
  FROM findings f JOIN framework_subareas sa ON sa.code = f.subarea_code`;

// ---------------------------------------------------------------- gauges

const TRIANGULATION_ORDER = ['interview', 'site_visit', 'document'] as const;

/** Independent evidence types among the live items; a passage is interview evidence. */
export function triangulation(linked: readonly LinkedEvidence[]): Finding['triangulation'] {
  const present = new Set(
    linked.filter((item) => !item.deleted).map((item) => (item.kind === 'passage' ? 'interview' : item.kind)),
  );
  const types = TRIANGULATION_ORDER.filter((type) => present.has(type));
  return { types, supported: types.length >= 2 };
}

/**
 * Officials' interviews behind the finding (directly or through passages), by agency: a unit
 * with one or two interviewees is a warning; three or more is not.
 */
export function attributionWarnings(linked: readonly LinkedEvidence[]): Finding['attributionWarnings'] {
  const byAgency = new Map<string, Set<string>>();
  for (const item of linked) {
    if (item.deleted || item.interviewCategory !== 'official' || !item.interviewAgency || !item.interviewId) continue;
    const interviews = byAgency.get(item.interviewAgency) ?? new Set<string>();
    interviews.add(item.interviewId);
    byAgency.set(item.interviewAgency, interviews);
  }
  return [...byAgency.entries()]
    .filter(([, interviews]) => interviews.size < ATTRIBUTION_MIN_INTERVIEWEES)
    .map(([agencyCode, interviews]) => ({ agencyCode, interviewees: interviews.size }))
    .sort((a, b) => a.agencyCode.localeCompare(b.agencyCode));
}

// ---------------------------------------------------------------- reading

function toFindings(db: Db, rows: readonly FindingRow[]): Finding[] {
  const ids = rows.map((row) => row.id);
  const links = readLinkedEvidence(db, 'finding', ids);
  const recommendations = db
    .prepare(
      `SELECT rf.finding_id, r.id, r.code FROM recommendation_findings rf
       JOIN recommendations r ON r.id = rf.recommendation_id AND r.deleted = 0
       WHERE rf.finding_id IN (SELECT value FROM json_each(?))
       ORDER BY ${codeOrder('r')}`,
    )
    .all(idList(ids)) as { finding_id: string; id: string; code: string }[];
  return rows.map((row) => {
    const linked = links.get(row.id) ?? [];
    return {
      id: row.id,
      code: row.code,
      areaCode: row.area_code,
      subAreaCode: row.subarea_code,
      type: row.type,
      severity: row.severity,
      statement: { en: row.statement_en, th: row.statement_th },
      trainingAddressable: row.training_addressable === 1,
      scopes: JSON.parse(row.scopes) as Finding['scopes'],
      evidence: toEvidenceLinks(linked),
      triangulation: triangulation(linked),
      attributionWarnings: attributionWarnings(linked),
      recommendations: recommendations
        .filter((link) => link.finding_id === row.id)
        .map(({ id, code }) => ({ id, code })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

function readRow(db: Db, id: string): FindingRow {
  const row = db.prepare(`${FINDING_SELECT} WHERE f.id = ? AND f.deleted = 0`).get(id) as FindingRow | undefined;
  if (!row) throw notFound('finding');
  return row;
}

function readFinding(db: Db, id: string): Finding {
  const [finding] = toFindings(db, [readRow(db, id)]);
  if (!finding) throw notFound('finding');
  return finding;
}

export function getFinding(project: ProjectFile, id: string): Finding {
  return project.read((db) => readFinding(db, id));
}

/** Live findings in code order (F-A1-01, F-A1-02, ... F-E3-..). */
export function listFindings(project: ProjectFile, query?: FindingListQuery): Finding[] {
  const filters = parseInput(findingListSchema, query) ?? {};
  const where = ['f.deleted = 0'];
  const params: Record<string, unknown> = {};
  if (filters.areaCode !== undefined) {
    where.push('sa.area_code = @areaCode');
    params['areaCode'] = filters.areaCode;
  }
  if (filters.type !== undefined) {
    where.push('f.type = @type');
    params['type'] = filters.type;
  }
  return project.read((db) => {
    const rows = db
      .prepare(`${FINDING_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${codeOrder('f')}`)
      .all(params) as FindingRow[];
    return toFindings(db, rows);
  });
}

// ---------------------------------------------------------------- writing

/** Each scope once, national without a code; agencies and crossing points must exist. */
function checkedScopes(db: Db, scopes: readonly ScopeRef[]): ScopeRef[] {
  const unique: ScopeRef[] = [];
  for (const scope of scopes) {
    if (unique.some((kept) => sameValue(kept, scope))) continue;
    assertScopeTarget(db, scope);
    unique.push({ type: scope.type, code: scope.code });
  }
  return unique;
}

/** New evidence must be live, and interview notes behind it redacted (PII guard). */
function checkNewEvidence(db: Db, refs: readonly EvidenceRef[]): void {
  validateEvidenceRefs(db, refs);
  assertRedacted(db, refs);
}

interface Columns {
  type: string;
  severity: string;
  statementEn: string;
  statementTh: string;
  trainingAddressable: number;
  scopes: string;
}

function columns(fields: {
  type: string;
  severity: string;
  statement: { en: string; th: string };
  trainingAddressable: boolean;
  scopes: readonly ScopeRef[];
}): Columns {
  return {
    type: fields.type,
    severity: fields.severity,
    statementEn: fields.statement.en,
    statementTh: fields.statement.th,
    trainingAddressable: fields.trainingAddressable ? 1 : 0,
    scopes: JSON.stringify(fields.scopes),
  };
}

/** Creates a finding inside the caller's transaction (the demo generator writes many in one). */
export function createFindingIn(ctx: WriteContext, input: FindingCreateInput): Finding {
  const fields = parseInput(findingCreateSchema, input);
  const { db } = ctx;
  areaOfSubArea(db, fields.subAreaCode);
  const scopes = checkedScopes(db, fields.scopes);
  checkNewEvidence(db, fields.evidence);

  const id = crypto.randomUUID();
  const code = nextSubAreaCode(ctx, 'F', fields.subAreaCode);
  const values = columns({ ...fields, scopes });
  db.prepare(
    `INSERT INTO findings (id, code, subarea_code, type, severity, statement_en, statement_th,
       training_addressable, scopes, created_at, updated_at, updated_by)
     VALUES (@id, @code, @subAreaCode, @type, @severity, @statementEn, @statementTh,
       @trainingAddressable, @scopes, @now, @now, @actor)`,
  ).run({ id, code, subAreaCode: fields.subAreaCode, ...values, now: ctx.now, actor: ctx.actor });
  writeLinks(ctx, 'finding', id, fields.evidence);
  indexEntity(
    db,
    'finding',
    id,
    findingSearchText({ code, statement_en: values.statementEn, statement_th: values.statementTh }),
  );
  ctx.audit('finding.created', 'finding', id, { code });
  return readFinding(db, id);
}

export function createFinding(project: ProjectFile, input: FindingCreateInput): Finding {
  return project.write((ctx) => createFindingIn(ctx, input));
}

type EditableName = 'type' | 'severity' | 'statement' | 'trainingAddressable' | 'scopes' | 'evidence';
const EDITABLE: readonly EditableName[] = [
  'type',
  'severity',
  'statement',
  'trainingAddressable',
  'scopes',
  'evidence',
];

/**
 * A partial edit. Evidence added must be live and redacted; links kept from before may point
 * at items deleted since (shown as deleted). A refused edit leaves the stored finding as it was.
 */
export function updateFindingIn(ctx: WriteContext, input: FindingUpdateInput): Finding {
  const { id, expectedUpdatedAt, ...patch } = parseInput(findingUpdateSchema, input);
  const { db } = ctx;
  const row = readRow(db, id);
  assertCurrent('finding', row.updated_at, expectedUpdatedAt);
  const stored = currentRefs(db, 'finding', id);
  const current = {
    type: row.type,
    severity: row.severity,
    statement: { en: row.statement_en, th: row.statement_th },
    trainingAddressable: row.training_addressable === 1,
    scopes: JSON.parse(row.scopes) as ScopeRef[],
    evidence: sortedRefs(stored),
  };
  const given = definedOnly(patch);
  const next = {
    ...current,
    ...given,
    scopes: given.scopes ? checkedScopes(db, given.scopes) : current.scopes,
    evidence: sortedRefs(given.evidence ?? stored),
  };
  const changed = changedFields(current, next, EDITABLE);
  if (changed.length === 0) return readFinding(db, id);
  if (changed.includes('evidence')) checkNewEvidence(db, addedRefs(stored, next.evidence));

  const values = columns(next);
  db.prepare(
    `UPDATE findings SET type = @type, severity = @severity, statement_en = @statementEn, statement_th = @statementTh,
       training_addressable = @trainingAddressable, scopes = @scopes, updated_at = @updatedAt, updated_by = @actor
     WHERE id = @id`,
  ).run({ id, ...values, updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor });
  if (changed.includes('evidence')) writeLinks(ctx, 'finding', id, given.evidence ?? stored);
  if (changed.includes('statement')) {
    indexEntity(
      db,
      'finding',
      id,
      findingSearchText({ code: row.code, statement_en: values.statementEn, statement_th: values.statementTh }),
    );
  }
  reopenAfterEdit(ctx, 'finding', id);
  ctx.audit('finding.updated', 'finding', id, { code: row.code, fields: changed });
  return readFinding(db, id);
}

export function updateFinding(project: ProjectFile, input: FindingUpdateInput): Finding {
  return project.write((ctx) => updateFindingIn(ctx, input));
}

/**
 * Tombstone: hidden from lists, the dashboard and search, kept in the file. Recommendations
 * citing it show it as deleted; its code is never given again.
 */
export function deleteFinding(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE findings SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    removeEntity(ctx.db, 'finding', id);
    ctx.audit('finding.deleted', 'finding', id, { code: row.code });
  });
  return { id };
}

import type { AuditEventSummary, AuditFilter, AuditVerification } from '../../shared/audit';
import type { Db } from '../project/cipher';
import {
  countMatchingAuditEvents,
  distinctAuditValues,
  explainAuditChain,
  iterateAuditEvents,
  queryAuditEvents,
  type AuditEventRow,
} from '../project/audit';
import type { ProjectFile } from '../project/project-file';
import { labelsOf } from './device-labels';

/**
 * The audit trail as a user reads it (issue 6): pages of events with their record's code, the
 * filter lists, and a verification that says where the chain breaks. Read-only: nothing here
 * writes, so it works on a review copy and on a file opened read-only by the CLI.
 */

/**
 * Records whose code a page can look up in one query per kind: the tables with a `code` column.
 * Tombstoned rows keep their code, so a deleted record is still named.
 */
const CODE_TABLES: Record<string, string> = {
  interview: 'interviews',
  indicator: 'indicators',
  site_visit: 'site_visits',
  document: 'documents',
  finding: 'findings',
  recommendation: 'recommendations',
  action: 'actions',
  meeting: 'meetings',
  module: 'curriculum_modules',
  tot_event: 'tot_events',
};

function tableExists(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** The codes of the records a page names, by entity and id: one query per kind of record. */
function lookupCodes(db: Db, events: readonly AuditEventRow[]): Map<string, string> {
  const wanted = new Map<string, Set<string>>();
  for (const event of events) {
    if (event.code !== null || event.entityId === null || !CODE_TABLES[event.entity]) continue;
    const ids = wanted.get(event.entity) ?? new Set<string>();
    ids.add(event.entityId);
    wanted.set(event.entity, ids);
  }
  const codes = new Map<string, string>();
  for (const [entity, ids] of wanted) {
    const table = CODE_TABLES[entity] as string;
    // A file opened read-only is not migrated: an older one may lack a newer table.
    if (!tableExists(db, table)) continue;
    const list = [...ids];
    const rows = db
      .prepare(`SELECT id, code FROM ${table} WHERE id IN (${list.map(() => '?').join(', ')})`)
      .all(...list) as { id: string; code: string | null }[];
    for (const row of rows) if (row.code) codes.set(`${entity}:${row.id}`, row.code);
  }
  return codes;
}

function summaries(db: Db, events: readonly AuditEventRow[]): AuditEventSummary[] {
  const codes = lookupCodes(db, events);
  // The computer's name as the file holds it now (looked up, never recorded in the chain).
  const labels = labelsOf(db, new Set(events.map((event) => event.actor)));
  return events.map(({ code, ...event }) => ({
    ...event,
    actorLabel: labels.get(event.actor) ?? null,
    recordCode: code ?? (event.entityId === null ? null : (codes.get(`${event.entity}:${event.entityId}`) ?? null)),
  }));
}

export interface AuditPageQuery {
  limit: number;
  beforeSeq?: number | undefined;
  filter?: AuditFilter | undefined;
}

/** One page, newest first; the next page is asked for with beforeSeq = the last seq shown. */
export function listAudit(project: ProjectFile, query: AuditPageQuery): AuditEventSummary[] {
  return project.read((db) => summaries(db, queryAuditEvents(db, query)));
}

/** Every matching event, oldest first (the CLI listing and the Word annex). */
export function allAuditEvents(project: ProjectFile, filter: AuditFilter = {}): AuditEventSummary[] {
  return project.read((db) => summaries(db, [...iterateAuditEvents(db, filter)]));
}

/** What the filter lists offer, and how many events match the filter. */
export function auditFacets(
  project: ProjectFile,
  filter: AuditFilter = {},
): { actors: string[]; actions: string[]; entities: string[]; matching: number } {
  return project.read((db) => ({
    actors: distinctAuditValues(db, 'actor'),
    actions: distinctAuditValues(db, 'action'),
    entities: distinctAuditValues(db, 'entity'),
    matching: countMatchingAuditEvents(db, filter),
  }));
}

/** The hash-chain check with where and why it breaks. */
export function verifyAuditTrail(project: ProjectFile): AuditVerification {
  return project.read((db) => explainAuditChain(db));
}

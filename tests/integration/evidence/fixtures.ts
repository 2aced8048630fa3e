import crypto from 'node:crypto';
import type { ProjectFile } from '../../../src/main/project/project-file';
import type { DocumentCreateInput } from '../../../src/main/services/documents';
import type { SiteVisitCreateInput } from '../../../src/main/services/site-visits';

/** Valid evidence records for the tests in this folder, against the reference data every project is seeded with. */

/** Mae Sot second friendship bridge: a land crossing (DOMAIN.md 6.2). */
export const LAND_CROSSING = 'BCP-TAK-MSOT2';
export const AIR_CROSSING = 'BCP-SPK-SVB';

export function siteVisitInput(overrides: Partial<SiteVisitCreateInput> = {}): SiteVisitCreateInput {
  return {
    crossingPointCode: LAND_CROSSING,
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    team: ['AK', 'SP'],
    checklist: {
      process_flow: { rating: 'partial', note: 'Two queues merge at the gate' },
      vehicle_lanes: { rating: 'adequate', note: '' },
    },
    observations: 'Officers check passports manually at peak hours.',
    sensitivity: 'internal',
    language: 'en',
    reliability: { source: 'B', information: 2 },
    ...overrides,
  };
}

export function documentInput(overrides: Partial<DocumentCreateInput> = {}): DocumentCreateInput {
  return {
    title: { en: 'Immigration Act B.E. 2522', th: 'พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522' },
    docType: 'law',
    issuerAgencyCode: 'RTP-IB',
    legalInstrumentCode: 'IMM-ACT-2522',
    documentDate: '1979-02-24',
    reference: 'Royal Gazette vol. 96 part 30',
    notes: 'Sections 63 and 64 on assisting unlawful entry.',
    sensitivity: 'public',
    language: 'th',
    reliability: { source: 'A', information: 1 },
    ...overrides,
  };
}

/** The id of a seeded indicator by its code. */
export function indicatorId(project: ProjectFile, code: string): string {
  return project.read((db) => (db.prepare('SELECT id FROM indicators WHERE code = ?').get(code) as { id: string }).id);
}

/**
 * A finding row written directly: the findings service is another slice of the issue, and
 * these tests only need something a passage can be coded to.
 */
export function insertFinding(project: ProjectFile, statement: { en: string; th: string }, code = 'F-C4-01'): string {
  const id = crypto.randomUUID();
  project.write((ctx) => {
    ctx.db
      .prepare(
        `INSERT INTO findings (id, code, subarea_code, type, severity, statement_en, statement_th, created_at, updated_at, updated_by)
         VALUES (?, ?, 'C4', 'gap', 'high', ?, ?, ?, ?, ?)`,
      )
      .run(id, code, statement.en, statement.th, ctx.now, ctx.now, ctx.actor);
  });
  return id;
}

/** How many rows a query counts, on the open project. */
export function countRows(project: ProjectFile, sql: string, ...params: unknown[]): number {
  return project.read((db) => (db.prepare(sql).get(...params) as { n: number }).n);
}

/** The audit events of one action, newest last, with their details parsed. */
export function auditEvents(project: ProjectFile, action: string): Array<{ entityId: string | null; details: Record<string, unknown> }> {
  return project.read((db) =>
    (
      db.prepare('SELECT entity_id, details FROM audit_events WHERE action = ? ORDER BY seq').all(action) as Array<{
        entity_id: string | null;
        details: string;
      }>
    ).map((row) => ({ entityId: row.entity_id, details: JSON.parse(row.details) as Record<string, unknown> })),
  );
}

import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import type { ProjectInfo } from '../../shared/schemas';
import { countAuditEvents } from '../project/audit';
import { LATEST_FORMAT_VERSION } from '../project/migrations';
import type { ProjectFile } from '../project/project-file';
import type { Db } from '../project/cipher';

interface ProjectRow {
  id: string;
  title: string;
  description: string;
  language: 'en' | 'th';
  calendar: 'BE' | 'CE';
  created_at: string;
  updated_at: string;
}

/** Tables that are not domain records: internal metadata and the audit trail. */
const INTERNAL_TABLES = new Set([
  'meta',
  'audit_events',
  'sqlite_sequence',
  // Issue 6 merge (migration 0015): open conflicts and meeting points, not records.
  'merge_conflicts',
  'merge_bases',
]);
/**
 * Parts of other records (migration 0006): an attachment's 1 MiB chunks, the evidence a rating
 * or finding cites, the findings a recommendation follows from. They have no tombstone of their
 * own and are not counted as records.
 */
const PART_TABLES = new Set([
  'attachment_chunks',
  'evidence_links',
  'recommendation_findings',
  // Issue 5 (migrations 0010, 0011): parts of a module and of a ToT participant, no tombstone of their own.
  'module_outcomes',
  'module_findings',
  'tot_attendance',
]);

export function domainTables(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  // The search index (migration 0005: the FTS5 table, its shadow tables, its key table) is
  // derived from the records, not records itself.
  return rows
    .map((r) => r.name)
    .filter((name) => !INTERNAL_TABLES.has(name) && !PART_TABLES.has(name) && !name.startsWith('search_index'));
}

/** Live (not tombstoned) rows per domain table. */
export function countRecords(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of domainTables(db)) {
    // Table names come from sqlite_master, not from input; identifiers cannot be bound.
    const row = db.prepare(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}" WHERE deleted = 0`).get() as { n: number };
    counts[table] = row.n;
  }
  return counts;
}

function readProjectRow(db: Db): ProjectRow {
  const row = db
    .prepare('SELECT id, title, description, language, calendar, created_at, updated_at FROM project WHERE deleted = 0 LIMIT 1')
    .get() as ProjectRow | undefined;
  if (!row) throw new AppError('NOT_A_PROJECT', undefined, { reason: 'no-project-record' });
  return row;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

export function getProjectInfo(project: ProjectFile): ProjectInfo {
  return project.read((db) => {
    const row = readProjectRow(db);
    const newestBackup = project.readOnly ? undefined : project.backups()[0];
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      language: row.language,
      calendar: row.calendar,
      path: project.path,
      fileSize: fileSize(project.path),
      formatVersion: project.formatVersion,
      appFormatVersion: LATEST_FORMAT_VERSION,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      counts: countRecords(db),
      auditEvents: countAuditEvents(db),
      lastBackupAt: newestBackup?.createdAt ?? null,
    };
  });
}

export interface ProjectPatch {
  title?: string | undefined;
  description?: string | undefined;
  language?: 'en' | 'th' | undefined;
  calendar?: 'BE' | 'CE' | undefined;
}

const COLUMNS = { title: 'title', description: 'description', language: 'language', calendar: 'calendar' } as const;

export function updateProject(project: ProjectFile, patch: ProjectPatch): ProjectInfo {
  const fields = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((key) => patch[key] !== undefined);
  if (fields.length > 0) {
    project.write((ctx) => {
      const row = readProjectRow(ctx.db);
      const assignments = fields.map((field) => `${COLUMNS[field]} = @${field}`).join(', ');
      ctx.db
        .prepare(`UPDATE project SET ${assignments}, updated_at = @now, updated_by = @actor WHERE id = @id`)
        .run({ ...Object.fromEntries(fields.map((f) => [f, patch[f]])), now: ctx.now, actor: ctx.actor, id: row.id });
      // The audit trail names the fields that changed, never their contents.
      ctx.audit('project.updated', 'project', row.id, { fields });
    });
  }
  return getProjectInfo(project);
}

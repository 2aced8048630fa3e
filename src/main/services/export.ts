// previewExport and the saved profiles live here; runExport is written in export-run.ts.
import crypto from 'node:crypto';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { exportProfileSchema, exportRequestSchema, profileSaveSchema, type ExportProfile } from '../../shared/export';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { laterThan, parseInput } from './evidence-helpers';
import { DOCUMENT_BUILDERS } from '../export/documents';

/** What the export will leave out, and which sections will show a placeholder. */
export function previewExport(project: ProjectFile, input: ChannelInput<'export.preview'>): ChannelOutput<'export.preview'> {
  const { document, profile, subjectId } = parseInput(exportRequestSchema, input);
  return DOCUMENT_BUILDERS[document].preview(project, profile, subjectId ?? null);
}

export { runExport } from './export-run';

interface ProfileRow {
  id: string;
  name: string;
  profile: string;
  updated_at: string;
}

/**
 * Parse a stored profile with the same schema the api uses: a row written by an older or
 * foreign build that no longer validates is refused rather than exported with unknown fields.
 */
function toSavedProfile(row: ProfileRow): ChannelOutput<'export.profiles'>[number] {
  const parsed = exportProfileSchema.safeParse(JSON.parse(row.profile));
  if (!parsed.success) throw new AppError('VALIDATION', undefined, { field: 'profile', entity: 'exportProfile', name: row.name });
  return { name: row.name, profile: parsed.data, updatedAt: row.updated_at };
}

function readProfiles(db: Db): ChannelOutput<'export.profiles'> {
  const rows = db
    .prepare('SELECT id, name, profile, updated_at FROM export_profiles WHERE deleted = 0 ORDER BY name')
    .all() as ProfileRow[];
  return rows.map(toSavedProfile);
}

function liveRow(db: Db, name: string): ProfileRow | undefined {
  return db.prepare('SELECT id, name, profile, updated_at FROM export_profiles WHERE name = ? AND deleted = 0').get(name) as
    | ProfileRow
    | undefined;
}

/** Saved profiles in name order. */
export function listExportProfiles(project: ProjectFile): ChannelOutput<'export.profiles'> {
  return project.read(readProfiles);
}

/** Save under a name: a live profile of that name is replaced (upsert), else a new one is made. */
export function saveExportProfile(project: ProjectFile, input: ChannelInput<'export.saveProfile'>): ChannelOutput<'export.saveProfile'> {
  const { name, profile } = parseInput(profileSaveSchema, input);
  const json = JSON.stringify(profile satisfies ExportProfile);
  return project.write((ctx) => {
    const existing = liveRow(ctx.db, name);
    if (existing) {
      ctx.db
        .prepare('UPDATE export_profiles SET profile = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(json, laterThan(ctx.now, existing.updated_at), ctx.actor, existing.id);
      ctx.audit('exportProfile.saved', 'exportProfile', existing.id, { name });
    } else {
      const id = crypto.randomUUID();
      ctx.db
        .prepare(
          'INSERT INTO export_profiles (id, name, profile, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, name, json, ctx.now, ctx.now, ctx.actor);
      ctx.audit('exportProfile.saved', 'exportProfile', id, { name });
    }
    return readProfiles(ctx.db);
  });
}

/** Tombstone the live profile of that name (kept for the audit trail and later merges). */
export function deleteExportProfile(project: ProjectFile, name: string): ChannelOutput<'export.deleteProfile'> {
  return project.write((ctx) => {
    const existing = liveRow(ctx.db, name);
    if (!existing) throw new AppError('NOT_FOUND', undefined, { entity: 'exportProfile' });
    ctx.db
      .prepare('UPDATE export_profiles SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, existing.updated_at), ctx.actor, existing.id);
    ctx.audit('exportProfile.deleted', 'exportProfile', existing.id, { name });
    return readProfiles(ctx.db);
  });
}

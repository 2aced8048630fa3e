import { deviceLabelProblem, normaliseDeviceLabel, type DeviceLabel } from '../../shared/device-labels';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { invalid } from './records';

/**
 * Computer names in the project file (device_labels, migration 16; issue 6 audit trail). The
 * name lives in this computer's settings; it is copied here under the device id when a project
 * is opened or created and when the name changes while one is open, so that the file carries
 * the names of the computers that worked on it. Names are looked up when events and comments
 * are shown: the audit chain itself records only the device id.
 */

/** The label as stored (trimmed, NFC), or VALIDATION naming the field and what is wrong. */
export function validDeviceLabel(raw: string): string {
  const problem = deviceLabelProblem(raw);
  if (problem !== null) throw invalid('label', problem);
  return normaliseDeviceLabel(raw);
}

function hasTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'device_labels'").get() !== undefined;
}

interface LabelRow {
  label: string;
  deleted: number;
}

/**
 * Writes this device's name into the project (null: removes it, as a tombstone), in one
 * transaction with its audit event (field names only, never the name). Nothing is written
 * when the file already says so, so opening a project does not add an event each time.
 * Allowed in a review copy: the name is not content, and a reviewer's name then shows there.
 * Returns whether anything changed.
 */
export function syncDeviceLabel(project: ProjectFile, label: string | null): boolean {
  const wanted = label === null ? null : validDeviceLabel(label);
  if (project.readOnly) return false;
  return project.write(
    (ctx) => {
      if (!hasTable(ctx.db)) return false;
      const id = ctx.actor;
      const row = ctx.db.prepare('SELECT label, deleted FROM device_labels WHERE id = ?').get(id) as
        LabelRow | undefined;
      if (wanted === null) {
        if (!row || row.deleted === 1) return false;
        ctx.db
          .prepare('UPDATE device_labels SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
          .run(ctx.now, ctx.actor, id);
        ctx.audit('device.deleted', 'device', id, { fields: ['deleted'] });
        return true;
      }
      if (row && row.deleted === 0 && row.label === wanted) return false;
      if (row) {
        ctx.db
          .prepare('UPDATE device_labels SET label = ?, deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?')
          .run(wanted, ctx.now, ctx.actor, id);
        ctx.audit('device.updated', 'device', id, { fields: row.deleted === 1 ? ['label', 'deleted'] : ['label'] });
      } else {
        ctx.db
          .prepare(
            'INSERT INTO device_labels (id, label, deleted, created_at, updated_at, updated_by) VALUES (?, ?, 0, ?, ?, ?)',
          )
          .run(id, wanted, ctx.now, ctx.now, ctx.actor);
        ctx.audit('device.created', 'device', id, { fields: ['label'] });
      }
      return true;
    },
    { allowInReviewCopy: true },
  );
}

/** Every live name in the file, by device id (an older file read-only, without the table: none). */
export function readDeviceLabels(db: Db): DeviceLabel[] {
  if (!hasTable(db)) return [];
  return db.prepare('SELECT id, label FROM device_labels WHERE deleted = 0 ORDER BY label, id').all() as DeviceLabel[];
}

/** The names of some actors, for a page of events. */
export function labelsOf(db: Db, actors: Iterable<string>): Map<string, string> {
  const wanted = new Set(actors);
  const labels = new Map<string, string>();
  if (wanted.size === 0) return labels;
  for (const row of readDeviceLabels(db)) if (wanted.has(row.id)) labels.set(row.id, row.label);
  return labels;
}

export function listDeviceLabels(project: ProjectFile): { thisDevice: string; labels: DeviceLabel[] } {
  return { thisDevice: project.actor, labels: project.read(readDeviceLabels) };
}

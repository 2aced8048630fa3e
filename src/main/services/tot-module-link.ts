import type { Db } from '../project/cipher';
import { missing } from './records';

/**
 * The link from a ToT session to the curriculum module it teaches (migration 12). A session
 * may only be linked to a live module; one deleted after linking keeps its id on the session
 * and reads back with a null code, so the agenda falls back to the session's free text.
 */

/** Columns a session read adds: the stored id and the code of the module while it is live. */
export const SESSION_MODULE_SELECT = /* sql */ `s.module_id,
  (SELECT m.code FROM curriculum_modules m WHERE m.id = s.module_id AND m.deleted = 0) AS module_code`;

/** LINK_TARGET_MISSING {kind: 'curriculum_module', id} unless null or a live module. */
export function assertModuleLinkable(db: Db, moduleId: string | null): void {
  if (moduleId === null) return;
  if (!db.prepare('SELECT 1 FROM curriculum_modules WHERE id = ? AND deleted = 0').get(moduleId)) {
    throw missing('curriculum_module', { id: moduleId });
  }
}

/**
 * Migration 12: a ToT session may name the curriculum module it teaches (issue 5). The free-text
 * `module` column stays (a session can cite something the curriculum does not hold, e.g. "TS"
 * for training skills); `module_id` is null for sessions written before this version and for
 * unlinked ones. A module deleted later keeps its id here and reads back as unlinked.
 */
export const migration0012 = {
  version: 12,
  name: 'ToT session linked to a curriculum module',
  sql: /* sql */ `
    ALTER TABLE tot_sessions ADD COLUMN module_id TEXT REFERENCES curriculum_modules (id);
  `,
};

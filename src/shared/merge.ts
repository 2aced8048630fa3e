import { z } from 'zod';
import { passphrase, uuid } from './schemas';

/**
 * Merging another assessor's copy of the project (issue 6): the shapes that cross the bridge.
 * Conflict values are shown side by side as text (JSON of the stored value, blobs excepted).
 */

const count = z.number().int().nonnegative();

export const mergeImportInput = z.object({ passphrase }).strict();

export const mergeImportOutput = z.object({
  /** Null when the user cancelled the open dialog: nothing was read or written. */
  path: z.string().nullable(),
  added: count,
  updated: count,
  /** Conflicts found by this import. */
  conflicts: count,
  /** All conflicts waiting in this file. */
  pending: count,
});

export const mergeConflictSchema = z.object({
  id: uuid,
  table: z.string(),
  recordId: z.string(),
  /** The record's own table: the parent's for a set of child rows (a finding's evidence links). */
  recordTable: z.string(),
  /** The record's code (e.g. KII-OFF-0003) when it has one, for the user to recognise it. */
  recordCode: z.string().nullable(),
  field: z.string(),
  intoValue: z.string(),
  fromValue: z.string(),
});
export type MergeConflict = z.infer<typeof mergeConflictSchema>;

export const mergeConflictsOutput = z.object({ conflicts: z.array(mergeConflictSchema) });

export const mergeResolveInput = z
  .object({
    id: uuid,
    /** keep: this file's value stays; take: the other assessor's value replaces it. */
    choice: z.enum(['keep', 'take']),
  })
  .strict();

export const mergeResolveOutput = z.object({ pending: count });

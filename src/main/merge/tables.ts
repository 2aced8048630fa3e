/**
 * What a merge of two copies of one project does with each table (issue 6). The list is
 * closed: a test fails when the schema has a table this registry does not classify, so a new
 * migration must decide here how its tables merge.
 *
 * - record: rows with a key, updated_at and a deleted tombstone; joined by key, changed on one
 *   side -> that side, changed on both -> field by field (conflicts where both changed a field).
 * - set: child rows with no timestamps of their own (links, chunks, outcomes), merged as the
 *   set of rows under one parent: the parent's change on one side carries its set along.
 * - skip: never merged (each file's own chain, keys, index, or derived/transient data).
 *
 * The order is parents before children, so inserts meet their foreign keys in order (the
 * merge also defers foreign keys to the commit, for self references such as agencies).
 */

export interface RecordTable {
  readonly kind: 'record';
  readonly name: string;
  readonly key: readonly string[];
  /** Tables whose rows this one references (documentation and the FK-order test). */
  readonly parents: readonly string[];
}

export interface SetTable {
  readonly kind: 'set';
  readonly name: string;
  readonly key: readonly string[];
  /** The column holding the parent record's id; the set is all rows with one value of it. */
  readonly parentColumn: string;
  readonly parents: readonly string[];
  /**
   * The parent's field names (as its service audits them, snake_case) that rewrite the set: a
   * parent event naming other fields only left the set alone. Empty: any change of the parent.
   */
  readonly fields: readonly string[];
}

export interface SkippedTable {
  readonly kind: 'skip';
  readonly name: string;
  readonly why: string;
}

export type MergeTable = RecordTable | SetTable | SkippedTable;

const rec = (name: string, parents: readonly string[] = [], key: readonly string[] = ['id']): RecordTable => ({
  kind: 'record',
  name,
  key,
  parents,
});
const set = (
  name: string,
  key: readonly string[],
  parentColumn: string,
  parents: readonly string[],
  fields: readonly string[],
): SetTable => ({ kind: 'set', name, key, parentColumn, parents, fields });
const skip = (name: string, why: string): SkippedTable => ({ kind: 'skip', name, why });

export const MERGE_TABLES: readonly MergeTable[] = [
  rec('project'),
  // Framework and reference data (pointed at by code, same codes in every copy).
  rec('scales'),
  rec('framework_areas'),
  rec('framework_subareas', ['framework_areas']),
  rec('indicators', ['framework_subareas', 'scales']),
  rec('agencies', ['agencies']),
  rec('provinces'),
  rec('crossing_points', ['provinces']),
  rec('legal_instruments', ['legal_instruments']),
  rec('legal_provisions', ['legal_instruments']),
  // Evidence.
  rec('interviews'),
  rec('passages', ['interviews']),
  rec('site_visits'),
  rec('documents'),
  rec('attachments'),
  set('attachment_chunks', ['attachment_id', 'seq'], 'attachment_id', ['attachments'], []),
  // Analysis and the action plan.
  rec('ratings', ['indicators']),
  rec('findings', ['framework_subareas']),
  set('evidence_links', ['id'], 'owner_id', ['ratings', 'findings'], ['evidence']),
  rec('recommendations', ['framework_subareas']),
  set('recommendation_findings', ['recommendation_id', 'finding_id'], 'recommendation_id', ['recommendations', 'findings'], [
    'finding_ids',
  ]),
  rec('actions', ['framework_subareas', 'recommendations']),
  rec('action_status_updates', ['actions']),
  rec('export_profiles'),
  rec('report_narratives'),
  // Meetings (Component 2, TWG, validation).
  rec('meetings'),
  rec('meeting_attendance', ['meetings']),
  rec('meeting_agenda_items', ['meetings']),
  rec('meeting_provisions', ['legal_instruments']),
  rec('meeting_item_provisions', ['meeting_agenda_items']),
  rec('meeting_positions', ['meeting_item_provisions']),
  rec('meeting_follow_ups', ['meetings', 'meeting_agenda_items', 'actions']),
  rec('twg_members', ['agencies']),
  // Curriculum and Training of Trainers.
  rec('curriculum'),
  rec('curriculum_modules', ['agencies']),
  set('module_outcomes', ['module_id', 'position'], 'module_id', ['curriculum_modules'], ['outcomes']),
  set('module_findings', ['module_id', 'finding_id'], 'module_id', ['curriculum_modules', 'findings'], ['finding_ids']),
  rec('tot_events'),
  rec('tot_participants', ['tot_events']),
  rec('tot_sessions', ['tot_events', 'curriculum_modules']),
  rec('tot_attendance', ['tot_participants'], ['participant_id', 'day']),
  rec('tot_tests', ['tot_participants']),
  rec('tot_evaluations', ['tot_participants', 'tot_events']),
  rec('tot_followups', ['tot_participants', 'tot_events']),
  // Review (statuses, decisions, threaded comments are the team's shared record).
  rec('review_states'),
  rec('review_decisions'),
  rec('review_comments', ['review_comments']),
  // Computer names (migration 16): each device writes only its own row, by its device id, so
  // a name set on one laptop arrives with its records; both sides renaming one device is a
  // conflict like any other field.
  rec('device_labels'),
  skip('review_packets', 'which packets this file imported: each file keeps its own'),
  skip('review_conflicts', 'packet decisions held back in this file, derived from its own packets'),
  skip('audit_events', "each file's own hash chain; FROM's head is recorded in the merge event"),
  skip('meta', 'internal facts of this file (audit head, review-copy mark, vault)'),
  skip('vault_meta', 'each file has its own vault key'),
  skip('vault_identities', "sealed under this file's vault key"),
  skip('search_index', 'derived: updated for the merged records'),
  skip('search_index_config', 'FTS5 internals'),
  skip('search_index_content', 'FTS5 internals'),
  skip('search_index_data', 'FTS5 internals'),
  skip('search_index_docsize', 'FTS5 internals'),
  skip('search_index_idx', 'FTS5 internals'),
  skip('search_index_keys', 'derived from the index'),
  skip('sqlite_sequence', 'SQLite internals'),
  skip('merge_conflicts', "this file's own open conflicts"),
  skip('merge_bases', 'where this file last met others'),
];

export const RECORD_TABLES = MERGE_TABLES.filter((t): t is RecordTable => t.kind === 'record');
export const SET_TABLES = MERGE_TABLES.filter((t): t is SetTable => t.kind === 'set');

/** Columns never compared or reported as conflicts: who and when, not what. */
export const META_COLUMNS: ReadonlySet<string> = new Set(['created_at', 'updated_at', 'updated_by']);

export function mergeTable(name: string): MergeTable | undefined {
  return MERGE_TABLES.find((t) => t.name === name);
}

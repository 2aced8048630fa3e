import type { Db } from '../project/cipher';
import { changedFieldsOf, changesInEvents, type ChainEvent, type ChangedFields, type MeetingPoint } from './merge-points';
import { META_COLUMNS, MERGE_TABLES, SET_TABLES, type RecordTable, type SetTable } from './tables';
import { allRows, columnsOf, keyText, metaRows, sameValue, toJson, wholeRows, type Row } from './merge-values';

/**
 * The merge as a list of operations, computed on a read of both files before anything is
 * written (merge.ts applies it in one transaction). Decisions, per record joined by key:
 * - only in FROM: added;
 * - not changed in FROM since the meeting point: INTO's row stays (FROM holds the base);
 * - changed in FROM only: FROM's row replaces INTO's;
 * - changed on both: per differing field, changed on one side -> that side, on both (or on
 *   neither, which the audit cannot tell apart) -> a conflict, INTO's value kept meanwhile.
 *   A tombstone set on one side while the other edited the record is a conflict too.
 * Set tables (child rows without timestamps) follow their parent: replaced when only FROM's
 * parent changed, a conflict when both did, otherwise FROM's extra rows are added (nothing lost).
 */

export interface PlannedConflict {
  table: string;
  recordId: string;
  field: string;
  intoValue: string;
  fromValue: string;
}

export interface MergePlan {
  /** Records only FROM has: `row` holds their key, code and updated_at (copied whole later). */
  inserts: { table: string; columns: string[]; row: Row }[];
  updates: { table: RecordTable; row: Row; set: Row }[];
  setReplacements: { table: SetTable; columns: string[]; parentId: string; rows: Row[] }[];
  setAdditions: { table: SetTable; columns: string[]; rows: Row[] }[];
  conflicts: PlannedConflict[];
  /** Records whose searchable text may have changed. */
  touched: { table: string; id: string }[];
  /** Of those, the records now exactly as in FROM (added, or replaced whole). */
  takenWhole: { table: string; id: string }[];
  added: number;
  updated: number;
}

interface Sides {
  into: ChangedFields;
  from: ChangedFields;
}

function sideChanges(intoChain: readonly ChainEvent[], fromChain: readonly ChainEvent[], point: MeetingPoint): Sides {
  return {
    into: changesInEvents(intoChain.filter((event) => event.seq > point.intoSeq)),
    from: changesInEvents(fromChain.slice(point.fromIndex + 1)),
  };
}

const touches = (fields: Set<string> | 'all', column: string) => fields === 'all' || fields.has(column);

export function planMerge(
  intoDb: Db,
  fromDb: Db,
  intoChain: readonly ChainEvent[],
  fromChain: readonly ChainEvent[],
  point: MeetingPoint,
): MergePlan {
  const sides = sideChanges(intoChain, fromChain, point);
  const plan: MergePlan = {
    inserts: [],
    updates: [],
    setReplacements: [],
    setAdditions: [],
    conflicts: [],
    touched: [],
    takenWhole: [],
    added: 0,
    updated: 0,
  };
  // Record ids changed on each side (any table), for the set tables that follow their parent.
  const fromChanged = new Set<string>();
  const intoChanged = new Set<string>();
  const updatedIds = new Set<string>();
  for (const table of MERGE_TABLES) {
    if (table.kind === 'record') planRecords(table);
    else if (table.kind === 'set') planSet(table);
  }
  return plan;

  function planRecords(table: RecordTable): void {
    const columns = columnsOf(intoDb, table.name);
    const columnSet = new Set(columns);
    const compared = columns.filter((c) => !META_COLUMNS.has(c) && !table.key.includes(c));
    const setFields = new Set(SET_TABLES.filter((set) => set.parents.includes(table.name)).flatMap((set) => set.fields));
    // Who changed what is decided on keys and updated_at alone; whole rows (notes of several
    // kilobytes) are read only for the records FROM brings: new ones and ones it changed.
    const intoMeta = new Map(metaRows(intoDb, table, columnSet).map((row) => [keyText(row, table.key), row]));
    type Fields = Set<string> | 'all' | null;
    const wanted: { id: string; keyRow: Row; inInto: boolean; fromFields: Fields; intoFields: Fields }[] = [];
    for (const fromRow of metaRows(fromDb, table, columnSet)) {
      const id = keyText(fromRow, table.key);
      const intoRow = intoMeta.get(id);
      const fromFields = changedFieldsOf(sides.from, id, fromRow['updated_at'], point.fromAt, columnSet, setFields);
      if (fromFields) fromChanged.add(id);
      const intoFields = intoRow ? changedFieldsOf(sides.into, id, intoRow['updated_at'], point.intoAt, columnSet, setFields) : null;
      if (intoFields) intoChanged.add(id);
      if (!intoRow || fromFields) wanted.push({ id, keyRow: fromRow, inInto: intoRow !== undefined, fromFields, intoFields });
    }
    // New records are copied whole when the plan is applied (merge-copy.ts): their key, code
    // and updated_at are enough here.
    const changedCount = wanted.filter((w) => w.inInto).length;
    const fromRows = wholeRows(fromDb, table, changedCount);
    const intoRows = wholeRows(intoDb, table, changedCount);
    for (const { id, keyRow, inInto, fromFields, intoFields } of wanted) {
      if (!inInto) {
        plan.inserts.push({ table: table.name, columns, row: keyRow });
        plan.touched.push({ table: table.name, id });
        plan.takenWhole.push({ table: table.name, id });
        plan.added += 1;
        continue;
      }
      const fromRow = fromRows(keyRow);
      const intoRow = intoRows(keyRow);
      const differing = compared.filter((c) => !sameValue(intoRow[c], fromRow[c]));
      if (differing.length === 0 || !fromFields) continue;
      if (!intoFields) {
        plan.updates.push({ table, row: intoRow, set: Object.fromEntries(columns.map((c) => [c, fromRow[c]])) });
        plan.takenWhole.push({ table: table.name, id });
        markUpdated(table.name, id);
        continue;
      }
      const set: Row = {};
      const conflicting: string[] = [];
      for (const column of differing) {
        const fromTouched = touches(fromFields, column);
        const intoTouched = touches(intoFields, column);
        if (fromTouched && !intoTouched) set[column] = fromRow[column];
        else if (fromTouched === intoTouched) conflicting.push(column);
      }
      // Deleted on one side, edited on the other: the deletion must not pass silently.
      if ('deleted' in set && differing.some((c) => c !== 'deleted' && touches(intoFields, c))) {
        delete set['deleted'];
        conflicting.push('deleted');
      }
      if (differing.includes('deleted') && !('deleted' in set) && !conflicting.includes('deleted')) {
        // INTO deleted it, FROM edited it: INTO's tombstone stays, shown as a conflict.
        if (differing.some((c) => c !== 'deleted' && touches(fromFields, c))) conflicting.push('deleted');
      }
      for (const field of conflicting) {
        plan.conflicts.push({
          table: table.name,
          recordId: id,
          field,
          intoValue: toJson(intoRow[field]),
          fromValue: toJson(fromRow[field]),
        });
      }
      if (Object.keys(set).length > 0) {
        const newer = String(fromRow['updated_at'] ?? '') > String(intoRow['updated_at'] ?? '');
        if (columnSet.has('updated_at') && newer) {
          set['updated_at'] = fromRow['updated_at'];
          set['updated_by'] = fromRow['updated_by'];
        }
        plan.updates.push({ table, row: intoRow, set });
        markUpdated(table.name, id);
      }
    }
  }

  function markUpdated(table: string, id: string): void {
    plan.touched.push({ table, id });
    if (!updatedIds.has(id)) {
      updatedIds.add(id);
      plan.updated += 1;
    }
  }

  function planSet(table: SetTable): void {
    const columns = columnsOf(intoDb, table.name);
    // Rows of a set keyed by a fresh id per save (evidence links) are the same link when all
    // but the id and the time agree; other sets are keyed by what they hold.
    const byContent = table.key.includes('id');
    const content = columns.filter((c) => !(byContent && (c === 'id' || META_COLUMNS.has(c))));
    const signature = (row: Row) => (byContent ? toJson(content.map((c) => row[c])) : keyText(row, table.key));
    const group = (rows: Row[]) => {
      const groups = new Map<string, Map<string, Row>>();
      for (const row of rows) {
        const parent = String(row[table.parentColumn]);
        let members = groups.get(parent);
        if (!members) groups.set(parent, (members = new Map()));
        members.set(signature(row), row);
      }
      return groups;
    };
    const intoGroups = group(allRows(intoDb, table.name));
    const fromGroups = group(allRows(fromDb, table.name));
    const equalRows = (a: Row, b: Row) => content.every((c) => sameValue(a[c], b[c]));
    // A parent whose set FROM emptied has no group there: walk INTO's parents too.
    const parents = new Set([...fromGroups.keys(), ...intoGroups.keys()]);
    for (const parentId of parents) {
      const fromMembers = fromGroups.get(parentId) ?? new Map<string, Row>();
      const intoMembers = intoGroups.get(parentId) ?? new Map<string, Row>();
      const same =
        intoMembers.size === fromMembers.size &&
        [...fromMembers].every(([key, row]) => intoMembers.has(key) && equalRows(intoMembers.get(key)!, row));
      if (same) continue;
      const fromSide = setChanged(sides.from, fromChanged, parentId);
      const intoSide = setChanged(sides.into, intoChanged, parentId);
      if (fromSide && intoSide) {
        plan.conflicts.push({
          table: table.name,
          recordId: parentId,
          field: `@${table.name}`,
          intoValue: toJson([...intoMembers.values()]),
          fromValue: toJson([...fromMembers.values()]),
        });
      } else if (fromSide) {
        plan.setReplacements.push({ table, columns, parentId, rows: [...fromMembers.values()] });
        markUpdated(table.name, parentId);
      } else if (!intoSide) {
        // Neither side says it rewrote the set: keep INTO's rows and add FROM's others, so
        // nothing is lost. (INTO rewrote it and FROM did not: INTO's set stands, removals too.)
        const missing = [...fromMembers].filter(([key]) => !intoMembers.has(key)).map(([, row]) => row);
        if (missing.length > 0) {
          plan.setAdditions.push({ table, columns, rows: missing });
          markUpdated(table.name, parentId);
        }
      }
    }

    /**
     * Whether a side rewrote this set: its parent changed there, by an event naming one of the
     * set's fields, naming no fields, or by a later updated_at no event explains.
     */
    function setChanged(changes: ChangedFields, changedIds: ReadonlySet<string>, parentId: string): boolean {
      if (!changedIds.has(parentId)) return false;
      const named = changes.get(parentId);
      if (named === undefined || named === 'all' || table.fields.length === 0) return true;
      return table.fields.some((field) => named.has(field));
    }
  }
}

import type { Db } from '../project/cipher';

/**
 * Where two copies of a project last met, and what each changed since (issue 6).
 *
 * The meeting point is the later of:
 * - the fork: the last audit event both hash chains share (two copies of one file carry the
 *   same events up to the moment they were copied);
 * - a merge base: a previous merge of FROM into INTO recorded FROM's head event and INTO's
 *   audit sequence right after it (merge_bases). It counts only if that event is still in
 *   FROM's chain (it is the same file, further edited).
 *
 * "Changed on a side since" is read from that side's audit events after the point (the
 * record's id as entity_id, with details.fields naming the fields when the service recorded
 * them) and from updated_at later than the point's time (rows no event names, e.g. child rows
 * audited under their parent). A record with no field list is "changed everywhere" on that
 * side: any field it differs in can then only be taken or be a conflict, never lost.
 */

export interface ChainEvent {
  seq: number;
  id: string;
  at: string;
  entity_id: string | null;
  action: string;
  details: string;
}

export interface MeetingPoint {
  /** INTO's audit sequence at the meeting (-1: never met, everything is a change). */
  intoSeq: number;
  intoAt: string;
  /** Index in FROM's chain (0-based, -1: never met). */
  fromIndex: number;
  fromAt: string;
}

/** Fields changed on one side, by record id: a set of column names, or 'all'. */
export type ChangedFields = Map<string, Set<string> | 'all'>;

export function readChain(db: Db): ChainEvent[] {
  return db.prepare('SELECT seq, id, at, entity_id, action, details FROM audit_events ORDER BY seq').all() as ChainEvent[];
}

export function meetingPoint(intoDb: Db, into: readonly ChainEvent[], from: readonly ChainEvent[]): MeetingPoint {
  let shared = 0;
  while (shared < into.length && shared < from.length && into[shared]!.id === from[shared]!.id) shared += 1;
  let best: MeetingPoint = {
    intoSeq: shared > 0 ? into[shared - 1]!.seq : -1,
    intoAt: shared > 0 ? into[shared - 1]!.at : '',
    fromIndex: shared - 1,
    fromAt: shared > 0 ? from[shared - 1]!.at : '',
  };
  const fromIndex = new Map(from.map((event, index) => [event.id, index]));
  const bases = intoDb
    .prepare('SELECT from_event_id, into_seq FROM merge_bases ORDER BY into_seq DESC')
    .all() as { from_event_id: string; into_seq: number }[];
  const intoAt = new Map(into.map((event) => [event.seq, event.at]));
  for (const base of bases) {
    const index = fromIndex.get(base.from_event_id);
    if (index === undefined) continue;
    if (index > best.fromIndex || (index === best.fromIndex && base.into_seq > best.intoSeq)) {
      best = { intoSeq: base.into_seq, intoAt: intoAt.get(base.into_seq) ?? '', fromIndex: index, fromAt: from[index]!.at };
    }
    break;
  }
  return best;
}

const snake = (field: string) => field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

/** The fields each audit event after the point names, by entity id ('all' when it names none). */
export function changesInEvents(events: readonly ChainEvent[]): ChangedFields {
  const changed: ChangedFields = new Map();
  for (const event of events) {
    if (!event.entity_id) continue;
    let fields: unknown;
    try {
      fields = (JSON.parse(event.details) as { fields?: unknown }).fields;
    } catch {
      fields = undefined;
    }
    const previous = changed.get(event.entity_id);
    if (previous === 'all') continue;
    // A deletion sets the tombstone only (the services' x.deleted / x.moduleDeleted events).
    if (/[.]deleted$|Deleted$/.test(event.action)) fields = ['deleted'];
    if (!Array.isArray(fields) || fields.length === 0 || !fields.every((f) => typeof f === 'string')) {
      changed.set(event.entity_id, 'all');
      continue;
    }
    const next = previous ?? new Set<string>();
    for (const field of fields as string[]) next.add(snake(field));
    changed.set(event.entity_id, next);
  }
  return changed;
}

/**
 * The fields of one row changed on a side: null when the side did not change it. A field
 * list naming anything that is not a column of the table (a service's own name for a group
 * of columns) widens to 'all', except the fields of the record's child sets (`setFields`).
 */
export function changedFieldsOf(
  changes: ChangedFields,
  id: string,
  updatedAt: unknown,
  pointAt: string,
  columns: ReadonlySet<string>,
  setFields: ReadonlySet<string> = new Set(),
): Set<string> | 'all' | null {
  const named = changes.get(id);
  const byTime = typeof updatedAt === 'string' && updatedAt > pointAt;
  if (named === undefined) return byTime ? 'all' : null;
  if (named === 'all') return 'all';
  // A set of child rows the record holds (its evidence links) is merged as a set, on its own.
  for (const field of named) if (!columns.has(field) && !setFields.has(field)) return 'all';
  return named;
}

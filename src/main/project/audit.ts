import crypto from 'node:crypto';
import type { Db } from './cipher';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventInput {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  at: string;
}

interface AuditRow {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

function eventHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const body = JSON.stringify([row.seq, row.id, row.at, row.actor, row.action, row.entity, row.entity_id, row.details]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

function readHead(db: Db): { hash: string; count: number } {
  const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('audit_head', 'audit_count')").all() as {
    key: string;
    value: string;
  }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return { hash: map.get('audit_head') ?? GENESIS_HASH, count: Number(map.get('audit_count') ?? '0') };
}

/**
 * Appends one event, chained to the previous one by hash. Must run inside the caller's
 * transaction so that the change and its event commit (or roll back) together. The head
 * hash and count are kept in `meta` too, so that a deleted last event is also detected.
 */
export function appendAuditEvent(db: Db, event: AuditEventInput): void {
  if (!db.inTransaction) throw new Error('appendAuditEvent must run inside a transaction');
  const head = readHead(db);
  const last = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    id: crypto.randomUUID(),
    at: event.at,
    actor: event.actor,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
  const hash = eventHash(prevHash, row);
  db.prepare(
    `INSERT INTO audit_events (seq, id, at, actor, action, entity, entity_id, details, prev_hash, hash)
     VALUES (@seq, @id, @at, @actor, @action, @entity, @entity_id, @details, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash });
  const upsert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  upsert.run('audit_head', hash);
  upsert.run('audit_count', String(head.count + 1));
}

export interface AuditVerificationResult {
  ok: boolean;
  events: number;
  brokenAtSeq: number | null;
  reason: 'edited' | 'deleted' | 'reordered' | 'truncated' | null;
}

/** Walks the chain in order; an edited, deleted or reordered event breaks it. */
export function verifyAuditChain(db: Db): AuditVerificationResult {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  const rows = db.prepare('SELECT * FROM audit_events ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    events += 1;
    if (row.seq !== expectedSeq) {
      return { ok: false, events, brokenAtSeq: row.seq, reason: row.seq > expectedSeq ? 'deleted' : 'reordered' };
    }
    if (row.prev_hash !== expectedPrev) {
      return { ok: false, events, brokenAtSeq: row.seq, reason: 'reordered' };
    }
    if (eventHash(row.prev_hash, row) !== row.hash) {
      return { ok: false, events, brokenAtSeq: row.seq, reason: 'edited' };
    }
    expectedPrev = row.hash;
    expectedSeq += 1;
  }
  const head = readHead(db);
  if (head.count !== events || head.hash !== expectedPrev) {
    return { ok: false, events, brokenAtSeq: events + 1, reason: 'truncated' };
  }
  return { ok: true, events, brokenAtSeq: null, reason: null };
}

export interface AuditEventSummaryRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

export function listAuditEvents(db: Db, limit: number): AuditEventSummaryRow[] {
  return db
    .prepare(
      'SELECT seq, at, actor, action, entity, entity_id AS entityId FROM audit_events ORDER BY seq DESC LIMIT ?',
    )
    .all(limit) as AuditEventSummaryRow[];
}

export function countAuditEvents(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
}

/* ---------- Issue 6: the audit trail in the UI, the CLI and the annex ---------- */

/** Which events (every filter given must match); `since` inclusive, `until` exclusive (ISO instants). */
export interface AuditQueryFilter {
  actor?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** An exact action code, or a prefix ending in "." ("finding."). */
  action?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

export interface AuditEventRow extends AuditEventSummaryRow {
  /** details.code when the event carries one. */
  code: string | null;
  /** details.fields: the names of the fields changed. */
  fields: string[];
}

/** A LIKE pattern matching `prefix` literally, then anything. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereClause(filter: AuditQueryFilter, beforeSeq?: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (filter.actor !== undefined) add('actor = ?', filter.actor);
  if (filter.entity !== undefined) add('entity = ?', filter.entity);
  if (filter.entityId !== undefined) add('entity_id = ?', filter.entityId);
  if (filter.action !== undefined) {
    if (filter.action.endsWith('.')) add("action LIKE ? ESCAPE '\\'", likePrefix(filter.action));
    else add('action = ?', filter.action);
  }
  if (filter.since !== undefined) add('at >= ?', filter.since);
  if (filter.until !== undefined) add('at < ?', filter.until);
  if (beforeSeq !== undefined) add('seq < ?', beforeSeq);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Only the field names and the record's code leave details: never anything else it may hold. */
function fromDetails(details: string): { code: string | null; fields: string[] } {
  try {
    const parsed = JSON.parse(details) as Record<string, unknown>;
    const code = typeof parsed['code'] === 'string' ? parsed['code'] : null;
    const fields = Array.isArray(parsed['fields']) ? parsed['fields'].filter((f): f is string => typeof f === 'string') : [];
    return { code, fields };
  } catch {
    return { code: null, fields: [] };
  }
}

type DetailedRow = AuditEventSummaryRow & { details: string };

function withDetails(row: DetailedRow): AuditEventRow {
  const { details, ...rest } = row;
  return { ...rest, ...fromDetails(details) };
}

const SELECT_EVENT = 'SELECT seq, at, actor, action, entity, entity_id AS entityId, details FROM audit_events';

/** One page of events, newest first: those older than `beforeSeq` (the last one already shown). */
export function queryAuditEvents(
  db: Db,
  query: { filter?: AuditQueryFilter | undefined; limit: number; beforeSeq?: number | undefined },
): AuditEventRow[] {
  const where = whereClause(query.filter ?? {}, query.beforeSeq);
  const rows = db
    .prepare(`${SELECT_EVENT} ${where.sql} ORDER BY seq DESC LIMIT ?`)
    .all(...where.params, query.limit) as DetailedRow[];
  return rows.map(withDetails);
}

/** Every matching event, oldest first, one at a time (the CLI and the annex: no page limit). */
export function* iterateAuditEvents(db: Db, filter: AuditQueryFilter = {}): Generator<AuditEventRow> {
  const where = whereClause(filter);
  const rows = db.prepare(`${SELECT_EVENT} ${where.sql} ORDER BY seq`).iterate(...where.params) as IterableIterator<DetailedRow>;
  for (const row of rows) yield withDetails(row);
}

export function countMatchingAuditEvents(db: Db, filter: AuditQueryFilter = {}): number {
  const where = whereClause(filter);
  return (db.prepare(`SELECT count(*) AS n FROM audit_events ${where.sql}`).get(...where.params) as { n: number }).n;
}

/** The distinct values of one column, sorted: what a filter list offers. */
export function distinctAuditValues(db: Db, column: 'actor' | 'action' | 'entity'): string[] {
  return (db.prepare(`SELECT DISTINCT ${column} AS v FROM audit_events ORDER BY ${column}`).all() as { v: string }[]).map(
    (r) => r.v,
  );
}

export interface AuditBreakReport extends AuditVerificationResult {
  /** Events in the file now. */
  total: number;
  /** Events the recorded head says there should be. */
  expected: number;
  /** The broken event's place among the events in the file, from 1; null when intact or when events are missing at the end. */
  position: number | null;
  /** Events missing: deleted in the middle (before brokenAtSeq) or removed from the end. */
  missing: number;
}

/**
 * verifyAuditChain, saying exactly where and why: the place of the broken event among all
 * events ("event 1,234 of 5,000"), and how many events are missing when some were deleted.
 */
export function explainAuditChain(db: Db): AuditBreakReport {
  const result = verifyAuditChain(db);
  const total = countAuditEvents(db);
  const expected = readHead(db).count;
  if (result.ok) return { ...result, total, expected, position: null, missing: 0 };
  switch (result.reason) {
    case 'deleted':
      // The chain walked `events` rows; the last of them carries brokenAtSeq where seq `events` was due.
      return { ...result, total, expected, position: result.events, missing: (result.brokenAtSeq ?? 0) - result.events };
    case 'truncated':
      return { ...result, total, expected, position: null, missing: Math.max(0, expected - total) };
    default:
      return { ...result, total, expected, position: result.events, missing: 0 };
  }
}

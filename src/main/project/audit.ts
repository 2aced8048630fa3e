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

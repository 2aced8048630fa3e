import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';

/**
 * Small rules shared by the evidence services (passages, site visits, documents,
 * attachments): the same input parsing, error shapes, counters and timestamps as
 * interviews.ts, so every kind of record answers alike.
 */

/** For callers that bypass the api (demo, import, tests): the contract schema still applies. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code }));
    throw new AppError('VALIDATION', undefined, { issues });
  }
  return parsed.data;
}

/** VALIDATION naming one field, in the same `issues` shape the api gives for schema errors. */
export function invalid(field: string, reason: string): AppError {
  return new AppError('VALIDATION', undefined, { field, reason, issues: [{ path: field.split('.'), code: reason }] });
}

/** A record cited by code or id that is not there (or only as a tombstone). */
export function linkMissing(field: string, entity: string): AppError {
  return new AppError('LINK_TARGET_MISSING', undefined, { field, entity });
}

/** The regex lets 2026-02-30 through; the calendar does not. */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** updated_at strictly increases, so two saves in one millisecond still tell apart for CONFLICT. */
export function laterThan(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

/**
 * Takes the next number of a counter kept in `meta`: codes are never reused, even after a
 * tombstone, and cost one indexed read instead of a max() over the table.
 */
export function nextCounter(db: Db, key: string): number {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  const next = Number(row?.value ?? '0') + 1;
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    String(next),
  );
  return next;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The patch without the keys the caller left out (undefined), ready to spread over the row. */
export function givenFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Optimistic concurrency: what the editor loaded must still be the stored version. */
export function checkExpected(entity: string, expected: string | undefined, stored: string): void {
  if (expected !== undefined && expected !== stored) {
    throw new AppError('CONFLICT', undefined, { entity, updatedAt: stored });
  }
}

import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';
import type { WriteContext } from '../project/project-file';

/**
 * Small pieces the analysis services (ratings, findings, recommendations, actions) share:
 * parsing input that may bypass the api, refusals in the shape the forms understand, codes
 * from per-prefix counters, optimistic concurrency, and the reference checks.
 */

/** For callers that bypass the api (demo, CLI, tests): the contract schema still applies. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code }));
    throw new AppError('VALIDATION', undefined, { issues });
  }
  return parsed.data;
}

/** VALIDATION naming one field, in the same `issues` shape the api gives for schema errors. */
export function invalid(field: string, reason: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION', undefined, {
    field,
    reason,
    ...extra,
    issues: [{ path: field.split('.'), code: reason }],
  });
}

/** A cited record that does not exist (or no longer does): kind and id or code, never text. */
export function missing(kind: string, ref: { id?: string; code?: string }): AppError {
  return new AppError('LINK_TARGET_MISSING', undefined, { kind, ...ref });
}

export function notFound(entity: string): AppError {
  return new AppError('NOT_FOUND', undefined, { entity });
}

/** CONFLICT when the editor loaded an older version than the one stored. */
export function assertCurrent(entity: string, storedUpdatedAt: string, expected: string | undefined): void {
  if (expected !== undefined && expected !== storedUpdatedAt) {
    throw new AppError('CONFLICT', undefined, { entity, updatedAt: storedUpdatedAt });
  }
}

/** updated_at strictly increases, so two saves in one millisecond still tell apart for CONFLICT. */
export function laterThan(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The names of the fields whose value differs, in the order given. */
export function changedFields<T extends object>(current: T, next: T, names: readonly (keyof T & string)[]): string[] {
  return names.filter((name) => !sameValue(current[name], next[name]));
}

/** The patch without the fields left out (undefined), so a spread keeps the stored values. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function assertCalendarDate(field: string, value: string | null): void {
  if (value !== null && !isCalendarDate(value)) throw invalid(field, 'invalid_date');
}

/**
 * The next code of a kind in a sub-area: F-C4-01, REC-C4-01, JAP-B3-01. The counter lives in
 * `meta` so a code is never given twice, even after a tombstone; past 99 it grows a digit.
 */
export function nextSubAreaCode(ctx: WriteContext, prefix: string, subAreaCode: string): string {
  const key = `code-counter:${prefix}-${subAreaCode}`;
  const row = ctx.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  const next = Number(row?.value ?? '0') + 1;
  ctx.db
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, String(next));
  return `${prefix}-${subAreaCode}-${String(next).padStart(2, '0')}`;
}

/**
 * ORDER BY for codes made by nextSubAreaCode: sub-area, then number (a shorter code of the
 * same sub-area has the smaller number), so JAP-C4-100 comes after JAP-C4-99.
 */
export function codeOrder(alias: string): string {
  return `${alias}.subarea_code, length(${alias}.code), ${alias}.code`;
}

/** The sub-area's area code, or LINK_TARGET_MISSING. */
export function areaOfSubArea(db: Db, subAreaCode: string): string {
  const row = db.prepare('SELECT area_code FROM framework_subareas WHERE code = ? AND deleted = 0').get(subAreaCode) as
    { area_code: string } | undefined;
  if (!row) throw missing('sub_area', { code: subAreaCode });
  return row.area_code;
}

export function agencyExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM agencies WHERE code = ? AND deleted = 0').get(code) !== undefined;
}

export function crossingPointExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM crossing_points WHERE code = ? AND deleted = 0').get(code) !== undefined;
}

/** An agency or crossing point named by a rating or finding scope must be in the reference data. */
export function assertScopeTarget(db: Db, scope: { type: string; code: string | null }): void {
  if (scope.type === 'agency' && scope.code !== null && !agencyExists(db, scope.code)) {
    throw missing('agency', { code: scope.code });
  }
  if (scope.type === 'crossing_point' && scope.code !== null && !crossingPointExists(db, scope.code)) {
    throw missing('crossing_point', { code: scope.code });
  }
}

export interface ScaleLevel {
  value: number;
  label: { en: string; th: string };
}

/** Every scale's levels by scale code (three rows in a project; read once per call). */
export function readScaleLevels(db: Db): Map<string, ScaleLevel[]> {
  const rows = db.prepare('SELECT code, levels FROM scales').all() as { code: string; levels: string }[];
  return new Map(rows.map((row) => [row.code, JSON.parse(row.levels) as ScaleLevel[]]));
}

export function scaleMax(levels: readonly ScaleLevel[]): number {
  return levels.reduce((max, level) => Math.max(max, level.value), 0);
}

/** A JSON array of ids, for `IN (SELECT value FROM json_each(?))` with one bound parameter. */
export function idList(ids: readonly string[]): string {
  return JSON.stringify(ids);
}

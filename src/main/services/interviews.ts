import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  INTERVIEW_CODE_PREFIX,
  interviewCreateSchema,
  interviewListSchema,
  interviewUpdateSchema,
  type Consent,
  type Interview,
  type InterviewCategory,
  type InterviewSummary,
} from '../../shared/evidence';
import { findPii } from '../../shared/pii';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { reanchorPassages } from './passages';
import { indexEntity, interviewSearchText, removeEntity } from './search';

/**
 * Interviews, the first kind of evidence (PRODUCT.md 4, DOMAIN.md 3.4). A person is only ever
 * a pseudonym code here, given at creation from a per-category counter and never reused.
 * Deleting leaves a tombstone: the row stays (audit, merge) but list and get no longer see it.
 * The audit trail records which fields changed, never their values: notes are restricted.
 */

export type { Interview, InterviewCategory, InterviewSummary };
export type InterviewCreateInput = z.input<typeof interviewCreateSchema>;
export type InterviewUpdateInput = z.input<typeof interviewUpdateSchema>;
export type InterviewListQuery = z.input<typeof interviewListSchema>;
export interface InterviewList {
  total: number;
  items: InterviewSummary[];
}

type Fields = z.output<typeof interviewCreateSchema>;
type FieldName = keyof Fields;
const FIELD_NAMES = Object.keys(interviewCreateSchema.shape) as FieldName[];

// ---------------------------------------------------------------- rows

interface InterviewRow {
  id: string;
  code: string;
  category: InterviewCategory;
  agency_code: string | null;
  location: string;
  month: string | null;
  interview_date: string | null;
  interviewers: string;
  interpreter: string;
  language: Fields['language'];
  consent: string;
  sensitivity: Fields['sensitivity'];
  reliability_source: Fields['reliability']['source'];
  reliability_information: number;
  pii_count: number;
  created_at: string;
  updated_at: string;
}

// `notes` is the table's last column, so the list never reads past the summary columns.
const SUMMARY_COLUMNS = `id, code, category, agency_code, location, month, interview_date, interviewers, interpreter,
  language, consent, sensitivity, reliability_source, reliability_information, pii_count, created_at, updated_at`;

function toFields(row: InterviewRow, notes: string): Fields {
  return {
    category: row.category,
    agencyCode: row.agency_code,
    location: row.location,
    month: row.month,
    interviewDate: row.interview_date,
    interviewers: JSON.parse(row.interviewers) as string[],
    interpreter: JSON.parse(row.interpreter) as Fields['interpreter'],
    language: row.language,
    consent: JSON.parse(row.consent) as Consent,
    notes,
    sensitivity: row.sensitivity,
    reliability: { source: row.reliability_source, information: row.reliability_information },
  };
}

/** Offsets and kind only: the matched values stay inside the notes. */
function piiOffsets(notes: string): Interview['pii'] {
  return findPii(notes).map(({ kind, start, end }) => ({ kind, start, end }));
}

function toInterview(id: string, code: string, fields: Fields, createdAt: string, updatedAt: string): Interview {
  return { id, code, ...fields, pii: piiOffsets(fields.notes), createdAt, updatedAt };
}

function toSummary(row: InterviewRow): InterviewSummary {
  const { consent, notes: _notes, ...fields } = toFields(row, '');
  return {
    id: row.id,
    code: row.code,
    ...fields,
    permittedUse: consent.permittedUse,
    consentWithdrawn: consent.withdrawnAt !== null,
    piiCount: row.pii_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function readRow(db: Db, id: string): InterviewRow & { notes: string } {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, notes FROM interviews WHERE id = ? AND deleted = 0`).get(id) as
    (InterviewRow & { notes: string }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: 'interview' });
  return row;
}

// ---------------------------------------------------------------- checks

/** VALIDATION naming one field, in the same `issues` shape the api gives for schema errors. */
function invalid(field: string, reason: string): AppError {
  return new AppError('VALIDATION', undefined, { field, reason, issues: [{ path: field.split('.'), code: reason }] });
}

/** For callers that bypass the api (demo, import, tests): the contract schema still applies. */
function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code }));
    throw new AppError('VALIDATION', undefined, { issues });
  }
  return parsed.data;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today on this machine's calendar (a withdrawal dated "today" in Bangkok is not in the future). */
function localToday(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Values the form may leave implicit: the month of an exact date; no interpreter, no language. */
function normalise(fields: Fields): Fields {
  const month = fields.month ?? (fields.interviewDate ? fields.interviewDate.slice(0, 7) : null);
  const interpreter = fields.interpreter.used ? fields.interpreter : { used: false, language: null };
  return { ...fields, month, interpreter };
}

function agencyExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM agencies WHERE code = ? AND deleted = 0').get(code) !== undefined;
}

/**
 * The rules zod cannot see. A rule about a field runs when that field is written (all of them
 * on create), so a record carried over from an older format can still be edited elsewhere.
 */
function checkRules(db: Db, fields: Fields, written: ReadonlySet<FieldName>, today: string): void {
  const { category } = fields;
  if (written.has('agencyCode') && fields.agencyCode !== null && !agencyExists(db, fields.agencyCode)) {
    throw invalid('agencyCode', 'unknown');
  }
  if (category === 'official' && written.has('agencyCode') && fields.agencyCode === null) {
    throw invalid('agencyCode', 'required');
  }
  // DOMAIN.md 3.4: migrants are recorded with a month and a generalised place, never a day.
  if (category === 'migrant' && fields.interviewDate !== null) throw invalid('interviewDate', 'notAllowed');
  if (category === 'migrant' && written.has('month') && fields.month === null) throw invalid('month', 'required');
  if (written.has('interviewDate') && fields.interviewDate !== null && !isCalendarDate(fields.interviewDate)) {
    throw invalid('interviewDate', 'invalid');
  }
  if (
    (written.has('month') || written.has('interviewDate')) &&
    fields.interviewDate !== null &&
    fields.month !== fields.interviewDate.slice(0, 7)
  ) {
    throw invalid('month', 'mismatch');
  }
  const withdrawnAt = fields.consent.withdrawnAt;
  if (written.has('consent') && withdrawnAt !== null) {
    if (!isCalendarDate(withdrawnAt)) throw invalid('consent.withdrawnAt', 'invalid');
    if (withdrawnAt > today) throw invalid('consent.withdrawnAt', 'future');
  }
}

// ---------------------------------------------------------------- writing

/**
 * The next pseudonym code of a category: KII-OFF-017, FGD-03. The counter lives in `meta`
 * so that codes are never reused, even after a tombstone, and cost one indexed read.
 */
function nextCode(ctx: WriteContext, category: InterviewCategory): string {
  const prefix = INTERVIEW_CODE_PREFIX[category];
  const width = category === 'focus_group' ? 2 : 3;
  const key = `code-counter:${prefix}`;
  const row = ctx.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  const next = Number(row?.value ?? '0') + 1;
  ctx.db
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, String(next));
  return `${prefix}-${String(next).padStart(width, '0')}`;
}

function columnValues(fields: Fields, piiCount: number): Record<string, unknown> {
  return {
    category: fields.category,
    agencyCode: fields.agencyCode,
    location: fields.location,
    month: fields.month,
    interviewDate: fields.interviewDate,
    interviewers: JSON.stringify(fields.interviewers),
    interpreter: JSON.stringify(fields.interpreter),
    language: fields.language,
    consent: JSON.stringify(fields.consent),
    sensitivity: fields.sensitivity,
    reliabilitySource: fields.reliability.source,
    reliabilityInformation: fields.reliability.information,
    piiCount,
    notes: fields.notes,
  };
}

function insert(ctx: WriteContext, input: InterviewCreateInput, today: string): Interview {
  const fields = normalise(parseInput(interviewCreateSchema, input));
  checkRules(ctx.db, fields, new Set(FIELD_NAMES), today);
  const id = crypto.randomUUID();
  const code = nextCode(ctx, fields.category);
  const interview = toInterview(id, code, fields, ctx.now, ctx.now);
  ctx.db
    .prepare(
      `INSERT INTO interviews (id, code, category, agency_code, location, month, interview_date, interviewers,
        interpreter, language, consent, sensitivity, reliability_source, reliability_information, pii_count,
        created_at, updated_at, updated_by, notes)
       VALUES (@id, @code, @category, @agencyCode, @location, @month, @interviewDate, @interviewers,
        @interpreter, @language, @consent, @sensitivity, @reliabilitySource, @reliabilityInformation, @piiCount,
        @now, @now, @actor, @notes)`,
    )
    .run({ id, code, now: ctx.now, actor: ctx.actor, ...columnValues(fields, interview.pii.length) });
  indexEntity(ctx.db, 'interview', id, interviewSearchText({ code, location: fields.location, notes: fields.notes }));
  ctx.audit('interview.created', 'interview', id, { code, category: fields.category });
  return interview;
}

export function createInterview(project: ProjectFile, input: InterviewCreateInput): Interview {
  const today = localToday(project.now());
  return project.write((ctx) => insert(ctx, input, today));
}

/**
 * One interview inside the caller's transaction (the demo generator writes many kinds of record
 * in one): the same checks, code, search index and audit event as createInterview.
 */
export function createInterviewIn(ctx: WriteContext, input: InterviewCreateInput): Interview {
  return insert(ctx, input, localToday(new Date(ctx.now)));
}

/** Many interviews in one transaction (demo generation, import, merge); one audit event each. */
export function createInterviews(project: ProjectFile, inputs: readonly InterviewCreateInput[]): Interview[] {
  const today = localToday(project.now());
  return project.write((ctx) => inputs.map((input) => insert(ctx, input, today)));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** updated_at strictly increases, so two saves in one millisecond still tell apart for CONFLICT. */
function laterThan(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

/**
 * A partial edit. `expectedUpdatedAt` (what the editor loaded) guards against overwriting a
 * newer save: CONFLICT, nothing written. The category cannot change: the code is tied to it.
 * An edit that changes nothing writes nothing and records no event.
 */
export function updateInterview(project: ProjectFile, input: InterviewUpdateInput): Interview {
  const { id, expectedUpdatedAt, ...patch } = parseInput(interviewUpdateSchema, input);
  const today = localToday(project.now());
  return project.write((ctx) => {
    const row = readRow(ctx.db, id);
    if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== row.updated_at) {
      throw new AppError('CONFLICT', undefined, { entity: 'interview', updatedAt: row.updated_at });
    }
    const current = toFields(row, row.notes);
    if (patch.category !== undefined && patch.category !== current.category) throw invalid('category', 'immutable');
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = normalise({ ...current, ...given });
    const changed = FIELD_NAMES.filter((name) => !sameValue(current[name], next[name]));
    if (changed.length === 0) return toInterview(row.id, row.code, current, row.created_at, row.updated_at);

    checkRules(ctx.db, next, new Set(changed), today);
    const updatedAt = laterThan(ctx.now, row.updated_at);
    const interview = toInterview(row.id, row.code, next, row.created_at, updatedAt);
    ctx.db
      .prepare(
        `UPDATE interviews SET agency_code = @agencyCode, location = @location, month = @month,
          interview_date = @interviewDate, interviewers = @interviewers, interpreter = @interpreter,
          language = @language, consent = @consent, sensitivity = @sensitivity,
          reliability_source = @reliabilitySource, reliability_information = @reliabilityInformation,
          pii_count = @piiCount, notes = @notes, updated_at = @updatedAt, updated_by = @actor
         WHERE id = @id`,
      )
      .run({ id, updatedAt, actor: ctx.actor, ...columnValues(next, interview.pii.length) });
    if (changed.includes('notes') || changed.includes('location')) {
      indexEntity(ctx.db, 'interview', id, interviewSearchText({ code: row.code, location: next.location, notes: next.notes }));
    }
    // Field names only: the values (notes above all) never enter the audit trail.
    ctx.audit('interview.updated', 'interview', id, { code: row.code, fields: changed });
    if (changed.includes('notes')) {
      // Coded passages follow their text in the same transaction, or are flagged as changed.
      const { moved, changed: flagged } = reanchorPassages(ctx.db, id, next.notes, ctx);
      if (moved.length + flagged.length > 0) {
        ctx.audit('passages.reanchored', 'interview', id, { code: row.code, moved, changed: flagged });
      }
    }
    return interview;
  });
}

/** Tombstone: hidden from list and get, kept in the file (audit trail, later merges). */
export function deleteInterview(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE interviews SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    removeEntity(ctx.db, 'interview', id);
    ctx.audit('interview.deleted', 'interview', id, { code: row.code });
  });
  return { id };
}

// ---------------------------------------------------------------- reading

/** One interview with its notes and where the PII guard finds something in them. */
export function getInterview(project: ProjectFile, id: string): Interview {
  const row = project.read((db) => readRow(db, id));
  return toInterview(row.id, row.code, toFields(row, row.notes), row.created_at, row.updated_at);
}

/**
 * Code order by prefix, then number: KII-OFF-999 before KII-OFF-1000 (a plain text order puts
 * 1000 first). The same expressions are indexed by migration 0006, so a page is read in order.
 */
const CODE_ORDER = "rtrim(code, '0123456789'), length(code), code";

/** A page of summaries (no notes) in code order, and how many match in all. */
export function listInterviews(project: ProjectFile, query?: InterviewListQuery): InterviewList {
  const { category, agencyCode, limit, offset } = parseInput(interviewListSchema.unwrap(), query ?? {});
  const where = ['deleted = 0'];
  const params: Record<string, unknown> = { limit, offset };
  if (category !== undefined) {
    where.push('category = @category');
    params['category'] = category;
  }
  if (agencyCode !== undefined) {
    where.push('agency_code = @agencyCode');
    params['agencyCode'] = agencyCode;
  }
  const condition = where.join(' AND ');
  return project.read((db) => {
    const { total } = db.prepare(`SELECT count(*) AS total FROM interviews WHERE ${condition}`).get(params) as {
      total: number;
    };
    const rows = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM interviews WHERE ${condition} ORDER BY ${CODE_ORDER} LIMIT @limit OFFSET @offset`)
      .all(params) as InterviewRow[];
    return { total, items: rows.map(toSummary) };
  });
}

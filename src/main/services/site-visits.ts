import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  CHECKLIST_BY_MODE,
  CHECKLIST_COMMON,
  checklistFor,
  listPageInput,
  siteVisitCreateSchema,
  siteVisitUpdateSchema,
  type ChecklistItemKey,
  type SiteVisit,
} from '../../shared/evidence-items';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { listAttachments } from './attachments';
import {
  checkExpected,
  givenFields,
  invalid,
  isCalendarDate,
  laterThan,
  linkMissing,
  nextCounter,
  parseInput,
  sameValue,
} from './evidence-helpers';
import { indexEntity, removeEntity, siteVisitSearchText } from './search';

/**
 * Site visits to border crossing points (PRODUCT.md 4, DOMAIN.md 1.1): dates, team, a
 * checklist that depends on the crossing's mode (air / land / sea / river / rail),
 * observations and photos. Codes SV-2026-01 count per year of the visit's start and are
 * never reused; deleting leaves a tombstone. The audit trail names fields, never their text.
 */

export type { SiteVisit };
export type SiteVisitCreateInput = z.input<typeof siteVisitCreateSchema>;
export type SiteVisitUpdateInput = z.input<typeof siteVisitUpdateSchema>;
type Fields = z.output<typeof siteVisitCreateSchema>;
type FieldName = keyof Fields;
type Summary = Omit<SiteVisit, 'observations' | 'checklist' | 'attachments'> & {
  checklistDone: number;
  checklistTotal: number;
  photoCount: number;
};
type Mode = keyof typeof CHECKLIST_BY_MODE;

const FIELD_NAMES = Object.keys(siteVisitCreateSchema.shape) as FieldName[];

interface SiteVisitRow {
  id: string;
  code: string;
  crossing_point_code: string;
  start_date: string;
  end_date: string;
  team: string;
  checklist: string;
  sensitivity: Fields['sensitivity'];
  language: Fields['language'];
  reliability_source: Fields['reliability']['source'];
  reliability_information: number;
  created_at: string;
  updated_at: string;
  cp_name_en: string | null;
  cp_name_th: string | null;
  cp_mode: string | null;
  photo_count: number;
}

// `observations` is the table's last column: the list never reads its overflow pages.
const SUMMARY_COLUMNS = `v.id, v.code, v.crossing_point_code, v.start_date, v.end_date, v.team, v.checklist,
    v.sensitivity, v.language, v.reliability_source, v.reliability_information, v.created_at, v.updated_at,
    cp.name_en AS cp_name_en, cp.name_th AS cp_name_th, cp.mode AS cp_mode,
    (SELECT count(*) FROM attachments a WHERE a.owner_kind = 'site_visit' AND a.owner_id = v.id AND a.deleted = 0) AS photo_count`;
const FROM = 'FROM site_visits v LEFT JOIN crossing_points cp ON cp.code = v.crossing_point_code';

function isMode(mode: string | null): mode is Mode {
  return mode !== null && Object.hasOwn(CHECKLIST_BY_MODE, mode);
}

/** The checklist of a crossing's mode; a mode this version does not know gets the common items. */
function checklistKeys(mode: string | null): ChecklistItemKey[] {
  return isMode(mode) ? checklistFor(mode) : [...CHECKLIST_COMMON];
}

function toFields(row: SiteVisitRow, observations: string): Fields {
  return {
    crossingPointCode: row.crossing_point_code,
    startDate: row.start_date,
    endDate: row.end_date,
    team: JSON.parse(row.team) as string[],
    checklist: JSON.parse(row.checklist) as Fields['checklist'],
    observations,
    sensitivity: row.sensitivity,
    language: row.language,
    reliability: { source: row.reliability_source, information: row.reliability_information },
  };
}

function crossingPointOf(row: SiteVisitRow): SiteVisit['crossingPoint'] {
  return row.cp_mode === null ? null : { name: { en: row.cp_name_en ?? '', th: row.cp_name_th ?? '' }, mode: row.cp_mode };
}

function toSummary(row: SiteVisitRow): Summary {
  const { checklist, observations: _observations, ...fields } = toFields(row, '');
  const keys = checklistKeys(row.cp_mode);
  return {
    id: row.id,
    code: row.code,
    ...fields,
    crossingPoint: crossingPointOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // Done = an entry was recorded for the item, whatever its rating.
    checklistDone: keys.filter((key) => checklist[key] !== undefined).length,
    checklistTotal: keys.length,
    photoCount: row.photo_count,
  };
}

function readRow(db: Db, id: string): SiteVisitRow & { observations: string } {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, v.observations ${FROM} WHERE v.id = ? AND v.deleted = 0`).get(id) as
    (SiteVisitRow & { observations: string }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: 'site_visit' });
  return row;
}

function toSiteVisit(db: Db, id: string): SiteVisit {
  const row = readRow(db, id);
  return {
    id: row.id,
    code: row.code,
    ...toFields(row, row.observations),
    crossingPoint: crossingPointOf(row),
    attachments: listAttachments(db, 'site_visit', row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ---------------------------------------------------------------- checks

interface CrossingPoint {
  name_en: string;
  name_th: string;
  mode: string;
}

function readCrossingPoint(db: Db, code: string, live: boolean): CrossingPoint | null {
  const row = db
    .prepare(`SELECT name_en, name_th, mode FROM crossing_points WHERE code = ?${live ? ' AND deleted = 0' : ''}`)
    .get(code) as CrossingPoint | undefined;
  return row ?? null;
}

/**
 * The rules zod cannot see. A rule about a field runs when that field is written (all on
 * create), so a visit to a crossing point retired later can still be edited; the date order
 * always holds, on the merged record (the table CHECKs it too).
 */
function checkRules(db: Db, fields: Fields, written: ReadonlySet<FieldName>): CrossingPoint | null {
  for (const field of ['startDate', 'endDate'] as const) {
    if (written.has(field) && !isCalendarDate(fields[field])) throw invalid(field, 'invalid');
  }
  if (fields.endDate < fields.startDate) {
    throw new AppError('DATE_ORDER', undefined, { field: 'endDate', startDate: fields.startDate, endDate: fields.endDate });
  }
  const crossingPoint = readCrossingPoint(db, fields.crossingPointCode, written.has('crossingPointCode'));
  if (written.has('crossingPointCode') && crossingPoint === null) throw linkMissing('crossingPointCode', 'crossing_point');
  if (written.has('checklist') || written.has('crossingPointCode')) {
    const allowed = new Set<string>(checklistKeys(crossingPoint?.mode ?? null));
    const stray = Object.keys(fields.checklist).find((key) => !allowed.has(key));
    if (stray !== undefined) {
      throw new AppError('VALIDATION', undefined, {
        field: 'checklist',
        reason: 'mode',
        key: stray,
        issues: [{ path: ['checklist', stray], code: 'mode' }],
      });
    }
  }
  return crossingPoint;
}

/** What search finds a visit by: the same text a rebuild of the index takes from the row. */
function searchText(code: string, fields: Fields, crossingPoint: CrossingPoint | null): string {
  return siteVisitSearchText({
    code,
    crossing_name_en: crossingPoint?.name_en ?? null,
    crossing_name_th: crossingPoint?.name_th ?? null,
    observations: fields.observations,
    checklist: JSON.stringify(fields.checklist),
  });
}

function columnValues(fields: Fields): Record<string, unknown> {
  return {
    crossingPointCode: fields.crossingPointCode,
    startDate: fields.startDate,
    endDate: fields.endDate,
    team: JSON.stringify(fields.team),
    checklist: JSON.stringify(fields.checklist),
    sensitivity: fields.sensitivity,
    language: fields.language,
    reliabilitySource: fields.reliability.source,
    reliabilityInformation: fields.reliability.information,
    observations: fields.observations,
  };
}

// ---------------------------------------------------------------- writing

/** SV-2026-01: a counter per year of the visit's start, in `meta`. */
function nextCode(ctx: WriteContext, startDate: string): string {
  const year = startDate.slice(0, 4);
  return `SV-${year}-${String(nextCounter(ctx.db, `code-counter:SV-${year}`)).padStart(2, '0')}`;
}

export function createSiteVisit(project: ProjectFile, input: SiteVisitCreateInput): SiteVisit {
  const fields = parseInput(siteVisitCreateSchema, input);
  return project.write((ctx) => {
    const crossingPoint = checkRules(ctx.db, fields, new Set(FIELD_NAMES));
    const id = crypto.randomUUID();
    const code = nextCode(ctx, fields.startDate);
    ctx.db
      .prepare(
        `INSERT INTO site_visits (id, code, crossing_point_code, start_date, end_date, team, checklist, sensitivity,
          language, reliability_source, reliability_information, created_at, updated_at, updated_by, observations)
         VALUES (@id, @code, @crossingPointCode, @startDate, @endDate, @team, @checklist, @sensitivity,
          @language, @reliabilitySource, @reliabilityInformation, @now, @now, @actor, @observations)`,
      )
      .run({ id, code, now: ctx.now, actor: ctx.actor, ...columnValues(fields) });
    indexEntity(ctx.db, 'site_visit', id, searchText(code, fields, crossingPoint));
    ctx.audit('siteVisit.created', 'site_visit', id, { code, crossingPointCode: fields.crossingPointCode });
    return toSiteVisit(ctx.db, id);
  });
}

/**
 * A partial edit merged with the stored visit; `expectedUpdatedAt` guards against overwriting
 * a newer save (CONFLICT). An edit that changes nothing writes nothing. The code stays, even
 * when the start moves to another year: codes are cited in reports and never change.
 */
export function updateSiteVisit(project: ProjectFile, input: SiteVisitUpdateInput): SiteVisit {
  const { id, expectedUpdatedAt, ...patch } = parseInput(siteVisitUpdateSchema, input);
  return project.write((ctx) => {
    const row = readRow(ctx.db, id);
    checkExpected('site_visit', expectedUpdatedAt, row.updated_at);
    const current = toFields(row, row.observations);
    const next: Fields = { ...current, ...givenFields(patch) };
    const changed = FIELD_NAMES.filter((name) => !sameValue(current[name], next[name]));
    if (changed.length === 0) return toSiteVisit(ctx.db, id);

    const crossingPoint = checkRules(ctx.db, next, new Set(changed));
    const updatedAt = laterThan(ctx.now, row.updated_at);
    ctx.db
      .prepare(
        `UPDATE site_visits SET crossing_point_code = @crossingPointCode, start_date = @startDate, end_date = @endDate,
          team = @team, checklist = @checklist, sensitivity = @sensitivity, language = @language,
          reliability_source = @reliabilitySource, reliability_information = @reliabilityInformation,
          observations = @observations, updated_at = @updatedAt, updated_by = @actor
         WHERE id = @id`,
      )
      .run({ id, updatedAt, actor: ctx.actor, ...columnValues(next) });
    if (changed.some((name) => name === 'crossingPointCode' || name === 'observations' || name === 'checklist')) {
      indexEntity(ctx.db, 'site_visit', id, searchText(row.code, next, crossingPoint));
    }
    ctx.audit('siteVisit.updated', 'site_visit', id, { code: row.code, fields: changed });
    return toSiteVisit(ctx.db, id);
  });
}

/** Tombstone: hidden (with its photos) from list and get, kept in the file. */
export function deleteSiteVisit(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE site_visits SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    removeEntity(ctx.db, 'site_visit', id);
    ctx.audit('siteVisit.deleted', 'site_visit', id, { code: row.code });
  });
  return { id };
}

// ---------------------------------------------------------------- reading

export function getSiteVisit(project: ProjectFile, id: string): SiteVisit {
  return project.read((db) => toSiteVisit(db, id));
}

/** A page of summaries, newest visit first, and how many there are in all. */
export function listSiteVisits(
  project: ProjectFile,
  query?: z.input<typeof listPageInput>,
): { total: number; items: Summary[] } {
  const { limit, offset } = parseInput(listPageInput.unwrap(), query ?? {});
  return project.read((db) => {
    const { total } = db.prepare('SELECT count(*) AS total FROM site_visits WHERE deleted = 0').get() as { total: number };
    // length(code) first: SV-2026-100 comes after SV-2026-99.
    const rows = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE v.deleted = 0 ORDER BY v.start_date DESC, length(v.code), v.code LIMIT ? OFFSET ?`)
      .all(limit, offset) as SiteVisitRow[];
    return { total, items: rows.map(toSummary) };
  });
}

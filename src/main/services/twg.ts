import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  TWG_ROLES,
  twgMemberCreateSchema,
  twgMemberUpdateSchema,
  type TwgMember,
} from '../../shared/curriculum';
import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  agencyExists,
  assertCalendarDate,
  assertCurrent,
  changedFields,
  definedOnly,
  laterThan,
  missing,
  notFound,
  parseInput,
} from './records';

/**
 * TWG membership (PRODUCT.md 8): which agency holds which seat, by post and sex, never by
 * name. TWG meetings are meeting records (component 'twg'), kept by the meetings service.
 */

export type TwgMemberCreateInput = z.input<typeof twgMemberCreateSchema>;
export type TwgMemberUpdateInput = z.input<typeof twgMemberUpdateSchema>;
type Fields = z.output<typeof twgMemberCreateSchema>;

interface MemberRow {
  id: string;
  agency_code: string;
  agency_name_en: string;
  agency_name_th: string;
  agency_abbr_en: string;
  agency_abbr_th: string;
  role: TwgMember['role'];
  position_en: string;
  position_th: string;
  sex: TwgMember['sex'];
  from_date: string | null;
  to_date: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

// Chair first, then members, secretariat, observers (the order of a Thai committee list).
const ROLE_ORDER = `CASE m.role ${TWG_ROLES.map((role, index) => `WHEN '${role}' THEN ${index}`).join(' ')} END`;

const MEMBER_SELECT = /* sql */ `
  SELECT m.id, m.agency_code, a.name_en AS agency_name_en, a.name_th AS agency_name_th,
    a.abbreviation_en AS agency_abbr_en, a.abbreviation_th AS agency_abbr_th, m.role, m.position_en,
    m.position_th, m.sex, m.from_date, m.to_date, m.active, m.created_at, m.updated_at
  FROM twg_members m JOIN agencies a ON a.code = m.agency_code`;

function toMember(row: MemberRow): TwgMember {
  return {
    id: row.id,
    agencyCode: row.agency_code,
    agencyName: { en: row.agency_name_en, th: row.agency_name_th },
    agencyAbbreviation: { en: row.agency_abbr_en, th: row.agency_abbr_th },
    role: row.role,
    positionTitle: { en: row.position_en, th: row.position_th },
    sex: row.sex,
    fromDate: row.from_date,
    toDate: row.to_date,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function readRow(db: Db, id: string): MemberRow {
  const row = db.prepare(`${MEMBER_SELECT} WHERE m.id = ? AND m.deleted = 0`).get(id) as MemberRow | undefined;
  if (!row) throw notFound('twg_member');
  return row;
}

/** Live members: active first, then by role, agency and start date. */
export function listTwgMembers(project: ProjectFile): TwgMember[] {
  return project.read((db) =>
    (
      db
        .prepare(
          `${MEMBER_SELECT} WHERE m.deleted = 0
           ORDER BY m.active DESC, ${ROLE_ORDER}, m.agency_code, m.from_date, m.created_at`,
        )
        .all() as MemberRow[]
    ).map(toMember),
  );
}

function fieldsOf(row: MemberRow): Fields {
  return {
    agencyCode: row.agency_code,
    role: row.role,
    positionTitle: { en: row.position_en, th: row.position_th },
    sex: row.sex,
    fromDate: row.from_date,
    toDate: row.to_date,
    active: row.active === 1,
  };
}

function checkRules(db: Db, fields: Fields): void {
  if (!agencyExists(db, fields.agencyCode)) throw missing('agency', { code: fields.agencyCode });
  assertCalendarDate('fromDate', fields.fromDate);
  assertCalendarDate('toDate', fields.toDate);
  if (fields.fromDate !== null && fields.toDate !== null && fields.toDate < fields.fromDate) {
    throw new AppError('DATE_ORDER', undefined, { field: 'toDate' });
  }
}

function columns(fields: Fields): Record<string, unknown> {
  return {
    agencyCode: fields.agencyCode,
    role: fields.role,
    positionEn: fields.positionTitle.en,
    positionTh: fields.positionTitle.th,
    sex: fields.sex,
    fromDate: fields.fromDate,
    toDate: fields.toDate,
    active: fields.active ? 1 : 0,
  };
}

export function createTwgMemberIn(ctx: WriteContext, input: TwgMemberCreateInput): TwgMember {
  const fields = parseInput(twgMemberCreateSchema, input);
  checkRules(ctx.db, fields);
  const id = crypto.randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO twg_members (id, agency_code, role, position_en, position_th, sex, from_date, to_date, active,
         created_at, updated_at, updated_by)
       VALUES (@id, @agencyCode, @role, @positionEn, @positionTh, @sex, @fromDate, @toDate, @active, @now, @now, @actor)`,
    )
    .run({ id, ...columns(fields), now: ctx.now, actor: ctx.actor });
  // Codes and roles only: the position title is free text and stays out of the audit trail.
  ctx.audit('twg.memberCreated', 'twg_member', id, { agencyCode: fields.agencyCode, role: fields.role });
  return toMember(readRow(ctx.db, id));
}

export function createTwgMember(project: ProjectFile, input: TwgMemberCreateInput): TwgMember {
  return project.write((ctx) => createTwgMemberIn(ctx, input));
}

const FIELD_NAMES = Object.keys(twgMemberCreateSchema.shape) as (keyof Fields)[];

export function updateTwgMember(project: ProjectFile, input: TwgMemberUpdateInput): TwgMember {
  const { id, expectedUpdatedAt, ...patch } = parseInput(twgMemberUpdateSchema, input);
  return project.write((ctx) => {
    const row = readRow(ctx.db, id);
    assertCurrent('twg_member', row.updated_at, expectedUpdatedAt);
    const current = fieldsOf(row);
    const next = { ...current, ...definedOnly(patch) };
    const changed = changedFields(current, next, FIELD_NAMES);
    if (changed.length === 0) return toMember(row);
    checkRules(ctx.db, next);
    ctx.db
      .prepare(
        `UPDATE twg_members SET agency_code = @agencyCode, role = @role, position_en = @positionEn,
           position_th = @positionTh, sex = @sex, from_date = @fromDate, to_date = @toDate, active = @active,
           updated_at = @updatedAt, updated_by = @actor
         WHERE id = @id`,
      )
      .run({ id, ...columns(next), updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor });
    ctx.audit('twg.memberUpdated', 'twg_member', id, { fields: changed });
    return toMember(readRow(ctx.db, id));
  });
}

/** Tombstone: gone from the list, kept in the file. */
export function deleteTwgMember(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE twg_members SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('twg.memberDeleted', 'twg_member', id, { agencyCode: row.agency_code });
  });
  return { id };
}

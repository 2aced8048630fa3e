import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ProjectFile, WriteContext } from '../project/project-file';

export const INTERVIEW_CATEGORIES = {
  official: 'KII-OFF',
  migrant: 'KII-MIG',
  stakeholder: 'KII-STK',
  focusGroup: 'FGD',
} as const;
export type InterviewCategory = keyof typeof INTERVIEW_CATEGORIES;

export interface InterviewInput {
  category: InterviewCategory;
  agencyCode?: string | null;
  location?: string;
  month?: string | null;
  language?: 'th' | 'en' | 'my' | 'km' | 'lo' | 'other';
  notes?: string;
  sensitivity?: 'public' | 'internal' | 'restricted';
}

export interface Interview {
  id: string;
  code: string;
  category: InterviewCategory;
  agencyCode: string | null;
  location: string;
  month: string | null;
  language: string;
  notes: string;
  sensitivity: string;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, code, category, agency_code AS agencyCode, location, month, language, notes, sensitivity,
  created_at AS createdAt, updated_at AS updatedAt FROM interviews`;

/**
 * The next pseudonym code of a category: KII-OFF-017, FGD-03. The counter lives in `meta`
 * so that codes are never reused, even after a tombstone, and cost one indexed read.
 */
function nextCode(ctx: WriteContext, category: InterviewCategory): string {
  const prefix = INTERVIEW_CATEGORIES[category];
  const width = category === 'focusGroup' ? 2 : 3;
  const key = `code-counter:${prefix}`;
  const row = ctx.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  const next = Number(row?.value ?? '0') + 1;
  ctx.db
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, String(next));
  return `${prefix}-${String(next).padStart(width, '0')}`;
}

function insert(ctx: WriteContext, input: InterviewInput): Interview {
  const interview: Interview = {
    id: crypto.randomUUID(),
    code: nextCode(ctx, input.category),
    category: input.category,
    agencyCode: input.agencyCode ?? null,
    location: input.location ?? '',
    month: input.month ?? null,
    language: input.language ?? 'th',
    notes: input.notes ?? '',
    sensitivity: input.sensitivity ?? 'internal',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.db
    .prepare(
      `INSERT INTO interviews (id, code, category, agency_code, location, month, language, notes, sensitivity,
        created_at, updated_at, updated_by)
       VALUES (@id, @code, @category, @agencyCode, @location, @month, @language, @notes, @sensitivity,
        @createdAt, @updatedAt, @actor)`,
    )
    .run({ ...interview, actor: ctx.actor });
  ctx.audit('interview.created', 'interview', interview.id, { code: interview.code });
  return interview;
}

export function createInterview(project: ProjectFile, input: InterviewInput): Interview {
  return project.write((ctx) => insert(ctx, input));
}

/** Many interviews in one transaction (demo generation, import, merge). */
export function createInterviews(project: ProjectFile, inputs: readonly InterviewInput[]): Interview[] {
  return project.write((ctx) => inputs.map((input) => insert(ctx, input)));
}

export function updateInterviewNotes(project: ProjectFile, id: string, notes: string): Interview {
  project.write((ctx) => {
    const result = ctx.db
      .prepare('UPDATE interviews SET notes = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted = 0')
      .run(notes, ctx.now, ctx.actor, id);
    if (result.changes === 0) throw new AppError('NOT_FOUND');
    ctx.audit('interview.updated', 'interview', id, { fields: ['notes'] });
  });
  return getInterview(project, id);
}

export function getInterview(project: ProjectFile, id: string): Interview {
  const row = project.read((db) => db.prepare(`${SELECT} WHERE id = ? AND deleted = 0`).get(id)) as Interview | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export interface InterviewFilter {
  category?: InterviewCategory;
  agencyCode?: string;
  limit?: number;
}

export function listInterviews(project: ProjectFile, filter: InterviewFilter = {}): Interview[] {
  const where = ['deleted = 0'];
  const params: Record<string, unknown> = { limit: filter.limit ?? 100 };
  if (filter.category) {
    where.push('category = @category');
    params['category'] = filter.category;
  }
  if (filter.agencyCode) {
    where.push('agency_code = @agencyCode');
    params['agencyCode'] = filter.agencyCode;
  }
  return project.read(
    (db) => db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY code LIMIT @limit`).all(params) as Interview[],
  );
}

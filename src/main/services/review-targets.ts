import { AppError } from '../../shared/errors';
import { NARRATIVE_SECTIONS } from '../../shared/narrative';
import type { ReviewTargetType } from '../../shared/review';
import type { Db } from '../project/cipher';
import { codeOrder, notFound } from './records';

/**
 * What review needs to know of the records it is about: that they exist, their code and the
 * start of their text (for the queue), and their current version (updated_at), which a packet's
 * decision is compared with. Report sections are named by their key; their version is the later
 * of their two languages', null while never written.
 */

export interface ReviewTargetRow {
  targetType: ReviewTargetType;
  targetId: string;
  code: string;
  title: { en: string; th: string };
  updatedAt: string | null;
}

const TITLE_LENGTH = 160;

const RECORD_SQL: Record<Exclude<ReviewTargetType, 'narrative'>, string> = {
  finding: `SELECT id, code, statement_en AS en, statement_th AS th, updated_at FROM findings f WHERE deleted = 0`,
  recommendation: `SELECT id, code, text_en AS en, text_th AS th, updated_at FROM recommendations r WHERE deleted = 0`,
  action: `SELECT id, code, objective_en AS en, objective_th AS th, updated_at FROM actions a WHERE deleted = 0`,
};
const ALIAS: Record<Exclude<ReviewTargetType, 'narrative'>, string> = {
  finding: 'f',
  recommendation: 'r',
  action: 'a',
};

interface RecordRow {
  id: string;
  code: string;
  en: string;
  th: string;
  updated_at: string;
}

const short = (text: string): string => (text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text);

function toTarget(targetType: ReviewTargetType, row: RecordRow): ReviewTargetRow {
  return {
    targetType,
    targetId: row.id,
    code: row.code,
    title: { en: short(row.en), th: short(row.th) },
    updatedAt: row.updated_at,
  };
}

function narrativeVersions(db: Db): Map<string, string> {
  const rows = db
    .prepare('SELECT section, max(updated_at) AS updated_at FROM report_narratives WHERE deleted = 0 GROUP BY section')
    .all() as { section: string; updated_at: string }[];
  return new Map(rows.map((row) => [row.section, row.updated_at]));
}

/** Every record that can be reviewed, in code order per type; report sections in report order. */
export function listReviewTargets(db: Db, only?: ReviewTargetType): ReviewTargetRow[] {
  const result: ReviewTargetRow[] = [];
  for (const type of ['finding', 'recommendation', 'action'] as const) {
    if (only !== undefined && only !== type) continue;
    const rows = db.prepare(`${RECORD_SQL[type]} ORDER BY ${codeOrder(ALIAS[type])}`).all() as RecordRow[];
    result.push(...rows.map((row) => toTarget(type, row)));
  }
  if (only === undefined || only === 'narrative') {
    const versions = narrativeVersions(db);
    for (const section of NARRATIVE_SECTIONS) {
      result.push({
        targetType: 'narrative',
        targetId: section,
        code: section,
        title: { en: '', th: '' },
        updatedAt: versions.get(section) ?? null,
      });
    }
  }
  return result;
}

/** The live record, or null when it does not exist (deleted, or never in this project). */
export function findReviewTarget(db: Db, targetType: ReviewTargetType, targetId: string): ReviewTargetRow | null {
  if (targetType === 'narrative') {
    if (!(NARRATIVE_SECTIONS as readonly string[]).includes(targetId)) return null;
    return {
      targetType,
      targetId,
      code: targetId,
      title: { en: '', th: '' },
      updatedAt: narrativeVersions(db).get(targetId) ?? null,
    };
  }
  const row = db.prepare(`${RECORD_SQL[targetType]} AND id = ?`).get(targetId) as RecordRow | undefined;
  return row ? toTarget(targetType, row) : null;
}

export function requireReviewTarget(db: Db, targetType: ReviewTargetType, targetId: string): ReviewTargetRow {
  const target = findReviewTarget(db, targetType, targetId);
  if (target) return target;
  if (targetType === 'narrative')
    throw new AppError('VALIDATION', undefined, { issues: [{ path: ['targetId'], code: 'invalid_value' }] });
  throw notFound(targetType);
}

import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  passageCreateSchema,
  passageListSchema,
  type CodingTarget,
  type Passage,
} from '../../shared/evidence-items';
import { findPii } from '../../shared/pii';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { laterThan, linkMissing, nextCounter, parseInput } from './evidence-helpers';

/**
 * Passage coding (PRODUCT.md 4): a span of an interview's notes linked to an indicator or a
 * finding, so a quote becomes evidence. The span is kept as UTF-16 offsets (what the
 * browser's selection gives) plus the text it covered; when the notes are edited,
 * reanchorPassages follows the text or flags the coding for the assessor.
 * The snippet is restricted like the notes: it never enters the audit trail or the logs.
 */

export type { Passage };
export type PassageCreateInput = z.input<typeof passageCreateSchema>;
export type PassageListQuery = z.input<typeof passageListSchema>;

/** Enough to recognise a long quote; the offsets keep the whole span. */
export const MAX_SNIPPET_LENGTH = 2000;
/** Finding statements are shown cut to this many characters as a passage's target label. */
const LABEL_LENGTH = 120;

interface PassageRow {
  id: string;
  code: string;
  interview_id: string;
  interview_code: string;
  start_offset: number;
  end_offset: number;
  snippet: string;
  state: Passage['state'];
  target_type: CodingTarget;
  target_id: string;
  comment: string;
  created_at: string;
  updated_at: string;
}

interface Target {
  code: string;
  label: { en: string; th: string };
}

function cut(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1)}…`;
}

/**
 * The indicator or finding a passage points at. `live` asks for one that may still be coded
 * to: not tombstoned and, for indicators, not retired (a retired indicator is out of the
 * framework the report rates, so new evidence for it would be lost from view).
 */
function readTarget(db: Db, type: CodingTarget, id: string, live: boolean): Target | null {
  if (type === 'indicator') {
    const row = db
      .prepare(`SELECT code, text_en, text_th FROM indicators WHERE id = ?${live ? ' AND deleted = 0 AND retired = 0' : ''}`)
      .get(id) as { code: string; text_en: string; text_th: string } | undefined;
    return row ? { code: row.code, label: { en: row.text_en, th: row.text_th } } : null;
  }
  const row = db
    .prepare(`SELECT code, statement_en, statement_th FROM findings WHERE id = ?${live ? ' AND deleted = 0' : ''}`)
    .get(id) as { code: string; statement_en: string; statement_th: string } | undefined;
  return row ? { code: row.code, label: { en: cut(row.statement_en), th: cut(row.statement_th) } } : null;
}

function toPassage(db: Db, row: PassageRow): Passage {
  // The target may have been retired or tombstoned since: the passage still says what it cites.
  const target = readTarget(db, row.target_type, row.target_id, false) ?? { code: '', label: { en: '', th: '' } };
  return {
    id: row.id,
    code: row.code,
    interviewId: row.interview_id,
    interviewCode: row.interview_code,
    start: row.start_offset,
    end: row.end_offset,
    snippet: row.snippet,
    state: row.state,
    targetType: row.target_type,
    targetId: row.target_id,
    targetCode: target.code,
    targetLabel: target.label,
    comment: row.comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT_PASSAGES = `SELECT p.id, p.code, p.interview_id, i.code AS interview_code, p.start_offset, p.end_offset,
    p.snippet, p.state, p.target_type, p.target_id, p.comment, p.created_at, p.updated_at
  FROM passages p JOIN interviews i ON i.id = p.interview_id AND i.deleted = 0`;

function readPassage(db: Db, id: string): PassageRow {
  const row = db.prepare(`${SELECT_PASSAGES} WHERE p.id = ? AND p.deleted = 0`).get(id) as PassageRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: 'passage' });
  return row;
}

/** A UTF-16 offset between the two halves of a surrogate pair would cut a character in two. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function snippetOf(notes: string, start: number, end: number): string {
  return notes.slice(start, Math.min(end, start + MAX_SNIPPET_LENGTH));
}

// ---------------------------------------------------------------- writing

/**
 * Codes a span of an interview's notes. Refused, with nothing written: a span outside the
 * notes (PASSAGE_OUT_OF_RANGE), a missing, tombstoned or retired target or interview
 * (LINK_TARGET_MISSING), and a link to a finding while the notes still hold personal data
 * (PII_NOT_REDACTED: the assessor redacts first, PRODUCT.md 4).
 */
export function createPassage(project: ProjectFile, input: PassageCreateInput): Passage {
  const fields = parseInput(passageCreateSchema, input);
  return project.write((ctx) => {
    const { db } = ctx;
    const interview = db
      .prepare('SELECT code, pii_count, notes FROM interviews WHERE id = ? AND deleted = 0')
      .get(fields.interviewId) as { code: string; pii_count: number; notes: string } | undefined;
    if (!interview) throw linkMissing('interviewId', 'interview');
    const { start, end } = fields;
    const { notes } = interview;
    if (start >= end || end > notes.length || splitsCharacter(notes, start) || splitsCharacter(notes, end)) {
      throw new AppError('PASSAGE_OUT_OF_RANGE', undefined, { start, end, length: notes.length });
    }
    if (readTarget(db, fields.targetType, fields.targetId, true) === null) throw linkMissing('targetId', fields.targetType);
    const snippet = snippetOf(notes, start, end);
    if (fields.targetType === 'finding' && (interview.pii_count > 0 || findPii(notes).length > 0 || findPii(snippet).length > 0)) {
      throw new AppError('PII_NOT_REDACTED', undefined, { entity: 'interview', interviewCode: interview.code });
    }

    const id = crypto.randomUUID();
    const code = `P-${String(nextCounter(db, 'code-counter:P')).padStart(3, '0')}`;
    db.prepare(
      `INSERT INTO passages (id, code, interview_id, start_offset, end_offset, snippet, state, target_type, target_id,
        comment, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, 'current', ?, ?, ?, ?, ?, ?)`,
    ).run(id, code, fields.interviewId, start, end, snippet, fields.targetType, fields.targetId, fields.comment, ctx.now, ctx.now, ctx.actor);
    // Codes and offsets only: the quoted text is as restricted as the notes it comes from.
    ctx.audit('passage.created', 'passage', id, {
      code,
      interviewCode: interview.code,
      targetType: fields.targetType,
      targetId: fields.targetId,
    });
    return toPassage(db, readPassage(db, id));
  });
}

/** Tombstone: the coding no longer counts as evidence, the row stays (audit, merge). */
export function deletePassage(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readPassage(ctx.db, id);
    ctx.db
      .prepare('UPDATE passages SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('passage.deleted', 'passage', id, { code: row.code, interviewCode: row.interview_code });
  });
  return { id };
}

// ---------------------------------------------------------------- re-anchoring

/** The occurrence of `needle` closest to where the passage was (the earlier one on a tie). */
function nearestOccurrence(haystack: string, needle: string, near: number): number {
  let best = -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

export interface Reanchored {
  /** Codes of passages whose text was found elsewhere and followed. */
  moved: string[];
  /** Codes of passages whose text is no longer in the notes: flagged for the assessor. */
  changed: string[];
}

/**
 * Keeps an interview's codings in step with new notes, inside the interview's own update
 * transaction: a passage whose text is still where it was stays; one whose text is found
 * elsewhere follows it (the occurrence nearest its old place, state 'moved'); otherwise it is
 * flagged 'changed', its offsets kept but clamped so they stay a valid span of the new notes.
 */
export function reanchorPassages(
  db: Db,
  interviewId: string,
  newNotes: string,
  stamp: { now: string; actor: string },
): Reanchored {
  const rows = db
    .prepare(
      `SELECT id, code, start_offset, end_offset, snippet, state, updated_at FROM passages
       WHERE interview_id = ? AND deleted = 0 ORDER BY start_offset`,
    )
    .all(interviewId) as Array<Pick<PassageRow, 'id' | 'code' | 'start_offset' | 'end_offset' | 'snippet' | 'state' | 'updated_at'>>;
  const update = db.prepare(
    'UPDATE passages SET start_offset = ?, end_offset = ?, state = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  );
  const result: Reanchored = { moved: [], changed: [] };
  for (const row of rows) {
    const span = row.end_offset - row.start_offset;
    // A capped snippet is the start of the span: it must still begin the span, which must still fit.
    if (newNotes.startsWith(row.snippet, row.start_offset) && row.end_offset <= newNotes.length) continue;
    let start: number;
    let end: number;
    let state: Passage['state'];
    const found = nearestOccurrence(newNotes, row.snippet, row.start_offset);
    if (found !== -1) {
      start = found;
      end = Math.min(found + span, newNotes.length);
      state = 'moved';
      result.moved.push(row.code);
    } else {
      // The table requires end > start: notes cut to nothing keep a one-character span at 0.
      end = Math.max(1, Math.min(row.end_offset, newNotes.length));
      start = Math.min(row.start_offset, end - 1);
      state = 'changed';
      result.changed.push(row.code);
    }
    update.run(start, end, state, laterThan(stamp.now, row.updated_at), stamp.actor, row.id);
  }
  return result;
}

// ---------------------------------------------------------------- reading

/**
 * Live passages of an interview and/or citing a target, in interview and text order.
 * Passages of a tombstoned interview are not evidence any more and are left out.
 */
export function listPassages(project: ProjectFile, query?: PassageListQuery): Passage[] {
  const { interviewId, targetType, targetId } = parseInput(passageListSchema, query ?? {});
  const where = ['p.deleted = 0'];
  const params: Record<string, unknown> = {};
  if (interviewId !== undefined) {
    where.push('p.interview_id = @interviewId');
    params['interviewId'] = interviewId;
  }
  if (targetType !== undefined) {
    where.push('p.target_type = @targetType');
    params['targetType'] = targetType;
  }
  if (targetId !== undefined) {
    where.push('p.target_id = @targetId');
    params['targetId'] = targetId;
  }
  return project.read((db) => {
    const rows = db
      .prepare(`${SELECT_PASSAGES} WHERE ${where.join(' AND ')} ORDER BY i.code, p.start_offset, p.code`)
      .all(params) as PassageRow[];
    return rows.map((row) => toPassage(db, row));
  });
}

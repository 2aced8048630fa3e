import crypto from 'node:crypto';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  EMPTY_RICH_DOC,
  NARRATIVE_LANGUAGES,
  NARRATIVE_MAX_JSON,
  NARRATIVE_SECTIONS,
  narrativeSaveSchema,
  richDocSchema,
  type Narrative,
  type NarrativeLanguage,
  type NarrativeSection,
  type RichDoc,
} from '../../shared/narrative';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { laterThan, parseInput } from './evidence-helpers';
import { reopenAfterEdit } from './review';

/**
 * The report's narrative sections (issue 4): one live row per section and language holding
 * the editor's document JSON. The text is never logged nor put in the audit trail — it may
 * paraphrase what interviewees said — only which section and language changed.
 */

interface NarrativeRow {
  id: string;
  section: string;
  language: string;
  content: string;
  updated_at: string;
}

function liveRows(db: Db): Map<string, NarrativeRow> {
  const rows = db
    .prepare('SELECT id, section, language, content, updated_at FROM report_narratives WHERE deleted = 0')
    .all() as NarrativeRow[];
  return new Map(rows.map((row) => [`${row.section}:${row.language}`, row]));
}

function liveRow(db: Db, section: NarrativeSection, language: NarrativeLanguage): NarrativeRow | undefined {
  return db
    .prepare(
      'SELECT id, section, language, content, updated_at FROM report_narratives WHERE section = ? AND language = ? AND deleted = 0',
    )
    .get(section, language) as NarrativeRow | undefined;
}

/**
 * Stored content is checked again on every read: a file edited by an older or foreign tool
 * must not hand the export a node it cannot write. The error names the section so the
 * manager knows which text to open.
 */
function parseStored(row: NarrativeRow): RichDoc {
  let json: unknown;
  try {
    json = JSON.parse(row.content);
  } catch {
    json = null;
  }
  const parsed = richDocSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('VALIDATION', undefined, {
      field: 'content',
      section: row.section,
      language: row.language,
      issues: parsed.error.issues.map((issue) => ({ path: ['content', ...issue.path.map(String)], code: issue.code })),
    });
  }
  return parsed.data;
}

/** Every section x language pair in section order; never-saved ones come back empty. */
export function listNarratives(project: ProjectFile): ChannelOutput<'narrative.list'> {
  return project.read((db) => {
    const rows = liveRows(db);
    const result: Narrative[] = [];
    for (const section of NARRATIVE_SECTIONS) {
      for (const language of NARRATIVE_LANGUAGES) {
        const row = rows.get(`${section}:${language}`);
        result.push(
          row
            ? { section, language, content: parseStored(row), updatedAt: row.updated_at }
            : { section, language, content: structuredClone(EMPTY_RICH_DOC), updatedAt: null },
        );
      }
    }
    return result;
  });
}

/**
 * Saves one section in one language. `expectedUpdatedAt` is the version the editor loaded:
 * if another window saved in between, CONFLICT, and nothing is overwritten.
 */
export function saveNarrative(
  project: ProjectFile,
  input: ChannelInput<'narrative.save'>,
): ChannelOutput<'narrative.save'> {
  const { section, language, content, expectedUpdatedAt } = parseInput(narrativeSaveSchema, input);
  const json = JSON.stringify(content);
  if (json.length > NARRATIVE_MAX_JSON) {
    throw new AppError('TEXT_TOO_LONG', undefined, { field: 'content', section, max: NARRATIVE_MAX_JSON });
  }
  return project.write((ctx) => {
    const row = liveRow(ctx.db, section, language);
    const stored = row?.updated_at ?? null;
    if (expectedUpdatedAt !== stored) {
      throw new AppError('CONFLICT', undefined, { entity: 'narrative', section, language, updatedAt: stored });
    }
    let id: string;
    let updatedAt: string;
    if (row) {
      id = row.id;
      updatedAt = laterThan(ctx.now, row.updated_at);
      ctx.db
        .prepare('UPDATE report_narratives SET content = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(json, updatedAt, ctx.actor, id);
    } else {
      id = crypto.randomUUID();
      updatedAt = ctx.now;
      ctx.db
        .prepare(
          `INSERT INTO report_narratives (id, section, language, content, created_at, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, section, language, json, ctx.now, updatedAt, ctx.actor);
    }
    // Saving the same text again (an autosave after undo) does not undo an approval.
    if (row?.content !== json) reopenAfterEdit(ctx, 'narrative', section);
    ctx.audit('narrative.saved', 'narrative', id, { section, language });
    return { section, language, content, updatedAt };
  });
}

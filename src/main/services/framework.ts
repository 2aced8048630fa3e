import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type {
  FrameworkTree,
  ProjectIndicator,
  Scale,
  indicatorCreateSchema,
  indicatorRetireSchema,
  indicatorUpdateSchema,
} from '../../shared/framework';
import { EVIDENCE_TYPES, INDICATOR_SCOPES } from '../../shared/reference/vocabulary';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import { indexEntity, indicatorSearchText } from './search';
import { TEMPLATE_HASH_KEY, TEMPLATE_VERSION_KEY } from './seed-reference';

/**
 * The project's copy of the assessment framework (PRODUCT.md 3): areas -> sub-areas ->
 * indicators, seeded from the default template by migration 0003 and editable here. An
 * indicator is never deleted once it exists (ratings and findings will cite its code): it is
 * retired, which is reversible, and its code is never given to another indicator.
 */

export type IndicatorCreateInput = z.output<typeof indicatorCreateSchema>;
export type IndicatorUpdateInput = z.output<typeof indicatorUpdateSchema>;
export type IndicatorRetireInput = z.output<typeof indicatorRetireSchema>;

type Localized = { en: string; th: string };
type Rubric = NonNullable<ProjectIndicator['rubric']>;

interface IndicatorRow {
  id: string;
  code: string;
  subarea_code: string;
  text_en: string;
  text_th: string;
  guidance_en: string;
  guidance_th: string;
  scale: string;
  rubric: string | null;
  expected_evidence: string;
  scope: string;
  origin: 'template' | 'project';
  retired: number;
  updated_at: string;
}

const INDICATOR_COLUMNS = `id, code, subarea_code, text_en, text_th, guidance_en, guidance_th, scale, rubric,
  expected_evidence, scope, origin, retired, updated_at`;

function toIndicator(row: IndicatorRow): ProjectIndicator {
  return {
    id: row.id,
    code: row.code,
    subAreaCode: row.subarea_code,
    text: { en: row.text_en, th: row.text_th },
    guidance: { en: row.guidance_en, th: row.guidance_th },
    scale: row.scale,
    rubric: row.rubric === null ? null : (JSON.parse(row.rubric) as Rubric),
    expectedEvidence: JSON.parse(row.expected_evidence) as ProjectIndicator['expectedEvidence'],
    scope: JSON.parse(row.scope) as ProjectIndicator['scope'],
    origin: row.origin,
    retired: row.retired === 1,
    updatedAt: row.updated_at,
  };
}

// ---------------------------------------------------------------- reading

interface ScaleRow {
  code: string;
  name_en: string;
  name_th: string;
  levels: string;
}

function readScales(db: Db): Scale[] {
  const rows = db
    .prepare('SELECT code, name_en, name_th, levels FROM scales WHERE deleted = 0 ORDER BY sort_order, code')
    .all() as ScaleRow[];
  return rows.map((row) => ({
    id: row.code,
    name: { en: row.name_en, th: row.name_th },
    levels: JSON.parse(row.levels) as Scale['levels'],
  }));
}

function metaValue(db: Db, key: string): string {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? '';
}

export function getFrameworkTree(project: ProjectFile, options: { includeRetired?: boolean } = {}): FrameworkTree {
  const includeRetired = options.includeRetired ?? true;
  return project.read((db) => {
    const areas = db
      .prepare(
        'SELECT code, name_en, name_th, description_en, description_th FROM framework_areas WHERE deleted = 0 ORDER BY sort_order, code',
      )
      .all() as { code: string; name_en: string; name_th: string; description_en: string; description_th: string }[];
    const subAreas = db
      .prepare(
        'SELECT code, area_code, name_en, name_th FROM framework_subareas WHERE deleted = 0 ORDER BY sort_order, code',
      )
      .all() as { code: string; area_code: string; name_en: string; name_th: string }[];
    const indicators = db
      .prepare(
        `SELECT ${INDICATOR_COLUMNS} FROM indicators WHERE deleted = 0 ${includeRetired ? '' : 'AND retired = 0'}
         ORDER BY sort_order, code`,
      )
      .all() as IndicatorRow[];

    const bySubArea = new Map<string, ProjectIndicator[]>();
    for (const row of indicators) {
      const list = bySubArea.get(row.subarea_code) ?? [];
      list.push(toIndicator(row));
      bySubArea.set(row.subarea_code, list);
    }
    return {
      templateVersion: metaValue(db, TEMPLATE_VERSION_KEY),
      templateHash: metaValue(db, TEMPLATE_HASH_KEY),
      scales: readScales(db),
      areas: areas.map((area) => ({
        code: area.code,
        name: { en: area.name_en, th: area.name_th },
        description: { en: area.description_en, th: area.description_th },
        subAreas: subAreas
          .filter((subArea) => subArea.area_code === area.code)
          .map((subArea) => ({
            code: subArea.code,
            name: { en: subArea.name_en, th: subArea.name_th },
            indicators: bySubArea.get(subArea.code) ?? [],
          })),
      })),
    };
  });
}

function readIndicator(db: Db, id: string): IndicatorRow {
  const row = db.prepare(`SELECT ${INDICATOR_COLUMNS} FROM indicators WHERE id = ? AND deleted = 0`).get(id) as
    IndicatorRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: 'indicator' });
  return row;
}

export function getIndicator(project: ProjectFile, id: string): ProjectIndicator {
  return project.read((db) => toIndicator(readIndicator(db, id)));
}

// ---------------------------------------------------------------- checks

/** A refusal the form can attach to one field; `reason` is a code, never the user's text. */
function invalid(field: string, reason: string): AppError {
  return new AppError('VALIDATION', undefined, { field, reason });
}

function scaleLevels(db: Db, scale: string): number[] {
  const row = db.prepare('SELECT levels FROM scales WHERE code = ? AND deleted = 0').get(scale) as
    { levels: string } | undefined;
  if (!row) throw invalid('scale', 'unknown_scale');
  return (JSON.parse(row.levels) as { value: number }[]).map((level) => level.value);
}

/** A rubric describes each level of the indicator's scale exactly once; stored in level order. */
function checkedRubric(rubric: Rubric | null, levels: readonly number[]): Rubric | null {
  if (rubric === null) return null;
  const values = rubric.map((level) => level.value);
  const sameLevels =
    new Set(values).size === values.length &&
    values.length === levels.length &&
    values.every((value) => levels.includes(value));
  if (!sameLevels) throw invalid('rubric', 'rubric_levels_do_not_match_scale');
  return [...rubric]
    .sort((a, b) => a.value - b.value)
    .map((level) => ({ value: level.value, descriptor: trimmed(level.descriptor) }));
}

function trimmed(value: Localized): Localized {
  return { en: value.en.trim(), th: value.th.trim() };
}

function checkedText(value: Localized): Localized {
  const text = trimmed(value);
  if (text.en === '' && text.th === '') throw invalid('text', 'empty_in_both_languages');
  return text;
}

/** Duplicates removed, in the vocabulary's order, so equal selections are stored equally. */
function inVocabularyOrder<T extends string>(values: readonly T[], vocabulary: readonly T[]): T[] {
  return vocabulary.filter((value) => values.includes(value));
}

// ---------------------------------------------------------------- writing

/** Highest number ever used in the sub-area (retired and tombstoned rows included) plus one. */
function nextCode(db: Db, subAreaCode: string): string {
  const codes = db.prepare('SELECT code FROM indicators WHERE subarea_code = ?').all(subAreaCode) as { code: string }[];
  const highest = codes.reduce((max, { code }) => Math.max(max, Number(code.split('.')[1] ?? 0) || 0), 0);
  // Indicator codes have at most two digits after the dot (C4.99), see indicatorCode.
  if (highest >= 99) throw invalid('subAreaCode', 'no_free_code');
  return `${subAreaCode}.${highest + 1}`;
}

function assertSubArea(db: Db, code: string): void {
  const row = db.prepare('SELECT 1 FROM framework_subareas WHERE code = ? AND deleted = 0').get(code);
  if (!row) throw invalid('subAreaCode', 'unknown_sub_area');
}

export function createIndicator(project: ProjectFile, input: IndicatorCreateInput): ProjectIndicator {
  return project.write((ctx) => {
    const { db } = ctx;
    assertSubArea(db, input.subAreaCode);
    const text = checkedText(input.text);
    const rubric = checkedRubric(input.rubric, scaleLevels(db, input.scale));
    const scope = inVocabularyOrder(input.scope, INDICATOR_SCOPES);
    if (scope.length === 0) throw invalid('scope', 'empty');
    const code = nextCode(db, input.subAreaCode);
    const id = crypto.randomUUID();
    const sortOrder = (
      db
        .prepare('SELECT coalesce(max(sort_order), 0) + 1 AS next FROM indicators WHERE subarea_code = ?')
        .get(input.subAreaCode) as { next: number }
    ).next;
    const guidance = trimmed(input.guidance);
    db.prepare(
      `INSERT INTO indicators (id, code, subarea_code, text_en, text_th, guidance_en, guidance_th, scale, rubric,
         expected_evidence, scope, origin, retired, sort_order, created_at, updated_at, updated_by)
       VALUES (@id, @code, @subAreaCode, @textEn, @textTh, @guidanceEn, @guidanceTh, @scale, @rubric,
         @expectedEvidence, @scope, 'project', 0, @sortOrder, @now, @now, @actor)`,
    ).run({
      id,
      code,
      subAreaCode: input.subAreaCode,
      textEn: text.en,
      textTh: text.th,
      guidanceEn: guidance.en,
      guidanceTh: guidance.th,
      scale: input.scale,
      rubric: rubric === null ? null : JSON.stringify(rubric),
      expectedEvidence: JSON.stringify(inVocabularyOrder(input.expectedEvidence, EVIDENCE_TYPES)),
      scope: JSON.stringify(scope),
      sortOrder,
      now: ctx.now,
      actor: ctx.actor,
    });
    ctx.audit('indicator.created', 'indicator', id, { code });
    const created = readIndicator(db, id);
    indexEntity(db, 'indicator', id, indicatorSearchText(created));
    return toIndicator(created);
  });
}

type Column =
  'text_en' | 'text_th' | 'guidance_en' | 'guidance_th' | 'scale' | 'rubric' | 'expected_evidence' | 'scope';

/** The new column values of an update, checked against the row it changes. */
function updatedColumns(
  db: Db,
  current: IndicatorRow,
  input: IndicatorUpdateInput,
): Partial<Record<Column, string | null>> {
  const columns: Partial<Record<Column, string | null>> = {};
  if (input.text) {
    const text = checkedText(input.text);
    columns.text_en = text.en;
    columns.text_th = text.th;
  }
  if (input.guidance) {
    const guidance = trimmed(input.guidance);
    columns.guidance_en = guidance.en;
    columns.guidance_th = guidance.th;
  }
  const scale = input.scale ?? current.scale;
  const levels = scaleLevels(db, scale);
  if (input.scale !== undefined) columns.scale = input.scale;
  // A new scale must still fit the rubric kept from before, unless the update replaces it.
  const rubric =
    input.rubric !== undefined ? input.rubric : current.rubric === null ? null : (JSON.parse(current.rubric) as Rubric);
  const checked = checkedRubric(rubric, levels);
  if (input.rubric !== undefined) columns.rubric = checked === null ? null : JSON.stringify(checked);
  if (input.expectedEvidence)
    columns.expected_evidence = JSON.stringify(inVocabularyOrder(input.expectedEvidence, EVIDENCE_TYPES));
  if (input.scope) {
    const scope = inVocabularyOrder(input.scope, INDICATOR_SCOPES);
    if (scope.length === 0) throw invalid('scope', 'empty');
    columns.scope = JSON.stringify(scope);
  }
  return columns;
}

/** Column -> the API field name the audit trail records. */
const FIELD_OF: Record<Column, string> = {
  text_en: 'text',
  text_th: 'text',
  guidance_en: 'guidance',
  guidance_th: 'guidance',
  scale: 'scale',
  rubric: 'rubric',
  expected_evidence: 'expectedEvidence',
  scope: 'scope',
};

/** Partial update; only fields whose value really changes are written and named in the audit event. */
export function updateIndicator(project: ProjectFile, input: IndicatorUpdateInput): ProjectIndicator {
  return project.write((ctx) => {
    const current = readIndicator(ctx.db, input.id);
    const columns = updatedColumns(ctx.db, current, input);
    const changed = (Object.keys(columns) as Column[]).filter((column) => columns[column] !== current[column]);
    if (changed.length === 0) return toIndicator(current);
    const assignments = changed.map((column) => `${column} = @${column}`).join(', ');
    ctx.db
      .prepare(`UPDATE indicators SET ${assignments}, updated_at = @now, updated_by = @actor WHERE id = @id`)
      .run({
        ...Object.fromEntries(changed.map((column) => [column, columns[column]])),
        now: ctx.now,
        actor: ctx.actor,
        id: current.id,
      });
    const fields = [...new Set(changed.map((column) => FIELD_OF[column]))];
    ctx.audit('indicator.updated', 'indicator', current.id, { code: current.code, fields });
    const updated = readIndicator(ctx.db, current.id);
    // Retiring keeps an indicator in the index (it is still part of the framework).
    if (fields.includes('text') || fields.includes('guidance')) indexEntity(ctx.db, 'indicator', current.id, indicatorSearchText(updated));
    return toIndicator(updated);
  });
}

/** Retires (or brings back) an indicator; it stays in the tree, flagged, and keeps its code. */
export function retireIndicator(project: ProjectFile, input: IndicatorRetireInput): ProjectIndicator {
  return project.write((ctx: WriteContext) => {
    const current = readIndicator(ctx.db, input.id);
    if ((current.retired === 1) === input.retired) return toIndicator(current);
    ctx.db
      .prepare('UPDATE indicators SET retired = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(input.retired ? 1 : 0, ctx.now, ctx.actor, current.id);
    ctx.audit(input.retired ? 'indicator.retired' : 'indicator.unretired', 'indicator', current.id, {
      code: current.code,
    });
    return toIndicator(readIndicator(ctx.db, current.id));
  });
}

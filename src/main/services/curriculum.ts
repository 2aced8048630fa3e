import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  curriculumSaveSchema,
  moduleCreateSchema,
  moduleUpdateSchema,
  type CitedFinding,
  type Curriculum,
  type CurriculumHeader,
  type CurriculumModule,
  type LearningOutcome,
  type TeachingMethod,
} from '../../shared/curriculum';
import { AppError } from '../../shared/errors';
import type { Db } from '../project/cipher';
import type { ProjectFile, WriteContext } from '../project/project-file';
import {
  agencyExists,
  assertCurrent,
  changedFields,
  definedOnly,
  idList,
  laterThan,
  missing,
  notFound,
  parseInput,
} from './records';

/**
 * The curriculum (PRODUCT.md 8, DOMAIN.md 4.1): modules with their learning outcomes, each
 * citing the training-addressable findings it answers. Coverage and traceability are read
 * in curriculum-coverage.ts; the Word curriculum reads only through these two files.
 */

export type ModuleCreateInput = z.input<typeof moduleCreateSchema>;
export type ModuleUpdateInput = z.input<typeof moduleUpdateSchema>;
export type CurriculumSaveInput = z.input<typeof curriculumSaveSchema>;
type Fields = z.output<typeof moduleCreateSchema>;

interface ModuleRow {
  id: string;
  code: string;
  title_en: string;
  title_th: string;
  audience_en: string;
  audience_th: string;
  hours: number;
  methods: string;
  materials_en: string;
  materials_th: string;
  assessment_en: string;
  assessment_th: string;
  trainer_profile_en: string;
  trainer_profile_th: string;
  lead_agency_code: string | null;
  outline_en: string;
  outline_th: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

/** Curriculum order: the order field, then the code (M2 before M10). */
export const MODULE_ORDER = 'm.sort_order, length(m.code), m.code';

const pair = (en: string, th: string): { en: string; th: string } => ({ en, th });

// ---------------------------------------------------------------- reading

function readOutcomes(db: Db, ids: readonly string[]): Map<string, LearningOutcome[]> {
  const rows = db
    .prepare(
      `SELECT module_id, code, text_en, text_th, bloom_level FROM module_outcomes
       WHERE module_id IN (SELECT value FROM json_each(?)) ORDER BY module_id, position`,
    )
    .all(idList(ids)) as {
    module_id: string;
    code: string;
    text_en: string;
    text_th: string;
    bloom_level: LearningOutcome['bloomLevel'];
  }[];
  const byModule = new Map<string, LearningOutcome[]>();
  for (const row of rows) {
    const list = byModule.get(row.module_id) ?? [];
    list.push({ code: row.code, text: pair(row.text_en, row.text_th), bloomLevel: row.bloom_level });
    byModule.set(row.module_id, list);
  }
  return byModule;
}

function readCited(db: Db, ids: readonly string[]): Map<string, CitedFinding[]> {
  const rows = db
    .prepare(
      `SELECT mf.module_id, f.id, f.code, sa.area_code, f.subarea_code, f.statement_en, f.statement_th,
         f.training_addressable, f.deleted
       FROM module_findings mf JOIN findings f ON f.id = mf.finding_id
       JOIN framework_subareas sa ON sa.code = f.subarea_code
       WHERE mf.module_id IN (SELECT value FROM json_each(?))
       ORDER BY mf.module_id, f.subarea_code, length(f.code), f.code`,
    )
    .all(idList(ids)) as {
    module_id: string;
    id: string;
    code: string;
    area_code: string;
    subarea_code: string;
    statement_en: string;
    statement_th: string;
    training_addressable: number;
    deleted: number;
  }[];
  const byModule = new Map<string, CitedFinding[]>();
  for (const row of rows) {
    const list = byModule.get(row.module_id) ?? [];
    list.push({
      id: row.id,
      code: row.code,
      areaCode: row.area_code,
      subAreaCode: row.subarea_code,
      statement: pair(row.statement_en, row.statement_th),
      trainingAddressable: row.training_addressable === 1,
      deleted: row.deleted === 1,
    });
    byModule.set(row.module_id, list);
  }
  return byModule;
}

function toModules(db: Db, rows: readonly ModuleRow[]): CurriculumModule[] {
  const ids = rows.map((row) => row.id);
  const outcomes = readOutcomes(db, ids);
  const cited = readCited(db, ids);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: pair(row.title_en, row.title_th),
    audience: pair(row.audience_en, row.audience_th),
    hours: row.hours,
    methods: JSON.parse(row.methods) as TeachingMethod[],
    materials: pair(row.materials_en, row.materials_th),
    assessment: pair(row.assessment_en, row.assessment_th),
    trainerProfile: pair(row.trainer_profile_en, row.trainer_profile_th),
    leadAgencyCode: row.lead_agency_code,
    outline: pair(row.outline_en, row.outline_th),
    order: row.sort_order,
    outcomes: outcomes.get(row.id) ?? [],
    findings: cited.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

function readRow(db: Db, id: string): ModuleRow {
  const row = db.prepare('SELECT * FROM curriculum_modules m WHERE m.id = ? AND m.deleted = 0').get(id) as
    ModuleRow | undefined;
  if (!row) throw notFound('module');
  return row;
}

function readModule(db: Db, id: string): CurriculumModule {
  const [module] = toModules(db, [readRow(db, id)]);
  if (!module) throw notFound('module');
  return module;
}

export function readHeader(db: Db): CurriculumHeader | null {
  const row = db
    .prepare("SELECT title_en, title_th, version, updated_at FROM curriculum WHERE id = 'curriculum' AND deleted = 0")
    .get() as { title_en: string; title_th: string; version: string; updated_at: string } | undefined;
  return row ? { title: pair(row.title_en, row.title_th), version: row.version, updatedAt: row.updated_at } : null;
}

/** Live modules in curriculum order, inside a read the caller holds (coverage, exports). */
export function readModules(db: Db): CurriculumModule[] {
  const rows = db
    .prepare(`SELECT * FROM curriculum_modules m WHERE m.deleted = 0 ORDER BY ${MODULE_ORDER}`)
    .all() as ModuleRow[];
  return toModules(db, rows);
}

export function getCurriculum(project: ProjectFile): Curriculum {
  return project.read((db) => {
    const modules = readModules(db);
    const totalHours = modules.reduce((sum, module) => sum + module.hours, 0);
    return { header: readHeader(db), modules, totalHours };
  });
}

export function getModule(project: ProjectFile, id: string): CurriculumModule {
  return project.read((db) => readModule(db, id));
}

// ---------------------------------------------------------------- heading

export function saveCurriculumHeader(project: ProjectFile, input: CurriculumSaveInput): CurriculumHeader {
  const { title, version, expectedUpdatedAt } = parseInput(curriculumSaveSchema, input);
  return project.write((ctx) => {
    const stored = readHeader(ctx.db);
    if (stored) assertCurrent('curriculum', stored.updatedAt, expectedUpdatedAt);
    const updatedAt = stored ? laterThan(ctx.now, stored.updatedAt) : ctx.now;
    ctx.db
      .prepare(
        `INSERT INTO curriculum (id, title_en, title_th, version, created_at, updated_at, updated_by)
         VALUES ('curriculum', @en, @th, @version, @now, @updatedAt, @actor)
         ON CONFLICT (id) DO UPDATE SET title_en = @en, title_th = @th, version = @version,
           updated_at = @updatedAt, updated_by = @actor`,
      )
      .run({ en: title.en, th: title.th, version, now: ctx.now, updatedAt, actor: ctx.actor });
    ctx.audit('curriculum.saved', 'curriculum', 'curriculum', { fields: ['title', 'version'] });
    const header = readHeader(ctx.db);
    if (!header) throw notFound('curriculum');
    return header;
  });
}

// ---------------------------------------------------------------- modules

function assertCodeFree(db: Db, code: string, exceptId: string | null): void {
  const other = db
    .prepare('SELECT id FROM curriculum_modules WHERE code = ? AND deleted = 0 AND id IS NOT ?')
    .get(code, exceptId) as { id: string } | undefined;
  if (other) throw new AppError('DUPLICATE', undefined, { entity: 'module', field: 'code', code, id: other.id });
}

/**
 * Findings newly cited must be live and flagged training-addressable: a gap in law, equipment
 * or budget is not answered by a module (DOMAIN.md 4.1). Links kept from before are left as
 * they are, even if their finding was deleted or unflagged since (shown as such).
 */
function assertCitable(db: Db, findingIds: readonly string[]): void {
  for (const id of findingIds) {
    const row = db.prepare('SELECT code, training_addressable FROM findings WHERE id = ? AND deleted = 0').get(id) as
      { code: string; training_addressable: number } | undefined;
    if (!row) throw missing('finding', { id });
    if (row.training_addressable !== 1) {
      throw new AppError('NOT_TRAINING_ADDRESSABLE', undefined, { field: 'findingIds', id, code: row.code });
    }
  }
}

function checkRules(db: Db, fields: Fields, written: ReadonlySet<keyof Fields>, id: string | null, kept: string[]): void {
  if (written.has('code')) assertCodeFree(db, fields.code, id);
  if (written.has('leadAgencyCode') && fields.leadAgencyCode !== null && !agencyExists(db, fields.leadAgencyCode)) {
    throw missing('agency', { code: fields.leadAgencyCode });
  }
  if (written.has('outcomes')) {
    const codes = fields.outcomes.map((outcome) => outcome.code);
    const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
    if (repeated !== undefined) {
      throw new AppError('DUPLICATE', undefined, { entity: 'outcome', field: 'outcomes', code: repeated });
    }
  }
  if (written.has('findingIds')) assertCitable(db, fields.findingIds.filter((findingId) => !kept.includes(findingId)));
}

function normalise(fields: Fields): Fields {
  return { ...fields, methods: [...new Set(fields.methods)], findingIds: [...new Set(fields.findingIds)].sort() };
}

function columns(fields: Fields): Record<string, unknown> {
  return {
    code: fields.code,
    titleEn: fields.title.en,
    titleTh: fields.title.th,
    audienceEn: fields.audience.en,
    audienceTh: fields.audience.th,
    hours: fields.hours,
    methods: JSON.stringify(fields.methods),
    materialsEn: fields.materials.en,
    materialsTh: fields.materials.th,
    assessmentEn: fields.assessment.en,
    assessmentTh: fields.assessment.th,
    trainerEn: fields.trainerProfile.en,
    trainerTh: fields.trainerProfile.th,
    leadAgencyCode: fields.leadAgencyCode,
    outlineEn: fields.outline.en,
    outlineTh: fields.outline.th,
    sortOrder: fields.order,
  };
}

function writeChildren(db: Db, id: string, fields: Fields, written: ReadonlySet<keyof Fields>): void {
  if (written.has('outcomes')) {
    db.prepare('DELETE FROM module_outcomes WHERE module_id = ?').run(id);
    const insert = db.prepare(
      'INSERT INTO module_outcomes (module_id, position, code, text_en, text_th, bloom_level) VALUES (?, ?, ?, ?, ?, ?)',
    );
    fields.outcomes.forEach((outcome, position) =>
      insert.run(id, position, outcome.code, outcome.text.en, outcome.text.th, outcome.bloomLevel),
    );
  }
  if (written.has('findingIds')) {
    db.prepare('DELETE FROM module_findings WHERE module_id = ?').run(id);
    const insert = db.prepare('INSERT INTO module_findings (module_id, finding_id) VALUES (?, ?)');
    for (const findingId of fields.findingIds) insert.run(id, findingId);
  }
}

const FIELD_NAMES = Object.keys(moduleCreateSchema.shape) as (keyof Fields)[];

export function createModuleIn(ctx: WriteContext, input: ModuleCreateInput): CurriculumModule {
  const fields = normalise(parseInput(moduleCreateSchema, input));
  const { db } = ctx;
  checkRules(db, fields, new Set(FIELD_NAMES), null, []);
  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO curriculum_modules (id, code, title_en, title_th, audience_en, audience_th, hours, methods,
       materials_en, materials_th, assessment_en, assessment_th, trainer_profile_en, trainer_profile_th,
       lead_agency_code, outline_en, outline_th, sort_order, created_at, updated_at, updated_by)
     VALUES (@id, @code, @titleEn, @titleTh, @audienceEn, @audienceTh, @hours, @methods,
       @materialsEn, @materialsTh, @assessmentEn, @assessmentTh, @trainerEn, @trainerTh,
       @leadAgencyCode, @outlineEn, @outlineTh, @sortOrder, @now, @now, @actor)`,
  ).run({ id, ...columns(fields), now: ctx.now, actor: ctx.actor });
  writeChildren(db, id, fields, new Set(FIELD_NAMES));
  ctx.audit('curriculum.moduleCreated', 'module', id, { code: fields.code, findings: fields.findingIds.length });
  return readModule(db, id);
}

export function createModule(project: ProjectFile, input: ModuleCreateInput): CurriculumModule {
  return project.write((ctx) => createModuleIn(ctx, input));
}

function storedFields(db: Db, row: ModuleRow): Fields {
  const [module] = toModules(db, [row]);
  if (!module) throw notFound('module');
  return {
    code: module.code,
    title: module.title,
    audience: module.audience,
    hours: module.hours,
    methods: module.methods,
    materials: module.materials,
    assessment: module.assessment,
    trainerProfile: module.trainerProfile,
    leadAgencyCode: module.leadAgencyCode,
    outline: module.outline,
    order: module.order,
    outcomes: module.outcomes,
    findingIds: module.findings.map((finding) => finding.id).sort(),
  };
}

/** A partial edit; a refused edit (duplicate code, non-training finding) leaves the module as it was. */
export function updateModule(project: ProjectFile, input: ModuleUpdateInput): CurriculumModule {
  const { id, expectedUpdatedAt, ...patch } = parseInput(moduleUpdateSchema, input);
  return project.write((ctx) => {
    const { db } = ctx;
    const row = readRow(db, id);
    assertCurrent('module', row.updated_at, expectedUpdatedAt);
    const current = storedFields(db, row);
    const next = normalise({ ...current, ...definedOnly(patch) });
    const changed = changedFields(current, next, FIELD_NAMES) as (keyof Fields)[];
    if (changed.length === 0) return readModule(db, id);
    const written = new Set(changed);
    checkRules(db, next, written, id, current.findingIds);
    db.prepare(
      `UPDATE curriculum_modules SET code = @code, title_en = @titleEn, title_th = @titleTh,
         audience_en = @audienceEn, audience_th = @audienceTh, hours = @hours, methods = @methods,
         materials_en = @materialsEn, materials_th = @materialsTh, assessment_en = @assessmentEn,
         assessment_th = @assessmentTh, trainer_profile_en = @trainerEn, trainer_profile_th = @trainerTh,
         lead_agency_code = @leadAgencyCode, outline_en = @outlineEn, outline_th = @outlineTh,
         sort_order = @sortOrder, updated_at = @updatedAt, updated_by = @actor
       WHERE id = @id`,
    ).run({ id, ...columns(next), updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor });
    writeChildren(db, id, next, written);
    ctx.audit('curriculum.moduleUpdated', 'module', id, { code: next.code, fields: changed });
    return readModule(db, id);
  });
}

/** Tombstone: the module leaves the curriculum and its findings count as gaps again. */
export function deleteModule(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE curriculum_modules SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    ctx.audit('curriculum.moduleDeleted', 'module', id, { code: row.code });
  });
  return { id };
}

import crypto from 'node:crypto';
// The shipped reference data is imported, not read from disk: electron-vite and esbuild bundle
// the JSON into the app and the CLI, so a project can be created wherever the app runs.
import agenciesJson from '../../../resources/reference/agencies.json';
import crossingPointsJson from '../../../resources/reference/crossing-points.json';
import frameworkJson from '../../../resources/reference/framework-default.json';
import legalInstrumentsJson from '../../../resources/reference/legal-instruments.json';
import provincesJson from '../../../resources/reference/provinces.json';
import { canonicalJson } from '../../shared/reference/canonical';
import { referenceFileSchemas, type ReferenceData, type ReferenceFileKey } from '../../shared/reference/schemas';
import { validateReferenceData } from '../../shared/reference/validate';
import { logger } from '../logger';
import { appendAuditEvent } from '../project/audit';
import type { Db } from '../project/cipher';

/**
 * Copies the default framework template and the reference data into a project (migration
 * 0003). Runs inside the migration's transaction: either everything is copied, with one
 * audit event, or nothing is. The rows are written in the format-3 table shape; a later
 * migration that changes these tables transforms them like any other rows.
 */

export const TEMPLATE_VERSION_KEY = 'framework_template_version';
export const TEMPLATE_HASH_KEY = 'framework_template_hash';
export const REFERENCE_VERSIONS_KEY = 'reference_versions';

/** Seeded rows are written by the app itself, not by the person who opened the file. */
export const SYSTEM_ACTOR = 'system';

const SHIPPED: Record<ReferenceFileKey, unknown> = {
  framework: frameworkJson,
  agencies: agenciesJson,
  crossingPoints: crossingPointsJson,
  provinces: provincesJson,
  legalInstruments: legalInstrumentsJson,
};

/** SHA-256 (hex) of the template's canonical JSON: the content hash the report cites. */
export function templateHash(template: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(template), 'utf8').digest('hex');
}

let checked: ReferenceData | null = null;

/**
 * The shipped data, checked file by file and across files (once per process: it cannot change
 * while the app runs). A failure is a bug in the release, and no project gets a partial copy.
 */
export function shippedReferenceData(): ReferenceData {
  checked ??= checkShipped();
  return checked;
}

function checkShipped(): ReferenceData {
  const parse = <K extends ReferenceFileKey>(key: K): ReferenceData[K] => {
    const result = referenceFileSchemas[key].safeParse(SHIPPED[key]);
    if (!result.success) {
      logger.error('shipped reference data is invalid', { file: key, issues: result.error.issues.length });
      throw new Error(`shipped reference data ${key} is invalid`);
    }
    return result.data as ReferenceData[K];
  };
  const data: ReferenceData = {
    framework: parse('framework'),
    agencies: parse('agencies'),
    crossingPoints: parse('crossingPoints'),
    provinces: parse('provinces'),
    legalInstruments: parse('legalInstruments'),
  };
  const problems = validateReferenceData(data);
  if (problems.length > 0) {
    logger.error('shipped reference data does not resolve', { problems: problems.length, first: problems[0]?.kind });
    throw new Error('shipped reference data does not resolve');
  }
  return data;
}

type Row = Record<string, string | number | null>;

function inserter(db: Db, table: string, columns: readonly string[], stamp: Row) {
  const all = [...columns, ...Object.keys(stamp)];
  const statement = db.prepare(
    `INSERT INTO ${table} (id, ${all.join(', ')}) VALUES (@id, ${all.map((c) => `@${c}`).join(', ')})`,
  );
  return (row: Row) => statement.run({ id: crypto.randomUUID(), ...row, ...stamp });
}

const json = (value: unknown) => JSON.stringify(value);
const flag = (value: boolean) => (value ? 1 : 0);

function seedFramework(db: Db, framework: ReferenceData['framework'], stamp: Row) {
  const scale = inserter(db, 'scales', ['code', 'name_en', 'name_th', 'levels', 'sort_order'], stamp);
  Object.entries(framework.scales).forEach(([code, s], index) =>
    scale({ code, name_en: s.name.en, name_th: s.name.th, levels: json(s.levels), sort_order: index + 1 }),
  );
  const area = inserter(
    db,
    'framework_areas',
    ['code', 'name_en', 'name_th', 'description_en', 'description_th', 'sort_order'],
    stamp,
  );
  const subArea = inserter(db, 'framework_subareas', ['code', 'area_code', 'name_en', 'name_th', 'sort_order'], stamp);
  const indicator = inserter(
    db,
    'indicators',
    [
      'code',
      'subarea_code',
      'text_en',
      'text_th',
      'guidance_en',
      'guidance_th',
      'scale',
      'rubric',
      'expected_evidence',
      'scope',
      'origin',
      'retired',
      'sort_order',
    ],
    stamp,
  );
  let subAreas = 0;
  let indicators = 0;
  framework.areas.forEach((a, areaIndex) => {
    area({
      code: a.code,
      name_en: a.name.en,
      name_th: a.name.th,
      description_en: a.description.en,
      description_th: a.description.th,
      sort_order: areaIndex + 1,
    });
    a.subAreas.forEach((s, subIndex) => {
      subAreas += 1;
      subArea({ code: s.code, area_code: a.code, name_en: s.name.en, name_th: s.name.th, sort_order: subIndex + 1 });
      s.indicators.forEach((i, indicatorIndex) => {
        indicators += 1;
        indicator({
          code: i.code,
          subarea_code: s.code,
          text_en: i.text.en,
          text_th: i.text.th,
          guidance_en: i.guidance.en,
          guidance_th: i.guidance.th,
          scale: i.scale,
          rubric: i.rubric ? json(i.rubric) : null,
          expected_evidence: json(i.expectedEvidence),
          scope: json(i.scope),
          origin: 'template',
          retired: 0,
          sort_order: indicatorIndex + 1,
        });
      });
    });
  });
  return { scales: Object.keys(framework.scales).length, areas: framework.areas.length, subAreas, indicators };
}

function seedPlaces(db: Db, data: ReferenceData, stamp: Row) {
  const province = inserter(db, 'provinces', ['code', 'name_en', 'name_th', 'region', 'aliases'], stamp);
  for (const p of data.provinces.provinces)
    province({
      code: p.code,
      name_en: p.name.en,
      name_th: p.name.th,
      region: p.region,
      aliases: json(p.aliases ?? []),
    });

  const agency = inserter(
    db,
    'agencies',
    ['code', 'name_en', 'name_th', 'abbreviation_en', 'abbreviation_th', 'parent_code', 'type', 'beneficiary', 'twg'],
    stamp,
  );
  for (const a of data.agencies.agencies)
    agency({
      code: a.code,
      name_en: a.name.en,
      name_th: a.name.th,
      abbreviation_en: a.abbreviation.en,
      abbreviation_th: a.abbreviation.th,
      parent_code: a.parent,
      type: a.type,
      beneficiary: flag(a.beneficiary),
      twg: flag(a.twg),
    });

  const point = inserter(
    db,
    'crossing_points',
    [
      'code',
      'name_en',
      'name_th',
      'aliases',
      'mode',
      'status',
      'province_code',
      'district_en',
      'district_th',
      'neighbour_country',
      'counterpart_en',
      'counterpart_th',
      'agencies_present',
      'notes_en',
      'notes_th',
      'to_verify',
    ],
    stamp,
  );
  for (const c of data.crossingPoints.crossingPoints)
    point({
      code: c.code,
      name_en: c.name.en,
      name_th: c.name.th,
      aliases: json(c.aliases ?? []),
      mode: c.mode,
      status: c.status,
      province_code: c.provinceCode,
      district_en: c.district?.en ?? null,
      district_th: c.district?.th ?? null,
      neighbour_country: c.neighbourCountry,
      counterpart_en: c.counterpart?.en ?? null,
      counterpart_th: c.counterpart?.th ?? null,
      agencies_present: json(c.agenciesPresent),
      notes_en: c.notes?.en ?? null,
      notes_th: c.notes?.th ?? null,
      to_verify: flag(c.toVerify),
    });
}

function seedLaw(db: Db, data: ReferenceData, stamp: Row): number {
  const instrument = inserter(
    db,
    'legal_instruments',
    [
      'code',
      'title_en',
      'title_th',
      'kind',
      'year_be',
      'year_ce',
      'status',
      'amends',
      'enacted_on',
      'in_force_on',
      'description_en',
      'description_th',
      'sub_areas',
      'to_verify',
    ],
    stamp,
  );
  const provision = inserter(
    db,
    'legal_provisions',
    ['instrument_code', 'section', 'chapter', 'title_en', 'title_th', 'summary_en', 'summary_th', 'sort_order'],
    stamp,
  );
  let provisions = 0;
  for (const l of data.legalInstruments.instruments) {
    instrument({
      code: l.code,
      title_en: l.title.en,
      title_th: l.title.th,
      kind: l.kind,
      year_be: l.yearBE,
      year_ce: l.yearCE,
      status: l.status,
      amends: l.amends,
      enacted_on: l.enactedOn,
      in_force_on: l.inForceOn,
      description_en: l.description?.en ?? null,
      description_th: l.description?.th ?? null,
      sub_areas: json(l.subAreas),
      to_verify: flag(l.toVerify),
    });
    l.provisions.forEach((p, index) => {
      provisions += 1;
      provision({
        instrument_code: l.code,
        section: p.section,
        chapter: p.chapter ?? null,
        title_en: p.title.en,
        title_th: p.title.th,
        summary_en: p.summary.en,
        summary_th: p.summary.th,
        sort_order: index + 1,
      });
    });
  }
  return provisions;
}

/**
 * The seed step of migration 0003. Writes the rows, stamps the template version and content
 * hash in `meta`, and records ONE audit event with the counts (not one per row).
 */
export function seedReferenceData(db: Db, now: string): void {
  const data = shippedReferenceData();
  const stamp: Row = { created_at: now, updated_at: now, updated_by: SYSTEM_ACTOR };
  const framework = seedFramework(db, data.framework, stamp);
  seedPlaces(db, data, stamp);
  const provisions = seedLaw(db, data, stamp);

  const hash = templateHash(frameworkJson);
  const versions = Object.fromEntries(
    Object.entries(data).map(([key, file]) => [key, (file as { version: string }).version]),
  );
  const upsert = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  upsert.run(TEMPLATE_VERSION_KEY, data.framework.version);
  upsert.run(TEMPLATE_HASH_KEY, hash);
  upsert.run(REFERENCE_VERSIONS_KEY, json(versions));

  appendAuditEvent(db, {
    actor: SYSTEM_ACTOR,
    action: 'reference.seeded',
    entity: 'reference',
    entityId: null,
    at: now,
    details: {
      templateVersion: data.framework.version,
      templateHash: hash,
      ...framework,
      agencies: data.agencies.agencies.length,
      crossingPoints: data.crossingPoints.crossingPoints.length,
      provinces: data.provinces.provinces.length,
      legalInstruments: data.legalInstruments.instruments.length,
      provisions,
    },
  });
}

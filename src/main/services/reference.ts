import type { z } from 'zod';
import type { agencyOut, crossingPointOut, legalInstrumentOut, provinceOut } from '../../shared/framework';
import type { ProjectFile } from '../project/project-file';

/**
 * The project's own copy of the reference data (PRODUCT.md 2): agencies, crossing points,
 * provinces and legal instruments, seeded from resources/reference by migration 0003.
 * Lists leave out tombstoned rows and are sorted by code, so every screen and export shows
 * them in the same order whatever the language.
 */

export type AgencyRecord = z.infer<typeof agencyOut>;
export type CrossingPointRecord = z.infer<typeof crossingPointOut>;
export type ProvinceRecord = z.infer<typeof provinceOut>;
export type LegalInstrumentRecord = z.infer<typeof legalInstrumentOut>;

type Localized = { en: string; th: string };

/** Structured bits are JSON text in the row; they were validated before they were written. */
function json<T>(value: string): T {
  return JSON.parse(value) as T;
}

/** Two nullable columns that are either both set or both NULL (district, counterpart, notes). */
function optionalLocalized(en: string | null, th: string | null): Localized | null {
  return en === null || th === null ? null : { en, th };
}

interface AgencyRow {
  id: string;
  code: string;
  name_en: string;
  name_th: string;
  abbreviation_en: string;
  abbreviation_th: string;
  parent_code: string | null;
  type: AgencyRecord['type'];
  beneficiary: number;
  twg: number;
}

export function listAgencies(project: ProjectFile): AgencyRecord[] {
  const rows = project.read(
    (db) => db.prepare('SELECT * FROM agencies WHERE deleted = 0 ORDER BY code').all() as AgencyRow[],
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: { en: row.name_en, th: row.name_th },
    abbreviation: { en: row.abbreviation_en, th: row.abbreviation_th },
    parent: row.parent_code,
    type: row.type,
    beneficiary: row.beneficiary === 1,
    twg: row.twg === 1,
  }));
}

interface ProvinceRow {
  id: string;
  code: string;
  name_en: string;
  name_th: string;
  region: ProvinceRecord['region'];
  aliases: string;
}

export function listProvinces(project: ProjectFile): ProvinceRecord[] {
  const rows = project.read(
    (db) => db.prepare('SELECT * FROM provinces WHERE deleted = 0 ORDER BY code').all() as ProvinceRow[],
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: { en: row.name_en, th: row.name_th },
    region: row.region,
    aliases: json<string[]>(row.aliases),
  }));
}

interface CrossingPointRow {
  id: string;
  code: string;
  name_en: string;
  name_th: string;
  aliases: string;
  mode: CrossingPointRecord['mode'];
  status: CrossingPointRecord['status'];
  province_code: string;
  district_en: string | null;
  district_th: string | null;
  neighbour_country: string | null;
  counterpart_en: string | null;
  counterpart_th: string | null;
  agencies_present: string;
  notes_en: string | null;
  notes_th: string | null;
  to_verify: number;
}

export function listCrossingPoints(project: ProjectFile): CrossingPointRecord[] {
  const rows = project.read(
    (db) => db.prepare('SELECT * FROM crossing_points WHERE deleted = 0 ORDER BY code').all() as CrossingPointRow[],
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: { en: row.name_en, th: row.name_th },
    aliases: json<string[]>(row.aliases),
    mode: row.mode,
    status: row.status,
    provinceCode: row.province_code,
    district: optionalLocalized(row.district_en, row.district_th),
    neighbourCountry: row.neighbour_country,
    counterpart: optionalLocalized(row.counterpart_en, row.counterpart_th),
    agenciesPresent: json<string[]>(row.agencies_present),
    notes: optionalLocalized(row.notes_en, row.notes_th),
    toVerify: row.to_verify === 1,
  }));
}

interface InstrumentRow {
  id: string;
  code: string;
  title_en: string;
  title_th: string;
  kind: LegalInstrumentRecord['kind'];
  year_be: number | null;
  year_ce: number | null;
  status: LegalInstrumentRecord['status'];
  amends: string | null;
  enacted_on: string | null;
  in_force_on: string | null;
  description_en: string | null;
  description_th: string | null;
  sub_areas: string;
  to_verify: number;
}

interface ProvisionRow {
  instrument_code: string;
  section: string;
  chapter: number | null;
  title_en: string;
  title_th: string;
  summary_en: string;
  summary_th: string;
}

type Provision = LegalInstrumentRecord['provisions'][number];

export function listLegalInstruments(project: ProjectFile): LegalInstrumentRecord[] {
  const { instruments, provisions } = project.read((db) => ({
    instruments: db.prepare('SELECT * FROM legal_instruments WHERE deleted = 0 ORDER BY code').all() as InstrumentRow[],
    provisions: db
      .prepare('SELECT * FROM legal_provisions WHERE deleted = 0 ORDER BY instrument_code, sort_order')
      .all() as ProvisionRow[],
  }));
  const byInstrument = new Map<string, Provision[]>();
  for (const row of provisions) {
    const list = byInstrument.get(row.instrument_code) ?? [];
    list.push({
      section: row.section,
      ...(row.chapter === null ? {} : { chapter: row.chapter }),
      title: { en: row.title_en, th: row.title_th },
      summary: { en: row.summary_en, th: row.summary_th },
    });
    byInstrument.set(row.instrument_code, list);
  }
  return instruments.map((row) => ({
    id: row.id,
    code: row.code,
    title: { en: row.title_en, th: row.title_th },
    kind: row.kind,
    yearBE: row.year_be,
    yearCE: row.year_ce,
    status: row.status,
    amends: row.amends,
    enactedOn: row.enacted_on,
    inForceOn: row.in_force_on,
    description: optionalLocalized(row.description_en, row.description_th),
    subAreas: json<string[]>(row.sub_areas),
    provisions: byInstrument.get(row.code) ?? [],
    toVerify: row.to_verify === 1,
  }));
}

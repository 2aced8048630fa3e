import { seedReferenceData } from '../../services/seed-reference';

/**
 * Migration 3: the project's own copy of the assessment framework (scales, areas, sub-areas,
 * indicators) and of the reference data (agencies, crossing points, provinces, legal
 * instruments and their provisions). Text the UI sorts or searches sits in EN/TH columns;
 * structured bits (levels, rubric, expected evidence, scope, aliases, agencies present) are
 * JSON text, checked by the services before they are written.
 *
 * Rows point at each other by code, not by id: codes are what users, ratings and reports cite,
 * and they stay the same in two copies of a project merged later. The seed step copies the
 * shipped template and reference data in, inside this migration's transaction, so a project
 * created now and one created under format 2 end up alike.
 */
const common = /* sql */ `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

export const migration0003 = {
  version: 3,
  name: 'framework',
  sql: /* sql */ `
    CREATE TABLE scales (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL,
      name_th TEXT NOT NULL,
      levels TEXT NOT NULL CHECK (json_valid(levels)),
      sort_order INTEGER NOT NULL DEFAULT 0,
      ${common}
    ) STRICT;

    CREATE TABLE framework_areas (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL,
      name_th TEXT NOT NULL,
      description_en TEXT NOT NULL DEFAULT '',
      description_th TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0,
      ${common}
    ) STRICT;

    CREATE TABLE framework_subareas (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      area_code TEXT NOT NULL REFERENCES framework_areas (code),
      name_en TEXT NOT NULL,
      name_th TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0,
      ${common}
    ) STRICT;
    CREATE INDEX framework_subareas_area ON framework_subareas (area_code, sort_order);

    CREATE TABLE indicators (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      subarea_code TEXT NOT NULL REFERENCES framework_subareas (code),
      text_en TEXT NOT NULL DEFAULT '',
      text_th TEXT NOT NULL DEFAULT '',
      guidance_en TEXT NOT NULL DEFAULT '',
      guidance_th TEXT NOT NULL DEFAULT '',
      scale TEXT NOT NULL REFERENCES scales (code),
      rubric TEXT CHECK (rubric IS NULL OR json_valid(rubric)),
      expected_evidence TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expected_evidence)),
      scope TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scope)),
      origin TEXT NOT NULL CHECK (origin IN ('template', 'project')),
      retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
      sort_order INTEGER NOT NULL DEFAULT 0,
      ${common}
    ) STRICT;
    CREATE INDEX indicators_subarea ON indicators (subarea_code, sort_order);

    CREATE TABLE agencies (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL,
      name_th TEXT NOT NULL,
      abbreviation_en TEXT NOT NULL,
      abbreviation_th TEXT NOT NULL,
      -- Deferred: a parent may come after its child in one transaction (seed, merge).
      parent_code TEXT REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
      type TEXT NOT NULL,
      beneficiary INTEGER NOT NULL DEFAULT 0 CHECK (beneficiary IN (0, 1)),
      twg INTEGER NOT NULL DEFAULT 0 CHECK (twg IN (0, 1)),
      ${common}
    ) STRICT;

    CREATE TABLE provinces (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL,
      name_th TEXT NOT NULL,
      region TEXT NOT NULL,
      aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
      ${common}
    ) STRICT;

    CREATE TABLE crossing_points (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      name_en TEXT NOT NULL,
      name_th TEXT NOT NULL,
      aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
      mode TEXT NOT NULL,
      status TEXT NOT NULL,
      province_code TEXT NOT NULL REFERENCES provinces (code),
      district_en TEXT,
      district_th TEXT,
      neighbour_country TEXT,
      counterpart_en TEXT,
      counterpart_th TEXT,
      agencies_present TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(agencies_present)),
      notes_en TEXT,
      notes_th TEXT,
      to_verify INTEGER NOT NULL DEFAULT 0 CHECK (to_verify IN (0, 1)),
      ${common}
    ) STRICT;
    CREATE INDEX crossing_points_province ON crossing_points (province_code);

    CREATE TABLE legal_instruments (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      title_en TEXT NOT NULL,
      title_th TEXT NOT NULL,
      kind TEXT NOT NULL,
      year_be INTEGER,
      year_ce INTEGER,
      status TEXT NOT NULL,
      amends TEXT REFERENCES legal_instruments (code) DEFERRABLE INITIALLY DEFERRED,
      enacted_on TEXT,
      in_force_on TEXT,
      description_en TEXT,
      description_th TEXT,
      sub_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sub_areas)),
      to_verify INTEGER NOT NULL DEFAULT 0 CHECK (to_verify IN (0, 1)),
      ${common}
    ) STRICT;

    CREATE TABLE legal_provisions (
      id TEXT PRIMARY KEY NOT NULL,
      instrument_code TEXT NOT NULL REFERENCES legal_instruments (code),
      section TEXT NOT NULL,
      chapter INTEGER,
      title_en TEXT NOT NULL,
      title_th TEXT NOT NULL,
      summary_en TEXT NOT NULL DEFAULT '',
      summary_th TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0,
      ${common},
      UNIQUE (instrument_code, section)
    ) STRICT;
  `,
  seed: seedReferenceData,
} as const;

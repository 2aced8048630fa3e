/**
 * Migration 10: TWG membership and the curriculum (Component 3, issue 5). Members are posts,
 * never people. One curriculum per project: its heading is a single row; modules carry their
 * learning outcomes (ordered) and the findings they answer.
 */

const common = /* sql */ `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

export const migration0010 = {
  version: 10,
  name: 'TWG and curriculum (Component 3)',
  sql: /* sql */ `
    CREATE TABLE twg_members (
      id TEXT PRIMARY KEY NOT NULL,
      agency_code TEXT NOT NULL REFERENCES agencies (code),
      role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretariat', 'observer')),
      position_en TEXT NOT NULL DEFAULT '',
      position_th TEXT NOT NULL DEFAULT '',
      sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other')),
      from_date TEXT,
      to_date TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${common}
    ) STRICT;

    CREATE TABLE curriculum (
      id TEXT PRIMARY KEY NOT NULL CHECK (id = 'curriculum'),
      title_en TEXT NOT NULL DEFAULT '',
      title_th TEXT NOT NULL DEFAULT '',
      version TEXT NOT NULL DEFAULT '',
      ${common}
    ) STRICT;

    CREATE TABLE curriculum_modules (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL,
      title_en TEXT NOT NULL DEFAULT '',
      title_th TEXT NOT NULL DEFAULT '',
      audience_en TEXT NOT NULL DEFAULT '',
      audience_th TEXT NOT NULL DEFAULT '',
      hours REAL NOT NULL CHECK (hours > 0 AND hours <= 40),
      methods TEXT NOT NULL DEFAULT '[]',
      materials_en TEXT NOT NULL DEFAULT '',
      materials_th TEXT NOT NULL DEFAULT '',
      assessment_en TEXT NOT NULL DEFAULT '',
      assessment_th TEXT NOT NULL DEFAULT '',
      trainer_profile_en TEXT NOT NULL DEFAULT '',
      trainer_profile_th TEXT NOT NULL DEFAULT '',
      lead_agency_code TEXT REFERENCES agencies (code),
      outline_en TEXT NOT NULL DEFAULT '',
      outline_th TEXT NOT NULL DEFAULT '',
      sort_order INTEGER NOT NULL DEFAULT 0,
      ${common}
    ) STRICT;
    -- A code is unique among live modules; a deleted module's code may be given again.
    CREATE UNIQUE INDEX curriculum_modules_code ON curriculum_modules (code) WHERE deleted = 0;

    CREATE TABLE module_outcomes (
      module_id TEXT NOT NULL REFERENCES curriculum_modules (id),
      position INTEGER NOT NULL,
      code TEXT NOT NULL,
      text_en TEXT NOT NULL DEFAULT '',
      text_th TEXT NOT NULL DEFAULT '',
      bloom_level TEXT NOT NULL
        CHECK (bloom_level IN ('remember', 'understand', 'apply', 'analyse', 'evaluate', 'create')),
      PRIMARY KEY (module_id, position)
    ) STRICT;

    CREATE TABLE module_findings (
      module_id TEXT NOT NULL REFERENCES curriculum_modules (id),
      finding_id TEXT NOT NULL REFERENCES findings (id),
      PRIMARY KEY (module_id, finding_id)
    ) STRICT;
    CREATE INDEX module_findings_finding ON module_findings (finding_id);
  `,
};

/**
 * Migration 8: the report's narrative sections (issue 4). One live row per section and
 * language; the content is the editor's document JSON, validated by richDocSchema on every
 * read and write (the CHECK keeps the column a JSON object whatever path wrote it).
 */
export const migration0008 = {
  version: 8,
  name: 'report narrative',
  sql: /* sql */ `
    CREATE TABLE report_narratives (
      id TEXT PRIMARY KEY NOT NULL,
      section TEXT NOT NULL CHECK (length(section) BETWEEN 1 AND 40),
      language TEXT NOT NULL CHECK (language IN ('th', 'en')),
      content TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE UNIQUE INDEX report_narratives_live ON report_narratives (section, language) WHERE deleted = 0;
  `,
};

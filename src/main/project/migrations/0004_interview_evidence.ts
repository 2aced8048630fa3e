import { findPii } from '../../../shared/pii';
import type { Db } from '../cipher';

/**
 * Migration 4: interviews become full evidence records (PRODUCT.md 4, DOMAIN.md 3.4): who
 * interviewed, interpreter and language, the consent record, the reliability grade (source
 * A-F x information 1-6), and a stored count of what the PII guard finds in the notes, so a
 * list of 10,000 interviews never has to scan the notes.
 *
 * The table is rebuilt (create new, copy, drop, rename) rather than altered, because:
 * - the value domains (category, language, sensitivity, grades, JSON columns) get CHECK
 *   constraints, which SQLite can add to new columns only, not to the existing ones;
 * - the category key 'focusGroup' becomes 'focus_group' (src/shared/evidence.ts);
 * - `notes` moves to the last column: a list query reads the columns before it without
 *   walking the overflow pages of a long note.
 * Nothing references `interviews` yet (no foreign keys, triggers or views), so the rebuild is
 * safe inside the migration's transaction.
 *
 * Rows from format 3 get the safe defaults: oral consent, information-sheet version unknown,
 * permitted use "paraphrase only", no recording, not withdrawn; reliability F/6 ("cannot be
 * judged"); sensitivity kept. A migrant row with an exact date keeps only its month.
 */
const LANGUAGES = `'th', 'en', 'my', 'km', 'lo', 'other'`;
const SENSITIVITY = `'public', 'internal', 'restricted', 'confidential', 'secret', 'top_secret'`;

export const migration0004 = {
  version: 4,
  name: 'interview evidence',
  sql: /* sql */ `
    CREATE TABLE interviews_v4 (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      category TEXT NOT NULL CHECK (category IN ('official', 'migrant', 'stakeholder', 'focus_group')),
      agency_code TEXT,
      location TEXT NOT NULL DEFAULT '',
      month TEXT,
      interview_date TEXT,
      interviewers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interviewers) AND json_type(interviewers) = 'array'),
      interpreter TEXT NOT NULL DEFAULT '{"used":false,"language":null}'
        CHECK (json_valid(interpreter) AND json_type(interpreter) = 'object'),
      language TEXT NOT NULL DEFAULT 'th' CHECK (language IN (${LANGUAGES})),
      consent TEXT NOT NULL CHECK (json_valid(consent) AND json_type(consent) = 'object'),
      sensitivity TEXT NOT NULL DEFAULT 'internal' CHECK (sensitivity IN (${SENSITIVITY})),
      reliability_source TEXT NOT NULL DEFAULT 'F' CHECK (reliability_source IN ('A', 'B', 'C', 'D', 'E', 'F')),
      reliability_information INTEGER NOT NULL DEFAULT 6 CHECK (reliability_information BETWEEN 1 AND 6),
      pii_count INTEGER NOT NULL DEFAULT 0 CHECK (pii_count >= 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      notes TEXT NOT NULL DEFAULT '',
      -- DOMAIN.md 3.4: a migrant interview keeps the month, never the exact day.
      CHECK (category <> 'migrant' OR interview_date IS NULL)
    ) STRICT;

    INSERT INTO interviews_v4 (id, code, category, agency_code, location, month, interview_date, interviewers,
      interpreter, language, consent, sensitivity, reliability_source, reliability_information, pii_count,
      created_at, updated_at, updated_by, deleted, notes)
    SELECT id, code, category, agency_code, location,
      COALESCE(month, substr(interview_date, 1, 7)),
      CASE WHEN category = 'migrant' THEN NULL ELSE interview_date END,
      '[]',
      CASE
        WHEN interpreter = '' THEN json_object('used', json('false'), 'language', NULL)
        WHEN interpreter IN (${LANGUAGES}) THEN json_object('used', json('true'), 'language', interpreter)
        ELSE json_object('used', json('true'), 'language', 'other')
      END,
      CASE WHEN language IN (${LANGUAGES}) THEN language ELSE 'other' END,
      json_object(
        'mode', CASE WHEN json_extract(old_consent, '$.mode') IN ('oral', 'written')
          THEN json_extract(old_consent, '$.mode') ELSE 'oral' END,
        'infoSheetVersion', CASE WHEN json_type(old_consent, '$.infoSheetVersion') = 'text'
          THEN substr(json_extract(old_consent, '$.infoSheetVersion'), 1, 40) ELSE '' END,
        'permittedUse', CASE WHEN json_extract(old_consent, '$.permittedUse') IN ('quote', 'paraphrase', 'none')
          THEN json_extract(old_consent, '$.permittedUse') ELSE 'paraphrase' END,
        'recordingAllowed', json(CASE WHEN json_type(old_consent, '$.recordingAllowed') = 'true' THEN 'true' ELSE 'false' END),
        'withdrawnAt', CASE WHEN json_extract(old_consent, '$.withdrawnAt')
            GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
          THEN json_extract(old_consent, '$.withdrawnAt') ELSE NULL END
      ),
      -- Anything but the known levels is treated as restricted: the cautious reading.
      CASE WHEN sensitivity IN (${SENSITIVITY}) THEN sensitivity ELSE 'restricted' END,
      'F', 6, 0,
      created_at, updated_at, updated_by, deleted, notes
    FROM (
      SELECT id, code, agency_code, location, month, interview_date, language, interpreter, notes, sensitivity,
        created_at, updated_at, updated_by, deleted,
        CASE
          WHEN category IN ('official', 'migrant', 'stakeholder', 'focus_group') THEN category
          WHEN category = 'focusGroup' OR code LIKE 'FGD-%' THEN 'focus_group'
          WHEN code LIKE 'KII-OFF-%' THEN 'official'
          WHEN code LIKE 'KII-MIG-%' THEN 'migrant'
          ELSE 'stakeholder'
        END AS category,
        CASE WHEN json_valid(consent) AND json_type(consent) = 'object' THEN consent ELSE '{}' END AS old_consent
      FROM interviews
    );

    DROP TABLE interviews;
    ALTER TABLE interviews_v4 RENAME TO interviews;

    CREATE INDEX interviews_category ON interviews (category, deleted, code);
    CREATE INDEX interviews_agency ON interviews (agency_code, deleted, code);
    -- The unfiltered list and its total: first page and count without touching the rows.
    CREATE INDEX interviews_live ON interviews (deleted, code);
  `,
  seed: countPiiInNotes,
} as const;

/**
 * pii_count for the rows carried over: the guard is TypeScript, so it runs here, once, in
 * pages of 500 rows so that 10,000 long notes are never all in memory at once.
 */
function countPiiInNotes(db: Db): void {
  const page = db.prepare(
    "SELECT rowid, id, notes FROM interviews WHERE rowid > ? AND notes <> '' ORDER BY rowid LIMIT 500",
  );
  const update = db.prepare('UPDATE interviews SET pii_count = ? WHERE id = ?');
  for (let after = 0; ;) {
    const rows = page.all(after) as { rowid: number; id: string; notes: string }[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const count = findPii(row.notes).length;
      if (count > 0) update.run(count, row.id);
    }
    after = rows[rows.length - 1]?.rowid ?? after;
  }
}

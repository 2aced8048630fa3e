/**
 * Migration 6: the rest of the assessment workspace (issue 3): coded passages, site visits,
 * documents and their encrypted attachments, ratings, findings, recommendations, the Joint
 * Action Plan with dated status updates, and the links from ratings and findings to evidence.
 *
 * Domain rows carry the usual id / created_at / updated_at / updated_by / deleted columns and
 * are tombstoned, never deleted. Rows point at framework and reference records by code (as
 * migration 3 does) and at other domain records by id. Bilingual text sits in _en/_th column
 * pairs so the report writer and search read them without JSON. Closed vocabularies are CHECKed
 * here as well as by the zod schemas, so a row written by any path keeps its meaning.
 * Long free text (observations, notes) is the last column: lists never walk its overflow pages.
 */
const common = /* sql */ `
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

const evidenceMeta = /* sql */ `
      sensitivity TEXT NOT NULL CHECK (sensitivity IN ('public', 'internal', 'restricted', 'confidential', 'secret', 'top_secret')),
      language TEXT NOT NULL CHECK (language IN ('th', 'en', 'my', 'km', 'lo', 'other')),
      reliability_source TEXT NOT NULL CHECK (reliability_source IN ('A', 'B', 'C', 'D', 'E', 'F')),
      reliability_information INTEGER NOT NULL CHECK (reliability_information BETWEEN 1 AND 6)`;

const jsonArray = (column: string) => `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;

export const migration0006 = {
  version: 6,
  name: 'assessment workspace',
  sql: /* sql */ `
    -- Interview codes in number order within their prefix (KII-OFF-999 before KII-OFF-1000):
    -- the list orders by these expressions (services/interviews.ts CODE_ORDER).
    DROP INDEX interviews_category;
    DROP INDEX interviews_agency;
    DROP INDEX interviews_live;
    CREATE INDEX interviews_category ON interviews (category, deleted, rtrim(code, '0123456789'), length(code), code);
    CREATE INDEX interviews_agency ON interviews (agency_code, deleted, rtrim(code, '0123456789'), length(code), code);
    CREATE INDEX interviews_live ON interviews (deleted, rtrim(code, '0123456789'), length(code), code);

    CREATE TABLE passages (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      interview_id TEXT NOT NULL REFERENCES interviews (id),
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset INTEGER NOT NULL,
      snippet TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'current' CHECK (state IN ('current', 'moved', 'changed')),
      target_type TEXT NOT NULL CHECK (target_type IN ('indicator', 'finding')),
      target_id TEXT NOT NULL,
      comment TEXT NOT NULL DEFAULT '',
      ${common},
      CHECK (end_offset > start_offset)
    ) STRICT;
    CREATE INDEX passages_interview ON passages (interview_id, deleted, start_offset);
    CREATE INDEX passages_target ON passages (target_type, target_id, deleted);
    -- The dashboard's "passage changed" gap reads only the flagged few.
    CREATE INDEX passages_changed ON passages (interview_id) WHERE deleted = 0 AND state = 'changed';

    CREATE TABLE site_visits (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      crossing_point_code TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      ${jsonArray('team')},
      checklist TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(checklist) AND json_type(checklist) = 'object'),
      ${evidenceMeta},
      ${common},
      observations TEXT NOT NULL DEFAULT '',
      CHECK (end_date >= start_date)
    ) STRICT;
    CREATE INDEX site_visits_live ON site_visits (deleted, start_date, code);
    CREATE INDEX site_visits_crossing ON site_visits (crossing_point_code, deleted);

    CREATE TABLE documents (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      title_en TEXT NOT NULL DEFAULT '',
      title_th TEXT NOT NULL DEFAULT '',
      doc_type TEXT NOT NULL CHECK (doc_type IN
        ('law', 'regulation', 'sop', 'mou', 'statistics', 'report', 'training', 'questionnaire', 'other')),
      issuer_agency_code TEXT,
      legal_instrument_code TEXT,
      document_date TEXT,
      reference TEXT NOT NULL DEFAULT '',
      ${evidenceMeta},
      ${common},
      notes TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX documents_live ON documents (deleted, code);

    -- The file's bytes live in attachment_chunks (1 MiB each), encrypted with the rest of the
    -- project; sha256 is taken while the file is read at ingest and checked again on export.
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY NOT NULL,
      owner_kind TEXT NOT NULL CHECK (owner_kind IN ('site_visit', 'document')),
      owner_id TEXT NOT NULL,
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      chunk_count INTEGER NOT NULL CHECK (chunk_count >= 0),
      no_people_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (no_people_confirmed IN (0, 1)),
      ${common}
    ) STRICT;
    CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id, deleted);

    CREATE TABLE attachment_chunks (
      attachment_id TEXT NOT NULL REFERENCES attachments (id),
      seq INTEGER NOT NULL CHECK (seq >= 0),
      data BLOB NOT NULL,
      PRIMARY KEY (attachment_id, seq)
    ) STRICT;

    CREATE TABLE ratings (
      id TEXT PRIMARY KEY NOT NULL,
      indicator_id TEXT NOT NULL REFERENCES indicators (id),
      scope_type TEXT NOT NULL CHECK (scope_type IN ('national', 'agency', 'crossing_point')),
      -- '' for national, so the one-live-rating-per-scope index below can cover it.
      scope_code TEXT NOT NULL DEFAULT '',
      value INTEGER NOT NULL,
      justification_en TEXT NOT NULL DEFAULT '',
      justification_th TEXT NOT NULL DEFAULT '',
      confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
      state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'peer_reviewed', 'validated')),
      rated_on TEXT NOT NULL,
      assessor TEXT NOT NULL DEFAULT '',
      ${common},
      CHECK ((scope_type = 'national') = (scope_code = ''))
    ) STRICT;
    CREATE UNIQUE INDEX ratings_one_per_scope ON ratings (indicator_id, scope_type, scope_code) WHERE deleted = 0;

    CREATE TABLE findings (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      subarea_code TEXT NOT NULL REFERENCES framework_subareas (code),
      type TEXT NOT NULL CHECK (type IN ('gap', 'strength', 'good_practice')),
      severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
      statement_en TEXT NOT NULL DEFAULT '',
      statement_th TEXT NOT NULL DEFAULT '',
      training_addressable INTEGER NOT NULL DEFAULT 0 CHECK (training_addressable IN (0, 1)),
      ${jsonArray('scopes')},
      ${common}
    ) STRICT;
    CREATE INDEX findings_subarea ON findings (subarea_code, deleted, code);

    -- Ratings and findings cite evidence; the reverse index answers "what uses this item?".
    CREATE TABLE evidence_links (
      id TEXT PRIMARY KEY NOT NULL,
      owner_kind TEXT NOT NULL CHECK (owner_kind IN ('rating', 'finding')),
      owner_id TEXT NOT NULL,
      evidence_kind TEXT NOT NULL CHECK (evidence_kind IN ('interview', 'passage', 'site_visit', 'document')),
      evidence_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (owner_kind, owner_id, evidence_kind, evidence_id)
    ) STRICT;
    CREATE INDEX evidence_links_evidence ON evidence_links (evidence_kind, evidence_id);

    CREATE TABLE recommendations (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      subarea_code TEXT NOT NULL REFERENCES framework_subareas (code),
      text_en TEXT NOT NULL DEFAULT '',
      text_th TEXT NOT NULL DEFAULT '',
      priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
      horizon TEXT NOT NULL CHECK (horizon IN ('short', 'medium', 'long')),
      ${common}
    ) STRICT;
    CREATE INDEX recommendations_subarea ON recommendations (subarea_code, deleted, code);

    CREATE TABLE recommendation_findings (
      recommendation_id TEXT NOT NULL REFERENCES recommendations (id),
      finding_id TEXT NOT NULL REFERENCES findings (id),
      PRIMARY KEY (recommendation_id, finding_id)
    ) STRICT;
    CREATE INDEX recommendation_findings_finding ON recommendation_findings (finding_id);

    CREATE TABLE actions (
      id TEXT PRIMARY KEY NOT NULL,
      code TEXT NOT NULL UNIQUE,
      subarea_code TEXT NOT NULL REFERENCES framework_subareas (code),
      recommendation_id TEXT REFERENCES recommendations (id),
      objective_en TEXT NOT NULL DEFAULT '',
      objective_th TEXT NOT NULL DEFAULT '',
      action_en TEXT NOT NULL DEFAULT '',
      action_th TEXT NOT NULL DEFAULT '',
      lead_agency_code TEXT,
      ${jsonArray('supporting_agency_codes')},
      start_date TEXT,
      end_date TEXT,
      timeframe TEXT NOT NULL CHECK (timeframe IN ('short', 'medium', 'long')),
      priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
      key_measure INTEGER NOT NULL DEFAULT 0 CHECK (key_measure IN (0, 1)),
      indicator_en TEXT NOT NULL DEFAULT '',
      indicator_th TEXT NOT NULL DEFAULT '',
      baseline_en TEXT NOT NULL DEFAULT '',
      baseline_th TEXT NOT NULL DEFAULT '',
      target_en TEXT NOT NULL DEFAULT '',
      target_th TEXT NOT NULL DEFAULT '',
      verification_en TEXT NOT NULL DEFAULT '',
      verification_th TEXT NOT NULL DEFAULT '',
      estimated_cost REAL CHECK (estimated_cost IS NULL OR estimated_cost >= 0),
      currency TEXT NOT NULL DEFAULT 'THB' CHECK (currency IN ('THB', 'USD', 'EUR')),
      funding_source TEXT NOT NULL DEFAULT '',
      risks_en TEXT NOT NULL DEFAULT '',
      risks_th TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'completed', 'delayed', 'cancelled')),
      status_date TEXT,
      ${common},
      CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
    ) STRICT;
    -- Code order within a sub-area is by number (JAP-C4-100 after JAP-C4-99): the plan's first
    -- page of 7,500 items walks this index instead of sorting them all.
    CREATE INDEX actions_live ON actions (deleted, subarea_code, length(code), code);
    -- Covering indexes for the dashboard's counts by area and by lead agency.
    CREATE INDEX actions_subarea ON actions (deleted, subarea_code, status);
    CREATE INDEX actions_lead ON actions (deleted, lead_agency_code, status);
    CREATE INDEX actions_recommendation ON actions (recommendation_id, deleted);
    -- The dashboard's gaps (read with INDEXED BY): only the items that need work, in code order.
    CREATE INDEX actions_without_lead ON actions (subarea_code, length(code), code)
      WHERE deleted = 0 AND lead_agency_code IS NULL;
    CREATE INDEX actions_without_indicator ON actions (subarea_code, length(code), code)
      WHERE deleted = 0 AND trim(indicator_en) = '' AND trim(indicator_th) = '';

    CREATE TABLE action_status_updates (
      id TEXT PRIMARY KEY NOT NULL,
      action_id TEXT NOT NULL REFERENCES actions (id),
      date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'delayed', 'cancelled')),
      note TEXT NOT NULL DEFAULT '',
      ${common}
    ) STRICT;
    CREATE INDEX action_status_updates_action ON action_status_updates (action_id, deleted, date);
  `,
} as const;

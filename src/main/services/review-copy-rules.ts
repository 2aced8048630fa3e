import { SENSITIVITY_LEVELS, type Sensitivity } from '../../shared/evidence';
import type { ReviewCopyExclusions } from '../../shared/review-copy';
import type { Db } from '../project/cipher';

/**
 * What goes into a review copy, table by table (SECURITY.md 22). Each rule is a row filter
 * over the source (schema `main`, row alias `t`) and column replacements, so the INSERT ...
 * SELECT that fills the copy never reads a left-out value into it: nothing is copied and then
 * deleted (a deleted row would survive in the free pages of the new file).
 *
 * The list is closed: a table without a rule is not copied at all (fail closed), and a test
 * checks that every table of a new project has one, so a new table must be decided here.
 * `@max` is the rank of the chosen maximum sensitivity in SENSITIVITY_LEVELS.
 */
export interface TableRule {
  /** SQL condition on `t` (the source row); rows that fail it never reach the copy. */
  where?: string;
  /** Column -> SQL expression replacing the source value (e.g. notes -> ''). */
  columns?: Record<string, string>;
}

/** Rank of a sensitivity column; anything unknown ranks above every level (left out). */
export function rankSql(column: string): string {
  const cases = SENSITIVITY_LEVELS.map((level, index) => `WHEN '${level}' THEN ${index}`).join(' ');
  return `(CASE ${column} ${cases} ELSE 99 END)`;
}

export function sensitivityRank(level: Sensitivity): number {
  return SENSITIVITY_LEVELS.indexOf(level);
}

const keptInterviews = `SELECT i.id FROM main.interviews i WHERE ${rankSql('i.sensitivity')} <= @max`;
const keptVisits = `SELECT v.id FROM main.site_visits v WHERE ${rankSql('v.sensitivity')} <= @max`;
const keptDocuments = `SELECT d.id FROM main.documents d WHERE ${rankSql('d.sensitivity')} <= @max`;

/** A passage's consent, read from its interview: only 'quote' and 'paraphrase' may go, never withdrawn. */
const consentUse = (interviewId: string) =>
  `(SELECT CASE WHEN json_extract(i.consent, '$.withdrawnAt') IS NOT NULL THEN 'withdrawn'
     ELSE json_extract(i.consent, '$.permittedUse') END FROM main.interviews i WHERE i.id = ${interviewId})`;

const keptPassages = `SELECT p.id FROM main.passages p
  WHERE p.interview_id IN (${keptInterviews}) AND ${consentUse('p.interview_id')} IN ('quote', 'paraphrase')`;

const keptAttachments = `SELECT a.id FROM main.attachments a
  WHERE (a.owner_kind = 'site_visit' AND a.owner_id IN (${keptVisits}))
     OR (a.owner_kind = 'document' AND a.owner_id IN (${keptDocuments}))`;

/** Tables copied whole: content a reviewer reads (findings, plan, meetings...) and the audit trail. */
const WHOLE = [
  'project',
  'audit_events',
  'scales',
  'framework_areas',
  'framework_subareas',
  'indicators',
  'agencies',
  'provinces',
  'crossing_points',
  'legal_instruments',
  'legal_provisions',
  'ratings',
  'findings',
  'recommendations',
  'recommendation_findings',
  'actions',
  'action_status_updates',
  'export_profiles',
  'report_narratives',
  'meetings',
  'meeting_attendance',
  'meeting_agenda_items',
  'meeting_provisions',
  'meeting_item_provisions',
  'meeting_positions',
  'meeting_follow_ups',
  'twg_members',
  'curriculum',
  'curriculum_modules',
  'module_outcomes',
  'module_findings',
  'tot_events',
  'tot_sessions',
  'tot_participants',
  'tot_attendance',
  'tot_tests',
  'tot_evaluations',
  'tot_followups',
  // Review history (issue 6): statuses, decisions and comments made so far go to the reviewer too.
  'review_states',
  'review_decisions',
  'review_comments',
  'review_packets',
  'review_conflicts',
  // Computer names (migration 16) go along with the audit trail they name: a reviewer then reads
  // "Assessor 2 – Mae Sot laptop", not a random id. A name is what a user chose to show for their
  // computer (a role or a laptop, SECURITY.md: never an interviewee), shown to the team anyway.
  'device_labels',
] as const;

export const TABLE_RULES: Readonly<Record<string, TableRule>> = {
  ...Object.fromEntries(WHOLE.map((table) => [table, {}])),
  // Internal facts (audit head, code counters, template hash); a source's own review-copy mark
  // is replaced, and nothing of the vault may follow even if it kept a key here.
  meta: { where: "t.key <> 'review_copy' AND t.key NOT LIKE 'vault%'" },
  // Raw field notes never leave the project; the quotes a reviewer may read come as passages.
  interviews: { where: `t.id IN (${keptInterviews})`, columns: { notes: "''", pii_count: '0' } },
  passages: {
    where: `t.id IN (${keptPassages})`,
    columns: { snippet: `CASE WHEN ${consentUse('t.interview_id')} = 'quote' THEN t.snippet ELSE '' END` },
  },
  site_visits: { where: `t.id IN (${keptVisits})` },
  documents: { where: `t.id IN (${keptDocuments})` },
  attachments: { where: `t.id IN (${keptAttachments})` },
  attachment_chunks: { where: `t.attachment_id IN (${keptAttachments})` },
  evidence_links: {
    where: `CASE t.evidence_kind
      WHEN 'interview' THEN t.evidence_id IN (${keptInterviews})
      WHEN 'passage' THEN t.evidence_id IN (${keptPassages})
      WHEN 'site_visit' THEN t.evidence_id IN (${keptVisits})
      WHEN 'document' THEN t.evidence_id IN (${keptDocuments})
      ELSE 0 END`,
  },
};

/**
 * Tables deliberately left empty in the copy: the identity vault (never leaves the project) and
 * the search index (its words include the notes; the copy's index is rebuilt from the copy).
 */
export const EMPTY_TABLES: ReadonlySet<string> = new Set([
  'vault_meta',
  'vault_identities',
  'search_index',
  'search_index_keys',
  'sqlite_sequence',
  // Merge conflicts hold values side by side (any sensitivity) and bases point at this file's chain.
  'merge_conflicts',
  'merge_bases',
]);

function countOf(db: Db, sql: string, max: number): number {
  return (db.prepare(`SELECT count(*) AS n FROM (${sql})`).get({ max }) as { n: number }).n;
}

function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * What the copy leaves out, counted over live records (deleted = 0), each under its first
 * reason: a passage of an interview above the sensitivity counts as "of left-out evidence",
 * not again under its consent.
 */
export function countExclusions(db: Db, maxSensitivity: Sensitivity): ReviewCopyExclusions {
  const max = sensitivityRank(maxSensitivity);
  const above = (table: string) =>
    `SELECT id FROM main.${table} WHERE deleted = 0 AND ${rankSql('sensitivity')} > @max`;
  const passagesOfKept = (use: string) => `SELECT p.id FROM main.passages p
    WHERE p.deleted = 0 AND p.interview_id IN (${keptInterviews}) AND ${use}`;
  const use = consentUse('p.interview_id');
  return {
    vaultIdentities: tableExists(db, 'vault_identities')
      ? countOf(db, 'SELECT id FROM main.vault_identities WHERE deleted = 0', max)
      : 0,
    interviewNotes: countOf(
      db,
      `SELECT id FROM main.interviews WHERE deleted = 0 AND notes <> '' AND id IN (${keptInterviews})`,
      max,
    ),
    interviewsAboveSensitivity: countOf(db, above('interviews'), max),
    siteVisitsAboveSensitivity: countOf(db, above('site_visits'), max),
    documentsAboveSensitivity: countOf(db, above('documents'), max),
    attachmentsOfLeftOut: countOf(
      db,
      `SELECT id FROM main.attachments WHERE deleted = 0 AND id NOT IN (${keptAttachments})`,
      max,
    ),
    passagesOfLeftOut: countOf(
      db,
      `SELECT id FROM main.passages WHERE deleted = 0 AND interview_id NOT IN (${keptInterviews})`,
      max,
    ),
    passagesNoUse: countOf(
      db,
      passagesOfKept(`${use} IS NOT 'withdrawn' AND ${use} IS NOT 'quote' AND ${use} IS NOT 'paraphrase'`),
      max,
    ),
    passagesWithdrawn: countOf(db, passagesOfKept(`${use} = 'withdrawn'`), max),
    passagesParaphraseOnly: countOf(db, passagesOfKept(`${use} = 'paraphrase'`), max),
    evidenceLinksToLeftOut: countOf(
      db,
      `SELECT t.id FROM main.evidence_links t WHERE NOT (${TABLE_RULES.evidence_links?.where ?? '0'})`,
      max,
    ),
  };
}

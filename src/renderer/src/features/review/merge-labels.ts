import type { TFunction } from 'i18next';
import { AUDIT_RECORD_WORDS } from '../../../../shared/audit';
import { formatDate, type Calendar } from '../../../../shared/dates';
import type { Language } from '../../../../shared/messages';
import { formatDateTime } from '../../lib/format';
import { en } from '../../locales/en';

/**
 * Merge conflicts in words (issue 6): a conflict names a table, a record and a column; the user
 * should read "Finding F-C4-01 · Statement (English)" with values as the app shows them
 * elsewhere (dates in the project's calendar, yes/no, a finding's severity by its name). The
 * labels the editors use are reused where they exist; other columns get readable words.
 */

/** A table's kind of record in the audit trail's words (which are in both languages). */
const TABLE_ENTITY: Record<string, string> = {
  project: 'project',
  indicators: 'indicator',
  interviews: 'interview',
  passages: 'passage',
  site_visits: 'site_visit',
  documents: 'document',
  attachments: 'attachment',
  attachment_chunks: 'attachment',
  ratings: 'rating',
  findings: 'finding',
  recommendations: 'recommendation',
  recommendation_findings: 'recommendation',
  actions: 'action_item',
  export_profiles: 'export_profile',
  report_narratives: 'narrative',
  meetings: 'meeting',
  meeting_attendance: 'attendance',
  meeting_agenda_items: 'agendaItem',
  meeting_positions: 'position',
  meeting_follow_ups: 'followUp',
  legal_provisions: 'legal_provision',
  twg_members: 'twg_member',
  curriculum: 'curriculum',
  curriculum_modules: 'curriculum_module',
  module_outcomes: 'curriculum_module',
  module_findings: 'curriculum_module',
  tot_events: 'tot_event',
  tot_participants: 'tot_participant',
  tot_sessions: 'tot_session',
  tot_tests: 'test',
  tot_evaluations: 'evaluation',
  review_comments: 'comment',
};

type Kinds = typeof en.review.merge.kinds;
type Columns = typeof en.review.merge.columns;

const has = <T extends object>(object: T, key: string): key is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(object, key);

/** "Finding", "Agency", … ; a table no list knows is "Record". */
export function recordKind(t: TFunction, table: string, language: Language): string {
  const words = AUDIT_RECORD_WORDS[TABLE_ENTITY[table] ?? ''];
  if (words) return words[language];
  const kinds: Kinds = en.review.merge.kinds;
  return has(kinds, table) ? t(`review.merge.kinds.${table}`) : t('review.merge.kinds.other');
}

/** Labels the editors already show, by table.column (a bilingual column without _en/_th). */
function editorLabel(t: TFunction, table: string, base: string): string | null {
  switch (`${table}.${base}`) {
    case 'findings.statement':
      return t('findings.columns.statement');
    case 'findings.type':
      return t('findings.form.type');
    case 'findings.severity':
      return t('findings.form.severity');
    case 'findings.training_addressable':
      return t('findings.form.trainingAddressable');
    case 'findings.scopes':
      return t('findings.form.scopes');
    case 'findings.subarea_code':
      return t('findings.form.subArea');
    case 'ratings.value':
      return t('ratings.form.value');
    case 'ratings.confidence':
      return t('ratings.form.confidence');
    case 'ratings.state':
      return t('ratings.form.state');
    case 'ratings.rated_on':
      return t('ratings.form.ratedOn');
    case 'ratings.assessor':
      return t('ratings.form.assessor');
    default:
      return null;
  }
}

/** "statement_en" of findings -> "Statement (English)"; an unknown column -> its words. */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  // A set of child rows (evidence links, outcomes…) is one conflict named "@table".
  const column = field.startsWith('@') ? field.slice(1) : field;
  const lang = /_(en|th)$/.exec(column)?.[1] as 'en' | 'th' | undefined;
  const base = lang ? column.slice(0, -3) : column;
  const language = lang ? t(`framework.languages.${lang}`) : '';
  // The editors' own "Statement (English)" and "Justification (Thai)".
  if (lang && table === 'findings' && base === 'statement') return t('findings.form.statement', { language });
  if (lang && table === 'ratings' && base === 'justification') return t('ratings.form.justification', { language });
  const columns: Columns = en.review.merge.columns;
  const words =
    editorLabel(t, table, base) ??
    (has(columns, base) ? t(`review.merge.columns.${base}`) : base.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
  return lang ? t('review.merge.inLanguage', { field: words, language }) : words;
}

const BOOLEAN_COLUMNS = new Set([
  'training_addressable',
  'to_verify',
  'beneficiary',
  'twg',
  'retired',
  'active',
  'certificate_issued',
  'no_people_confirmed',
  'draft',
]);

/** A stored value as the app shows it: dates in the project's calendar, yes/no, named choices. */
export function fieldValue(
  t: TFunction,
  conflict: { table: string; field: string },
  value: string,
  style: { language: Language; calendar: Calendar },
): string {
  if (value === '' || value === 'null') return t('review.merge.empty');
  const { table, field } = conflict;
  if (field === 'deleted') return value === '1' ? t('review.merge.recordDeleted') : t('review.merge.recordKept');
  if (BOOLEAN_COLUMNS.has(field) && (value === '0' || value === '1')) return value === '1' ? t('review.merge.yes') : t('review.merge.no');
  if (table === 'findings' && field === 'severity' && has(en.findings.severities, value)) return t(`findings.severities.${value}`);
  if (table === 'findings' && field === 'type' && has(en.findings.types, value)) return t(`findings.types.${value}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return formatDate(new Date(y, m - 1, d), style);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value, style);
  return value;
}

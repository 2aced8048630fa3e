/**
 * Inputs and look-ups shared by the analysis tests (ratings, findings, recommendations, the
 * Joint Action Plan, the dashboard). Every test file opens one real encrypted project through
 * the real handler table and builds its records with these.
 */
import type { ActionCreateInput } from '../../../src/shared/action-plan';
import type { ProjectIndicator } from '../../../src/shared/framework';
import { expectValue, makeApi, type TestApi } from '../../helpers/api';
import { PASSPHRASE } from '../../helpers/project';

export interface AnalysisProject {
  api: TestApi;
  indicators: ProjectIndicator[];
}

/** A new project in `root` (one key derivation pair) and its framework's indicators. */
export async function openAnalysisProject(root: string, name: string): Promise<AnalysisProject> {
  const api = makeApi(root);
  expectValue(
    await api.call('project.create', {
      path: `${root}/${name}.bmma`,
      title: 'การประเมิน',
      language: 'th',
      passphrase: PASSPHRASE,
    }),
  );
  const tree = expectValue(await api.call('framework.tree', {}));
  const indicators = tree.areas.flatMap((area) => area.subAreas.flatMap((subArea) => subArea.indicators));
  return { api, indicators };
}

type Scope = 'national' | 'agency' | 'crossing_point';

/** The first live indicator matching: on a scale, allowing a scope, in an area. */
export function pickIndicator(
  indicators: readonly ProjectIndicator[],
  want: { scale?: string; scope?: Scope | readonly Scope[]; area?: string; not?: readonly string[] },
): ProjectIndicator {
  const found = indicators.find(
    (indicator) =>
      !indicator.retired &&
      (want.scale === undefined || indicator.scale === want.scale) &&
      [want.scope ?? []].flat().every((scope) => indicator.scope.includes(scope)) &&
      (want.area === undefined || indicator.subAreaCode.startsWith(want.area)) &&
      !(want.not ?? []).includes(indicator.id),
  );
  if (!found) throw new Error(`the template has an indicator like ${JSON.stringify(want)}`);
  return found;
}

export function ratingInput(indicatorId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    indicatorId,
    scope: { type: 'national', code: null },
    value: 1,
    justification: { en: 'Seen in the SOP binder at headquarters', th: 'พบในแฟ้มระเบียบปฏิบัติ' },
    confidence: 'medium',
    state: 'draft',
    ratedOn: '2019-08-14',
    assessor: 'AT',
    evidence: [],
    ...overrides,
  };
}

export function findingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subAreaCode: 'C4',
    type: 'gap',
    severity: 'high',
    statement: {
      en: 'Smuggling cases are charged only under the Immigration Act; financial investigations are rare.',
      th: 'คดีลักลอบขนคนมักตั้งข้อหาตามพระราชบัญญัติคนเข้าเมืองเท่านั้น และแทบไม่มีการสืบสวนทางการเงิน',
    },
    trainingAddressable: true,
    scopes: [],
    evidence: [],
    ...overrides,
  };
}

export function recommendationInput(
  findingIds: string[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    subAreaCode: 'C4',
    findingIds,
    text: {
      en: 'Open a financial investigation in every organised smuggling case.',
      th: 'ให้เปิดการสืบสวนทางการเงินในทุกคดี',
    },
    priority: 'high',
    horizon: 'medium',
    ...overrides,
  };
}

const EMPTY = { en: '', th: '' };

/** A draft item with only what the form requires: the SMART check fails on every criterion. */
export function actionInput(overrides: Partial<ActionCreateInput> = {}): ActionCreateInput {
  return {
    subAreaCode: 'B3',
    recommendationId: null,
    objective: { en: 'Anti-smuggling provisions adopted', th: '' },
    action: { en: 'Finalise provisions', th: '' },
    leadAgencyCode: null,
    supportingAgencyCodes: [],
    startDate: null,
    endDate: null,
    timeframe: 'medium',
    priority: 'high',
    keyMeasure: false,
    indicator: EMPTY,
    baseline: EMPTY,
    target: EMPTY,
    meansOfVerification: EMPTY,
    estimatedCost: null,
    currency: 'THB',
    fundingSource: '',
    risks: EMPTY,
    ...overrides,
  };
}

export function documentInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: { en: 'Immigration Bureau SOP on victim referral', th: 'ระเบียบปฏิบัติการส่งต่อผู้เสียหาย' },
    docType: 'sop',
    issuerAgencyCode: 'RTP-IB',
    legalInstrumentCode: null,
    documentDate: '2019-05-01',
    reference: 'IB order 12/2562',
    notes: '',
    sensitivity: 'internal',
    language: 'th',
    reliability: { source: 'B', information: 2 },
    ...overrides,
  };
}

export function siteVisitInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    crossingPointCode: 'BCP-TAK-MSOT2',
    startDate: '2019-08-14',
    endDate: '2019-08-15',
    team: ['AT'],
    checklist: {},
    observations: 'Referral by phone only.',
    sensitivity: 'internal',
    language: 'en',
    reliability: { source: 'B', information: 2 },
    ...overrides,
  };
}

/** How many audit events the file holds. */
export function auditCount(api: TestApi): number {
  return api.session
    .require()
    .read((db) => (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n);
}

/** The audit events after `seq`: action, entity id and details as stored. */
export function auditSince(
  api: TestApi,
  count: number,
): Array<{ action: string; entityId: string | null; details: Record<string, unknown> }> {
  return api.session
    .require()
    .read((db) =>
      (
        db.prepare('SELECT action, entity_id, details FROM audit_events ORDER BY seq LIMIT -1 OFFSET ?').all(count) as {
          action: string;
          entity_id: string | null;
          details: string;
        }[]
      ).map((row) => ({
        action: row.action,
        entityId: row.entity_id,
        details: JSON.parse(row.details) as Record<string, unknown>,
      })),
    );
}

/** A row as stored, tombstones included (what the user no longer sees but the file keeps). */
export function storedRow(api: TestApi, table: string, id: string): Record<string, unknown> | undefined {
  return api.session
    .require()
    .read((db) => db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined);
}

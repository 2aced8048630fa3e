/**
 * Export profiles and the "what will be left out" preview (issue 4), on a real encrypted file
 * through the real api: profiles saved, replaced, listed and tombstoned with audit events; the
 * preview's counts follow the redaction level, consent, paraphrase-only passages and small cells.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import type { ChannelOutput } from '../../../src/shared/contract';
import { DEFAULT_EXPORT_PROFILE, type ExportDocument, type ExportProfile } from '../../../src/shared/export';
import type { Interview } from '../../../src/shared/evidence';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { auditEvents, documentInput, indicatorId, insertFinding, siteVisitInput } from '../evidence/fixtures';

let root: string;
let api: TestApi;
let project: ProjectFile;

const NOTES = 'เจ้าหน้าที่ด่านส่งต่อผู้เสียหายทางโทรศัพท์ ไม่มี SOP / referral by phone only, no written SOP.';

const preview = async (document: ExportDocument, profile: Partial<ExportProfile> = {}): Promise<ChannelOutput<'export.preview'>> =>
  expectValue(await api.call('export.preview', { document, profile: { ...DEFAULT_EXPORT_PROFILE, ...profile } }));
const omitted = (result: ChannelOutput<'export.preview'>): Record<string, number> =>
  Object.fromEntries(result.omissions.map((o) => [o.reason, o.count]));
const interview = async (overrides: Parameters<typeof interviewInput>[1]): Promise<Interview> =>
  expectValue(await api.call('interviews.create', interviewInput('official', { notes: NOTES, ...overrides })));
const action = (leadAgencyCode: string | null) => ({
  subAreaCode: 'B3',
  recommendationId: null,
  objective: { en: 'Anti-smuggling provisions adopted', th: '' },
  action: { en: 'Finalise the anti-smuggling provisions of the draft Immigration Act', th: '' },
  leadAgencyCode,
  supportingAgencyCodes: [],
  startDate: null,
  endDate: null,
  timeframe: 'medium',
  priority: 'high',
  keyMeasure: false,
  indicator: { en: '', th: '' },
  baseline: { en: '', th: '' },
  target: { en: '', th: '' },
  meansOfVerification: { en: '', th: '' },
  estimatedCost: null,
  currency: 'THB',
  fundingSource: '',
  risks: { en: '', th: '' },
});

beforeAll(async () => {
  root = makeTempDir('export-preview');
  api = makeApi(root);
  expectValue(await api.call('project.create', { path: `${root}/field.bmma`, title: 'Export', language: 'th', passphrase: PASSPHRASE }));
  project = api.session.require();
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('saved export profiles', () => {
  it('saves, replaces by name, lists in name order and tombstones, each with an audit event', async () => {
    expect(expectValue(await api.call('export.profiles', {}))).toEqual([]);
    const ministry = { ...DEFAULT_EXPORT_PROFILE, marking: 'confidential', language: 'both' } as const;
    expectValue(await api.call('export.saveProfile', { name: 'Ministry review', profile: ministry }));
    const listed = expectValue(await api.call('export.saveProfile', { name: 'IOM internal', profile: DEFAULT_EXPORT_PROFILE }));
    expect(listed.map((p) => p.name)).toEqual(['IOM internal', 'Ministry review']);
    expect(listed[1]?.profile).toEqual(ministry);

    const replaced = expectValue(
      await api.call('export.saveProfile', { name: 'Ministry review', profile: { ...ministry, calendar: 'CE', minCellSize: 10 } }),
    );
    expect(replaced).toHaveLength(2);
    expect(replaced[1]?.profile).toMatchObject({ calendar: 'CE', minCellSize: 10, marking: 'confidential' });

    const afterDelete = expectValue(await api.call('export.deleteProfile', { name: 'IOM internal' }));
    expect(afterDelete.map((p) => p.name)).toEqual(['Ministry review']);
    expect(expectValue(await api.call('export.profiles', {})).map((p) => p.name)).toEqual(['Ministry review']);
    // The name is free again once its profile is tombstoned.
    expectValue(await api.call('export.saveProfile', { name: 'IOM internal', profile: DEFAULT_EXPORT_PROFILE }));

    expect(auditEvents(project, 'exportProfile.saved').map((e) => e.details['name'])).toEqual([
      'Ministry review',
      'IOM internal',
      'Ministry review',
      'IOM internal',
    ]);
    expect(auditEvents(project, 'exportProfile.deleted').map((e) => e.details['name'])).toEqual(['IOM internal']);
    expect(expectValue(await api.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a custom marking without its label, and deleting a profile that is not there', async () => {
    const before = expectValue(await api.call('export.profiles', {}));
    const error = expectError(
      await api.call('export.saveProfile', { name: 'Unlabelled', profile: { ...DEFAULT_EXPORT_PROFILE, marking: 'custom', markingLabel: '  ' } }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(expectValue(await api.call('export.profiles', {}))).toEqual(before);
    expect(expectError(await api.call('export.deleteProfile', { name: 'Never saved' })).code).toBe('NOT_FOUND');
  });

  it('refuses a stored profile that no longer validates instead of exporting with it', async () => {
    project.write((ctx) => {
      ctx.db
        .prepare("UPDATE export_profiles SET profile = json_set(profile, '$.minCellSize', 1) WHERE name = 'IOM internal' AND deleted = 0")
        .run();
    });
    expect(expectError(await api.call('export.profiles', {})).code).toBe('VALIDATION');
    expectValue(await api.call('export.saveProfile', { name: 'IOM internal', profile: DEFAULT_EXPORT_PROFILE }));
    expect(expectValue(await api.call('export.profiles', {}))).toHaveLength(2);
  });
});

describe('what the export will leave out', () => {
  it('an empty project: nothing left out, every report section shows a placeholder', async () => {
    const report = await preview('report');
    expect(report.included).toBe(0);
    expect(report.omissions).toEqual([]);
    expect(report.emptySections).toEqual(
      expect.arrayContaining(['executive_summary', 'findings_A', 'findings_E', 'recommendations', 'action_plan', 'cross_cutting']),
    );
    expect(await preview('action_plan')).toEqual({ omissions: [], emptySections: ['action_plan'], included: 0 });
  });

  it('counts evidence above the redaction level, and follows the level', async () => {
    await interview({ sensitivity: 'restricted', consent: { ...interviewInput('official').consent, permittedUse: 'quote' } });
    expectValue(await api.call('siteVisits.create', siteVisitInput({ sensitivity: 'confidential' })));
    expectValue(await api.call('documents.create', documentInput({ sensitivity: 'public' })));

    expect(omitted(await preview('report', { maxSensitivity: 'internal' }))['above_sensitivity']).toBe(2);
    expect(omitted(await preview('report', { maxSensitivity: 'restricted' }))['above_sensitivity']).toBe(1);
    expect(omitted(await preview('report', { maxSensitivity: 'top_secret' }))['above_sensitivity']).toBeUndefined();
    expect(omitted(await preview('report', { maxSensitivity: 'public' }))['above_sensitivity']).toBe(2);
  });

  it('counts interviews without consent to use or with consent withdrawn, once each', async () => {
    const base = interviewInput('official').consent;
    await interview({ sensitivity: 'public', consent: { ...base, permittedUse: 'none' } });
    // Withdrawn and above the level: counted once, under the participant's withdrawal.
    await interview({ sensitivity: 'secret', consent: { ...base, permittedUse: 'quote', withdrawnAt: '2026-04-01' } });
    const counts = omitted(await preview('report', { maxSensitivity: 'restricted' }));
    expect(counts).toMatchObject({ consent_no_use: 1, consent_withdrawn: 1, above_sensitivity: 1 });
  });

  it('counts passages of paraphrase-only interviews that will not be quoted', async () => {
    const base = interviewInput('official').consent;
    const paraphrase = await interview({ sensitivity: 'public', consent: { ...base, permittedUse: 'paraphrase' } });
    const quoted = await interview({ sensitivity: 'public', consent: { ...base, permittedUse: 'quote' } });
    const indicator = indicatorId(project, 'E2.1');
    for (const [target, start] of [
      [paraphrase, 0],
      [paraphrase, 20],
      [quoted, 0],
    ] as const) {
      expectValue(await api.call('passages.create', { interviewId: target.id, start, end: start + 10, targetType: 'indicator', targetId: indicator }));
    }
    expect(omitted(await preview('report', { maxSensitivity: 'top_secret' }))['paraphrase_only']).toBe(2);
    // Left out altogether below its level: its passages are not counted a second time.
    await api.call('interviews.update', { id: paraphrase.id, sensitivity: 'secret' });
    expect(omitted(await preview('report', { maxSensitivity: 'restricted' }))['paraphrase_only']).toBeUndefined();
  });

  it('counts small methodology cells and action-plan cells by the minimum cell size', async () => {
    // Kept at top_secret: 3 officials of RTP-IB (police); the other two are withdrawn / no use.
    const all = { maxSensitivity: 'top_secret' } as const;
    expect(omitted(await preview('report', { ...all, minCellSize: 5 }))['small_cell']).toBe(1);
    expect(omitted(await preview('report', { ...all, minCellSize: 3 }))['small_cell']).toBeUndefined();
    expectValue(await api.call('interviews.create', interviewInput('migrant', { notes: NOTES, sensitivity: 'public' })));
    expect(omitted(await preview('report', { ...all, minCellSize: 3 }))['small_cell']).toBe(1);

    for (const lead of ['RTP-IB', 'RTP-IB', 'RTP-IB', null]) expectValue(await api.call('actions.create', action(lead)));
    const plan = await preview('action_plan', { minCellSize: 3 });
    // unapproved (issue 6 review): none of the four items is approved yet, a warning only.
    expect(plan).toEqual({ omissions: [{ reason: 'small_cell', count: 1 }], emptySections: [], included: 4, unapproved: 4 });
    expect((await preview('action_plan', { minCellSize: 5 })).omissions).toEqual([{ reason: 'small_cell', count: 2 }]);
    expect((await preview('action_plan', { minCellSize: 2 })).omissions).toEqual([{ reason: 'small_cell', count: 1 }]);
    expectValue(await api.call('actions.create', action(null)));
    expect((await preview('action_plan', { minCellSize: 2 })).omissions).toEqual([]);
  });

  it('a finding fills its area: that area is no longer an empty section', async () => {
    insertFinding(project, { en: 'Smuggling cases are rarely followed by financial investigation.', th: 'คดีลักลอบขนคน' });
    const report = await preview('report');
    expect(report.included).toBe(1);
    expect(report.emptySections).not.toContain('findings_C');
    expect(report.emptySections).toContain('findings_A');
    expect(report.emptySections).not.toContain('action_plan');
  });
});

/**
 * The dashboard on a real encrypted project, built up the way an assessor works: each gap
 * shrinks as a rating, its evidence, a recommendation and an action item are added; a passage
 * whose text left the notes shows up; area scores average national ratings over the scale;
 * the plan's status is counted by area and lead agency; a deleted finding leaves every figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, GapKind } from '../../../src/shared/dashboard';
import type { Interview } from '../../../src/shared/evidence';
import type { ProjectIndicator } from '../../../src/shared/framework';
import { expectValue, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import {
  actionInput,
  documentInput,
  findingInput,
  openAnalysisProject,
  pickIndicator,
  ratingInput,
  recommendationInput,
  storedRow,
} from './fixtures';

let root: string;
let api: TestApi;
let indicators: ProjectIndicator[];
let interview: Interview;
let documentId: string;

const dashboard = async (gapLimit = 1000): Promise<Dashboard> =>
  expectValue(await api.call('dashboard.get', { gapLimit }));
const gapsOf = (board: Dashboard, kind: GapKind): Array<[string, string, string]> =>
  board.gaps.filter((gap) => gap.kind === kind).map((gap) => [gap.target, gap.id, gap.code]);

beforeAll(async () => {
  root = makeTempDir('dashboard');
  ({ api, indicators } = await openAnalysisProject(root, 'dashboard'));
  interview = expectValue(
    await api.call(
      'interviews.create',
      interviewInput('official', { notes: 'Referral is done by phone to the shelter.' }),
    ),
  );
  documentId = expectValue(await api.call('documents.create', documentInput())).id;
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('an empty assessment', () => {
  it('lists every live indicator as unrated, in code order, up to the limit', async () => {
    const live = indicators.filter((indicator) => !indicator.retired);
    const board = await dashboard(5);
    expect(board.totals).toMatchObject({
      indicators: live.length,
      indicatorsRated: 0,
      interviews: 1,
      documents: 1,
      findings: 0,
    });
    expect(board.gapCounts).toMatchObject({
      indicator_unrated: live.length,
      rating_without_evidence: 0,
      passage_changed: 0,
    });
    expect(gapsOf(board, 'indicator_unrated')).toEqual(live.slice(0, 5).map((i) => ['indicator', i.id, i.code]));
    expect(board.areaScores.map((area) => [area.areaCode, area.rated, area.score])).toEqual([
      ['A', 0, null],
      ['B', 0, null],
      ['C', 0, null],
      ['D', 0, null],
      ['E', 0, null],
    ]);
    expect(board.actionsByLeadAgency).toEqual([]);
  });
});

describe('the gaps shrink as the work is done', () => {
  it('a rating without evidence replaces the unrated gap, and goes when evidence is linked or coded', async () => {
    const indicator = pickIndicator(indicators, { scope: ['national', 'agency'], area: 'E' });
    const before = await dashboard();
    const national = expectValue(await api.call('ratings.create', ratingInput(indicator.id)));
    const agency = expectValue(
      await api.call('ratings.create', ratingInput(indicator.id, { scope: { type: 'agency', code: 'RTP-IB' } })),
    );
    const rated = await dashboard();
    expect(rated.gapCounts.indicator_unrated).toBe(before.gapCounts.indicator_unrated - 1);
    expect(rated.totals.indicatorsRated).toBe(1);
    expect(gapsOf(rated, 'rating_without_evidence')).toEqual([
      ['indicator', indicator.id, indicator.code],
      ['indicator', indicator.id, indicator.code],
    ]);
    // The scope is named in each language in front of the indicator's text.
    const labels = rated.gaps.filter((gap) => gap.kind === 'rating_without_evidence').map((gap) => gap.label);
    expect(labels.map((label) => label.en.split(' — ')[0])).toEqual(['National', 'IB']);
    expect(labels.map((label) => label.th.split(' — ')[0])).toEqual(['ระดับประเทศ', 'สตม.']);

    expectValue(
      await api.call('ratings.update', { id: national.id, evidence: [{ kind: 'document', id: documentId }] }),
    );
    const left = (await dashboard()).gaps.filter((gap) => gap.kind === 'rating_without_evidence');
    expect(left.map((gap) => gap.label.en.split(' — ')[0])).toEqual(['IB']);
    // A passage of the notes coded to the indicator is evidence for its ratings too.
    expectValue(
      await api.call('passages.create', {
        interviewId: interview.id,
        start: 0,
        end: 8,
        targetType: 'indicator',
        targetId: indicator.id,
      }),
    );
    const coded = await dashboard();
    expect(coded.gapCounts.rating_without_evidence).toBe(0);
    expect(coded.totals).toMatchObject({ ratings: 2, passages: 1 });
    expect(agency.id).not.toBe(national.id);
  });

  it('a finding needs evidence and a recommendation, a recommendation an action, an action a lead and an indicator', async () => {
    const finding = expectValue(await api.call('findings.create', findingInput({ subAreaCode: 'E2' })));
    let board = await dashboard();
    expect(gapsOf(board, 'finding_without_evidence')).toEqual([['finding', finding.id, 'F-E2-01']]);
    expect(gapsOf(board, 'finding_without_recommendation')).toEqual([['finding', finding.id, 'F-E2-01']]);
    expect(board.gaps.find((gap) => gap.kind === 'finding_without_evidence')?.label.th).toBe(finding.statement.th);

    expectValue(
      await api.call('findings.update', {
        id: finding.id,
        evidence: [
          { kind: 'interview', id: interview.id },
          { kind: 'document', id: documentId },
        ],
      }),
    );
    board = await dashboard();
    expect(board.gapCounts.finding_without_evidence).toBe(0);
    expect(board.totals.findingsSupported).toBe(1);

    const recommendation = expectValue(
      await api.call('recommendations.create', recommendationInput([finding.id], { subAreaCode: 'E2' })),
    );
    board = await dashboard();
    expect(board.gapCounts.finding_without_recommendation).toBe(0);
    expect(gapsOf(board, 'recommendation_without_action')).toEqual([
      ['recommendation', recommendation.id, 'REC-E2-01'],
    ]);

    const action = expectValue(
      await api.call('actions.create', actionInput({ subAreaCode: 'E2', recommendationId: recommendation.id })),
    );
    board = await dashboard();
    expect(board.gapCounts.recommendation_without_action).toBe(0);
    expect(gapsOf(board, 'action_without_lead')).toEqual([['action', action.id, 'JAP-E2-01']]);
    expect(gapsOf(board, 'action_without_indicator')).toEqual([['action', action.id, 'JAP-E2-01']]);

    expectValue(
      await api.call('actions.update', {
        id: action.id,
        leadAgencyCode: 'RTP-IB',
        indicator: { en: '', th: 'มีกลไกส่งต่อร่วม' },
      }),
    );
    board = await dashboard();
    expect([board.gapCounts.action_without_lead, board.gapCounts.action_without_indicator]).toEqual([0, 0]);
  });

  it('a coded passage whose text left the notes points at its interview', async () => {
    const current = expectValue(await api.call('interviews.get', { id: interview.id }));
    expectValue(
      await api.call('interviews.update', {
        id: interview.id,
        expectedUpdatedAt: current.updatedAt,
        notes: 'Rewritten.',
      }),
    );
    const board = await dashboard();
    expect(gapsOf(board, 'passage_changed')).toEqual([['interview', interview.id, 'P-001']]);
  });
});

describe('scores and the plan', () => {
  it('scores an area as the mean of national value / scale maximum', async () => {
    const presence = pickIndicator(indicators, { scale: 'presence', scope: 'national', area: 'A' });
    const maturity = pickIndicator(indicators, { scale: 'maturity', scope: 'national', area: 'A' });
    expectValue(await api.call('ratings.create', ratingInput(presence.id, { value: 1 })));
    expectValue(await api.call('ratings.create', ratingInput(maturity.id, { value: 3 })));
    // An agency rating does not count towards the area score.
    const agencyScoped = pickIndicator(indicators, { scope: 'agency', area: 'A', not: [presence.id, maturity.id] });
    expectValue(
      await api.call(
        'ratings.create',
        ratingInput(agencyScoped.id, { scope: { type: 'agency', code: 'OAG' }, value: 0 }),
      ),
    );
    const area = (await dashboard()).areaScores.find((score) => score.areaCode === 'A');
    expect(area).toMatchObject({ rated: 2, score: ((1 / 2 + 3 / 4) / 2) * 100 });
    expect(area?.indicators).toBe(indicators.filter((i) => !i.retired && i.subAreaCode.startsWith('A')).length);
    expect(area?.name.th).not.toBe('');
  });

  it('counts items by area and lead agency for every status, items without a lead last', async () => {
    const item = expectValue(await api.call('actions.create', actionInput({ subAreaCode: 'B3' })));
    expectValue(
      await api.call('actions.addStatusUpdate', { actionId: item.id, date: '2020-05-01', status: 'delayed', note: '' }),
    );
    const board = await dashboard();
    const zero = { not_started: 0, in_progress: 0, completed: 0, delayed: 0, cancelled: 0 };
    expect(board.actionsByArea.map((row) => [row.areaCode, row.counts])).toEqual([
      ['A', zero],
      ['B', { ...zero, delayed: 1 }],
      ['C', zero],
      ['D', zero],
      ['E', { ...zero, not_started: 1 }],
    ]);
    expect(board.actionsByLeadAgency.map((row) => [row.agencyCode, row.name.en, row.counts])).toEqual([
      ['RTP-IB', expect.stringContaining('Immigration Bureau'), { ...zero, not_started: 1 }],
      [null, 'No lead agency', { ...zero, delayed: 1 }],
    ]);
    expect(board.actionsByLeadAgency[1]?.name.th).toBe('ไม่มีหน่วยงานหลัก');
  });
});

describe('tombstones', () => {
  it('a deleted finding leaves the totals and the gaps, and stays in the file', async () => {
    const finding = expectValue(await api.call('findings.create', findingInput({ subAreaCode: 'D1' })));
    const before = await dashboard();
    expect(gapsOf(before, 'finding_without_recommendation').map(([, id]) => id)).toContain(finding.id);
    expectValue(await api.call('findings.delete', { id: finding.id }));
    const after = await dashboard();
    expect(after.totals.findings).toBe(before.totals.findings - 1);
    expect(after.gaps.map((gap) => gap.id)).not.toContain(finding.id);
    expect(after.gapCounts.finding_without_evidence).toBe(before.gapCounts.finding_without_evidence - 1);
    expect(storedRow(api, 'findings', finding.id)).toMatchObject({ deleted: 1 });
  });
});

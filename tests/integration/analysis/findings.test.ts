/**
 * Findings and recommendations through the real handler table on a real encrypted project:
 * codes per sub-area, evidence that must be live (a refused edit keeps the finding as it was),
 * the triangulation gauge, the attribution warning, the PII guard, links both ways, Thai
 * search, tombstones, and an audit event per write that never holds the statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/analysis';
import type { Interview } from '../../../src/shared/evidence';
import type { ProjectIndicator } from '../../../src/shared/framework';
import { expectError, expectValue, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { contentHash } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import {
  auditCount,
  auditSince,
  documentInput,
  findingInput,
  openAnalysisProject,
  pickIndicator,
  ratingInput,
  recommendationInput,
  siteVisitInput,
  storedRow,
} from './fixtures';

const QUOTE = 'No financial investigation was opened in any smuggling case last year.';

let root: string;
let api: TestApi;
let indicator: ProjectIndicator;
let officials: Interview[];
let withPii: Interview;
let documentId: string;
let siteVisitId: string;

const hash = (): string => api.session.require().read((db) => contentHash(db));
const interviewRef = (interview: Interview): { kind: 'interview'; id: string } => ({
  kind: 'interview',
  id: interview.id,
});
const official = (index: number): Interview => {
  const interview = officials[index];
  if (!interview) throw new Error(`official interview ${index} created in beforeAll`);
  return interview;
};
const createFinding = async (overrides: Record<string, unknown> = {}): Promise<Finding> =>
  expectValue(await api.call('findings.create', findingInput(overrides)));

beforeAll(async () => {
  root = makeTempDir('findings');
  let indicators: ProjectIndicator[];
  ({ api, indicators } = await openAnalysisProject(root, 'findings'));
  indicator = pickIndicator(indicators, { scope: 'national', area: 'C' });
  officials = [];
  for (const notes of [QUOTE, 'Second official.', 'Third official.']) {
    officials.push(expectValue(await api.call('interviews.create', interviewInput('official', { notes }))));
  }
  withPii = expectValue(
    await api.call(
      'interviews.create',
      interviewInput('official', { agencyCode: 'OAG', notes: 'Call him on 081-234-5678.' }),
    ),
  );
  documentId = expectValue(await api.call('documents.create', documentInput())).id;
  siteVisitId = expectValue(await api.call('siteVisits.create', siteVisitInput())).id;
});

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('codes', () => {
  it('numbers findings per sub-area and never gives a deleted code again', async () => {
    const first = await createFinding();
    const second = await createFinding();
    const other = await createFinding({ subAreaCode: 'B3' });
    expect([first.code, second.code, other.code]).toEqual(['F-C4-01', 'F-C4-02', 'F-B3-01']);
    expect([first.areaCode, other.areaCode]).toEqual(['C', 'B']);
    expectValue(await api.call('findings.delete', { id: second.id }));
    expect((await createFinding()).code).toBe('F-C4-03');
  });

  it('refuses a sub-area the framework does not have', async () => {
    const error = expectError(await api.call('findings.create', findingInput({ subAreaCode: 'Z9' })));
    expect([error.code, error.details]).toEqual(['LINK_TARGET_MISSING', { kind: 'sub_area', code: 'Z9' }]);
  });
});

describe('evidence', () => {
  it('interview + document is supported; two interviews alone are not', async () => {
    const mixed = await createFinding({ evidence: [interviewRef(official(0)), { kind: 'document', id: documentId }] });
    expect(mixed.triangulation).toEqual({ types: ['interview', 'document'], supported: true });
    expect(mixed.evidence.map((link) => [link.kind, link.deleted])).toEqual([
      ['interview', false],
      ['document', false],
    ]);
    expect(mixed.evidence[1]?.label).toBe('Immigration Bureau SOP on victim referral');
    const interviewsOnly = await createFinding({ evidence: [interviewRef(official(0)), interviewRef(official(1))] });
    expect(interviewsOnly.triangulation).toEqual({ types: ['interview'], supported: false });
  });

  it('warns while one agency has one or two interviewees behind the finding, not at three', async () => {
    const two = await createFinding({ evidence: [interviewRef(official(0)), interviewRef(official(1))] });
    expect(two.attributionWarnings).toEqual([{ agencyCode: 'RTP-IB', interviewees: 2 }]);
    // The third official comes in through a coded passage of their notes.
    const passage = expectValue(
      await api.call('passages.create', {
        interviewId: official(2).id,
        start: 0,
        end: 5,
        targetType: 'indicator',
        targetId: indicator.id,
      }),
    );
    const three = expectValue(
      await api.call('findings.update', {
        id: two.id,
        evidence: [interviewRef(official(0)), interviewRef(official(1)), { kind: 'passage', id: passage.id }],
      }),
    );
    expect(three.attributionWarnings).toEqual([]);
    expect(three.triangulation.types).toEqual(['interview']);
  });

  it('refuses a finding citing an interview whose notes still hold PII, but a rating may cite it', async () => {
    const before = hash();
    const error = expectError(await api.call('findings.create', findingInput({ evidence: [interviewRef(withPii)] })));
    expect([error.code, error.details]).toEqual(['PII_NOT_REDACTED', { kind: 'interview', id: withPii.id }]);
    expect(hash()).toBe(before);
    const rating = expectValue(
      await api.call('ratings.create', ratingInput(indicator.id, { evidence: [interviewRef(withPii)] })),
    );
    expect(rating.evidence.map((link) => link.code)).toEqual([withPii.code]);
  });

  it('refuses a link to a deleted record, on create and on update, keeping the finding as it was', async () => {
    const doomed = expectValue(await api.call('documents.create', documentInput({ title: { en: 'Old MoU', th: '' } })));
    const finding = await createFinding({ evidence: [{ kind: 'site_visit', id: siteVisitId }] });
    expectValue(await api.call('documents.delete', { id: doomed.id }));

    const events = auditCount(api);
    const refused = expectError(
      await api.call('findings.create', findingInput({ evidence: [{ kind: 'document', id: doomed.id }] })),
    );
    expect([refused.code, refused.details]).toEqual(['LINK_TARGET_MISSING', { kind: 'document', id: doomed.id }]);
    const update = expectError(
      await api.call('findings.update', {
        id: finding.id,
        statement: { en: 'An edit that must not be saved', th: '' },
        evidence: [
          { kind: 'site_visit', id: siteVisitId },
          { kind: 'document', id: doomed.id },
        ],
      }),
    );
    expect(update.code).toBe('LINK_TARGET_MISSING');
    expect(expectValue(await api.call('findings.get', { id: finding.id }))).toEqual(finding);
    expect(auditCount(api)).toBe(events);
  });

  it('keeps a link to an item deleted after linking, shown as deleted and out of the gauge', async () => {
    const visit = expectValue(
      await api.call('siteVisits.create', siteVisitInput({ startDate: '2019-09-01', endDate: '2019-09-01' })),
    );
    const finding = await createFinding({
      evidence: [interviewRef(official(0)), { kind: 'site_visit', id: visit.id }],
    });
    expect(finding.triangulation.supported).toBe(true);
    expectValue(await api.call('siteVisits.delete', { id: visit.id }));
    const after = expectValue(await api.call('findings.get', { id: finding.id }));
    expect(after.evidence.find((link) => link.id === visit.id)?.deleted).toBe(true);
    expect(after.triangulation).toEqual({ types: ['interview'], supported: false });
    // Editing other fields keeps the dead link without refusing.
    const edited = expectValue(await api.call('findings.update', { id: finding.id, severity: 'low' }));
    expect(edited.evidence).toHaveLength(2);
  });

  it('links both ways: the interview lists the findings, ratings and passages that use it', async () => {
    const finding = await createFinding({ subAreaCode: 'E2', evidence: [interviewRef(official(2))] });
    const usage = expectValue(await api.call('evidence.usage', interviewRef(official(2))));
    expect(usage.findings.map((f) => f.code)).toContain(finding.code);
    // The passage coded in beforeAll's third interview is listed with its target.
    expect(usage.passages.map((p) => p.targetCode)).toEqual([indicator.code]);
    const documentUsage = expectValue(await api.call('evidence.usage', { kind: 'document', id: documentId }));
    expect(documentUsage.passages).toEqual([]);
    expect(documentUsage.findings.length).toBeGreaterThan(0);
    const ratingUsage = expectValue(await api.call('evidence.usage', interviewRef(withPii)));
    expect(ratingUsage.ratings).toEqual([
      expect.objectContaining({ indicatorCode: indicator.code, scopeLabel: 'national' }),
    ]);
  });
});

describe('recommendations', () => {
  it('cite live findings, and each side lists the other', async () => {
    const finding = await createFinding({ subAreaCode: 'D2' });
    const recommendation = expectValue(
      await api.call('recommendations.create', recommendationInput([finding.id], { subAreaCode: 'D2' })),
    );
    expect(recommendation).toMatchObject({
      code: 'REC-D2-01',
      areaCode: 'D',
      findings: [{ id: finding.id, code: finding.code, deleted: false }],
    });
    expect(expectValue(await api.call('findings.get', { id: finding.id })).recommendations).toEqual([
      { id: recommendation.id, code: 'REC-D2-01' },
    ]);
    const filtered = expectValue(await api.call('recommendations.list', { findingId: finding.id }));
    expect(filtered.map((r) => r.id)).toEqual([recommendation.id]);

    // The finding is deleted: the recommendation shows it as deleted, and cannot cite it anew.
    expectValue(await api.call('findings.delete', { id: finding.id }));
    const after = expectValue(await api.call('recommendations.get', { id: recommendation.id }));
    expect(after.findings).toEqual([{ id: finding.id, code: finding.code, deleted: true }]);
    const refused = expectError(await api.call('recommendations.create', recommendationInput([finding.id])));
    expect([refused.code, refused.details]).toEqual(['LINK_TARGET_MISSING', { kind: 'finding', id: finding.id }]);
  });
});

describe('tombstones, search and the audit trail', () => {
  it('a deleted finding leaves the list and search, and its row stays in the file', async () => {
    const finding = await createFinding({
      subAreaCode: 'A5',
      statement: {
        en: 'Training plans are not linked to job profiles.',
        th: 'แผนการฝึกอบรมไม่เชื่อมโยงกับลักษณะงานของเจ้าหน้าที่',
      },
    });
    expect(expectValue(await api.call('findings.list', { areaCode: 'A' })).map((f) => f.code)).toEqual(['F-A5-01']);
    // A Thai word inside the unspaced Thai statement, and an English stem.
    const thai = expectValue(await api.call('search.query', { query: 'ฝึกอบรม', kinds: ['finding'] }));
    expect(thai.hits.map((hit) => [hit.code, hit.title])).toEqual([
      ['F-A5-01', 'แผนการฝึกอบรมไม่เชื่อมโยงกับลักษณะงานของเจ้าหน้าที่'],
    ]);
    expect(thai.hits[0]?.snippet.highlights).toHaveLength(1);
    const english = expectValue(await api.call('search.query', { query: 'profile', kinds: ['finding'] }));
    expect(english.hits.map((hit) => [hit.code, hit.title])).toEqual([
      ['F-A5-01', 'Training plans are not linked to job profiles.'],
    ]);

    expectValue(await api.call('findings.delete', { id: finding.id }));
    expect(expectValue(await api.call('findings.list', { areaCode: 'A' }))).toEqual([]);
    expect(expectValue(await api.call('search.query', { query: 'ฝึกอบรม', kinds: ['finding'] })).total).toBe(0);
    expect(storedRow(api, 'findings', finding.id)).toMatchObject({ code: 'F-A5-01', deleted: 1 });
  });

  it('finds a recommendation by a Thai word', async () => {
    const result = expectValue(await api.call('search.query', { query: 'สืบสวน', kinds: ['recommendation'] }));
    expect(result.hits.map((hit) => hit.code)).toEqual(['REC-D2-01']);
  });

  it('every write of a finding and a recommendation has its event, with field names only', async () => {
    const start = auditCount(api);
    const finding = await createFinding({ subAreaCode: 'E3' });
    const secret = 'CANARY statement 5521';
    expectValue(
      await api.call('findings.update', { id: finding.id, statement: { en: secret, th: '' }, severity: 'medium' }),
    );
    const recommendation = expectValue(
      await api.call('recommendations.create', recommendationInput([finding.id], { subAreaCode: 'E3' })),
    );
    expectValue(await api.call('recommendations.update', { id: recommendation.id, text: { en: secret, th: '' } }));
    expectValue(await api.call('recommendations.delete', { id: recommendation.id }));
    expectValue(await api.call('findings.delete', { id: finding.id }));
    const events = auditSince(api, start);
    expect(events.map((e) => e.action)).toEqual([
      'finding.created',
      'finding.updated',
      'recommendation.created',
      'recommendation.updated',
      'recommendation.deleted',
      'finding.deleted',
    ]);
    expect(events[1]?.details).toEqual({ code: finding.code, fields: ['severity', 'statement'] });
    expect(events[3]?.details).toEqual({ code: recommendation.code, fields: ['text'] });
    expect(JSON.stringify(events)).not.toContain('CANARY');
  });
});

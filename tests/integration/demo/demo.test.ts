/**
 * The demo project (issue 3): what a user finds after "Create demo project" on the start
 * screen, on a real encrypted file made through the api (Session, services, audit trail).
 * A second demo written straight into a ProjectFile must give the same records and codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { listActions } from '../../../src/main/services/actions';
import { getDashboard } from '../../../src/main/services/dashboard';
import { DEMO_TITLE, fillDemo } from '../../../src/main/services/demo';
import { listDocuments } from '../../../src/main/services/documents';
import { listFindings } from '../../../src/main/services/findings';
import { getFrameworkTree } from '../../../src/main/services/framework';
import { getInterview, listInterviews } from '../../../src/main/services/interviews';
import { listPassages } from '../../../src/main/services/passages';
import { listRatings } from '../../../src/main/services/ratings';
import { listRecommendations } from '../../../src/main/services/recommendations';
import { listCrossingPoints } from '../../../src/main/services/reference';
import { search } from '../../../src/main/services/search';
import { getSiteVisit, listSiteVisits } from '../../../src/main/services/site-visits';
import { findPii } from '../../../src/shared/pii';
import type { ProjectInfo } from '../../../src/shared/schemas';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { makeProject, PASSPHRASE } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';

const THAI_RUN = /[\u0E00-\u0E7F]{25,}/u;

let dir: string;
let api: TestApi;
let info: ProjectInfo;
let project: ProjectFile;

beforeAll(async () => {
  dir = makeTempDir('demo');
  api = makeApi(dir);
  info = expectValue(
    await api.call('project.createDemo', {
      path: path.join(dir, 'demo.bmma'),
      title: DEMO_TITLE.en,
      language: 'en',
      passphrase: PASSPHRASE,
    }),
  );
  project = api.session.require();
});

afterAll(() => {
  api.session.close();
  removeTempDir(dir);
});

describe('the demo project', () => {
  it('opens at once with the demo title and the issue’s minimum of every kind of record', () => {
    expect(api.session.status()).toMatchObject({ state: 'open', title: 'BMMA Thailand — demo (fictional data)' });
    const { counts } = info;
    expect(counts['interviews']).toBeGreaterThanOrEqual(40);
    expect(counts['site_visits']).toBe(8);
    expect(counts['documents']).toBe(20);
    expect(counts['findings']).toBe(25);
    expect(counts['recommendations']).toBe(20);
    expect(counts['actions']).toBe(30);
    expect(counts['passages']).toBeGreaterThan(0);
    expect(counts['attachments']).toBeGreaterThan(0);
    expect(counts['action_status_updates']).toBeGreaterThan(30);
    // Parts of other records are not counted as records of their own.
    for (const internal of ['attachment_chunks', 'evidence_links', 'recommendation_findings']) {
      expect(counts).not.toHaveProperty(internal);
    }
  });

  it('has interviews of every category and many agencies, notes in Thai and English, varied consent', () => {
    const { items } = listInterviews(project, { limit: 1000 });
    const categories = new Set(items.map((item) => item.category));
    expect([...categories].sort()).toEqual(['focus_group', 'migrant', 'official', 'stakeholder']);
    const agencies = new Set(items.filter((item) => item.category === 'official').map((item) => item.agencyCode));
    expect(agencies.size).toBeGreaterThanOrEqual(10);
    // Migrants: month and generalised location only (DOMAIN.md 3.4).
    for (const migrant of items.filter((item) => item.category === 'migrant')) {
      expect(migrant.interviewDate).toBeNull();
      expect(migrant.month).toMatch(/^20(19|20|21)-\d\d$/);
    }
    expect(new Set(items.map((item) => item.permittedUse))).toEqual(new Set(['quote', 'paraphrase', 'none']));
    expect(items.some((item) => item.consentWithdrawn)).toBe(true);
    const notes = items.map((item) => getInterview(project, item.id).notes);
    expect(notes.filter((text) => THAI_RUN.test(text)).length).toBeGreaterThan(10);
    expect(notes.filter((text) => /\bcheckpoint\b/i.test(text)).length).toBeGreaterThan(5);
    // Fictional, and clean: the PII guard finds nothing to redact.
    expect(notes.flatMap((text) => findPii(text))).toEqual([]);
  });

  it('visits land, air, sea and river crossings, with the checklist of each mode filled', () => {
    const modes = new Map(listCrossingPoints(project).map((point) => [point.code, point.mode]));
    const { items } = listSiteVisits(project);
    expect(new Set(items.map((visit) => modes.get(visit.crossingPointCode)))).toEqual(
      new Set(['land', 'air', 'sea', 'river']),
    );
    for (const summary of items) {
      const visit = getSiteVisit(project, summary.id);
      const rated = Object.values(visit.checklist).filter((entry) => entry && entry.rating !== 'not_observed');
      expect(rated.length).toBeGreaterThanOrEqual(8);
    }
    const documents = listDocuments(project).items;
    expect(new Set(documents.map((doc) => doc.docType))).toEqual(
      new Set(['law', 'regulation', 'sop', 'mou', 'statistics', 'report', 'training', 'questionnaire']),
    );
    expect(documents.filter((doc) => doc.legalInstrumentCode !== null).length).toBeGreaterThanOrEqual(8);
  });

  it('rates most national indicators, and indicators at several crossing points', () => {
    const nationalIndicators = getFrameworkTree(project)
      .areas.flatMap((area) => area.subAreas.flatMap((subArea) => subArea.indicators))
      .filter((indicator) => indicator.scope.includes('national'));
    const ratings = listRatings(project);
    const national = ratings.filter((rating) => rating.scope.type === 'national');
    expect(national.length).toBeGreaterThan(nationalIndicators.length * 0.8);
    expect(national.length).toBeLessThan(nationalIndicators.length);
    const crossings = new Set(ratings.filter((r) => r.scope.type === 'crossing_point').map((r) => r.scope.code));
    expect(crossings.size).toBeGreaterThanOrEqual(3);
    for (const rating of ratings) expect(rating.value).toBeLessThanOrEqual(rating.scaleMax);
  });

  it('cites evidence in every finding, mostly triangulated, with an attribution warning or two', () => {
    const findings = listFindings(project);
    expect(new Set(findings.map((finding) => finding.areaCode))).toEqual(new Set(['A', 'B', 'C', 'D', 'E']));
    for (const finding of findings) expect(finding.evidence.length).toBeGreaterThan(0);
    const supported = findings.filter((finding) => finding.triangulation.supported).length;
    expect(supported).toBeGreaterThan(findings.length * 0.8);
    const warned = findings.filter((finding) => finding.attributionWarnings.length > 0);
    expect(warned.length).toBeGreaterThanOrEqual(1);
    expect(warned.length).toBeLessThanOrEqual(2);
    // Passages quote the notes and are coded to findings as well as indicators.
    const passages = listPassages(project);
    expect(new Set(passages.map((passage) => passage.targetType))).toEqual(new Set(['indicator', 'finding']));
    for (const passage of passages.slice(0, 10)) {
      expect(getInterview(project, passage.interviewId).notes.slice(passage.start, passage.end)).toBe(passage.snippet);
    }
    for (const recommendation of listRecommendations(project))
      expect(recommendation.findings.length).toBeGreaterThan(0);
  });

  it('has a Joint Action Plan of varied status with dated updates', () => {
    const { items } = listActions(project, { limit: 1000 });
    expect(new Set(items.map((item) => item.status)).size).toBeGreaterThanOrEqual(4);
    expect(items.filter((item) => item.statusDate !== null).length).toBeGreaterThan(20);
    expect(items.some((item) => Object.values(item.smart).every(Boolean))).toBe(true);
    expect(items.some((item) => !Object.values(item.smart).every(Boolean))).toBe(true);
  });

  it('shows some gaps on the dashboard, but not everything is a gap', () => {
    const dashboard = getDashboard(project);
    const gaps = Object.values(dashboard.gapCounts).reduce((sum, n) => sum + n, 0);
    expect(gaps).toBeGreaterThan(0);
    for (const kind of [
      'indicator_unrated',
      'finding_without_recommendation',
      'recommendation_without_action',
      'action_without_lead',
    ] as const) {
      expect(dashboard.gapCounts[kind]).toBeGreaterThan(0);
    }
    expect(dashboard.totals.indicatorsRated).toBeGreaterThan(dashboard.totals.indicators / 2);
    expect(dashboard.gapCounts.finding_without_evidence).toBe(0);
    expect(dashboard.gapCounts.recommendation_without_action).toBeLessThan(dashboard.totals.recommendations / 2);
    expect(dashboard.areaScores.every((area) => area.score !== null)).toBe(true);
  });

  it('finds a Thai word inside unspaced Thai notes, and an English word by its stem', () => {
    const thai = search(project, { query: 'ชีวมิติ', kinds: ['interview'] });
    expect(thai.total).toBeGreaterThan(0);
    expect(thai.hits[0]?.snippet.text).toMatch(/ชีวมิติ/u);
    const trafficking = search(project, { query: 'ค้ามนุษย์', kinds: ['interview'] });
    expect(trafficking.total).toBeGreaterThan(0);
    const english = search(project, { query: 'biometric', kinds: ['interview'] });
    expect(english.total).toBeGreaterThan(0);
    expect(english.hits[0]?.snippet.text).toMatch(/biometric/i);
  });

  it('wrote every record with its audit event, and the audit chain verifies', () => {
    const verification = project.verifyAudit();
    expect(verification.ok).toBe(true);
    const records = [
      'interviews',
      'site_visits',
      'documents',
      'passages',
      'ratings',
      'findings',
      'recommendations',
      'actions',
    ]
      .map((table) => info.counts[table] ?? 0)
      .reduce((sum, n) => sum + n, 0);
    expect(info.auditEvents).toBeGreaterThan(records);
  });

  it('refuses a file that already exists, and leaves it as it was', async () => {
    const file = path.join(dir, 'taken.bmma');
    fs.writeFileSync(file, 'not a project');
    const settingsDir = makeTempDir('demo-taken');
    try {
      const other = makeApi(settingsDir);
      const error = expectError(
        await other.call('project.createDemo', {
          path: file,
          title: DEMO_TITLE.th,
          language: 'th',
          passphrase: PASSPHRASE,
        }),
      );
      expect(error.code).toBe('FILE_EXISTS');
      expect(fs.readFileSync(file, 'utf8')).toBe('not a project');
      expect(other.session.status().state).toBe('closed');
    } finally {
      removeTempDir(settingsDir);
    }
  });

  it('is deterministic: a second demo has the same records under the same codes', () => {
    const second = makeProject(dir, 'second.bmma', { backupOnOpen: false });
    try {
      fillDemo(second, { scale: 1 });
      const fingerprint = (p: ProjectFile) => ({
        interviews: listInterviews(p, { limit: 1000 }).items.map((i) => [i.code, i.category, i.agencyCode, i.month]),
        visits: listSiteVisits(p).items.map((v) => [v.code, v.crossingPointCode, v.startDate]),
        documents: listDocuments(p).items.map((d) => [d.code, d.title.en]),
        findings: listFindings(p).map((f) => [f.code, f.evidence.map((e) => e.code).sort()]),
        ratings: listRatings(p).map((r) => [r.indicatorCode, r.scope.code, r.value]),
        actions: listActions(p, { limit: 1000 }).items.map((a) => [a.code, a.status, a.statusDate]),
        passages: listPassages(p).map((x) => [x.code, x.interviewCode, x.start, x.end, x.targetCode]),
      });
      expect(fingerprint(second)).toEqual(fingerprint(project));
    } finally {
      second.close();
    }
  });
});

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
import { getCurriculum } from '../../../src/main/services/curriculum';
import { getCoverage } from '../../../src/main/services/curriculum-coverage';
import { getMeeting, listMeetings } from '../../../src/main/services/meetings';
import { listProvisions } from '../../../src/main/services/meetings-provisions';
import { listCrossingPoints } from '../../../src/main/services/reference';
import { getTotEvent, listTotEvents } from '../../../src/main/services/tot';
import { getTotResults } from '../../../src/main/services/tot-people';
import { listTwgMembers } from '../../../src/main/services/twg';
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
    // Issue 5: fixed content, the same at every scale.
    expect(counts['meetings']).toBe(10);
    expect(counts['meeting_provisions']).toBe(10);
    expect(counts['meeting_positions']).toBeGreaterThan(20);
    expect(counts['twg_members']).toBe(12);
    expect(counts['curriculum_modules']).toBe(8);
    expect(counts['tot_events']).toBe(1);
    expect(counts['tot_participants']).toBe(31);
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

  it('has six Component 2 consultations reviewing ten draft sections, with positions only from agencies at the table', () => {
    const c2 = listMeetings(project, { component: 'c2' });
    expect(c2.map((m) => m.code).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `MTG-C2-${n}/2563`));
    expect(c2.every((m) => m.date.startsWith('2020-'))).toBe(true);
    expect(new Set(c2.map((m) => m.minutesStatus))).toEqual(new Set(['adopted', 'circulated', 'draft']));
    const drafts = listProvisions(project).filter((p) => p.draft && p.source === 'project');
    expect(drafts).toHaveLength(10);
    expect(drafts.map((p) => p.section)).toContain('64/4');
    const reviewed = new Set<string>();
    const consensus = { yes: 0, no: 0 };
    let followUpsLinked = 0;
    const statuses = new Set<string>();
    for (const summary of c2) {
      const meeting = getMeeting(project, summary.id);
      // The five-part order; the first consultation has no previous minutes to adopt or follow up.
      expect([...new Set(meeting.agenda.map((item) => item.category))]).toEqual(
        meeting.number === 1 ? [1, 4, 5] : [1, 2, 3, 4, 5],
      );
      expect(meeting.agenda.some((item) => item.category === 4 && item.resolution.en !== '')).toBe(true);
      expect(meeting.counts.byAgency.length).toBeGreaterThanOrEqual(8);
      for (const row of meeting.attendance) statuses.add(row.status);
      expect(meeting.attendance.filter((row) => row.status === 'absent').every((row) => row.absenceReason !== '')).toBe(true);
      const seated = new Set(
        meeting.attendance.filter((row) => row.status === 'present' || row.status === 'substitute').map((row) => row.agencyCode),
      );
      for (const provision of meeting.agenda.flatMap((item) => item.provisions)) {
        reviewed.add(provision.section);
        expect(provision.positions.length).toBeGreaterThan(0);
        expect(provision.positions.every((position) => seated.has(position.agencyCode))).toBe(true);
        if (provision.consensus === true) consensus.yes += 1;
        if (provision.consensus === false) consensus.no += 1;
      }
      followUpsLinked += meeting.followUps.filter((f) => f.actionCode !== null).length;
    }
    expect(reviewed.size).toBe(10);
    expect(consensus.yes).toBeGreaterThan(0);
    expect(consensus.no).toBeGreaterThan(0);
    expect([...statuses].sort()).toEqual(['absent', 'observer', 'present', 'substitute']);
    expect(followUpsLinked).toBeGreaterThan(0);
  });

  it('has a TWG of twelve with a chair and a secretariat, four TWG meetings and a curriculum of eight modules with a gap', () => {
    const members = listTwgMembers(project);
    expect(members).toHaveLength(12);
    expect(members[0]?.role).toBe('chair');
    expect(members.filter((m) => m.role === 'secretariat').length).toBeGreaterThanOrEqual(1);
    expect(new Set(members.map((m) => m.agencyCode)).size).toBeGreaterThanOrEqual(10);
    expect(listMeetings(project, { component: 'twg' })).toHaveLength(4);
    const curriculum = getCurriculum(project);
    expect(curriculum.header?.title.th).not.toBe('');
    expect(curriculum.modules).toHaveLength(8);
    for (const module of curriculum.modules) {
      expect(module.outcomes.length).toBeGreaterThanOrEqual(2);
      expect(module.outcomes.length).toBeLessThanOrEqual(4);
    }
    const coverage = getCoverage(project);
    expect(coverage.total).toBe(9);
    expect(coverage.covered).toBeGreaterThan(coverage.total / 2);
    expect(coverage.gaps.length).toBeGreaterThanOrEqual(1);
    expect(getDashboard(project).gapCounts.finding_not_in_curriculum).toBe(coverage.gaps.length);
  });

  it('has a ToT of 31 participants (20 police, 6 MSDHS, 5 OAG) whose results report the missing post-test', () => {
    const [summary] = listTotEvents(project);
    expect(summary).toMatchObject({ code: 'TOT-2565-01', startDate: '2022-05-16', endDate: '2022-05-20', days: 5 });
    const event = getTotEvent(project, summary?.id ?? '');
    expect(event.sessions.length).toBeGreaterThan(10);
    const kinds = { police: 0, msdhs: 0, oag: 0 };
    for (const p of event.participants) {
      if (p.agencyCode.startsWith('RTP')) kinds.police += 1;
      if (p.agencyCode === 'MSDHS') kinds.msdhs += 1;
      if (p.agencyCode === 'OAG') kinds.oag += 1;
    }
    expect(kinds).toEqual({ police: 20, msdhs: 6, oag: 5 });
    expect(new Set(event.participants.map((p) => p.sex))).toEqual(new Set(['female', 'male']));
    expect(event.participants.filter((p) => p.daysPresent.length < 5).length).toBeGreaterThan(0);
    const results = getTotResults(project, event.id);
    expect(results.overall.n).toBe(31);
    expect(results.overall.missingPost).toBe(1);
    expect(results.overall.pairedN).toBe(30);
    expect(results.overall.meanGain).toBeGreaterThan(0);
    expect(results.l1.responses).toBe(25);
    expect(results.l3.followUps).toBe(4);
    expect(event.followUps.length).toBeGreaterThan(0);
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
        meetings: listMeetings(p).map((m) => [m.code, m.date, m.minutesStatus, m.attendanceCount]),
        twg: listTwgMembers(p).map((m) => [m.agencyCode, m.role, m.sex]),
        modules: getCurriculum(p).modules.map((m) => [m.code, m.title.en, m.findings.map((f) => f.code)]),
        tot: listTotEvents(p).map((e) =>
          getTotEvent(p, e.id).participants.map((x) => [x.code, x.agencyCode, x.sex, x.provinceCode, x.pre?.score, x.post?.score]),
        ),
      });
      expect(fingerprint(second)).toEqual(fingerprint(project));
    } finally {
      second.close();
    }
  });
});

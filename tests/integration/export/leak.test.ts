/**
 * The leak test (issues 4 and 5, DOMAIN.md 3.5): a distinct canary is planted, through the services,
 * in every restricted place the data model has today — interview notes, interviewers, ID /
 * passport / phone numbers in notes, quotes from interviews whose consent says paraphrase only,
 * no use or withdrawn, a passage's coding comment, a document and a site visit above the
 * profile's sensitivity (linked from a finding and a rating), visit team members, a rating's
 * assessor, a photo's file name, the project's description; for Components 2–4 the reason a
 * meeting's minutes went back to draft, a ToT participant's unit and rank band, an L1 form's
 * comment and an L3 follow-up's note — and every document (report, plan, minutes, curriculum,
 * ToT agenda and evaluation) is exported with the Thai, English and bilingual profiles at
 * "internal" and with the default profile.
 * No canary may appear in any part of any file (XML, relationships, properties, media names),
 * nor in the suggested file name. The canaries are first read back from the project, so the
 * test fails if the planting did not work; and findings and actions planted beside them are
 * in the documents, so the test fails if an export leaves everything out. The places the
 * review copy's leak test plants too go through tests/helpers/canaries.ts.
 */
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { fillDemo } from '../../../src/main/services/demo';
import { getDocument } from '../../../src/main/services/documents';
import { runExport } from '../../../src/main/services/export';
import { getFinding, updateFinding } from '../../../src/main/services/findings';
import { createInterview, getInterview } from '../../../src/main/services/interviews';
import { createPassage, listPassages } from '../../../src/main/services/passages';
import { getMeeting, listMeetings, setMeetingStatus } from '../../../src/main/services/meetings';
import { saveAgendaItem } from '../../../src/main/services/meetings-items';
import { getProjectInfo, updateProject } from '../../../src/main/services/project';
import { getRating, listRatings, updateRating } from '../../../src/main/services/ratings';
import { createSiteVisit, getSiteVisit } from '../../../src/main/services/site-visits';
import { getTotEvent, listTotEvents, saveTotSession } from '../../../src/main/services/tot';
import { saveTotEvaluation, saveTotFollowUp, saveTotParticipant } from '../../../src/main/services/tot-people';
import { toThaiDigits } from '../../../src/shared/dates';
import type { EvidenceRef } from '../../../src/shared/evidence-items';
import {
  DEFAULT_EXPORT_PROFILE,
  DOCUMENT_SUBJECT,
  EXPORT_DOCUMENTS,
  type ExportDocument,
  type ExportProfile,
} from '../../../src/shared/export';
import {
  addPhoto,
  plantConfidentialDocument,
  plantConsentQuotes,
  plantRestrictedVisit,
  plantVisibleAction,
  plantVisibleFinding,
} from '../../helpers/canaries';
import { docxParts, xmlText } from '../../helpers/docx';
import { interviewInput } from '../../helpers/interviews';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { siteVisitInput } from '../evidence/fixtures';

/** One canary per restricted place, so a failure names what leaked. */
const CANARY = {
  notes: 'CANARY-NOTES-7f3a',
  interviewer: 'CANARY-INTERVIEWER-2b9c',
  paraphraseQuote: 'CANARY-PARAPHRASE-5d1e',
  noUseQuote: 'CANARY-NOUSE-8c4b',
  withdrawnQuote: 'CANARY-WITHDRAWN-3e6f',
  passageComment: 'CANARY-COMMENT-9a07',
  documentTitleEn: 'CANARY-DOC-TITLE-4c21',
  documentTitleTh: 'CANARY-DOC-TITLE-TH-6e83',
  documentReference: 'CANARY-DOC-REF-0d5b',
  documentNotes: 'CANARY-DOC-NOTES-b71c',
  visitObservations: 'CANARY-VISIT-OBS-1f9d',
  visitChecklist: 'CANARY-VISIT-CHECK-a4e2',
  restrictedVisitTeam: 'CANARY-TEAM-RESTRICTED-5b0e',
  internalVisitTeam: 'CANARY-TEAM-INTERNAL-c83f',
  assessor: 'CANARY-ASSESSOR-72d4',
  photoName: 'CANARY-PHOTO-e19a',
  projectDescription: 'CANARY-PROJECT-DESC-38fb',
  // Components 2–4 (issue 5).
  minutesReason: 'CANARY-MINUTES-REASON-51c8',
  participantUnit: 'CANARY-UNIT-0e7d',
  participantRank: 'CANARY-RANK-93a1',
  l1Comment: 'CANARY-L1-COMMENT-c2f5',
  l3Note: 'CANARY-L3-NOTE-6b40',
  // Personal numbers in notes: a Thai national ID (valid check digit), a passport, a mobile number.
  nationalId: '3-1005-07384-29-0',
  passport: 'AA4471903',
  phone: '089-417-2265',
} as const;
type CanaryName = keyof typeof CANARY;

/** What must be in the documents: a finding citing the restricted records, and an action. */
const VISIBLE = {
  finding: 'VISIBLE-FINDING-4d2e',
  action: 'VISIBLE-ACTION-90ac',
  resolution: 'VISIBLE-RESOLUTION-1a7f',
  session: 'VISIBLE-SESSION-58e2',
} as const;

let dir: string;
let project: ProjectFile;
const planted: {
  interviews: Record<'notes' | 'pii' | 'paraphrase' | 'noUse' | 'withdrawn', string>;
  documentId: string;
  visitIds: [string, string];
  findingId: string;
  ratingId: string;
  meetingId: string;
  eventId: string;
} = {
  interviews: { notes: '', pii: '', paraphrase: '', noUse: '', withdrawn: '' },
  documentId: '',
  visitIds: ['', ''],
  findingId: '',
  ratingId: '',
  meetingId: '',
  eventId: '',
};

/** Notes that hold `quote` as their only passage-worthy sentence; no personal numbers. */
const quoteNotes = (quote: string): string =>
  `เจ้าหน้าที่ด่านเล่าว่า ${quote} ได้รับเงินเพื่อให้ผ่านด่าน / the officer said ${quote} took money at the gate.`;

function plant(): void {
  updateProject(project, { description: `Team lead: ${CANARY.projectDescription}` });
  const rating = listRatings(project)[0];
  if (!rating) throw new Error('the demo has no rating to plant an assessor in');
  const indicatorTarget = { targetType: 'indicator', targetId: rating.indicatorId } as const;

  // Notes (internal, quotable): only "raw notes" keeps them out.
  const notes = createInterview(
    project,
    interviewInput('official', {
      notes: `Officer described the queue. ${CANARY.notes} remarked on staffing.`,
      interviewers: [CANARY.interviewer, 'T2'],
      sensitivity: 'internal',
      consent: {
        mode: 'written',
        infoSheetVersion: 'v2',
        permittedUse: 'quote',
        recordingAllowed: true,
        withdrawnAt: null,
      },
    }),
  );
  // Personal numbers in notes: the PII guard keeps such notes away from findings, so they back an indicator.
  const pii = createInterview(
    project,
    interviewInput('migrant', {
      notes: `ID ${CANARY.nationalId}, passport ${CANARY.passport}, phone ${CANARY.phone}; broker asked for 5,000 baht.`,
      interviewers: [CANARY.interviewer],
      sensitivity: 'internal',
    }),
  );
  const restrictedDocument = plantConfidentialDocument(project, {
    title: { en: CANARY.documentTitleEn, th: CANARY.documentTitleTh },
    reference: CANARY.documentReference,
    notes: CANARY.documentNotes,
  });
  const restrictedVisit = plantRestrictedVisit(project, {
    team: CANARY.restrictedVisitTeam,
    observations: CANARY.visitObservations,
    checklist: CANARY.visitChecklist,
  });
  // A visit the profile may cite: its team members are people, never exported.
  const internalVisit = createSiteVisit(
    project,
    siteVisitInput({ team: [CANARY.internalVisitTeam, 'SP'], sensitivity: 'internal' }),
  );
  addPhoto(project, dir, internalVisit.id, CANARY.photoName);
  planted.documentId = restrictedDocument.id;
  planted.visitIds = [restrictedVisit.id, internalVisit.id];

  // A finding citing every restricted record, and passages quoting the consent-restricted ones.
  const finding = plantVisibleFinding(project, VISIBLE.finding, [
    { kind: 'interview', id: notes.id },
    { kind: 'document', id: restrictedDocument.id },
    { kind: 'site_visit', id: restrictedVisit.id },
    { kind: 'site_visit', id: internalVisit.id },
  ]);
  planted.findingId = finding.id;
  const { interviews, passages } = plantConsentQuotes(project, {
    quotes: { paraphrase: CANARY.paraphraseQuote, noUse: CANARY.noUseQuote, withdrawn: CANARY.withdrawnQuote },
    notes: quoteNotes,
    findingId: finding.id,
    span: 'sentence',
    comment: () => `coded after a call with ${CANARY.passageComment}`,
  });
  planted.interviews = {
    notes: notes.id,
    pii: pii.id,
    paraphrase: interviews.paraphrase.id,
    noUse: interviews.noUse.id,
    withdrawn: interviews.withdrawn.id,
  };
  createPassage(project, { interviewId: pii.id, start: 0, end: pii.notes.length, ...indicatorTarget, comment: '' });
  createFindingLinks(finding.id, passages);

  updateRating(project, {
    id: rating.id,
    assessor: CANARY.assessor,
    evidence: [
      ...rating.evidence.map(({ kind, id }) => ({ kind, id })),
      { kind: 'document', id: restrictedDocument.id },
      { kind: 'site_visit', id: restrictedVisit.id },
      { kind: 'interview', id: notes.id },
    ],
  });
  planted.ratingId = rating.id;

  plantVisibleAction(project, VISIBLE.action);
}

/**
 * Components 2–4: a demo meeting gets a visible resolution and goes back to draft with the
 * canary as its reason; the demo ToT's first participant gets the canary unit and rank band, one
 * L1 form and one L3 follow-up carry a canary, and the first session a visible title.
 */
function plantComponents(): void {
  const meeting = listMeetings(project).find((m) => m.component === 'c2');
  if (!meeting) throw new Error('the demo has no Component 2 meeting');
  planted.meetingId = meeting.id;
  saveAgendaItem(project, {
    meetingId: meeting.id,
    category: 4,
    title: { en: 'Draft section on harbouring', th: 'ร่างมาตราว่าด้วยการให้ที่พักพิง' },
    resolution: { en: VISIBLE.resolution, th: VISIBLE.resolution },
  });
  if (meeting.minutesStatus === 'draft') setMeetingStatus(project, { id: meeting.id, status: 'circulated' });
  setMeetingStatus(project, { id: meeting.id, status: 'draft', reason: `Sent back: ${CANARY.minutesReason}` });

  const summary = listTotEvents(project)[0];
  if (!summary) throw new Error('the demo has no Training of Trainers event');
  planted.eventId = summary.id;
  const event = getTotEvent(project, summary.id);
  const [participant] = event.participants;
  const [session] = event.sessions;
  if (!participant || !session) throw new Error('the demo event has no participant or session');
  saveTotParticipant(project, {
    eventId: event.id,
    id: participant.id,
    expectedUpdatedAt: participant.updatedAt,
    agencyCode: participant.agencyCode,
    unit: CANARY.participantUnit,
    sex: participant.sex,
    rankBand: CANARY.participantRank,
    provinceCode: participant.provinceCode,
    role: participant.role,
    certificateIssued: participant.certificateIssued,
  });
  saveTotEvaluation(project, {
    eventId: event.id,
    participantId: null,
    relevance: 5,
    trainer: 4,
    methods: 4,
    logistics: 3,
    comment: `Thanks to ${CANARY.l1Comment} for the case study`,
  });
  saveTotFollowUp(project, {
    eventId: event.id,
    participantId: null,
    date: '2022-09-15',
    cascadeSessions: 2,
    participantsReached: 40,
    note: `Cascade run with ${CANARY.l3Note}`,
  });
  saveTotSession(project, {
    eventId: event.id,
    id: session.id,
    expectedUpdatedAt: session.updatedAt,
    day: session.day,
    startTime: session.startTime,
    endTime: session.endTime,
    title: { en: VISIBLE.session, th: VISIBLE.session },
    module: session.module,
    facilitator: session.facilitator,
    method: session.method,
  });
}

/** The finding cites the three restricted quotes as well (evidence links, not only codings). */
function createFindingLinks(findingId: string, passages: EvidenceRef[]): void {
  const current = getFinding(project, findingId).evidence.map(({ kind, id }) => ({ kind, id }));
  updateFinding(project, { id: findingId, evidence: [...current, ...passages] });
}

beforeAll(() => {
  dir = makeTempDir('export-leak');
  project = makeProject(dir, 'leak.bmma', { backupOnOpen: false });
  fillDemo(project, { scale: 1 });
  plant();
  plantComponents();
});

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

/** Each canary as a document could carry it: as written, and with Thai digits (a Thai-digit profile converts numbers). */
function forms(value: string): string[] {
  return [...new Set([value, toThaiDigits(value)])];
}

/** Every place in an exported file a canary could hide: part names, each part's bytes, and its text with the XML tags out. */
function haystacks(file: string): { where: string; text: string }[] {
  const parts = docxParts(file);
  const found: { where: string; text: string }[] = [{ where: 'part names', text: Object.keys(parts).join('\n') }];
  for (const [name, bytes] of Object.entries(parts)) {
    const text = strFromU8(bytes, true);
    found.push({ where: name, text });
    if (name.endsWith('.xml')) found.push({ where: `${name} (text)`, text: xmlText(text) });
  }
  return found;
}

function leaks(texts: { where: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const name of Object.keys(CANARY) as CanaryName[]) {
    for (const form of forms(CANARY[name])) {
      for (const { where, text } of texts) if (text.includes(form)) found.push(`${name} in ${where}`);
    }
  }
  return found;
}

const PROFILES: Record<string, ExportProfile> = {
  th: { ...DEFAULT_EXPORT_PROFILE, language: 'th', calendar: 'BE', digits: 'thai', maxSensitivity: 'internal' },
  en: { ...DEFAULT_EXPORT_PROFILE, language: 'en', calendar: 'CE', digits: 'arabic', maxSensitivity: 'internal' },
  both: { ...DEFAULT_EXPORT_PROFILE, language: 'both', calendar: 'BE', digits: 'arabic', maxSensitivity: 'internal' },
  default: DEFAULT_EXPORT_PROFILE,
};

describe('the planted canaries', () => {
  it('are in the project, linked from the finding and the rating the documents show', () => {
    const { interviews } = planted;
    expect(getInterview(project, interviews.notes).notes).toContain(CANARY.notes);
    expect(getInterview(project, interviews.notes).interviewers).toContain(CANARY.interviewer);
    const pii = getInterview(project, interviews.pii);
    for (const value of [CANARY.nationalId, CANARY.passport, CANARY.phone]) expect(pii.notes).toContain(value);
    // The guard saw at least the ID and the phone number: these notes are what it exists for.
    expect(pii.pii.map((m) => m.kind)).toEqual(expect.arrayContaining(['thai_national_id', 'phone']));
    expect(getInterview(project, interviews.paraphrase).consent.permittedUse).toBe('paraphrase');
    expect(getInterview(project, interviews.noUse).consent.permittedUse).toBe('none');
    expect(getInterview(project, interviews.withdrawn).consent.withdrawnAt).toBe('2026-03-20');
    const snippets = listPassages(project, { targetType: 'finding', targetId: planted.findingId });
    for (const quote of [CANARY.paraphraseQuote, CANARY.noUseQuote, CANARY.withdrawnQuote]) {
      expect(snippets.some((p) => p.snippet.includes(quote) && p.comment.includes(CANARY.passageComment))).toBe(true);
    }
    const document = getDocument(project, planted.documentId);
    expect(document.sensitivity).toBe('confidential');
    const documentText = [document.title.en, document.title.th, document.reference, document.notes].join(' ');
    for (const name of ['documentTitleEn', 'documentTitleTh', 'documentReference', 'documentNotes'] as const) {
      expect(documentText).toContain(CANARY[name]);
    }
    const [restricted, internal] = planted.visitIds.map((id) => getSiteVisit(project, id));
    expect(restricted?.observations).toContain(CANARY.visitObservations);
    expect(restricted?.checklist.process_flow?.note).toContain(CANARY.visitChecklist);
    expect(restricted?.team).toContain(CANARY.restrictedVisitTeam);
    expect(internal?.team).toContain(CANARY.internalVisitTeam);
    expect(internal?.attachments.map((a) => a.fileName)).toContain(`${CANARY.photoName}.png`);
    expect(getRating(project, planted.ratingId).assessor).toBe(CANARY.assessor);
    expect(getProjectInfo(project).description).toContain(CANARY.projectDescription);
    const cited = getFinding(project, planted.findingId).evidence.map((e) => e.kind);
    expect(cited.filter((kind) => kind === 'passage')).toHaveLength(3);
    expect(cited).toEqual(expect.arrayContaining(['interview', 'document', 'site_visit']));
    expect(getMeeting(project, planted.meetingId).statusReason).toContain(CANARY.minutesReason);
    const event = getTotEvent(project, planted.eventId);
    expect(event.participants.some((p) => p.unit === CANARY.participantUnit && p.rankBand === CANARY.participantRank)).toBe(
      true,
    );
    expect(event.evaluations.some((e) => e.comment.includes(CANARY.l1Comment))).toBe(true);
    expect(event.followUps.some((f) => f.note.includes(CANARY.l3Note))).toBe(true);
  });
});

/** What each document must show, so an export that leaves everything out fails too. */
const VISIBLE_IN: Record<ExportDocument, string> = {
  report: VISIBLE.finding,
  action_plan: VISIBLE.action,
  minutes: VISIBLE.resolution,
  curriculum: 'M01',
  tot_agenda: VISIBLE.session,
  tot_evaluation: 'TOT-2565-01',
  // Issue 6 audit: the annex lists every event with the names of the fields changed (here the
  // project's description); its user, the exporting computer, is "This computer" in the
  // profile's language since computers have names.
  audit_trail: 'description',
};

/** The meeting or event a document is about, when it is about one. */
function subjectOf(document: ExportDocument): { subjectId?: string } {
  const kind = DOCUMENT_SUBJECT[document];
  if (kind === null) return {};
  return { subjectId: kind === 'meeting' ? planted.meetingId : planted.eventId };
}

describe.each(EXPORT_DOCUMENTS.map((document) => [document] as const))('%s exported', (document: ExportDocument) => {
  it.each(Object.keys(PROFILES))('with the %s profile carries no canary anywhere', async (profileName) => {
    const profile = PROFILES[profileName] ?? DEFAULT_EXPORT_PROFILE;
    let suggested = '';
    const file = path.join(dir, `${document}-${profileName}.docx`);
    const result = await runExport(project, { document, profile, ...subjectOf(document) }, async (name) => {
      suggested = name;
      return file;
    });
    expect(result.path).toBe(file);
    expect(suggested).toMatch(/\.docx$/);
    const texts = [{ where: 'suggested file name', text: suggested }, ...haystacks(file)];
    expect(leaks(texts)).toEqual([]);
    // ...while the records beside the canaries are in it: the export did not simply leave everything out.
    const body = texts.find((t) => t.where === 'word/document.xml (text)')?.text ?? '';
    expect(body).toContain(VISIBLE_IN[document]);
    // No participant's pseudonymous code either: the ToT documents show aggregates only.
    expect(body).not.toMatch(/\bP-\d{3}\b/);
    // Scrubbed properties: no author, last editor or revision (SECURITY.md; issue 4).
    const core = texts.find((t) => t.where === 'docProps/core.xml')?.text ?? '';
    expect(core).toContain('<dc:title>');
    expect(core).not.toMatch(/<dc:creator|<cp:lastModifiedBy|<cp:revision/);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { ProjectFile } from '../../src/main/project/project-file';
import { createAction } from '../../src/main/services/actions';
import { addAttachment } from '../../src/main/services/attachments';
import { createDocument, type DocumentRecord } from '../../src/main/services/documents';
import { createFinding } from '../../src/main/services/findings';
import { createInterview, type Interview } from '../../src/main/services/interviews';
import { createPassage } from '../../src/main/services/passages';
import { createSiteVisit, type SiteVisit } from '../../src/main/services/site-visits';
import type { EvidenceRef } from '../../src/shared/evidence-items';
import { documentInput, siteVisitInput } from '../integration/evidence/fixtures';
import { interviewInput } from './interviews';

/**
 * Canaries for the leak tests (the export's and the review copy's): the restricted places both
 * must leave out are planted here, through the services, the same way for both, so a new
 * restricted place or a change in how one is planted is made once. Each test passes its own
 * distinct canary strings (a failure names what leaked) and keeps its own places on top.
 */

/** A 1x1 PNG: a site-visit photo whose file name can be a canary. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Adds a photo named `${name}.png` (written to `dir` first) to a site visit. */
export function addPhoto(project: ProjectFile, dir: string, visitId: string, name: string): void {
  const file = path.join(dir, `${name}.png`);
  fs.writeFileSync(file, PNG);
  addAttachment(project, { ownerKind: 'site_visit', ownerId: visitId, noPeopleConfirmed: true }, file);
}

/** The consent that keeps a quote out: paraphrase only, no use, or consent withdrawn. */
export type QuoteConsent = 'paraphrase' | 'noUse' | 'withdrawn';
const CONSENTS: readonly QuoteConsent[] = ['paraphrase', 'noUse', 'withdrawn'];

export interface ConsentQuotes {
  /** One canary quote per consent. */
  quotes: Record<QuoteConsent, string>;
  /** The interview notes around a quote (the quote must be in them). */
  notes: (quote: string) => string;
  /** The finding the quotes are coded to. */
  findingId: string;
  /** The passage: the quote alone, or from the quote to the next " / " (its sentence). */
  span: 'quote' | 'sentence';
  /** The coding comment of each passage ('' for none). */
  comment: (consent: QuoteConsent) => string;
}

export interface PlantedQuotes {
  interviews: Record<QuoteConsent, Interview>;
  passages: EvidenceRef[];
}

/**
 * Three public interviews whose consent forbids quoting (paraphrase only, no use, withdrawn on
 * 20 March 2026), each with its canary quote coded to the finding.
 */
export function plantConsentQuotes(project: ProjectFile, options: ConsentQuotes): PlantedQuotes {
  const consent = {
    paraphrase: { permittedUse: 'paraphrase', withdrawnAt: null },
    noUse: { permittedUse: 'none', withdrawnAt: null },
    withdrawn: { permittedUse: 'quote', withdrawnAt: '2026-03-20' },
  } as const;
  const interviews = {} as Record<QuoteConsent, Interview>;
  const passages: EvidenceRef[] = [];
  for (const which of CONSENTS) {
    const quote = options.quotes[which];
    const interview = createInterview(
      project,
      interviewInput('official', {
        notes: options.notes(quote),
        sensitivity: 'public',
        consent: { mode: 'oral', infoSheetVersion: 'v2', recordingAllowed: false, ...consent[which] },
      }),
    );
    const start = interview.notes.indexOf(quote);
    if (start < 0) throw new Error(`the notes of the ${which} interview do not hold its quote`);
    const end = options.span === 'quote' ? start + quote.length : interview.notes.indexOf('/', start);
    const passage = createPassage(project, {
      interviewId: interview.id,
      start,
      end,
      targetType: 'finding',
      targetId: options.findingId,
      comment: options.comment(which),
    });
    interviews[which] = interview;
    passages.push({ kind: 'passage', id: passage.id });
  }
  return { interviews, passages };
}

/** A site visit above every profile ("restricted"): its team, observations and checklist note hold canaries. */
export function plantRestrictedVisit(
  project: ProjectFile,
  canary: { team: string; observations: string; checklist: string },
): SiteVisit {
  return createSiteVisit(
    project,
    siteVisitInput({
      team: [canary.team],
      observations: `Shift supervisor ${canary.observations} waved vans through.`,
      checklist: { process_flow: { rating: 'inadequate', note: `Gate run by ${canary.checklist}` } },
      sensitivity: 'restricted',
    }),
  );
}

/**
 * A confidential document: its titles, notes and (when given) reference hold canaries; with
 * `file`, a text file whose name and bytes are canaries is attached to it.
 */
export function plantConfidentialDocument(
  project: ProjectFile,
  canary: {
    title: { en: string; th: string };
    notes: string;
    reference?: string;
    file?: { dir: string; name: string; content: string };
  },
): DocumentRecord {
  const document = createDocument(
    project,
    documentInput({
      title: { en: `Internal memo ${canary.title.en}`, th: `บันทึกภายใน ${canary.title.th}` },
      ...(canary.reference === undefined ? {} : { reference: `File no. ${canary.reference}` }),
      notes: `Handed over by ${canary.notes}`,
      sensitivity: 'confidential',
      legalInstrumentCode: null,
    }),
  );
  if (canary.file) {
    const file = path.join(canary.file.dir, `${canary.file.name}.txt`);
    fs.writeFileSync(file, `Minutes: ${canary.file.content}\n`);
    addAttachment(project, { ownerKind: 'document', ownerId: document.id, noPeopleConfirmed: false }, file);
  }
  return document;
}

/** What must come through beside the canaries: a finding whose statement starts with `marker`. */
export function plantVisibleFinding(project: ProjectFile, marker: string, evidence: EvidenceRef[] = []): ReturnType<typeof createFinding> {
  return createFinding(project, {
    subAreaCode: 'C4',
    type: 'gap',
    severity: 'high',
    statement: { en: `${marker} Bribes are taken at the gate.`, th: `${marker} มีการรับสินบนที่ด่าน` },
    trainingAddressable: false,
    scopes: [],
    evidence,
  });
}

/** ...and an action-plan item whose objective starts with `marker`. */
export function plantVisibleAction(project: ProjectFile, marker: string): void {
  createAction(project, {
    subAreaCode: 'C4',
    recommendationId: null,
    objective: { en: `${marker} Gate staff rotate`, th: `${marker} หมุนเวียนเจ้าหน้าที่` },
    action: { en: 'Rotate gate staff monthly', th: 'หมุนเวียนเจ้าหน้าที่ประจำด่านทุกเดือน' },
    leadAgencyCode: 'RTP-IB',
    supportingAgencyCodes: [],
    startDate: '2026-04-01',
    endDate: '2026-09-30',
    timeframe: 'short',
    priority: 'high',
    keyMeasure: false,
    indicator: { en: 'Rotation order signed', th: 'ลงนามคำสั่งหมุนเวียน' },
    baseline: { en: 'None', th: 'ไม่มี' },
    target: { en: 'Signed', th: 'ลงนามแล้ว' },
    meansOfVerification: { en: 'Order', th: 'คำสั่ง' },
    estimatedCost: null,
    currency: 'THB',
    fundingSource: '',
    risks: { en: '', th: '' },
  });
}

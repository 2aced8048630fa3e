import type { z } from 'zod';
import { contract, isChannel, type Channel, type ChannelOutput, type Contract } from '../shared/contract';
import { AppError, type ApiError, type Result } from '../shared/errors';
import { errorMessage } from '../shared/messages';
import type { DialogPort } from './dialogs';
import { logger } from './logger';
import { copyFileAtomic } from './project/atomic';
import { backupPath, listBackups } from './project/backups';
import { LATEST_FORMAT_VERSION } from './project/migrations';
import { ProjectFile } from './project/project-file';
import { createIndicator, getFrameworkTree, retireIndicator, updateIndicator } from './services/framework';
import { createInterview, deleteInterview, getInterview, listInterviews, updateInterview } from './services/interviews';
import { getProjectInfo, updateProject } from './services/project';
import { search } from './services/search';
import { createAction, addStatusUpdate, deleteAction, getAction, listActions, updateAction } from './services/actions';
import { addAttachment, deleteAttachment, exportAttachment } from './services/attachments';
import { getDashboard } from './services/dashboard';
import { createMeeting, deleteMeeting, getMeeting, listMeetings, setMeetingStatus, updateMeeting } from './services/meetings';
import { removeFollowUp, saveFollowUp } from './services/meetings-follow-ups';
import * as meetingItems from './services/meetings-items';
import * as meetingProvisions from './services/meetings-provisions';
import { createModule, deleteModule, getCurriculum, getModule, saveCurriculumHeader, updateModule } from './services/curriculum';
import { getCoverage, getTraceability } from './services/curriculum-coverage';
import { createTwgMember, deleteTwgMember, listTwgMembers, updateTwgMember } from './services/twg';
import { deleteExportProfile, listExportProfiles, previewExport, runExport, saveExportProfile } from './services/export';
import { createDemoProject } from './services/demo';
import { listNarratives, saveNarrative } from './services/narrative';
import { ExportJobs } from './export/progress';
import { createDocument, deleteDocument, getDocument, listDocuments, updateDocument } from './services/documents';
import { evidenceUsage } from './services/evidence-links';
import { createFinding, deleteFinding, getFinding, listFindings, updateFinding } from './services/findings';
import { createPassage, deletePassage, listPassages } from './services/passages';
import { createRating, deleteRating, getRating, listRatings, updateRating } from './services/ratings';
import {
  createRecommendation,
  deleteRecommendation,
  getRecommendation,
  listRecommendations,
  updateRecommendation,
} from './services/recommendations';
import { createSiteVisit, deleteSiteVisit, getSiteVisit, listSiteVisits, updateSiteVisit } from './services/site-visits';
import { listAgencies, listCrossingPoints, listLegalInstruments, listProvinces } from './services/reference';
import { auditFacets, listAudit, verifyAuditTrail } from './services/audit';
import { runAuditAnnex } from './export/audit-trail-run';
import { listDeviceLabels, validDeviceLabel } from './services/device-labels';
import {
  applyTotTemplate,
  createTotEvent,
  deleteTotEvent,
  deleteTotSession,
  getTotEvent,
  listTotEvents,
  saveTotSession,
  updateTotEvent,
} from './services/tot';
import {
  deleteTotChild,
  deleteTotParticipant,
  getTotResults,
  saveTotEvaluation,
  saveTotFollowUp,
  saveTotParticipant,
  saveTotTest,
  setTotAttendance,
} from './services/tot-people';
import { destroyVault, getVaultStatus, lockVault, setUpVault, setVaultDestroyAfter, unlockVault } from './services/vault';
import { listIdentities, listSubjects, removeIdentity, saveIdentity } from './services/vault-identities';
import { createReviewCopy, previewReviewCopy, reviewCopyStatus } from './services/review-copy';
import { addReviewComment, getReview, reviewQueue, setReviewStatus } from './services/review';
import { exportReviewPacket, importReviewPacket, resolveReviewConflict, reviewPacketName } from './services/review-packet';
import { mergeFromFile } from './merge/merge';
import { listMergeConflicts, resolveMergeConflict } from './merge/merge-conflicts';
import type { Session } from './session';
import type { SettingsStore } from './settings';

export interface ApiDeps {
  session: Session;
  settings: SettingsStore;
  dialogs: DialogPort;
  runtime: 'electron' | 'bridge' | 'cli' | 'test';
  version: string;
  nativeBinding?: string | undefined;
}

type Input<C extends Channel> = z.output<Contract[C]['input']>;
type Service<C extends Channel> = (input: Input<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
type Services = { [C in Channel]: Service<C> };

export type Handler = (input: unknown) => Promise<Result<unknown>>;
export type HandlerTable = Record<Channel, Handler>;

function currentPath(deps: ApiDeps): string {
  const status = deps.session.status();
  if (!status.path) throw new AppError('NO_PROJECT');
  return status.path;
}

/** Channel -> service. The only place that knows which service answers which channel. */
function services(deps: ApiDeps): Services {
  const { session, settings, dialogs } = deps;
  // Exports of this window's session: progress polls, cancel, and "Open folder" on the last one.
  const exportJobs = new ExportJobs();
  return {
    'app.info': () => ({ name: 'BMMA Workbench', version: deps.version, formatVersion: LATEST_FORMAT_VERSION, runtime: deps.runtime }),

    'settings.get': () => settings.settings,
    'settings.update': (patch) => settings.update(patch),

    'recent.list': () => settings.recent,
    'recent.remove': ({ path }) => settings.removeRecent(path),
    'recent.clear': () => settings.clearRecent(),

    'dialogs.chooseProjectToOpen': async () => ({ path: await dialogs.chooseProjectToOpen() }),
    'dialogs.chooseProjectToCreate': async (input) => ({
      path: await dialogs.chooseProjectToCreate(input?.suggestedName ?? 'assessment.bmma'),
    }),

    'project.create': (input) => getProjectInfo(session.create(input)),
    'project.createDemo': (input) => getProjectInfo(createDemoProject(session, input)),
    'project.open': ({ path, passphrase }) => getProjectInfo(session.open(path, passphrase)),
    'project.status': () => session.status(),
    'project.info': () => getProjectInfo(session.require()),
    'project.update': (patch) => updateProject(session.require(), patch),
    'project.lock': () => session.lock(),
    'project.unlock': ({ passphrase }) => getProjectInfo(session.unlock(passphrase)),
    'project.close': () => session.close(),
    'project.changePassphrase': ({ current, next }) => {
      const project = session.require();
      project.changePassphrase(current, next);
      return { changedAt: project.now().toISOString() };
    },
    'project.checkIntegrity': () => session.require().checkIntegrity(),

    'backups.list': (input) =>
      listBackups(input?.projectPath ?? currentPath(deps)).map(({ name, createdAt, size }) => ({ name, createdAt, size })),
    'backups.create': () => {
      const { name, createdAt, size } = session.require().backupNow();
      return { name, createdAt, size };
    },
    'backups.restore': ({ projectPath, name, targetPath, passphrase }) => {
      const source = backupPath(projectPath, name);
      // The backup must open with this passphrase and pass the integrity check before it is copied.
      const probe = ProjectFile.open(source, passphrase, { actor: settings.deviceId, readOnly: true, nativeBinding: deps.nativeBinding });
      try {
        const report = probe.checkIntegrity();
        if (!report.ok) throw new AppError('FILE_TAMPERED', undefined, { problems: report.problems });
      } finally {
        probe.close();
      }
      copyFileAtomic(source, targetPath, { overwrite: false });
      const restored = session.replace(() =>
        ProjectFile.open(targetPath, passphrase, { actor: settings.deviceId, backupOnOpen: true, nativeBinding: deps.nativeBinding }),
      );
      // A reviewer restoring their review copy's backup: the event only, no content change.
      restored.write((ctx) => ctx.audit('project.restored', 'project', null, { from: name }), { allowInReviewCopy: true });
      return getProjectInfo(restored);
    },

    // Issue 6 audit: filters and paging ({ limit } alone still works), and where the chain breaks.
    'audit.list': (input) => listAudit(session.require(), input ?? { limit: 50 }),
    'audit.verify': () => verifyAuditTrail(session.require()),

    'framework.tree': (input) => getFrameworkTree(session.require(), { includeRetired: input?.includeRetired ?? true }),
    'framework.createIndicator': (input) => createIndicator(session.require(), input),
    'framework.updateIndicator': (input) => updateIndicator(session.require(), input),
    'framework.retireIndicator': (input) => retireIndicator(session.require(), input),

    'reference.agencies': () => listAgencies(session.require()),
    'reference.crossingPoints': () => listCrossingPoints(session.require()),
    'reference.provinces': () => listProvinces(session.require()),
    'reference.legalInstruments': () => listLegalInstruments(session.require()),

    'interviews.list': (input) => listInterviews(session.require(), input),
    'interviews.get': ({ id }) => getInterview(session.require(), id),
    'interviews.create': (input) => createInterview(session.require(), input),
    'interviews.update': (input) => updateInterview(session.require(), input),
    'interviews.delete': ({ id }) => deleteInterview(session.require(), id),

    'passages.list': (input) => listPassages(session.require(), input),
    'passages.create': (input) => createPassage(session.require(), input),
    'passages.delete': ({ id }) => deletePassage(session.require(), id),

    'siteVisits.list': (input) => listSiteVisits(session.require(), input),
    'siteVisits.get': ({ id }) => getSiteVisit(session.require(), id),
    'siteVisits.create': (input) => createSiteVisit(session.require(), input),
    'siteVisits.update': (input) => updateSiteVisit(session.require(), input),
    'siteVisits.delete': ({ id }) => deleteSiteVisit(session.require(), id),

    'documents.list': (input) => listDocuments(session.require(), input),
    'documents.get': ({ id }) => getDocument(session.require(), id),
    'documents.create': (input) => createDocument(session.require(), input),
    'documents.update': (input) => updateDocument(session.require(), input),
    'documents.delete': ({ id }) => deleteDocument(session.require(), id),

    // The file is chosen in a dialog of the main process: the renderer never names a path.
    'attachments.add': async (input) => {
      const project = session.require();
      const file = await dialogs.chooseAttachment(input.ownerKind === 'site_visit' ? 'photo' : 'document');
      return { attachment: file === null ? null : addAttachment(project, input, file) };
    },
    'attachments.export': async ({ id }) => exportAttachment(session.require(), id, (name) => dialogs.chooseExportPath(name)),
    'attachments.delete': ({ id }) => deleteAttachment(session.require(), id),

    'evidence.usage': (input) => evidenceUsage(session.require(), input),

    'ratings.list': (input) => listRatings(session.require(), input),
    'ratings.get': ({ id }) => getRating(session.require(), id),
    'ratings.create': (input) => createRating(session.require(), input),
    'ratings.update': (input) => updateRating(session.require(), input),
    'ratings.delete': ({ id }) => deleteRating(session.require(), id),

    'findings.list': (input) => listFindings(session.require(), input),
    'findings.get': ({ id }) => getFinding(session.require(), id),
    'findings.create': (input) => createFinding(session.require(), input),
    'findings.update': (input) => updateFinding(session.require(), input),
    'findings.delete': ({ id }) => deleteFinding(session.require(), id),

    'recommendations.list': (input) => listRecommendations(session.require(), input),
    'recommendations.get': ({ id }) => getRecommendation(session.require(), id),
    'recommendations.create': (input) => createRecommendation(session.require(), input),
    'recommendations.update': (input) => updateRecommendation(session.require(), input),
    'recommendations.delete': ({ id }) => deleteRecommendation(session.require(), id),

    'actions.list': (input) => listActions(session.require(), input),
    'actions.get': ({ id }) => getAction(session.require(), id),
    'actions.create': (input) => createAction(session.require(), input),
    'actions.update': (input) => updateAction(session.require(), input),
    'actions.delete': ({ id }) => deleteAction(session.require(), id),
    'actions.addStatusUpdate': (input) => addStatusUpdate(session.require(), input),

    'dashboard.get': (input) => getDashboard(session.require(), input),

    'export.preview': (input) => previewExport(session.require(), input),
    'export.run': (input) => runExport(session.require(), input, (name) => dialogs.chooseExportPath(name), { jobs: exportJobs }),
    'export.progress': ({ jobId }) => exportJobs.progress(jobId),
    'export.cancel': ({ jobId }) => ({ cancelled: exportJobs.cancel(jobId) }),
    'export.showFolder': async () => {
      const file = exportJobs.lastWritten;
      if (file === null) return { shown: false };
      await dialogs.showInFolder(file);
      return { shown: true };
    },
    'export.profiles': () => listExportProfiles(session.require()),
    'export.saveProfile': (input) => saveExportProfile(session.require(), input),
    'export.deleteProfile': ({ name }) => deleteExportProfile(session.require(), name),

    'narrative.list': () => listNarratives(session.require()),
    'narrative.save': (input) => saveNarrative(session.require(), input),

    // --- Issue 5 meetings handlers
    'meetings.list': (input) => listMeetings(session.require(), input),
    'meetings.get': ({ id }) => getMeeting(session.require(), id),
    'meetings.create': (input) => createMeeting(session.require(), input),
    'meetings.update': (input) => updateMeeting(session.require(), input),
    'meetings.delete': ({ id }) => deleteMeeting(session.require(), id),
    'meetings.setStatus': (input) => setMeetingStatus(session.require(), input),
    'meetings.saveAttendance': (input) => meetingItems.saveAttendance(session.require(), input),
    'meetings.removeAttendance': ({ id }) => meetingItems.removeAttendance(session.require(), id),
    'meetings.saveAgendaItem': (input) => meetingItems.saveAgendaItem(session.require(), input),
    'meetings.moveAgendaItem': (input) => meetingItems.moveAgendaItem(session.require(), input),
    'meetings.removeAgendaItem': ({ id }) => meetingItems.removeAgendaItem(session.require(), id),
    'meetings.provisions': () => meetingProvisions.listProvisions(session.require()),
    'meetings.addProvision': (input) => meetingProvisions.addProvision(session.require(), input),
    'meetings.linkProvision': (input) => meetingProvisions.linkProvision(session.require(), input),
    'meetings.setConsensus': (input) => meetingProvisions.setConsensus(session.require(), input),
    'meetings.unlinkProvision': ({ id }) => meetingProvisions.unlinkProvision(session.require(), id),
    'meetings.setPosition': (input) => meetingProvisions.setPosition(session.require(), input),
    'meetings.removePosition': ({ id }) => meetingProvisions.removePosition(session.require(), id),
    'meetings.saveFollowUp': (input) => saveFollowUp(session.require(), input),
    'meetings.removeFollowUp': ({ id }) => removeFollowUp(session.require(), id),
    // --- end meetings
    // --- Issue 5 curriculum handlers
    'twg.list': () => listTwgMembers(session.require()),
    'twg.create': (input) => createTwgMember(session.require(), input),
    'twg.update': (input) => updateTwgMember(session.require(), input),
    'twg.delete': ({ id }) => deleteTwgMember(session.require(), id),
    'curriculum.get': () => getCurriculum(session.require()),
    'curriculum.saveHeader': (input) => saveCurriculumHeader(session.require(), input),
    'curriculum.getModule': ({ id }) => getModule(session.require(), id),
    'curriculum.createModule': (input) => createModule(session.require(), input),
    'curriculum.updateModule': (input) => updateModule(session.require(), input),
    'curriculum.deleteModule': ({ id }) => deleteModule(session.require(), id),
    'curriculum.coverage': () => getCoverage(session.require()),
    'curriculum.traceability': () => getTraceability(session.require()),
    // --- end curriculum
    // --- Issue 5 tot handlers
    'tot.list': () => listTotEvents(session.require()),
    'tot.get': ({ id }) => getTotEvent(session.require(), id),
    'tot.create': (input) => createTotEvent(session.require(), input),
    'tot.update': (input) => updateTotEvent(session.require(), input),
    'tot.delete': ({ id }) => deleteTotEvent(session.require(), id),
    'tot.applyTemplate': (input) => applyTotTemplate(session.require(), input),
    'tot.saveSession': (input) => saveTotSession(session.require(), input),
    'tot.deleteSession': ({ id }) => deleteTotSession(session.require(), id),
    'tot.saveParticipant': (input) => saveTotParticipant(session.require(), input),
    'tot.deleteParticipant': ({ id }) => deleteTotParticipant(session.require(), id),
    'tot.setAttendance': (input) => setTotAttendance(session.require(), input),
    'tot.saveTest': (input) => saveTotTest(session.require(), input),
    'tot.saveEvaluation': (input) => saveTotEvaluation(session.require(), input),
    'tot.deleteEvaluation': ({ id }) => deleteTotChild(session.require(), 'tot_evaluations', id),
    'tot.saveFollowUp': (input) => saveTotFollowUp(session.require(), input),
    'tot.deleteFollowUp': ({ id }) => deleteTotChild(session.require(), 'tot_followups', id),
    'tot.results': ({ eventId }) => getTotResults(session.require(), eventId),
    // --- end tot
    // --- Issue 6 vault handlers
    'vault.status': () => getVaultStatus(session.require(), session),
    'vault.setup': (input) => setUpVault(session.require(), session, input),
    'vault.unlock': (input) => unlockVault(session.require(), session, input),
    'vault.lock': () => lockVault(session.require(), session),
    'vault.list': (input) => listIdentities(session.require(), session, input),
    'vault.subjects': () => listSubjects(session.require()),
    'vault.save': (input) => saveIdentity(session.require(), session, input),
    'vault.remove': (input) => removeIdentity(session.require(), session, input),
    'vault.setDestroyAfter': (input) => setVaultDestroyAfter(session.require(), session, input),
    'vault.destroy': (input) => destroyVault(session.require(), session, input),
    // --- end vault
    // --- Issue 6 review handlers
    'reviewCopy.preview': (input) => previewReviewCopy(session.require(), input),
    'reviewCopy.create': (input) =>
      createReviewCopy(session.require(), input, (name) => dialogs.chooseProjectToCreate(name), {
        nativeBinding: deps.nativeBinding,
      }),
    'reviewCopy.status': () => reviewCopyStatus(session.require()),
    'review.get': (input) => getReview(session.require(), input),
    'review.setStatus': (input) => setReviewStatus(session.require(), input),
    'review.comment': (input) => addReviewComment(session.require(), input),
    'review.queue': (input) => reviewQueue(session.require(), input),
    'review.exportPacket': async (input) => {
      const project = session.require();
      // Refuse before the dialog: only a review copy has a packet to give.
      if (!project.isReviewCopy) throw new AppError('NOT_A_REVIEW_COPY');
      const file = (await dialogs.chooseReviewPacketToSave?.(reviewPacketName(project))) ?? null;
      if (file === null) return { path: null, comments: 0, decisions: 0 };
      return exportReviewPacket(project, input, file);
    },
    'review.importPacket': async (input) => {
      const project = session.require();
      if (project.isReviewCopy) throw new AppError('REVIEW_COPY_READ_ONLY');
      const file = (await dialogs.chooseReviewPacketToOpen?.()) ?? null;
      if (file === null) return { path: null, alreadyImported: false, comments: 0, decisions: 0, conflicts: [] };
      return importReviewPacket(project, input, file);
    },
    'review.resolveConflict': (input) => resolveReviewConflict(session.require(), input),
    // --- end review
    // --- Issue 6 audit handlers
    'audit.facets': (input) => auditFacets(session.require(), input?.filter),
    'audit.exportAnnex': (input) =>
      runAuditAnnex(session.require(), input, (name) => dialogs.chooseExportPath(name), { jobs: exportJobs }),
    'device.get': () => ({ id: settings.deviceId, label: settings.deviceLabel }),
    'device.setLabel': ({ label }) => {
      const stored = label === null ? null : validDeviceLabel(label);
      session.writeDeviceLabel(stored);
      settings.setDeviceLabel(stored);
      return { id: settings.deviceId, label: settings.deviceLabel };
    },
    'device.labels': () => listDeviceLabels(session.require()),
    // --- end audit
    // --- Issue 6 merge handlers
    'merge.import': async (input) => {
      const project = session.require();
      // Refused before the dialog: a review copy is never merged into (nor from, see merge.ts).
      if (project.isReviewCopy) throw new AppError('MERGE_REVIEW_COPY');
      const file = (await dialogs.chooseProjectToMerge?.()) ?? null;
      if (file === null) return { path: null, added: 0, updated: 0, conflicts: 0, pending: 0 };
      return { path: file, ...mergeFromFile(project, file, input.passphrase) };
    },
    'merge.conflicts': () => listMergeConflicts(session.require()),
    'merge.resolve': (input) => resolveMergeConflict(session.require(), input),
    // --- end merge

    'search.query': (input) => search(session.require(), input),
  };
}

/** Channels whose over-long input is a passphrase: "too long to save" would not describe it. */
const PASSPHRASE_CHANNELS = new Set<Channel>([
  'project.create',
  'project.createDemo',
  'project.open',
  'project.unlock',
  'project.changePassphrase',
  'backups.restore',
  'vault.setup',
  'vault.unlock',
  'vault.destroy',
  'reviewCopy.create',
  'review.exportPacket',
  'review.importPacket',
]);

function toApiError(error: unknown, channel: string): ApiError {
  if (error instanceof AppError) {
    return { code: error.code, message: errorMessage(error.code, 'en'), ...(error.details ? { details: error.details } : {}) };
  }
  // Unexpected: log the kind of error only (its message may quote SQL or user text).
  logger.error('unexpected error in handler', { channel, name: (error as Error | undefined)?.name ?? typeof error });
  return { code: 'INTERNAL', message: errorMessage('INTERNAL', 'en') };
}

/**
 * Builds the handler table: validate input -> service -> validate output. The same table
 * serves Electron IPC, the CLI and the end-to-end bridge.
 */
export function createApi(deps: ApiDeps): HandlerTable {
  const table = services(deps);
  const handlers = {} as HandlerTable;
  for (const channel of Object.keys(contract) as Channel[]) {
    const schema = contract[channel];
    const service = table[channel] as (input: unknown) => unknown;
    handlers[channel] = async (input: unknown): Promise<Result<unknown>> => {
      const parsed = schema.input.safeParse(input);
      if (!parsed.success) {
        // Text over its limit (1 MB of notes, say) gets its own message: the user must shorten it.
        const tooLong = parsed.error.issues.filter((issue) => issue.code === 'too_big' && issue.origin === 'string');
        if (tooLong.length > 0 && tooLong.length === parsed.error.issues.length && !PASSPHRASE_CHANNELS.has(channel)) {
          return {
            ok: false,
            error: {
              code: 'TEXT_TOO_LONG',
              message: errorMessage('TEXT_TOO_LONG', 'en'),
              details: {
                issues: tooLong.map((issue) => ({
                  path: issue.path.map(String),
                  code: issue.code,
                  maximum: 'maximum' in issue ? Number(issue.maximum) : null,
                })),
              },
            },
          };
        }
        return {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: errorMessage('VALIDATION', 'en'),
            // Paths and issue codes only: the rejected values (maybe a passphrase) are never echoed.
            details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code })) },
          },
        };
      }
      try {
        const value = await service(parsed.data);
        const checked = schema.output.safeParse(value);
        if (!checked.success) {
          logger.error('handler answer does not match the contract', { channel });
          return { ok: false, error: { code: 'INTERNAL', message: errorMessage('INTERNAL', 'en') } };
        }
        return { ok: true, value: checked.data };
      } catch (error) {
        return { ok: false, error: toApiError(error, channel) };
      }
    };
  }
  return handlers;
}

/** Dispatches by name, for transports that carry the channel as data (IPC, HTTP bridge). */
export async function dispatch(handlers: HandlerTable, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: errorMessage('UNKNOWN_CHANNEL', 'en') } };
  }
  return handlers[channel](input);
}

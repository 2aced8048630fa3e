import { z } from 'zod';
import * as ap from './action-plan';
import * as au from './audit';
import * as mt from './meetings';
import * as cu from './curriculum';
import * as an from './analysis';
import * as d from './dashboard';
import * as e from './evidence';
import * as ei from './evidence-items';
import * as x from './export';
import * as f from './framework';
import * as n from './narrative';
import * as s from './schemas';
import * as q from './search';
import * as rc from './review-copy';
import * as rv from './review';
import * as tot from './tot';
import * as vault from './vault';
import * as mg from './merge';
import * as dl from './device-labels';

/**
 * The one contract between the renderer and the main process. Every channel names its
 * input and output schema; api.ts validates both, the preload and the end-to-end bridge
 * generate `window.bmma` from the channel names. Adding a feature = add a channel here.
 */
export const contract = {
  'app.info': { input: s.empty, output: s.appInfoSchema },

  'settings.get': { input: s.empty, output: s.settingsSchema },
  'settings.update': { input: s.settingsUpdateSchema, output: s.settingsSchema },

  'recent.list': { input: s.empty, output: z.array(s.recentFileSchema) },
  'recent.remove': { input: z.object({ path: s.filePath }).strict(), output: z.array(s.recentFileSchema) },
  'recent.clear': { input: s.empty, output: z.array(s.recentFileSchema) },

  'dialogs.chooseProjectToOpen': { input: s.empty, output: s.dialogPathSchema },
  'dialogs.chooseProjectToCreate': { input: s.chooseCreatePathSchema, output: s.dialogPathSchema },

  'project.create': { input: s.projectCreateSchema, output: s.projectInfoSchema },
  /** The fictional Thailand demo (issue 3): a new project filled with realistic records. */
  'project.createDemo': { input: s.projectCreateSchema, output: s.projectInfoSchema },
  'project.open': { input: s.projectOpenSchema, output: s.projectInfoSchema },
  'project.status': { input: s.empty, output: s.projectStatusSchema },
  'project.info': { input: s.empty, output: s.projectInfoSchema },
  'project.update': { input: s.projectUpdateSchema, output: s.projectInfoSchema },
  'project.lock': { input: s.empty, output: s.projectStatusSchema },
  'project.unlock': { input: s.unlockSchema, output: s.projectInfoSchema },
  'project.close': { input: s.empty, output: s.projectStatusSchema },
  'project.changePassphrase': { input: s.changePassphraseSchema, output: z.object({ changedAt: s.isoDateTime }) },
  'project.checkIntegrity': { input: s.empty, output: s.integrityReportSchema },

  'backups.list': { input: s.backupsListSchema, output: z.array(s.backupSchema) },
  'backups.create': { input: s.empty, output: s.backupSchema },
  'backups.restore': { input: s.backupsRestoreSchema, output: s.projectInfoSchema },

  'audit.list': { input: s.auditListSchema, output: z.array(s.auditEventSchema) },
  'audit.verify': { input: s.empty, output: s.auditVerifySchema },

  'framework.tree': { input: f.frameworkTreeInput, output: f.frameworkTreeSchema },
  'framework.createIndicator': { input: f.indicatorCreateSchema, output: f.projectIndicatorSchema },
  'framework.updateIndicator': { input: f.indicatorUpdateSchema, output: f.projectIndicatorSchema },
  'framework.retireIndicator': { input: f.indicatorRetireSchema, output: f.projectIndicatorSchema },

  'reference.agencies': { input: s.empty, output: z.array(f.agencyOut) },
  'reference.crossingPoints': { input: s.empty, output: z.array(f.crossingPointOut) },
  'reference.provinces': { input: s.empty, output: z.array(f.provinceOut) },
  'reference.legalInstruments': { input: s.empty, output: z.array(f.legalInstrumentOut) },

  'interviews.list': { input: e.interviewListSchema, output: e.interviewListOutput },
  'interviews.get': { input: e.idInput, output: e.interviewSchema },
  'interviews.create': { input: e.interviewCreateSchema, output: e.interviewSchema },
  'interviews.update': { input: e.interviewUpdateSchema, output: e.interviewSchema },
  'interviews.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'passages.list': { input: ei.passageListSchema, output: z.array(ei.passageSchema) },
  'passages.create': { input: ei.passageCreateSchema, output: ei.passageSchema },
  'passages.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'siteVisits.list': { input: ei.listPageInput, output: ei.siteVisitListOutput },
  'siteVisits.get': { input: e.idInput, output: ei.siteVisitSchema },
  'siteVisits.create': { input: ei.siteVisitCreateSchema, output: ei.siteVisitSchema },
  'siteVisits.update': { input: ei.siteVisitUpdateSchema, output: ei.siteVisitSchema },
  'siteVisits.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'documents.list': { input: ei.listPageInput, output: ei.documentListOutput },
  'documents.get': { input: e.idInput, output: ei.documentSchema },
  'documents.create': { input: ei.documentCreateSchema, output: ei.documentSchema },
  'documents.update': { input: ei.documentUpdateSchema, output: ei.documentSchema },
  'documents.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'attachments.add': { input: ei.attachmentAddSchema, output: ei.attachmentAddOutput },
  'attachments.export': { input: e.idInput, output: ei.attachmentExportOutput },
  'attachments.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'evidence.usage': { input: ei.evidenceRef, output: ei.evidenceUsageSchema },

  'ratings.list': { input: an.ratingListSchema, output: z.array(an.ratingSchema) },
  'ratings.get': { input: e.idInput, output: an.ratingSchema },
  'ratings.create': { input: an.ratingCreateSchema, output: an.ratingSchema },
  'ratings.update': { input: an.ratingUpdateSchema, output: an.ratingSchema },
  'ratings.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'findings.list': { input: an.findingListSchema, output: z.array(an.findingSchema) },
  'findings.get': { input: e.idInput, output: an.findingSchema },
  'findings.create': { input: an.findingCreateSchema, output: an.findingSchema },
  'findings.update': { input: an.findingUpdateSchema, output: an.findingSchema },
  'findings.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'recommendations.list': { input: an.recommendationListSchema, output: z.array(an.recommendationSchema) },
  'recommendations.get': { input: e.idInput, output: an.recommendationSchema },
  'recommendations.create': { input: an.recommendationCreateSchema, output: an.recommendationSchema },
  'recommendations.update': { input: an.recommendationUpdateSchema, output: an.recommendationSchema },
  'recommendations.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },

  'actions.list': { input: ap.actionListSchema, output: ap.actionListOutput },
  'actions.get': { input: e.idInput, output: ap.actionSchema },
  'actions.create': { input: ap.actionCreateSchema, output: ap.actionSchema },
  'actions.update': { input: ap.actionUpdateSchema, output: ap.actionSchema },
  'actions.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },
  'actions.addStatusUpdate': { input: ap.statusUpdateCreateSchema, output: ap.actionSchema },

  'dashboard.get': { input: d.dashboardInput, output: d.dashboardSchema },

  'export.preview': { input: x.exportRequestSchema, output: x.exportPreviewSchema },
  /** Asks where to save in a main-process dialog, then writes the .docx atomically. */
  'export.run': { input: x.exportRunSchema, output: x.exportResultSchema },
  /** How far the export with this job id has got (the renderer polls while export.run runs). */
  'export.progress': { input: x.exportJobInput, output: x.exportProgressSchema },
  /** Stop that export: export.run then fails with CANCELLED and writes nothing. */
  'export.cancel': { input: x.exportJobInput, output: z.object({ cancelled: z.boolean() }) },
  /** Show the last exported file of this session in the system's file manager. */
  'export.showFolder': { input: s.empty, output: z.object({ shown: z.boolean() }) },
  'export.profiles': { input: s.empty, output: z.array(x.savedProfileSchema) },
  'export.saveProfile': { input: x.profileSaveSchema, output: z.array(x.savedProfileSchema) },
  'export.deleteProfile': { input: x.profileDeleteSchema, output: z.array(x.savedProfileSchema) },

  /** The report's narrative sections (rich text per section and language). */
  'narrative.list': { input: s.empty, output: z.array(n.narrativeSchema) },
  'narrative.save': { input: n.narrativeSaveSchema, output: n.narrativeSchema },

  // --- Issue 5, Component 2 and TWG meetings: meetings.* channels go here (meetings helper).
  'meetings.list': { input: mt.meetingListSchema, output: z.array(mt.meetingSummaryOut) },
  'meetings.get': { input: e.idInput, output: mt.meetingOut },
  'meetings.create': { input: mt.meetingCreateSchema, output: mt.meetingOut },
  'meetings.update': { input: mt.meetingUpdateSchema, output: mt.meetingOut },
  'meetings.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },
  /** Minutes draft -> circulated -> adopted, or back to draft with a reason. */
  'meetings.setStatus': { input: mt.meetingStatusSchema, output: mt.meetingOut },
  'meetings.saveAttendance': { input: mt.attendanceSaveSchema, output: mt.meetingOut },
  'meetings.removeAttendance': { input: e.idInput, output: mt.meetingOut },
  'meetings.saveAgendaItem': { input: mt.agendaItemSaveSchema, output: mt.meetingOut },
  'meetings.moveAgendaItem': { input: mt.agendaMoveSchema, output: mt.meetingOut },
  'meetings.removeAgendaItem': { input: e.idInput, output: mt.meetingOut },
  /** Legal reference provisions plus those the user added (draft sections of the new Act). */
  'meetings.provisions': { input: s.empty, output: z.array(mt.provisionOut) },
  'meetings.addProvision': { input: mt.provisionAddSchema, output: mt.provisionOut },
  'meetings.linkProvision': { input: mt.provisionLinkSchema, output: mt.meetingOut },
  'meetings.setConsensus': { input: mt.consensusSchema, output: mt.meetingOut },
  'meetings.unlinkProvision': { input: e.idInput, output: mt.meetingOut },
  /** AGENCY_NOT_ATTENDING unless the agency is present or substituting at the meeting. */
  'meetings.setPosition': { input: mt.positionSetSchema, output: mt.meetingOut },
  'meetings.removePosition': { input: e.idInput, output: mt.meetingOut },
  'meetings.saveFollowUp': { input: mt.followUpSaveSchema, output: mt.meetingOut },
  'meetings.removeFollowUp': { input: e.idInput, output: mt.meetingOut },
  // --- end meetings
  // --- Issue 5, Component 3 TWG and curriculum: twg.* and curriculum.* channels go here.
  'twg.list': { input: s.empty, output: z.array(cu.twgMemberSchema) },
  'twg.create': { input: cu.twgMemberCreateSchema, output: cu.twgMemberSchema },
  'twg.update': { input: cu.twgMemberUpdateSchema, output: cu.twgMemberSchema },
  'twg.delete': { input: e.idInput, output: z.object({ id: s.uuid }) },
  /** The heading and the live modules in curriculum order. */
  'curriculum.get': { input: s.empty, output: cu.curriculumSchema },
  'curriculum.saveHeader': { input: cu.curriculumSaveSchema, output: cu.curriculumHeaderSchema },
  'curriculum.getModule': { input: e.idInput, output: cu.moduleSchema },
  'curriculum.createModule': { input: cu.moduleCreateSchema, output: cu.moduleSchema },
  'curriculum.updateModule': { input: cu.moduleUpdateSchema, output: cu.moduleSchema },
  'curriculum.deleteModule': { input: e.idInput, output: z.object({ id: s.uuid }) },
  /** Every training-addressable finding with the modules covering it, and the gaps. */
  'curriculum.coverage': { input: s.empty, output: cu.coverageSchema },
  /** Module -> findings -> areas (the Word curriculum's traceability table). */
  'curriculum.traceability': { input: s.empty, output: cu.traceabilitySchema },
  // --- end curriculum
  // --- Issue 5, Component 4 Training of Trainers: tot.* channels go here.
  'tot.list': { input: s.empty, output: z.array(tot.totEventSummarySchema) },
  /** The whole event: agenda, participants with attendance and tests, L1 forms, L3 follow-ups. */
  'tot.get': { input: tot.totIdInput, output: tot.totEventSchema },
  'tot.create': { input: tot.totEventCreateSchema, output: tot.totEventSchema },
  'tot.update': { input: tot.totEventUpdateSchema, output: tot.totEventSchema },
  'tot.delete': { input: tot.totIdInput, output: z.object({ id: s.uuid }) },
  /** Fills the agenda grid with the default 5-day template (DOMAIN.md 4.2). */
  'tot.applyTemplate': { input: tot.totTemplateSchema, output: tot.totEventSchema },
  'tot.saveSession': { input: tot.totSessionSaveSchema, output: tot.totEventSchema },
  'tot.deleteSession': { input: tot.totIdInput, output: tot.totEventSchema },
  'tot.saveParticipant': { input: tot.totParticipantSaveSchema, output: tot.totEventSchema },
  'tot.deleteParticipant': { input: tot.totIdInput, output: tot.totEventSchema },
  'tot.setAttendance': { input: tot.totAttendanceSchema, output: tot.totEventSchema },
  'tot.saveTest': { input: tot.totTestSaveSchema, output: tot.totEventSchema },
  'tot.saveEvaluation': { input: tot.totEvaluationSaveSchema, output: tot.totEventSchema },
  'tot.deleteEvaluation': { input: tot.totIdInput, output: tot.totEventSchema },
  'tot.saveFollowUp': { input: tot.totFollowUpSaveSchema, output: tot.totEventSchema },
  'tot.deleteFollowUp': { input: tot.totIdInput, output: tot.totEventSchema },
  /** Mean pre/post, paired gain, improving, pass and attendance rates, by sex and agency; L1 and L3. */
  'tot.results': { input: tot.totEventIdInput, output: tot.totResultsSchema },
  // --- end tot
  // --- Issue 6 vault: vault.* channels go here.
  /** State of the identity vault: not set up, locked, unlocked, destroyed; the destruction date. */
  'vault.status': { input: s.empty, output: vault.vaultStatusSchema },
  /** VAULT_PASSPHRASE_SAME when equal to the project passphrase; leaves the vault unlocked. */
  'vault.setup': { input: vault.vaultSetupSchema, output: vault.vaultStatusSchema },
  'vault.unlock': { input: vault.vaultUnlockSchema, output: vault.vaultStatusSchema },
  'vault.lock': { input: s.empty, output: vault.vaultStatusSchema },
  /** Decrypted identities (VAULT_LOCKED unless unlocked); FILE_TAMPERED if a record fails authentication. */
  'vault.list': { input: vault.vaultListSchema, output: z.array(vault.vaultEntrySchema) },
  /** Interviews, meeting attendees, TWG members and ToT participants by code (no identity). */
  'vault.subjects': { input: s.empty, output: z.array(vault.vaultSubjectSchema) },
  'vault.save': { input: vault.vaultSaveSchema, output: vault.vaultEntrySchema },
  'vault.remove': { input: vault.vaultRemoveSchema, output: z.object({ id: s.uuid }) },
  'vault.setDestroyAfter': { input: vault.vaultDestroyAfterSchema, output: vault.vaultStatusSchema },
  /** Irreversible: asks for the vault passphrase again. */
  'vault.destroy': { input: vault.vaultDestroySchema, output: vault.vaultStatusSchema },
  // --- end vault
  // --- Issue 6 review: reviewCopy.* and review.* channels go here.
  /** What a review copy at this sensitivity would leave out, counted by reason (shown before creating). */
  'reviewCopy.preview': { input: rc.reviewCopyPreviewInput, output: rc.reviewCopyExclusionsSchema },
  /** Asks where to save, then writes the copy with its own passphrase; path null = cancelled. */
  'reviewCopy.create': { input: rc.reviewCopyCreateInput, output: rc.reviewCopyCreateOutput },
  /** Whether the open file is a review copy (content read-only; comments and decisions allowed). */
  'reviewCopy.status': { input: s.empty, output: rc.reviewCopyStatusSchema },
  // Review workflow and packets (review.*): statuses, threaded comments, the queue, packets.
  /** Status, allowed next statuses and the comment thread of one finding / recommendation / action / report section. */
  'review.get': { input: rv.reviewTargetSchema, output: rv.reviewStateOut },
  /** REVIEW_TRANSITION for a move not allowed; REVIEW_REASON_REQUIRED for changes requested without a reason. */
  'review.setStatus': { input: rv.reviewSetStatusSchema, output: rv.reviewStateOut },
  'review.comment': { input: rv.reviewCommentSchema, output: rv.reviewStateOut },
  /** Every reviewable item with its status (filtered), counts by status, and open packet conflicts. */
  'review.queue': { input: rv.reviewQueueSchema, output: rv.reviewQueueOut },
  /** In a review copy: asks where to save, writes the encrypted packet; path null = cancelled. */
  'review.exportPacket': { input: rv.packetPassphraseSchema, output: rv.packetExportOut },
  /** In the project: asks for the packet file, imports it; path null = cancelled. */
  'review.importPacket': { input: rv.packetPassphraseSchema, output: rv.packetImportOut },
  'review.resolveConflict': { input: rv.resolveConflictSchema, output: rv.resolveConflictOut },
  // --- end review
  // --- Issue 6 audit: audit.* channel changes go here.
  /** The filter lists of the Audit trail tab, and how many events match its filter. */
  'audit.facets': { input: au.auditFacetsInput, output: au.auditFacetsSchema },
  /** The (filtered) trail as a Word annex, through the export writer: same dialog, progress and audit event. */
  'audit.exportAnnex': {
    input: z
      .object({ filter: au.auditFilterSchema.optional(), profile: x.exportProfileSchema, jobId: s.uuid.optional() })
      .strict(),
    output: x.exportResultSchema,
  },
  /** This computer's id and the name given to it (settings; works without a project). */
  'device.get': { input: s.empty, output: dl.deviceInfoSchema },
  /** Names this computer (null: removes the name); the open project is told at once. */
  'device.setLabel': { input: dl.deviceSetLabelInput, output: dl.deviceInfoSchema },
  /** The computer names the open project holds, and which device is this one. */
  'device.labels': { input: s.empty, output: dl.deviceLabelsOutput },
  // --- end audit
  // --- Issue 6 merge: merge.* channels.
  /** Asks for another assessor's copy of this project, merges it in with its passphrase; path null = cancelled. */
  'merge.import': { input: mg.mergeImportInput, output: mg.mergeImportOutput },
  /** The conflicts waiting, each field side by side. */
  'merge.conflicts': { input: s.empty, output: mg.mergeConflictsOutput },
  /** Keeps this file's value or takes the other's, for one field. */
  'merge.resolve': { input: mg.mergeResolveInput, output: mg.mergeResolveOutput },
  // --- end merge

  'search.query': { input: q.searchQuerySchema, output: q.searchResultSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

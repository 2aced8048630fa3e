import { z } from 'zod';
import * as e from './evidence';
import * as f from './framework';
import * as s from './schemas';
import * as q from './search';

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

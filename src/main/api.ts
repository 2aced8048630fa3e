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
import { listAgencies, listCrossingPoints, listLegalInstruments, listProvinces } from './services/reference';
import { listAuditEvents } from './project/audit';
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
      restored.write((ctx) => ctx.audit('project.restored', 'project', null, { from: name }));
      return getProjectInfo(restored);
    },

    'audit.list': (input) => session.require().read((db) => listAuditEvents(db, input?.limit ?? 50)),
    'audit.verify': () => session.require().verifyAudit(),

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

    'search.query': (input) => search(session.require(), input),
  };
}

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

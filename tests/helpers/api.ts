import path from 'node:path';
import { createApi, dispatch, type HandlerTable } from '../../src/main/api';
import { noDialogs } from '../../src/main/dialogs';
import { Session } from '../../src/main/session';
import { SettingsStore } from '../../src/main/settings';
import type { Channel, ChannelOutput } from '../../src/shared/contract';
import type { ApiError, Result } from '../../src/shared/errors';

export interface TestApi {
  handlers: HandlerTable;
  session: Session;
  settings: SettingsStore;
  /** One call through the real handler table, exactly as IPC or the bridge would make it. */
  call<C extends Channel>(channel: C, input?: unknown): Promise<Result<ChannelOutput<C>>>;
}

/** The real api (createApi) over a real Session and SettingsStore in `dir`, without dialogs. */
export function makeApi(dir: string): TestApi {
  const settings = new SettingsStore(path.join(dir, 'settings'));
  const session = new Session({ settings });
  const handlers = createApi({ session, settings, dialogs: noDialogs, runtime: 'test', version: '0.0.0-test' });
  return {
    handlers,
    session,
    settings,
    call: (channel, input) => dispatch(handlers, channel, input) as Promise<Result<ChannelOutput<typeof channel>>>,
  };
}

export function expectValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, the api answered ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function expectError<T>(result: Result<T>): ApiError {
  if (result.ok) throw new Error('expected an error, the api answered ok');
  return result.error;
}

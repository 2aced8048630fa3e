import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput } from './contract';
import type { Result } from './errors';

/** Carries one call to the main process: IPC in Electron, HTTP in the end-to-end bridge. */
export type Transport = (channel: Channel, input: unknown) => Promise<unknown>;

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

type Args<C extends Channel> = undefined extends ChannelInput<C>
  ? [input?: ChannelInput<C>]
  : [input: ChannelInput<C>];

export type ChannelFunction<C extends Channel> = (...args: Args<C>) => Promise<Result<ChannelOutput<C>>>;

/** `client.project.open({ path, passphrase })` for the channel 'project.open'. */
export type BmmaClient = {
  [N in Namespace<Channel>]: {
    [M in Method<Channel, N>]: `${N}.${M}` extends Channel ? ChannelFunction<`${N}.${M}`> : never;
  };
};

/**
 * Builds the client from the contract's channel names: named functions only, no
 * generic send, no channel-name parameter. The same factory serves the preload
 * (ipcRenderer.invoke) and the end-to-end bridge (fetch).
 */
export function createClient(transport: Transport): BmmaClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split('.') as [string, string];
    const group = (client[namespace] ??= {});
    group[method] = (input?: unknown) => transport(channel, input);
  }
  for (const group of Object.values(client)) Object.freeze(group);
  // The shape is built from CHANNELS, which is exactly what BmmaClient describes.
  return Object.freeze(client) as unknown as BmmaClient;
}

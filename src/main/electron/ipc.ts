import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, type Channel } from '../../shared/contract';
import type { ApiError, Result } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';
import type { HandlerTable } from '../api';
import { logger } from '../logger';

/**
 * ipcMain glue: one ipcMain.handle per contract channel, each behind the sender check
 * (SECURITY.md 17). No ipcMain.on, no generic channel: the contract is the whole surface.
 */

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * What an untrusted sender gets. The code is INTERNAL, not VALIDATION: the caller's input
 * was not judged at all, and VALIDATION would tell a hostile frame to try other inputs;
 * our own page never sees this answer (it is the only trusted frame), so the generic
 * "something unexpected happened" message is the honest one. No details: the refusal
 * says nothing about why.
 */
export const REFUSED_SENDER: ApiError = { code: 'INTERNAL', message: errorMessage('INTERNAL', 'en') };

/** `scheme://host[:port]` of a URL; Node's URL gives 'null' as origin for custom schemes. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

export interface SenderCheckOptions {
  /** The main window's webContents, or null before it exists / after it is gone. */
  getWebContents: () => Pick<WebContents, 'id' | 'mainFrame' | 'isDestroyed'> | null | undefined;
  /** app://bmma, plus the dev server's origin in development only. */
  trustedOrigins: readonly string[];
}

/**
 * Accepts a call only from the top frame of our own window, showing our own origin: not
 * from a subframe, another webContents (DevTools, a stray window) or a navigated page.
 */
export function createSenderCheck(options: SenderCheckOptions): SenderCheck {
  return (event) => {
    try {
      const contents = options.getWebContents();
      if (!contents || contents.isDestroyed() || event.sender.id !== contents.id) return false;
      // senderFrame is null once the frame has navigated away or been destroyed.
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null) return false;
      const top = contents.mainFrame;
      if (frame !== top && (frame.processId !== top.processId || frame.routingId !== top.routingId)) return false;
      const origin = originOf(frame.url);
      return origin !== null && options.trustedOrigins.includes(origin);
    } catch {
      // A destroyed frame or webContents throws on access: not a sender we can vouch for.
      return false;
    }
  };
}

/**
 * Registers every contract channel, exactly once, and nothing else. A refused call never
 * reaches its handler. Returns the registered channels (for the log and the tests).
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerTable,
  isTrustedSender: SenderCheck,
): readonly Channel[] {
  for (const channel of CHANNELS) {
    const handler = handlers[channel];
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        logger.warn('ipc call refused: untrusted sender', { channel });
        return { ok: false, error: REFUSED_SENDER };
      }
      return handler(input);
    });
  }
  return CHANNELS;
}

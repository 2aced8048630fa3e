import type { ProjectStatus } from '../../shared/schemas';
import { logger } from '../logger';

/**
 * Idle lock (SECURITY.md 25): after N idle minutes (settings.idleLockMinutes), on OS
 * suspend and on screen lock, the open project is locked: its connection is closed and
 * unlocking needs the passphrase again. Everything is injected so the rules run under
 * fake timers and a fake powerMonitor.
 */

/** How often the system idle time is read. The lock fires at most this late. */
export const IDLE_POLL_MS = 15_000;

/** OS events that lock at once. */
export const LOCK_NOW_EVENTS = ['suspend', 'lock-screen'] as const;
export type LockNowEvent = (typeof LOCK_NOW_EVENTS)[number];

/** The part of Electron's powerMonitor this module uses (method syntax: Electron's overloads fit). */
export interface PowerMonitorPort {
  getSystemIdleTime(): number;
  on(event: LockNowEvent, listener: () => void): unknown;
  removeListener(event: LockNowEvent, listener: () => void): unknown;
}

export interface IdleTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface IdleLockOptions {
  powerMonitor: PowerMonitorPort;
  session: { status(): ProjectStatus; lock(): ProjectStatus };
  /** Read on every poll, so a change in the settings applies without a restart. */
  idleLockMinutes: () => number;
  timers?: IdleTimers;
  pollMs?: number;
}

const realTimers: IdleTimers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    // The poll alone must not keep the app alive.
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Starts watching; returns a function that stops watching. */
export function startIdleLock(options: IdleLockOptions): () => void {
  const timers = options.timers ?? realTimers;
  const { powerMonitor, session } = options;

  const lock = (reason: string): void => {
    if (session.status().state !== 'open') return;
    try {
      session.lock();
      logger.info('project locked', { reason });
    } catch (error) {
      logger.error('locking the project failed', { reason, name: (error as Error | undefined)?.name ?? typeof error });
    }
  };

  const poll = (): void => {
    const idleSeconds = powerMonitor.getSystemIdleTime();
    if (idleSeconds >= options.idleLockMinutes() * 60) lock('idle');
  };

  const listeners = LOCK_NOW_EVENTS.map((name) => {
    const listener = (): void => lock(name);
    powerMonitor.on(name, listener);
    return [name, listener] as const;
  });
  const handle = timers.setInterval(poll, options.pollMs ?? IDLE_POLL_MS);

  return () => {
    timers.clearInterval(handle);
    for (const [name, listener] of listeners) {
      powerMonitor.removeListener(name, listener);
    }
  };
}

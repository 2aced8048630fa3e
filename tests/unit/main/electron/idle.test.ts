import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_POLL_MS, startIdleLock } from '../../../../src/main/electron/idle';
import { Session } from '../../../../src/main/session';
import { SettingsStore } from '../../../../src/main/settings';
import type { ProjectStatus } from '../../../../src/shared/schemas';
import { captureLogs } from './fakes';

/** A powerMonitor whose idle time follows the (fake) clock since the last input. */
class FakePowerMonitor extends EventEmitter {
  lastInput = Date.now();
  getSystemIdleTime(): number {
    return Math.floor((Date.now() - this.lastInput) / 1000);
  }
  input(): void {
    this.lastInput = Date.now();
  }
}

class FakeSession {
  state: ProjectStatus['state'] = 'open';
  locks = 0;
  status(): ProjectStatus {
    return this.state === 'closed'
      ? { state: 'closed', path: null, title: null }
      : { state: this.state, path: '/p/a.bmma', title: 'A' };
  }
  lock(): ProjectStatus {
    this.locks += 1;
    this.state = 'locked';
    return this.status();
  }
}

const MINUTE = 60_000;
let logs: ReturnType<typeof captureLogs>;

beforeEach(() => {
  vi.useFakeTimers();
  logs = captureLogs();
});
afterEach(() => {
  vi.useRealTimers();
  logs.restore();
});

function start(minutes: () => number = () => 10) {
  const powerMonitor = new FakePowerMonitor();
  const session = new FakeSession();
  const stop = startIdleLock({ powerMonitor, session, idleLockMinutes: minutes });
  return { powerMonitor, session, stop };
}

describe('idle lock (SECURITY.md 25)', () => {
  it('locks after the configured idle minutes, within one poll, and not before', () => {
    const { session } = start(() => 10);
    vi.advanceTimersByTime(10 * MINUTE - IDLE_POLL_MS);
    expect(session.locks).toBe(0);
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(session.state).toBe('locked');
    expect(session.locks).toBe(1);
    // Already locked: further polls do nothing.
    vi.advanceTimersByTime(5 * MINUTE);
    expect(session.locks).toBe(1);
  });

  it('does not lock while the user keeps working', () => {
    const { powerMonitor, session } = start(() => 2);
    for (let i = 0; i < 20; i += 1) {
      vi.advanceTimersByTime(MINUTE);
      powerMonitor.input();
    }
    expect(session.locks).toBe(0);
  });

  it('applies a changed setting without a restart', () => {
    let minutes = 30;
    const { session } = start(() => minutes);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(session.locks).toBe(0);
    minutes = 5;
    vi.advanceTimersByTime(IDLE_POLL_MS);
    expect(session.locks).toBe(1);
  });

  it.each(['suspend', 'lock-screen'])('locks at once on %s', (name) => {
    const { powerMonitor, session } = start();
    powerMonitor.emit(name);
    expect(session.locks).toBe(1);
    expect(session.state).toBe('locked');
  });

  it('leaves a closed or already locked project alone', () => {
    const { powerMonitor, session } = start(() => 1);
    session.state = 'closed';
    powerMonitor.emit('suspend');
    vi.advanceTimersByTime(10 * MINUTE);
    session.state = 'locked';
    powerMonitor.emit('lock-screen');
    expect(session.locks).toBe(0);
  });

  it('stops watching when stopped', () => {
    const { powerMonitor, session, stop } = start(() => 1);
    stop();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    vi.advanceTimersByTime(10 * MINUTE);
    expect(session.locks).toBe(0);
    expect(powerMonitor.listenerCount('suspend') + powerMonitor.listenerCount('lock-screen')).toBe(0);
  });

  it('survives a lock that fails, and logs it without details', () => {
    const powerMonitor = new FakePowerMonitor();
    const session = new FakeSession();
    session.lock = () => {
      throw new Error('SQLITE_BUSY: checkpoint failed on /home/somchai/secret.bmma');
    };
    startIdleLock({ powerMonitor, session, idleLockMinutes: () => 10 });
    expect(() => powerMonitor.emit('suspend')).not.toThrow();
    const logged = logs.lines.join('\n');
    expect(logged).toContain('locking the project failed');
    expect(logged).not.toContain('somchai');
  });
});

describe('idle lock on a real project', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('closes the connection on screen lock, and only the passphrase opens it again', () => {
    vi.useRealTimers();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-idle-'));
    const session = new Session({ settings: new SettingsStore(path.join(dir, 'settings')) });
    const passphrase = 'correct horse battery staple';
    session.create({ path: path.join(dir, 'a.bmma'), title: 'Idle test', language: 'en', calendar: 'BE', passphrase });
    const powerMonitor = new FakePowerMonitor();
    const stop = startIdleLock({ powerMonitor, session, idleLockMinutes: () => 10 });
    try {
      powerMonitor.emit('lock-screen');
      expect(session.status()).toMatchObject({ state: 'locked', title: 'Idle test' });
      expect(() => session.require()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
      expect(() => session.unlock('wrong passphrase!!')).toThrow(expect.objectContaining({ code: 'WRONG_PASSPHRASE' }));
      session.unlock(passphrase);
      expect(session.status().state).toBe('open');
    } finally {
      stop();
      session.close();
    }
  });
});

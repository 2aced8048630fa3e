import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { setLogSink } from '../../../../src/main/logger';

/**
 * Small stand-ins for Electron objects (no Electron binary here). Each records what the
 * code under test did with it; the tests cast them to the Electron types they replace.
 */

export interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
  url: string;
}

/** Electron's navigation events carry the target on the event (the positional url is deprecated). */
export function fakeEvent(url = ''): FakeEvent {
  return { preventDefault: vi.fn(), url };
}

type OpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  openHandler: OpenHandler | null = null;

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }

  show(): void {
    this.shown = true;
  }
}

/** Collects log lines (JSON) while a test runs; restores stderr afterwards. */
export function captureLogs(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  setLogSink((line) => lines.push(line), 'debug');
  return { lines, restore: () => setLogSink((line) => process.stderr.write(line + '\n'), 'warn') };
}

import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerTable } from '../../../../src/main/api';
import { createSenderCheck, originOf, REFUSED_SENDER, registerApi } from '../../../../src/main/electron/ipc';
import { CHANNELS, type Channel } from '../../../../src/shared/contract';
import { ERROR_CODES } from '../../../../src/shared/errors';
import { captureLogs } from './fakes';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const registered = new Map<string, InvokeListener>();
  const handle = vi.fn((channel: string, listener: InvokeListener) => {
    registered.set(channel, listener);
  });
  // Only `handle` exists: a call to ipcMain.on / handleOnce / anything else would throw.
  return { ipcMain: { handle } as unknown as IpcMain, handle, registered };
}

function fakeHandlers(): { table: HandlerTable; calls: Array<[Channel, unknown]> } {
  const calls: Array<[Channel, unknown]> = [];
  const table = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        calls.push([channel, input]);
        return { ok: true, value: { channel } };
      },
    ]),
  ) as HandlerTable;
  return { table, calls };
}

const topFrame: FakeFrame = { url: 'app://bmma/index.html', parent: null, processId: 4, routingId: 1 };
const contents = { id: 7, mainFrame: topFrame, isDestroyed: () => false };
const check = createSenderCheck({
  getWebContents: () => contents as unknown as WebContents,
  trustedOrigins: ['app://bmma'],
});

function eventFrom(frame: FakeFrame | null, senderId = 7): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => (logs = captureLogs()));
afterEach(() => logs.restore());

describe('IPC registration', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    const { ipcMain, handle } = fakeIpcMain();
    const channels = registerApi(ipcMain, fakeHandlers().table, () => true);
    const names = handle.mock.calls.map(([channel]) => channel);
    expect(names).toHaveLength(CHANNELS.length);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...CHANNELS].sort());
    expect(channels).toEqual(CHANNELS);
  });

  it('passes a trusted call through to its own handler', async () => {
    const { ipcMain, registered } = fakeIpcMain();
    const { table, calls } = fakeHandlers();
    registerApi(ipcMain, table, check);
    const answer = await registered.get('project.open')!(eventFrom(topFrame), { path: '/x.bmma', passphrase: 'p' });
    expect(answer).toEqual({ ok: true, value: { channel: 'project.open' } });
    expect(calls).toEqual([['project.open', { path: '/x.bmma', passphrase: 'p' }]]);
  });
});

describe('sender check (SECURITY.md 17)', () => {
  const subframe: FakeFrame = { url: 'app://bmma/index.html', parent: topFrame, processId: 4, routingId: 9 };
  const foreignTop: FakeFrame = { url: 'https://evil.example/', parent: null, processId: 4, routingId: 1 };
  const otherTop: FakeFrame = { url: 'app://bmma/index.html', parent: null, processId: 5, routingId: 1 };

  const untrusted: Array<[string, IpcMainInvokeEvent]> = [
    ['a subframe of our page', eventFrom(subframe)],
    ['our top frame after it navigated to a foreign origin', eventFrom(foreignTop)],
    ['a top frame that is not our window\u2019s', eventFrom(otherTop)],
    ['another webContents', eventFrom(topFrame, 8)],
    ['a destroyed frame (senderFrame null)', eventFrom(null)],
    ['a file:// page', eventFrom({ ...topFrame, url: 'file:///tmp/index.html' })],
    ['app:// with another host', eventFrom({ ...topFrame, url: 'app://other/index.html' })],
  ];

  it.each(untrusted)('refuses %s and never calls the handler', async (_name, event) => {
    const { ipcMain, registered } = fakeIpcMain();
    const { table, calls } = fakeHandlers();
    registerApi(ipcMain, table, check);
    for (const channel of ['project.open', 'settings.update', 'project.changePassphrase'] as const) {
      const answer = await registered.get(channel)!(event, {});
      expect(answer).toEqual({ ok: false, error: REFUSED_SENDER });
    }
    expect(calls).toEqual([]);
    expect(logs.lines.some((line) => line.includes('untrusted sender'))).toBe(true);
  });

  it('answers a refusal with a code from the closed list and no details', () => {
    expect(ERROR_CODES).toContain(REFUSED_SENDER.code);
    expect(REFUSED_SENDER.code).toBe('INTERNAL');
    expect(REFUSED_SENDER).not.toHaveProperty('details');
  });

  it('refuses when the senderFrame getter throws (frame already gone)', () => {
    const event = { sender: { id: 7 } } as unknown as IpcMainInvokeEvent;
    Object.defineProperty(event, 'senderFrame', {
      get() {
        throw new Error('Render frame was disposed');
      },
    });
    expect(check(event)).toBe(false);
  });

  it('refuses everything while there is no window, or after it is destroyed', () => {
    expect(createSenderCheck({ getWebContents: () => null, trustedOrigins: ['app://bmma'] })(eventFrom(topFrame))).toBe(
      false,
    );
    const destroyed = { ...contents, isDestroyed: () => true } as unknown as WebContents;
    expect(
      createSenderCheck({ getWebContents: () => destroyed, trustedOrigins: ['app://bmma'] })(eventFrom(topFrame)),
    ).toBe(false);
  });

  it('trusts the dev server only when it is listed (development)', () => {
    const devTop: FakeFrame = { url: 'http://localhost:5173/', parent: null, processId: 4, routingId: 1 };
    const devContents = { ...contents, mainFrame: devTop } as unknown as WebContents;
    const prod = createSenderCheck({ getWebContents: () => devContents, trustedOrigins: ['app://bmma'] });
    const dev = createSenderCheck({
      getWebContents: () => devContents,
      trustedOrigins: ['app://bmma', 'http://localhost:5173'],
    });
    expect(prod(eventFrom(devTop))).toBe(false);
    expect(dev(eventFrom(devTop))).toBe(true);
  });

  it('reads origins of custom schemes (Node gives "null" for them)', () => {
    expect(originOf('app://bmma/index.html#/project')).toBe('app://bmma');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract';

/**
 * SECURITY.md 15: window.bmma is named functions generated from the contract, nothing else.
 * Its key list is a committed snapshot: a change to the exposed surface must be reviewed
 * (update with `npx vitest run -u tests/unit/preload`; CI never writes snapshots).
 */
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    send: vi.fn(),
    on: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../src/preload/index');
  exposed = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
});

/** `namespace.method` for every leaf, with the type of the value found there. */
function leaves(value: unknown, prefix = ''): Array<[string, string]> {
  if (value === null || typeof value !== 'object') return [[prefix, typeof value]];
  return Object.keys(value)
    .sort()
    .flatMap((key) => leaves((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

describe('preload', () => {
  it('exposes exactly one thing, window.bmma', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('bmma');
  });

  it('exposes the committed key list', () => {
    expect(leaves(exposed).map(([key]) => key)).toMatchSnapshot();
  });

  it('exposes one named function per contract channel, and only functions', () => {
    const found = leaves(exposed);
    expect(found.every(([, type]) => type === 'function')).toBe(true);
    expect(found.map(([key]) => key).sort()).toEqual([...CHANNELS].sort());
  });

  it('has no generic send/on/invoke, no IPC objects and no process or environment', () => {
    const names = leaves(exposed).flatMap(([key]) => key.split('.'));
    for (const forbidden of [
      'send',
      'sendSync',
      'on',
      'once',
      'invoke',
      'ipcRenderer',
      'process',
      'env',
      'require',
      'electron',
      'versions',
    ]) {
      expect(names).not.toContain(forbidden);
    }
    expect(JSON.stringify(Object.keys(exposed))).not.toMatch(/ipc|process|env/i);
  });

  it('carries each call over ipcRenderer.invoke on its own channel, with the input only', async () => {
    const project = exposed['project'] as Record<string, (input?: unknown) => Promise<unknown>>;
    await project['open']!({ path: '/a.bmma', passphrase: 'x' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('project.open', { path: '/a.bmma', passphrase: 'x' });
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('cannot be changed by the page', () => {
    expect(Object.isFrozen(exposed)).toBe(true);
    expect(Object.isFrozen(exposed['project'])).toBe(true);
  });
});

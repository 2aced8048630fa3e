import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/electron/security';
import { CHANNELS } from '../../../../src/shared/contract';

/**
 * The wiring in src/main/index.ts, against a fake `electron` module: what happens before
 * 'ready', what 'ready' sets up, and that a screen lock reaches the open project.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(name: string, listener: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
        return this;
      },
      once(name: string, listener: Listener) {
        return this.on(name, listener);
      },
      removeListener(name: string, listener: Listener) {
        listeners.set(
          name,
          (listeners.get(name) ?? []).filter((l) => l !== listener),
        );
        return this;
      },
      emit(name: string, ...args: unknown[]) {
        for (const listener of listeners.get(name) ?? []) listener(...args);
      },
    };
  };

  const calls: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const paths: Record<string, string> = {};

  const app = Object.assign(emitter(), {
    isPackaged: false,
    getPath: (name: string) => paths[name] ?? '/nonexistent',
    setPath: vi.fn(),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: () => ready,
    getVersion: () => '0.1.0',
    getAppPath: () => '/nonexistent-repo',
  });

  const windows: Array<Record<string, unknown>> = [];
  class BrowserWindow {
    readonly webContents = Object.assign(emitter(), {
      id: 41,
      mainFrame: { url: 'app://bmma/index.html', parent: null, processId: 1, routingId: 1 },
      isDestroyed: () => false,
      setWindowOpenHandler: vi.fn(),
      reload: vi.fn(),
    });
    readonly events = emitter();
    loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this as unknown as Record<string, unknown>);
    }
    on(name: string, listener: (...args: unknown[]) => unknown) {
      this.events.on(name, listener);
      return this;
    }
    once(name: string, listener: (...args: unknown[]) => unknown) {
      return this.on(name, listener);
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    show() {}
  }

  const defaultSession = Object.assign(emitter(), {
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
  });

  const module = {
    app,
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    powerMonitor: Object.assign(emitter(), { getSystemIdleTime: () => 0 }),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession },
    shell: { openExternal: vi.fn() },
  };
  return { module, calls, resolveReady, paths, windows };
});

vi.mock('electron', () => fake.module);

let dir: string;
type InvokeListener = (event: IpcMainInvokeEvent, input?: unknown) => Promise<{ ok: boolean; value?: unknown }>;

function handler(channel: string): InvokeListener {
  const call = fake.module.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  return call![1] as InvokeListener;
}

function window() {
  return fake.windows[0] as unknown as {
    options: { webPreferences: Record<string, unknown> };
    webContents: { id: number; mainFrame: unknown; reload: ReturnType<typeof vi.fn> };
    loadURL: ReturnType<typeof vi.fn>;
  };
}

function fromOurPage(): IpcMainInvokeEvent {
  const contents = window().webContents;
  return { sender: { id: contents.id }, senderFrame: contents.mainFrame } as unknown as IpcMainInvokeEvent;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-index-'));
  fake.paths['userData'] = path.join(dir, 'user-data');
  fake.paths['documents'] = path.join(dir, 'Documents');
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.stubEnv('BMMA_USER_DATA_DIR', '');
  await import('../../../../src/main/index');
});

afterAll(async () => {
  await handler('project.close')?.(fromOurPage());
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('before ready: registers app:// as privileged, enables the sandbox, takes the single-instance lock', () => {
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(fake.module.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.windows).toHaveLength(0);
    expect(fake.module.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('on ready: hardens the session, serves app://, registers the contract, opens the hardened window', async () => {
    fake.resolveReady();
    await vi.waitFor(() => expect(window()?.loadURL).toHaveBeenCalled());
    const session = fake.module.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.module.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual([...CHANNELS].sort());
    expect(window().loadURL).toHaveBeenCalledWith('app://bmma/index.html');
    expect(window().options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(String(window().options.webPreferences['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(fake.module.powerMonitor.listeners.get('lock-screen')).toHaveLength(1);
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('uses the production policy: the CSP without inline scripts, no dev server', () => {
    const session = fake.module.session.defaultSession;
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      details: object,
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    let headers: Record<string, string[]> | undefined;
    onHeaders(
      { url: 'app://bmma/index.html', responseHeaders: {} },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    const onRequest = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (
      details: object,
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    let cancel: boolean | undefined;
    onRequest({ url: 'http://localhost:5173/' }, (response) => (cancel = response.cancel));
    expect(cancel).toBe(true);
  });

  it('keeps the app data folder private (0700)', () => {
    if (process.platform === 'win32') return;
    expect(fs.statSync(fake.paths['userData']!).mode & 0o777).toBe(0o700);
  });

  it('answers our page through IPC as the Electron runtime', async () => {
    expect(await handler('app.info')(fromOurPage())).toMatchObject({
      ok: true,
      value: { name: 'BMMA Workbench', runtime: 'electron' },
    });
  });

  it('rebuilds the menu in the language chosen in the settings', async () => {
    const menus = fake.module.Menu.setApplicationMenu.mock.calls;
    await handler('settings.update')(fromOurPage(), { language: 'th' });
    const labels = (menus.at(-1)![0] as MenuItemConstructorOptions[]).map((item) => item.label);
    expect(labels).toContain('แฟ้ม');
    await handler('settings.update')(fromOurPage(), { language: 'en' });
    expect((menus.at(-1)![0] as MenuItemConstructorOptions[]).map((item) => item.label)).toContain('File');
  });

  it('locks the open project on screen lock and clears the page', async () => {
    const created = await handler('project.create')(fromOurPage(), {
      path: path.join(dir, 'wired.bmma'),
      title: 'Wiring',
      language: 'en',
      passphrase: 'correct horse battery staple',
    });
    expect(created.ok).toBe(true);
    fake.module.powerMonitor.emit('lock-screen');
    expect(await handler('project.status')(fromOurPage())).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(window().webContents.reload).toHaveBeenCalledOnce();
  });

  it('closes the project and quits when the window is closed', () => {
    fake.module.app.emit('window-all-closed');
    expect(fake.module.app.quit).toHaveBeenCalledOnce();
  });
});

describe('a second instance', () => {
  it('quits at once, before setting anything up', async () => {
    const quits = fake.module.app.quit.mock.calls.length;
    const guards = fake.module.app.listeners.get('web-contents-created')?.length ?? 0;
    fake.module.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    vi.resetModules();
    await import('../../../../src/main/index');
    expect(fake.module.app.quit.mock.calls.length).toBe(quits + 1);
    expect(fake.module.app.listeners.get('web-contents-created')?.length ?? 0).toBe(guards);
    expect(fake.windows).toHaveLength(1);
  });
});

import path from 'node:path';
import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  EXTERNAL_LINK_ALLOWLIST,
  guardAllWebContents,
  hardenedWebPreferences,
  hardenWebContents,
  isAllowedExternalUrl,
  PRELOAD_FROM_MAIN,
  type BrowserWindowConstructor,
} from '../../../../src/main/electron/window';
import { captureLogs, fakeEvent, FakeBrowserWindow, FakeWebContents } from './fakes';

const Window = FakeBrowserWindow as unknown as BrowserWindowConstructor;

function shellFake() {
  return { openExternal: vi.fn(async (_url: string) => undefined) };
}

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  FakeBrowserWindow.created = [];
  logs = captureLogs();
});
afterEach(() => logs.restore());

describe('main window (SECURITY.md 13)', () => {
  it('has every hardening flag of the web preferences set, one by one', () => {
    const prefs = hardenedWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false });
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    // Nothing that weakens the page may slip in under another name.
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('allows DevTools only when asked (development), never by default', () => {
    expect(hardenedWebPreferences({ preload: 'p', devTools: true }).devTools).toBe(true);
    expect(hardenedWebPreferences({ preload: 'p', devTools: false }).devTools).toBe(false);
  });

  it('loads the CommonJS preload that electron-vite writes next to out/main', () => {
    expect(path.posix.join('out/main', PRELOAD_FROM_MAIN)).toBe('out/preload/index.cjs');
  });

  it('creates the window hidden, with the hardened preferences, and shows it when ready', () => {
    const window = createMainWindow(Window, {
      title: 'BMMA Workbench',
      preload: '/p/index.cjs',
      devTools: false,
      shell: shellFake(),
    });
    const fake = FakeBrowserWindow.created[0]!;
    expect(window).toBe(fake);
    expect(fake.options['show']).toBe(false);
    expect(fake.options['webPreferences']).toEqual(
      hardenedWebPreferences({ preload: '/p/index.cjs', devTools: false }),
    );
    expect(fake.shown).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.shown).toBe(true);
  });
});

describe('navigation and new windows (SECURITY.md 18)', () => {
  function hardenedContents(shell = shellFake(), isAllowedExternal?: (url: string) => boolean) {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, {
      shell,
      ...(isAllowedExternal ? { isAllowedExternal } : {}),
    });
    return { contents, shell };
  }

  it.each([
    'https://example.com/',
    'http://example.com/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
  ])('blocks navigation to %s and opens nothing', (url) => {
    const { contents, shell } = hardenedContents();
    const event = fakeEvent(url);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('blocks redirects, frame navigation and <webview>', () => {
    const { contents } = hardenedContents();
    for (const name of ['will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      const event = fakeEvent();
      contents.emit(name, event, 'https://example.com/');
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
    }
  });

  it('refuses the Bluetooth device chooser', () => {
    const { contents } = hardenedContents();
    const event = fakeEvent();
    const choose = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'a', deviceName: 'x' }], choose);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(choose).toHaveBeenCalledWith('');
  });

  it('denies window.open for every URL and opens nothing while the allowlist is empty', () => {
    expect(EXTERNAL_LINK_ALLOWLIST).toEqual([]);
    const { contents, shell } = hardenedContents();
    for (const url of ['https://www.iom.int/', 'http://example.com/', 'about:blank', 'app://bmma/index.html']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allowlisted link in the browser, never in the app', () => {
    const allow = (url: string) => isAllowedExternalUrl(url, ['https://www.iom.int']);
    const { contents, shell } = hardenedContents(shellFake(), allow);
    expect(contents.openHandler!({ url: 'https://www.iom.int/thailand' })).toEqual({ action: 'deny' });
    const event = fakeEvent('https://www.iom.int/about');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(shell.openExternal.mock.calls).toEqual([['https://www.iom.int/thailand'], ['https://www.iom.int/about']]);
  });

  it('accepts only https links whose exact origin is allowlisted', () => {
    const allowlist = ['https://www.iom.int'];
    expect(isAllowedExternalUrl('https://www.iom.int/x', allowlist)).toBe(true);
    expect(isAllowedExternalUrl('http://www.iom.int/x', allowlist)).toBe(false);
    expect(isAllowedExternalUrl('https://www.iom.int.evil.example/x', allowlist)).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.iom.int/x', allowlist)).toBe(false);
    expect(isAllowedExternalUrl('https://www.iom.int:8443/x', allowlist)).toBe(false);
    expect(isAllowedExternalUrl('not a url', allowlist)).toBe(false);
    expect(isAllowedExternalUrl('https://www.iom.int/x')).toBe(false);
  });

  it('guards every webContents the app creates, once each', () => {
    const app = new EventEmitter();
    const shell = shellFake();
    const allowAll = () => true;
    guardAllWebContents(app as unknown as App, { shell, isAllowedExternal: allowAll });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    // Guarding the same contents again (createMainWindow does) must not double the listeners.
    hardenWebContents(contents as unknown as WebContents, { shell, isAllowedExternal: allowAll });
    const event = fakeEvent('https://www.iom.int/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});

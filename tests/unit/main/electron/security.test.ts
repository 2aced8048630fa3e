import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  hardenSession,
  isAllowedRequest,
} from '../../../../src/main/electron/security';
import { captureLogs, fakeEvent } from './fakes';

type Listener = (details: Record<string, unknown>, callback: (response: Record<string, unknown>) => void) => void;
type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

/** Records every handler the session is given. */
class FakeSession extends EventEmitter {
  beforeRequest: Listener | null = null;
  headersReceived: Listener | null = null;
  requestHandler: RequestHandler | null = null;
  checkHandler: CheckHandler | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  displayMediaHandler: ((request: unknown, callback: (streams: unknown) => void) => void) | null = null;
  spellChecker: boolean | null = null;
  webRequest = {
    onBeforeRequest: (listener: Listener) => (this.beforeRequest = listener),
    onHeadersReceived: (listener: Listener) => (this.headersReceived = listener),
  };
  setPermissionRequestHandler(handler: RequestHandler) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: (details: unknown) => boolean) {
    this.deviceHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: unknown) => void) => void) {
    this.displayMediaHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellChecker = enabled;
  }
}

function hardened(devServerUrl?: string): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session, { devServerUrl });
  return session;
}

function requestVerdict(session: FakeSession, url: string): boolean {
  let cancel: unknown;
  session.beforeRequest!({ url, resourceType: 'xhr' }, (response) => (cancel = response['cancel']));
  return cancel === false;
}

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => (logs = captureLogs()));
afterEach(() => logs.restore());

describe('no network, ever (SECURITY.md 18)', () => {
  const refused = [
    'http://example.com/',
    'https://example.com/api',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'http://localhost:5173/',
    'http://127.0.0.1:8080/',
    'gopher://example.com/',
    'not a url',
  ];

  it.each(refused)('refuses %s', (url) => {
    expect(requestVerdict(hardened(), url)).toBe(false);
  });

  it.each([
    'app://bmma/index.html',
    'app://bmma/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AAAA',
    'blob:app://bmma/1234',
  ])('lets the bundle load %s', (url) => {
    expect(requestVerdict(hardened(), url)).toBe(true);
  });

  it('lets only the dev server (page and HMR socket) through in development', () => {
    const session = hardened('http://localhost:5173');
    expect(requestVerdict(session, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(requestVerdict(session, 'ws://localhost:5173/')).toBe(true);
    expect(requestVerdict(session, 'http://localhost:5174/')).toBe(false);
    expect(requestVerdict(session, 'wss://localhost:5173/')).toBe(false);
    expect(requestVerdict(session, 'https://example.com/')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', undefined)).toBe(false);
  });

  it('logs a refused request without its address', () => {
    requestVerdict(hardened(), 'https://example.com/secret-path?q=name');
    expect(logs.lines.join('\n')).toContain('request refused');
    expect(logs.lines.join('\n')).not.toContain('secret-path');
  });

  it('sends the CSP with every response, keeping the other headers', () => {
    const session = hardened();
    let headers: Record<string, unknown> = {};
    session.headersReceived!({ url: 'app://bmma/index.html', responseHeaders: { 'X-Other': ['1'] } }, (response) => {
      headers = response['responseHeaders'] as Record<string, unknown>;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('leaves DevTools pages with their own policy', () => {
    let answer: Record<string, unknown> | null = null;
    hardened().headersReceived!(
      { url: 'devtools://devtools/bundled/inspector.html', responseHeaders: {} },
      (response) => {
        answer = response;
      },
    );
    expect(answer).toEqual({});
  });

  it('has exactly the reviewed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy(false)).toBe(CONTENT_SECURITY_POLICY);
  });

  it("allows inline scripts only in development, for the dev server's React refresh", () => {
    const dev = contentSecurityPolicy(true);
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev).toContain("connect-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('permissions denied by default (SECURITY.md 19)', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'hid',
    'usb',
    'serial',
    'display-capture',
    'midi',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'unknown',
  ];

  it.each(permissions)('denies a request for %s', (permission) => {
    const session = hardened();
    const callback = vi.fn();
    session.requestHandler!({}, permission, callback, { requestingUrl: 'app://bmma/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(permissions)('answers a check for %s with no', (permission) => {
    expect(hardened().checkHandler!({}, permission, 'app://bmma', {})).toBe(false);
  });

  it('denies every USB, HID and serial device and screen capture', () => {
    const session = hardened();
    expect(session.deviceHandler!({ deviceType: 'usb', origin: 'app://bmma' })).toBe(false);
    expect(session.deviceHandler!({ deviceType: 'hid', origin: 'app://bmma' })).toBe(false);
    expect(session.deviceHandler!({ deviceType: 'serial', origin: 'app://bmma' })).toBe(false);
    const capture = vi.fn();
    session.displayMediaHandler!({}, capture);
    expect(capture).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('cancels the device choosers instead of letting Chromium pick', () => {
    const session = hardened();
    const cases: Array<[string, unknown[], unknown[]]> = [
      ['select-hid-device', [{ deviceList: [] }], [null]],
      ['select-serial-port', [[], {}], ['']],
      ['select-usb-device', [{ deviceList: [] }], []],
    ];
    for (const [name, args, answer] of cases) {
      const event = fakeEvent();
      const choose = vi.fn();
      session.emit(name, event, ...args, choose);
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
      expect(choose, name).toHaveBeenCalledExactlyOnceWith(...answer);
    }
  });

  it('refuses downloads and turns the spell checker (dictionary downloads) off', () => {
    const session = hardened();
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(session.spellChecker).toBe(false);
  });
});

import type { Session } from 'electron';
import { logger } from '../logger';

/**
 * The session-wide half of the shell's hardening (SECURITY.md 18, 19): no request leaves
 * the app, no permission is ever granted, every response carries the CSP.
 */

const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // Mantine writes <style> elements and style="" attributes at run time (CSS variables,
  // component styles). Nonces cannot cover style attributes, so inline styles are allowed;
  // scripts stay 'self'-only, so an injected style can never run code.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

/** The production policy: every resource comes from the bundle served on app://bmma. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

/**
 * The policy for a response. In development only (electron-vite's dev server, never in a
 * packaged build) the React refresh preamble is an inline script, so 'unsafe-inline' is
 * added to script-src there; everything else is the production policy.
 */
export function contentSecurityPolicy(dev: boolean): string {
  if (!dev) return CONTENT_SECURITY_POLICY;
  return CSP_DIRECTIVES.map(
    ([name, values]) => `${name} ${(name === 'script-src' ? [...values, "'unsafe-inline'"] : values).join(' ')}`,
  ).join('; ');
}

/** Schemes that never leave the machine: our bundle, DevTools, and in-page data. */
const LOCAL_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

const WEBSOCKET_FOR: Record<string, string> = { 'http:': 'ws:', 'https:': 'wss:' };

/**
 * Whether the session may make this request. Everything that is not local is refused
 * (http, https, ws, wss, ftp, file, anything new); the only exception is the dev server
 * (http and its HMR websocket), and only when one is given, which index.ts does in
 * development only.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(target.protocol)) return true;
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  const sameHost = target.hostname === dev.hostname && target.port === dev.port;
  return sameHost && (target.protocol === dev.protocol || target.protocol === WEBSOCKET_FOR[dev.protocol]);
}

export interface HardenSessionOptions {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); undefined in a packaged build. */
  devServerUrl?: string | undefined;
}

type SessionPart = Pick<
  Session,
  | 'webRequest'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
  | 'on'
>;

/** Applies every session-wide rule. Call once per session, before any window loads. */
export function hardenSession(session: SessionPart, options: HardenSessionOptions = {}): void {
  const { devServerUrl } = options;

  // Permissions (SECURITY.md 19): camera, microphone, geolocation, notifications,
  // clipboard-read, USB/HID/serial, screen capture... nothing is ever granted.
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // A chooser event that is not prevented lets Chromium pick a device itself.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // Nothing is downloaded into the user's folders behind the app's back; exports are
  // written by the main process through the save dialog.
  session.on('will-download', (event) => event.preventDefault());
  // The spell checker would fetch dictionaries from the network.
  session.setSpellCheckerEnabled(false);

  // No network, ever (SECURITY.md 18).
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerUrl);
    if (!allowed) logger.warn('request refused', { scheme: schemeOf(details.url), resourceType: details.resourceType });
    callback({ cancel: !allowed });
  });

  const csp = contentSecurityPolicy(devServerUrl !== undefined);
  session.webRequest.onHeadersReceived((details, callback) => {
    // DevTools (development only) brings its own policy; ours would break its scripts.
    if (details.url.startsWith('devtools:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon > 0 ? url.slice(0, Math.min(colon, 16)) : 'invalid';
}

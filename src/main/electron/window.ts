import type { App, BrowserWindow, BrowserWindowConstructorOptions, Shell, WebContents, WebPreferences } from 'electron';
import { logger } from '../logger';

/**
 * The main window and the rules every webContents lives by (SECURITY.md 13, 18): a
 * sandboxed, isolated page with no Node, no navigation, no new windows, no webviews.
 */

/** The preload as electron-vite bundles it (CommonJS, because sandboxed preloads cannot load ES modules). */
export const PRELOAD_FROM_MAIN = '../preload/index.cjs';

/**
 * Web sites a link may open in the user's browser, as https origins. Empty on purpose: the
 * app works offline and shows no external links. Adding an origin here is a reviewed change.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = [];

export function isAllowedExternalUrl(url: string, allowlist: readonly string[] = EXTERNAL_LINK_ALLOWLIST): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password && allowlist.includes(parsed.origin);
  } catch {
    return false;
  }
}

export interface WebPreferencesOptions {
  preload: string;
  /** Only in development; a packaged build never opens DevTools. */
  devTools: boolean;
}

export function hardenedWebPreferences(options: WebPreferencesOptions): WebPreferences {
  return {
    preload: options.preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // The spell checker downloads dictionaries; the app never touches the network.
    spellcheck: false,
    safeDialogs: true,
    enableWebSQL: false,
    // A middle click would try to open a new window; window.open is denied anyway.
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
  };
}

export interface LinkPolicy {
  /** Defaults to isAllowedExternalUrl with EXTERNAL_LINK_ALLOWLIST. */
  isAllowedExternal?: (url: string) => boolean;
  /** Opens an allowed link in the user's browser, never in the app. */
  shell: Pick<Shell, 'openExternal'>;
}

type ContentsPart = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const hardened = new WeakSet<object>();

function openIfAllowed(url: string, policy: LinkPolicy): void {
  const allowed = (policy.isAllowedExternal ?? isAllowedExternalUrl)(url);
  if (!allowed) {
    logger.warn('navigation refused', { scheme: url.slice(0, Math.max(0, url.indexOf(':'))).slice(0, 16) });
    return;
  }
  // Reviewed (Electronegativity OPEN_EXTERNAL_JS_CHECK): reached only for an https URL
  // whose origin is in the allowlist just checked.
  policy.shell.openExternal(url).catch(() => logger.warn('opening an external link failed'));
}

/**
 * Rules for any webContents (the main window's and any other that ever appears): no
 * navigation away from the loaded page, no redirects, no frame navigation, no new
 * windows, no <webview>, no Bluetooth chooser. Applied once per webContents.
 */
export function hardenWebContents(contents: ContentsPart, policy: LinkPolicy): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);

  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, policy);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openIfAllowed(event.url, policy);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  // Subframes and the main frame alike: the page is one document that never navigates
  // (in-page routing does not fire this event).
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

/** Every webContents the app ever creates gets the rules, before it can load anything. */
export function guardAllWebContents(app: Pick<App, 'on'>, policy: LinkPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy));
}

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions extends WebPreferencesOptions, LinkPolicy {
  title: string;
  icon?: string | undefined;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    // Shown on 'ready-to-show', so no blank white frame flashes first.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: hardenedWebPreferences(options),
  };
}

/** Creates the hardened main window; the caller loads the renderer's URL into it. */
export function createMainWindow(Window: BrowserWindowConstructor, options: MainWindowOptions): BrowserWindow {
  const window = new Window(mainWindowOptions(options));
  hardenWebContents(window.webContents, options);
  window.once('ready-to-show', () => window.show());
  return window;
}

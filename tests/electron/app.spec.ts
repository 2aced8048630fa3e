import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CHANNELS } from '../../src/shared/contract';

/**
 * The shell's promises in a real Electron (SECURITY.md items marked X): 10, 13, 14, 15,
 * 17, 18, 19, 25. The app runs unpackaged from out/, with its own profile folder.
 */
const repoRoot = path.resolve(__dirname, '../..');
const mainEntry = path.join(repoRoot, 'out', 'main', 'index.js');

let app: ElectronApplication;
let page: Page;
let userData: string;

function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // The built renderer on app://, never a dev server.
  delete env['ELECTRON_RENDERER_URL'];
  env['BMMA_USER_DATA_DIR'] = userData;
  return env;
}

test.beforeAll(async () => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-electron-'));
  app = await electron.launch({ args: [mainEntry], env: appEnv() });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  fs.rmSync(userData, { recursive: true, force: true });
});

test('serves the renderer from app://bmma', async () => {
  expect(page.url()).toMatch(/^app:\/\/bmma\//);
});

test('hardens the window (13)', async () => {
  // Electron has no public getter for a window's webPreferences: check what they cause.
  const page13 = await page.evaluate(() => {
    const bmma = (window as unknown as { bmma: Record<string, unknown> }).bmma;
    let replaced: boolean;
    try {
      bmma['project'] = {};
      replaced = Object.keys(bmma['project'] as object).length === 0;
    } catch {
      replaced = false;
    }
    return {
      // webviewTag: false leaves <webview> an unknown element.
      webview: document.createElement('webview') instanceof HTMLUnknownElement,
      // contextIsolation: the bridge is a frozen copy the page cannot rewrite.
      bridgeRewritable: replaced,
      secureContext: window.isSecureContext,
    };
  });
  expect(page13).toEqual({ webview: true, bridgeRewritable: false, secureContext: true });
  // Packaged builds never open DevTools; this run is unpackaged (development), where they may.
  expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(false);
});

test('has no Node in the page, only window.bmma (14, 15)', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>)['require'],
    process: typeof (globalThis as Record<string, unknown>)['process'],
    module: typeof (globalThis as Record<string, unknown>)['module'],
    Buffer: typeof (globalThis as Record<string, unknown>)['Buffer'],
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });

  const keys = await page.evaluate(() => {
    const bmma = (window as unknown as { bmma: Record<string, Record<string, unknown>> }).bmma;
    return Object.keys(bmma).flatMap((namespace) =>
      Object.keys(bmma[namespace]!).map((method) => `${namespace}.${method}:${typeof bmma[namespace]![method]}`),
    );
  });
  expect(keys.sort()).toEqual(CHANNELS.map((channel) => `${channel}:function`).sort());
});

test('answers calls from our own page (17)', async () => {
  const info = await page.evaluate(() =>
    (window as unknown as { bmma: { app: { info: () => Promise<unknown> } } }).bmma.app.info(),
  );
  expect(info).toMatchObject({ ok: true, value: { name: 'BMMA Workbench', runtime: 'electron' } });
});

test('gives a subframe no bridge (17)', async () => {
  const bridgeInFrame = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>frame</p>';
    document.body.appendChild(frame);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = typeof (frame.contentWindow as unknown as { bmma?: unknown } | null)?.bmma;
    frame.remove();
    return result;
  });
  expect(bridgeInFrame).toBe('undefined');
});

test('never reaches the network (18)', async () => {
  const outcome = await page.evaluate(async () => {
    const fetched = await fetch('http://example.com/').then(
      () => 'reached',
      () => 'blocked',
    );
    const secure = await fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    );
    const socket = await new Promise<string>((resolve) => {
      try {
        const ws = new WebSocket('wss://example.com/');
        ws.onopen = () => resolve('reached');
        ws.onerror = () => resolve('blocked');
      } catch {
        resolve('blocked');
      }
    });
    const image = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve('reached');
      img.onerror = () => resolve('blocked');
      img.src = 'https://example.com/logo.png';
    });
    return { fetched, secure, socket, image };
  });
  expect(outcome).toEqual({ fetched: 'blocked', secure: 'blocked', socket: 'blocked', image: 'blocked' });
});

test('blocks window.open and navigation away (18)', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toMatch(/^app:\/\/bmma\//);
  expect(app.windows()).toHaveLength(1);
});

test('denies permissions (19)', async () => {
  const answers = await page.evaluate(async () => {
    const geolocation = (await navigator.permissions.query({ name: 'geolocation' })).state;
    const camera = await navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      () => 'denied',
    );
    const clipboard = await navigator.clipboard.readText().then(
      () => 'granted',
      () => 'denied',
    );
    return { geolocation, camera, clipboard, notifications: Notification.permission };
  });
  expect(answers).toEqual({ geolocation: 'denied', camera: 'denied', clipboard: 'denied', notifications: 'denied' });
});

test('a second instance quits and leaves the first running (10)', async () => {
  const electronPath = await app.evaluate(() => process.execPath);
  const code = await new Promise<number | null>((resolve, reject) => {
    const second = spawn(electronPath, [mainEntry], { env: appEnv(), stdio: 'ignore' });
    const timer = setTimeout(() => {
      second.kill();
      reject(new Error('the second instance did not quit'));
    }, 20_000);
    second.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(0);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('locks the open project on screen lock; the passphrase unlocks it (25)', async () => {
  const projectPath = path.join(userData, 'lock-test.bmma');
  const passphrase = 'correct horse battery staple';
  type Bmma = {
    project: {
      create: (input: unknown) => Promise<{ ok: boolean }>;
      status: () => Promise<{ ok: boolean; value: { state: string } }>;
      unlock: (input: unknown) => Promise<{ ok: boolean }>;
      close: () => Promise<unknown>;
    };
  };
  const created = await page.evaluate(
    ({ file, secret }) =>
      (window as unknown as { bmma: Bmma }).bmma.project.create({
        path: file,
        title: 'Lock test',
        language: 'en',
        passphrase: secret,
      }),
    { file: projectPath, secret: passphrase },
  );
  expect(created.ok).toBe(true);

  await app.evaluate(({ powerMonitor }) => {
    powerMonitor.emit('lock-screen');
  });
  // The lock reloads the page (nothing of the project stays in its memory): ask again until it is back.
  await expect
    .poll(async () =>
      page
        .evaluate(async () => (await (window as unknown as { bmma: Bmma }).bmma.project.status()).value.state)
        .catch(() => 'reloading'),
    )
    .toBe('locked');

  const wrong = await page.evaluate(() =>
    (window as unknown as { bmma: Bmma }).bmma.project.unlock({ passphrase: 'not the passphrase' }),
  );
  expect(wrong.ok).toBe(false);
  const right = await page.evaluate(
    (secret) => (window as unknown as { bmma: Bmma }).bmma.project.unlock({ passphrase: secret }),
    passphrase,
  );
  expect(right.ok).toBe(true);
  await page.evaluate(() => (window as unknown as { bmma: Bmma }).bmma.project.close());
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startBridge, type Bridge } from './bridge/server';
import { buildInitScript } from './bridge/build-init-script';

const rendererDir = path.resolve(__dirname, '../../out/renderer');
let initScript: string | undefined;

export interface BridgeFixtures {
  bridge: Bridge;
  /** Every request the page tried to send anywhere but the bridge. Must stay empty. */
  outsideRequests: string[];
}

/**
 * `page` is opened on the bridge with `window.bmma` installed; every request to another
 * origin is recorded and aborted.
 */
export const test = base.extend<BridgeFixtures>({
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests');
    }
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bmma-e2e-'));
    const workDir = path.join(root, 'documents');
    fs.mkdirSync(workDir);
    const bridge = await startBridge({ rendererDir, dataDir: path.join(root, 'app-data'), workDir });
    await use(bridge);
    await bridge.close();
    fs.rmSync(root, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  outsideRequests: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, bridge, outsideRequests }, use) => {
    initScript ??= buildInitScript();
    const origin = new URL(bridge.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) outsideRequests.push(url);
    });
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      return new URL(url).origin === origin ? route.continue() : route.abort('blockedbyclient');
    });
    await page.addInitScript({ content: initScript });
    await page.goto(bridge.url + '/index.html');
    await use(page);
  },
});

export { expect };

import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * `npm run test:electron`: the built app (out/) in a real Electron, through Playwright's
 * _electron. Runs only where the Electron binary exists (not in CI here: the binary cannot
 * be downloaded on the build machines); it is not part of `npm test`. Build first:
 * `npx electron-vite build`.
 */
export default defineConfig({
  testDir: __dirname,
  testMatch: '*.spec.ts',
  outputDir: path.resolve(__dirname, '../../test-results/electron-artifacts'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

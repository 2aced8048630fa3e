import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * SECURITY.md 25 in the renderer: after the idle minutes set in Settings without mouse or
 * keyboard input, the window locks the project and shows the lock screen. Time is moved
 * with Playwright's clock instead of waiting a real minute.
 */
const screensDir = path.resolve(__dirname, '../../test-results/screens');
const TITLE = 'Idle lock check';

test('en: the project locks after the idle minutes chosen in Settings', async ({ page, bridge, outsideRequests }) => {
  await page.evaluate(() =>
    (window as unknown as { bmma: { settings: { update: (s: object) => Promise<unknown> } } }).bmma.settings.update({
      language: 'en',
    }),
  );
  bridge.session.create({
    path: path.join(bridge.workDir, 'idle.bmma'),
    title: TITLE,
    language: 'en',
    calendar: 'CE',
    passphrase: 'a long enough passphrase for the idle test',
  });
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  // The default (10 minutes) has not run out after one minute.
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  expect(bridge.session.status().state).toBe('open');

  await page.getByRole('tab', { name: 'Settings' }).click();
  const minutes = page.getByRole('textbox', { name: 'Lock after this many idle minutes' });
  await minutes.fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  // The settings form's own status line (the computer-name form has one too).
  await expect(page.getByRole('tabpanel').getByRole('status').filter({ hasText: /Saved/ })).toHaveText(/Saved/);
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, 'en-idle-01-settings.png'),
    fullPage: true,
    animations: 'disabled',
  });

  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { name: 'Project locked' })).toBeVisible();
  expect(bridge.session.status().state).toBe('locked');
  await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toBeFocused();
  await page.screenshot({ path: path.join(screensDir, 'en-idle-02-locked.png'), animations: 'disabled' });
  expect(outsideRequests).toEqual([]);
});

// The main process locks on OS idle, suspend and screen lock; the window follows within its status poll.
test('en: a lock made by the main process shows the lock screen', async ({ page, bridge, outsideRequests }) => {
  await page.evaluate(() =>
    (window as unknown as { bmma: { settings: { update: (s: object) => Promise<unknown> } } }).bmma.settings.update({
      language: 'en',
    }),
  );
  bridge.session.create({
    path: path.join(bridge.workDir, 'suspend.bmma'),
    title: TITLE,
    language: 'en',
    calendar: 'CE',
    passphrase: 'a long enough passphrase for the idle test',
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

  bridge.session.lock();
  await expect(page.getByRole('heading', { name: 'Project locked' })).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toHaveCount(0);
  expect(outsideRequests).toEqual([]);
});

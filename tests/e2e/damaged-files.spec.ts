import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { errorMessages } from '../../src/shared/messages';
import { expect, test } from './fixtures';

/**
 * A file that is not a project, and a project file with one altered byte: each gets its own
 * message; the altered file is left exactly as it was and the screen offers its backups
 * (SECURITY.md 4 and 26, through the real renderer and api.ts).
 */
const screensDir = path.resolve(__dirname, '../../test-results/screens');
const PASSPHRASE = 'ชายแดน และ การย้ายถิ่น 2569';
const TITLE = 'โครงการทดสอบไฟล์เสียหาย';

async function screenshot(page: Page, step: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `th-${step}.png`), fullPage: true, animations: 'disabled' });
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

test('th: a non-project file and an altered project file get their own messages; restore from a backup', async ({
  page,
  bridge,
  outsideRequests,
}) => {
  const openRegion = page.getByRole('region', { name: 'เปิดโครงการ' });
  const passphraseField = openRegion.getByRole('textbox', { name: 'รหัสผ่าน', exact: true });

  // A PNG renamed .bmma: NOT_A_PROJECT, and no restore offer (there is nothing to restore).
  const png = path.join(bridge.workDir, 'photo.bmma');
  fs.writeFileSync(png, Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(4096, 7)]));
  bridge.dialogAnswers.open.push(png);
  await openRegion.getByRole('button', { name: 'เลือกไฟล์โครงการ…' }).click();
  await expect(passphraseField).toBeFocused();
  await passphraseField.fill(PASSPHRASE);
  await passphraseField.press('Enter');
  await expect(openRegion.getByRole('alert')).toContainText(errorMessages.th.NOT_A_PROJECT);
  await expect(openRegion.getByRole('button', { name: 'กู้คืนจากไฟล์สำรอง' })).toHaveCount(0);
  await screenshot(page, 'damaged-01-not-a-project');

  // A real project with a backup, then one byte of its first page altered on disk.
  const file = path.join(bridge.workDir, 'altered.bmma');
  bridge.session.create({ path: file, title: TITLE, language: 'th', calendar: 'BE', passphrase: PASSPHRASE });
  bridge.session.close();
  const bytes = fs.readFileSync(file);
  // Inside page 1's encrypted cells (after the 16-byte salt, before the 80 reserved bytes at the end).
  bytes[3000] = (bytes[3000] ?? 0) ^ 0x5a;
  fs.writeFileSync(file, bytes);
  const alteredHash = sha256(file);

  await page.reload();
  await page.getByRole('button', { name: `เปิด “${TITLE}”` }).click();
  await expect(passphraseField).toBeFocused();
  await passphraseField.fill(PASSPHRASE);
  await passphraseField.press('Enter');
  await expect(openRegion.getByRole('alert')).toContainText(errorMessages.th.FILE_TAMPERED);
  expect(sha256(file)).toBe(alteredHash);
  await screenshot(page, 'damaged-02-tampered');

  // Restore: the newest backup, copied to a new file chosen in the save dialog, opened with its passphrase.
  await openRegion.getByRole('button', { name: 'กู้คืนจากไฟล์สำรอง' }).click();
  const dialog = page.getByRole('dialog', { name: 'กู้คืนไฟล์สำรอง' });
  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'เลือกตำแหน่งที่จะบันทึก…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'ตำแหน่งไฟล์', exact: true })).toHaveValue(/altered-restored\.bmma$/);
  await dialog.getByRole('textbox', { name: 'รหัสผ่าน', exact: true }).fill(PASSPHRASE);
  await page.screenshot({ path: path.join(screensDir, 'th-damaged-03-restore.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: 'กู้คืนเป็นไฟล์ใหม่' }).click();

  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  expect(bridge.session.status()).toMatchObject({
    state: 'open',
    path: path.join(bridge.workDir, 'altered-restored.bmma'),
  });
  expect(sha256(file)).toBe(alteredHash);
  await screenshot(page, 'damaged-04-restored');
  expect(outsideRequests).toEqual([]);
});

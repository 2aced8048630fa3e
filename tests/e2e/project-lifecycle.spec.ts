import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CHANNELS } from '../../src/shared/contract';
import { errorMessages, type Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';

/**
 * What a user does with a project file, in Thai and in English, through the real renderer
 * and the real api.ts (the bridge): create -> lock (button and Ctrl+L) -> wrong passphrase
 * -> unlock -> change passphrase -> close -> reopen from the recent list.
 *
 * The UI text is written out here rather than imported from the renderer's catalogs, so a
 * missing or wrong translation fails the test instead of being compared with itself.
 */
const ui = {
  en: {
    switchTo: 'English',
    createHeading: 'Create a project',
    openHeading: 'Open a project',
    title: 'Project title',
    chooseLocation: 'Choose where to save…',
    fileLocation: 'File location',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    tooShort: 'The passphrase must have at least 12 characters.',
    mismatch: 'The two passphrases are not the same.',
    create: 'Create project',
    lock: 'Lock',
    lockedHeading: 'Project locked',
    unlock: 'Unlock',
    changePassphrase: 'Change passphrase',
    current: 'Current passphrase',
    next: 'New passphrase',
    confirmNext: 'Confirm new passphrase',
    changed: 'The passphrase was changed.',
    done: 'Done',
    integrityTab: 'Check integrity',
    runIntegrity: 'Check integrity',
    intact: 'The project file is intact.',
    backupsTab: 'Backups',
    restoreBackup: 'Restore the backup made',
    activityTab: 'Audit trail',
    passphraseChangedEvent: 'Passphrase changed',
    closeProject: 'Close project',
    recentHeading: 'Recent files',
    openProject: 'Open project',
    pick: (title: string) => `Open “${title}”`,
    detailsHeading: 'About this project',
    editHeading: 'Title and description',
    description: 'Description',
    saveChanges: 'Save changes',
    saved: 'Saved',
    createdAt: 'Created',
    // The project's calendar is B.E. by default: the year of "now" plus 543, with the era named.
    createdPattern: /^\d{1,2} [A-Z][a-z]+ 25\d\d B\.E\. \d\d:\d\d$/,
  },
  th: {
    switchTo: 'ไทย',
    createHeading: 'สร้างโครงการ',
    openHeading: 'เปิดโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    fileLocation: 'ตำแหน่งไฟล์',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    tooShort: 'รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร',
    mismatch: 'รหัสผ่านทั้งสองช่องไม่ตรงกัน',
    create: 'สร้างโครงการ',
    lock: 'ล็อก',
    lockedHeading: 'โครงการถูกล็อก',
    unlock: 'ปลดล็อก',
    changePassphrase: 'เปลี่ยนรหัสผ่าน',
    current: 'รหัสผ่านปัจจุบัน',
    next: 'รหัสผ่านใหม่',
    confirmNext: 'ยืนยันรหัสผ่านใหม่',
    changed: 'เปลี่ยนรหัสผ่านแล้ว',
    done: 'เสร็จสิ้น',
    integrityTab: 'ตรวจสอบความถูกต้อง',
    runIntegrity: 'ตรวจสอบความถูกต้อง',
    intact: 'ไฟล์โครงการสมบูรณ์',
    backupsTab: 'ไฟล์สำรอง',
    restoreBackup: 'กู้คืนไฟล์สำรองที่สร้างเมื่อ',
    activityTab: 'บันทึกการตรวจสอบ',
    passphraseChangedEvent: 'เปลี่ยนรหัสผ่าน',
    closeProject: 'ปิดโครงการ',
    recentHeading: 'ไฟล์ล่าสุด',
    openProject: 'เปิดโครงการ',
    pick: (title: string) => `เปิด “${title}”`,
    detailsHeading: 'ข้อมูลโครงการ',
    editHeading: 'ชื่อและคำอธิบาย',
    description: 'คำอธิบาย',
    saveChanges: 'บันทึกการแก้ไข',
    saved: 'บันทึกแล้ว',
    createdAt: 'สร้างเมื่อ',
    // Buddhist Era, Thai month name and the Thai time marker: "29 พฤศจิกายน 2569 เวลา 10.15 น."
    createdPattern: /^\d{1,2} [\u0E00-\u0E7F]+ 25\d\d เวลา \d\d\.\d\d น\.$/,
  },
} as const;

const projects = {
  en: {
    title: 'BMMA assessment – Sadao crossing 2026',
    passphrase: 'correct horse battery staple',
    next: 'purple elephants dance quietly at 42',
    description: 'Land border crossing; interviews with immigration officers and migrants.',
  },
  th: {
    title: 'การประเมิน BMMA ด่านสะเดา 2569',
    passphrase: 'ด่านชายแดน สะเดา ปลอดภัย 2569',
    next: 'รหัสใหม่ สำหรับ "ทีมประเมิน" 77',
    description: 'ด่านพรมแดนทางบก สัมภาษณ์เจ้าหน้าที่ตรวจคนเข้าเมืองและผู้ย้ายถิ่น',
  },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** Transitions finished; full page unless a modal is open (its overlay covers only the viewport). */
async function screenshot(page: Page, language: Language, step: string, fullPage = true): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `${language}-${step}.png`), fullPage, animations: 'disabled' });
}

/** Nothing that looks like "reset", "delete" or "forgot" may be offered next to a wrong passphrase. */
async function expectNoResetOffer(area: Locator): Promise<void> {
  await expect(area.getByRole('button', { name: /reset|delete|erase|forgot|recover|รีเซ็ต|ลบ|ลืม|ตั้งค่าใหม่/i })).toHaveCount(
    0,
  );
  await expect(area.getByRole('link')).toHaveCount(0);
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: create, lock, wrong passphrase, unlock, change passphrase, reopen`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    const text = ui[language];
    const project = projects[language];
    const wrongPassphrase = errorMessages[language].WRONG_PASSPHRASE;

    // The page: no Node, and window.bmma holds exactly the contract's namespaces.
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w['require'], process: typeof w['process'], module: typeof w['module'] };
    });
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
    const namespaces = await page.evaluate(() => Object.keys((window as unknown as { bmma: object }).bmma).sort());
    expect(namespaces).toEqual([...new Set(CHANNELS.map((channel) => channel.split('.')[0]))].sort());

    // Start screen: Thai by default; English is chosen with the switch and remembered after a reload.
    await expect(page.getByRole('heading', { name: ui.th.createHeading, exact: true })).toBeVisible();
    if (language === 'en') {
      await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText(text.switchTo).click();
      await expect(page.getByRole('heading', { name: text.createHeading, exact: true })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { name: text.createHeading, exact: true })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await screenshot(page, language, '01-start');

    // Create: a short passphrase is refused with a translated message, then the real one.
    const create = page.getByRole('region', { name: text.createHeading });
    await create.getByRole('textbox', { name: text.title, exact: true }).fill(project.title);
    await create.getByRole('button', { name: text.chooseLocation }).click();
    await expect(create.getByRole('textbox', { name: text.fileLocation, exact: true })).toHaveValue(/\.bmma$/);
    await create.getByRole('textbox', { name: text.passphrase, exact: true }).fill('too short');
    await create.getByRole('textbox', { name: text.confirm, exact: true }).fill('too short!');
    await create.getByRole('button', { name: text.create }).click();
    await expect(create.getByText(text.tooShort)).toBeVisible();
    await expect(create.getByText(text.mismatch)).toBeVisible();
    await screenshot(page, language, '02-create-refused');

    await create.getByRole('textbox', { name: text.passphrase, exact: true }).fill(project.passphrase);
    await create.getByRole('textbox', { name: text.confirm, exact: true }).fill(project.passphrase);
    await expect(create.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[2-4]/);
    await screenshot(page, language, '03-create-filled');
    await create.getByRole('textbox', { name: text.confirm, exact: true }).press('Enter');

    // Project home, with dates in the project's calendar (B.E. by default).
    await expect(page.getByRole('heading', { name: project.title, level: 1 })).toBeVisible();
    const details = page.getByRole('region', { name: text.detailsHeading });
    const created = details
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: text.createdAt, exact: true }) });
    await expect(created.getByRole('cell')).toHaveText(text.createdPattern);
    expect(bridge.session.status().state).toBe('open');

    // Edit the description: "Saved" appears and the details show it.
    await page.getByRole('textbox', { name: text.description, exact: true }).fill(project.description);
    await page.getByRole('button', { name: text.saveChanges }).click();
    await expect(page.getByRole('region', { name: text.editHeading }).getByRole('status')).toHaveText(
      `✓ ${text.saved}`,
    );
    await expect(details.getByText(project.description)).toBeVisible();
    await screenshot(page, language, '04-home');

    // Lock with the button: the main process closes the file, the lock screen asks for the passphrase.
    await page.getByRole('button', { name: text.lock, exact: true }).click();
    await expect(page.getByRole('heading', { name: text.lockedHeading })).toBeVisible();
    expect(bridge.session.status().state).toBe('locked');
    await expect(page.getByRole('textbox', { name: text.passphrase, exact: true })).toBeFocused();
    await expect(page.getByText(project.title, { exact: true })).toBeVisible();
    await screenshot(page, language, '05-locked');

    // A wrong passphrase says so, in the user's language, and offers nothing else.
    await page.getByRole('textbox', { name: text.passphrase, exact: true }).fill('not the passphrase at all');
    await page.getByRole('textbox', { name: text.passphrase, exact: true }).press('Enter');
    await expect(page.getByRole('alert')).toContainText(wrongPassphrase);
    await expectNoResetOffer(page.locator('body'));
    expect(bridge.session.status().state).toBe('locked');
    await screenshot(page, language, '06-wrong-passphrase');

    // Unlock, then lock with Ctrl+L and unlock again.
    await page.getByRole('textbox', { name: text.passphrase, exact: true }).fill(project.passphrase);
    await page.getByRole('button', { name: text.unlock, exact: true }).click();
    await expect(page.getByRole('heading', { name: project.title, level: 1 })).toBeVisible();
    expect(bridge.session.status().state).toBe('open');
    await page.keyboard.press('Control+KeyL');
    await expect(page.getByRole('heading', { name: text.lockedHeading })).toBeVisible();
    expect(bridge.session.status().state).toBe('locked');
    await screenshot(page, language, '07-locked-ctrl-l');
    await page.getByRole('textbox', { name: text.passphrase, exact: true }).fill(project.passphrase);
    await page.getByRole('textbox', { name: text.passphrase, exact: true }).press('Enter');
    await expect(page.getByRole('heading', { name: project.title, level: 1 })).toBeVisible();

    // Change the passphrase: the current one is checked, the new one typed twice.
    await page.getByRole('button', { name: text.changePassphrase }).click();
    const modal = page.getByRole('dialog', { name: text.changePassphrase });
    await modal.getByRole('textbox', { name: text.current, exact: true }).fill(project.passphrase);
    await modal.getByRole('textbox', { name: text.next, exact: true }).fill(project.next);
    await modal.getByRole('textbox', { name: text.confirmNext, exact: true }).fill(project.next);
    await screenshot(page, language, '08-change-passphrase', false);
    await modal.getByRole('button', { name: text.changePassphrase }).click();
    await expect(modal.getByRole('status')).toContainText(text.changed);
    await screenshot(page, language, '09-passphrase-changed', false);
    await modal.getByRole('button', { name: text.done }).click();
    await expect(modal).toBeHidden();

    // Integrity, backups and the activity log, as the user would look at them.
    await page.getByRole('tab', { name: text.integrityTab }).click();
    await page.getByRole('tabpanel').getByRole('button', { name: text.runIntegrity }).click();
    await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(text.intact);
    await screenshot(page, language, '10-integrity');
    await page.getByRole('tab', { name: text.backupsTab }).click();
    await expect(
      page
        .getByRole('tabpanel')
        .getByRole('button', { name: new RegExp(text.restoreBackup) })
        .first(),
    ).toBeVisible();
    await screenshot(page, language, '11-backups');
    await page.getByRole('tab', { name: text.activityTab }).click();
    await expect(
      page.getByRole('tabpanel').getByRole('cell', { name: text.passphraseChangedEvent, exact: true }),
    ).toBeVisible();
    await screenshot(page, language, '12-activity');

    // Close, then reopen from the recent list: the old passphrase fails, the new one opens.
    await page.getByRole('button', { name: text.closeProject, exact: true }).click();
    await expect(page.getByRole('heading', { name: text.recentHeading })).toBeVisible();
    expect(bridge.session.status().state).toBe('closed');
    await page.getByRole('button', { name: text.pick(project.title) }).click();
    const open = page.getByRole('region', { name: text.openHeading });
    await expect(open.getByRole('textbox', { name: text.passphrase, exact: true })).toBeFocused();
    await open.getByRole('textbox', { name: text.passphrase, exact: true }).fill(project.passphrase);
    await open.getByRole('button', { name: text.openProject, exact: true }).click();
    await expect(open.getByRole('alert')).toContainText(wrongPassphrase);
    await expectNoResetOffer(open);
    await screenshot(page, language, '13-reopen-old-passphrase');

    await open.getByRole('textbox', { name: text.passphrase, exact: true }).fill(project.next);
    await open.getByRole('textbox', { name: text.passphrase, exact: true }).press('Enter');
    await expect(page.getByRole('heading', { name: project.title, level: 1 })).toBeVisible();
    await screenshot(page, language, '14-reopened');

    expect(outsideRequests).toEqual([]);
  });
}

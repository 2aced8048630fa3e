import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The audit trail with computer names (issue 6), in Thai and English, through the bridge: the
 * user names this computer in Settings, changes the project's description, and the Audit trail
 * shows the name (not the device id) on the events; the User filter offers the name and keeps
 * the events of this computer; the date filter picks day, month and year in the project's
 * calendar (B.E. 2569 in the Thai project, 2026 in the English one, C.E. chosen at creation);
 * a "From" after "To" says so; the chain verifies.
 * Screenshots: test-results/screens/{th,en}-audit-trail-*.png.
 */

const ui = {
  en: {
    switchTo: 'English',
    createHeading: 'Create a project',
    title: 'Project title',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    calendar: 'Common Era (C.E.)',
    settingsTab: 'Settings',
    computerName: 'Name of this computer / user',
    saveName: 'Save name',
    saved: '✓ Saved',
    tooLong: 'The name is too long: at most 80 characters.',
    description: 'Description',
    saveChanges: 'Save changes',
    trailTab: 'Audit trail',
    system: 'System (BMMA Workbench)',
    user: 'User',
    from: 'From',
    to: 'To (inclusive)',
    datePart: (part: 'Day' | 'Month' | 'Year', field: string) => `${part} (${field})`,
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    year: (ce: number) => String(ce),
    badRange: 'The “From” date is after the “To” date. Choose a “From” date on or before the “To” date.',
    empty: 'No events match.',
    verifies: /^All [\d,]+ events verify/,
  },
  th: {
    createHeading: 'สร้างโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    calendar: 'พุทธศักราช (พ.ศ.)',
    settingsTab: 'การตั้งค่า',
    computerName: 'ชื่อเครื่องนี้ / ผู้ใช้',
    saveName: 'บันทึกชื่อ',
    saved: '✓ บันทึกแล้ว',
    tooLong: 'ชื่อยาวเกินไป ไม่เกิน 80 ตัวอักษร',
    description: 'คำอธิบาย',
    saveChanges: 'บันทึกการแก้ไข',
    trailTab: 'บันทึกการตรวจสอบ',
    system: 'ระบบ (BMMA Workbench)',
    user: 'ผู้ใช้',
    from: 'ตั้งแต่วันที่',
    to: 'ถึงวันที่ (รวมวันนั้น)',
    datePart: (part: 'Day' | 'Month' | 'Year', field: string) =>
      `${{ Day: 'วัน', Month: 'เดือน', Year: 'ปี' }[part]} (${field})`,
    months: [
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
      'กันยายน',
      'ตุลาคม',
      'พฤศจิกายน',
      'ธันวาคม',
    ],
    year: (ce: number) => String(ce + 543),
    badRange: 'วันที่ “ตั้งแต่” อยู่หลังวันที่ “ถึง” โปรดเลือกวันที่ “ตั้งแต่” ที่ไม่หลังวันที่ “ถึง”',
    empty: 'ไม่มีเหตุการณ์ที่ตรงกับตัวกรอง',
    verifies: /^เหตุการณ์ทั้ง [\d,]+ รายการถูกต้อง/,
  },
} as const;

const NAMES = { th: 'ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด', en: 'Assessor 2 – Mae Sot laptop' } as const;
const PROJECTS = {
  th: { title: 'บันทึกการตรวจสอบ BMMA 2569', passphrase: 'ด่านชายแดน แม่สอด ปลอดภัย 2569' },
  en: { title: 'BMMA audit trail 2026', passphrase: 'border crossing audit trail 2026' },
} as const;
const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: string, step: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: path.join(screensDir, `${language}-audit-trail-${step}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

async function choose(page: Page, scope: Locator, name: string, option: string): Promise<void> {
  await scope
    .getByRole('combobox', { name, exact: true })
    .or(scope.getByRole('textbox', { name, exact: true }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: the computer's name is shown in the audit trail, filtered by it and by dates in the project's calendar; the chain verifies`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    const name = NAMES[language];

    // A new project: Thai with B.E., English with C.E. chosen at creation.
    await expect(page.getByRole('heading', { name: ui.th.createHeading, exact: true })).toBeVisible();
    if (language === 'en') {
      await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText(ui.en.switchTo).click();
      await expect(page.getByRole('heading', { name: text.createHeading, exact: true })).toBeVisible();
    }
    const create = page.getByRole('region', { name: text.createHeading });
    await create.getByRole('textbox', { name: text.title, exact: true }).fill(PROJECTS[language].title);
    await create.getByRole('radio', { name: text.calendar, exact: true }).check();
    await create.getByRole('button', { name: text.chooseLocation }).click();
    await create.getByRole('textbox', { name: text.passphrase, exact: true }).fill(PROJECTS[language].passphrase);
    await create.getByRole('textbox', { name: text.confirm, exact: true }).fill(PROJECTS[language].passphrase);
    await create.getByRole('textbox', { name: text.confirm, exact: true }).press('Enter');
    await expect(page.getByRole('heading', { name: PROJECTS[language].title, level: 1 })).toBeVisible();

    // 1. Settings: a name over 80 characters is refused with a message; the name is saved.
    await page.getByRole('tab', { name: text.settingsTab, exact: true }).click();
    const settings = page.getByRole('tabpanel', { name: text.settingsTab });
    const nameBox = settings.getByRole('textbox', { name: text.computerName });
    await nameBox.fill('ก'.repeat(81));
    await settings.getByRole('button', { name: text.saveName, exact: true }).click();
    await expect(settings.getByText(text.tooLong)).toBeVisible();
    await nameBox.fill(name);
    await settings.getByRole('button', { name: text.saveName, exact: true }).click();
    await expect(settings.getByTestId('device-label-form').getByRole('status')).toHaveText(text.saved);
    await screenshot(page, language, '01-settings');
    const device = await page.evaluate(async () => {
      const answer = await (
        window as unknown as {
          bmma: { device: { get(): Promise<{ ok: boolean; value: { id: string; label: string | null } }> } };
        }
      ).bmma.device.get();
      return answer.value;
    });
    expect(device.label).toBe(name);

    // 2. A change to the project.
    await page.getByRole('tab', { name: language === 'th' ? 'ภาพรวม' : 'Overview', exact: true }).click();
    await page.getByRole('textbox', { name: text.description, exact: true }).fill('Mae Sot, Tak');
    await page.getByRole('button', { name: text.saveChanges }).click();

    // 3. The Audit trail names this computer on every event it made.
    await page.getByRole('tab', { name: text.trailTab, exact: true }).click();
    const trail = page.getByRole('tabpanel', { name: text.trailTab });
    const rows = trail.getByTestId('audit-event');
    await expect(rows.first()).toHaveAttribute('data-action', 'project.updated');
    await expect(rows.first().getByTestId('audit-actor')).toHaveText(name);
    // Every event but the reference data loaded by the app itself (the "system") is this computer's.
    const total = await rows.count();
    await expect(trail.getByTestId('audit-actor').filter({ hasText: name })).toHaveCount(total - 1);
    await expect(trail.getByTestId('audit-actor').filter({ hasText: text.system })).toHaveCount(1);
    // The device id is on hover only, never as the text.
    const deviceId = device.id;
    await expect(rows.first().getByTestId('audit-actor')).toHaveAttribute('title', deviceId);
    await expect(trail.getByTestId('audit-table')).not.toContainText(deviceId.slice(0, 8));
    await screenshot(page, language, '02-trail');

    // 4. Filter by the name (the filter asks by device id): the system's event goes.
    await choose(page, trail.getByTestId('audit-filters'), text.user, name);
    await expect(rows).toHaveCount(total - 1);
    await expect(trail.getByTestId('audit-actor').filter({ hasText: name })).toHaveCount(total - 1);

    // 5. Dates in the project's calendar: today to today keeps everything.
    const today = new Date();
    const day = String(today.getDate());
    const month = text.months[today.getMonth()] as string;
    const year = text.year(today.getFullYear());
    const lastYear = text.year(today.getFullYear() - 1);
    const filters = trail.getByTestId('audit-filters');
    for (const field of [text.from, text.to]) {
      await choose(page, filters, text.datePart('Day', field), day);
      await choose(page, filters, text.datePart('Month', field), month);
      await choose(page, filters, text.datePart('Year', field), year);
    }
    await expect(rows).toHaveCount(total - 1);
    await expect(
      filters
        .getByRole('combobox', { name: text.datePart('Year', text.from), exact: true })
        .or(filters.getByRole('textbox', { name: text.datePart('Year', text.from), exact: true }))
        .first(),
    ).toHaveValue(year);
    await screenshot(page, language, '03-filtered');

    // "To" a year earlier: the range is refused with a message; a year earlier on both: nothing.
    await choose(page, filters, text.datePart('Year', text.to), lastYear);
    await expect(trail.getByRole('alert').filter({ hasText: text.badRange })).toBeVisible();
    // Nothing is listed or exported while the range cannot be read.
    await expect(trail.getByTestId('audit-table')).toHaveCount(0);
    await expect(trail.getByTestId('audit-annex-export')).toBeDisabled();
    await screenshot(page, language, '04-bad-range');
    await choose(page, filters, text.datePart('Year', text.from), lastYear);
    await expect(trail.getByRole('alert').filter({ hasText: text.badRange })).toHaveCount(0);
    await expect(trail.getByText(text.empty, { exact: true })).toBeVisible();

    // 6. The chain verifies.
    await trail.getByTestId('audit-filter-clear').click();
    await expect(rows).toHaveCount(total);
    await trail.getByTestId('audit-verify').click();
    await expect(trail.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
    await expect(trail.getByTestId('audit-verify-result')).toContainText(text.verifies);
    await screenshot(page, language, '05-verified');
    expect(outsideRequests).toEqual([]);
  });
}

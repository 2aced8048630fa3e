import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { GAP_KINDS } from '../../src/shared/dashboard';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';

/**
 * The demo project from the start screen, in Thai and in English, through the real renderer
 * and the real api.ts (the bridge): "Create demo project…" -> where to save and a passphrase
 * -> the demo opens -> the Dashboard shows a score for every area and some gaps -> the
 * Findings tab lists F- codes -> the Action plan lists JAP items.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test. Screenshots: test-results/screens/{th,en}-demo-NN-*.png.
 */

const ui = {
  en: {
    demoHeading: 'Try the demo',
    open: 'Create demo project…',
    modalTitle: 'Create the demo project',
    chooseLocation: 'Choose where to save…',
    fileLocation: 'File location',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    submit: 'Create demo project',
    title: 'BMMA Thailand — demo (fictional data)',
    fileName: 'BMMA demo.bmma',
    dashboardTab: 'Dashboard',
    findingsTab: 'Findings',
    actionPlanTab: 'Action plan',
    findingCount: /^(\d+) findings$/,
    actionCount: /^(\d+) action items$/,
    openFinding: /^Open finding F-[A-E]\d-\d\d$/,
    openAction: /^Open action item JAP-[A-E]\d-\d\d$/,
  },
  th: {
    demoHeading: 'ทดลองใช้โครงการสาธิต',
    open: 'สร้างโครงการสาธิต…',
    modalTitle: 'สร้างโครงการสาธิต',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    fileLocation: 'ตำแหน่งไฟล์',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    submit: 'สร้างโครงการสาธิต',
    title: 'BMMA ประเทศไทย — โครงการสาธิต (ข้อมูลสมมติ)',
    fileName: 'BMMA สาธิต.bmma',
    dashboardTab: 'แดชบอร์ด',
    findingsTab: 'ข้อค้นพบ',
    actionPlanTab: 'แผนปฏิบัติการ',
    findingCount: /^ข้อค้นพบ (\d+) รายการ$/,
    actionCount: /^รายการปฏิบัติการ (\d+) รายการ$/,
    openFinding: /^เปิดข้อค้นพบ F-[A-E]\d-\d\d$/,
    openAction: /^เปิดรายการปฏิบัติการ JAP-[A-E]\d-\d\d$/,
  },
} as const;

const PASSPHRASE = 'fictional border assessment demo 2569';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string, fullPage = false): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, `${language}-demo-${step}.png`),
    fullPage,
    animations: 'disabled',
  });
}

/** The number inside a count the user reads, e.g. "25 findings". */
async function countIn(locator: Locator, pattern: RegExp): Promise<number> {
  await expect(locator).toHaveText(pattern);
  return Number(pattern.exec((await locator.textContent()) ?? '')?.[1]);
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: the demo project from the start screen — area scores, gaps, findings, action plan`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    const text = ui[language];
    if (language === 'en') await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText('English').click();

    // The start screen's demo card, then where to save it and its passphrase.
    const card = page.getByRole('region', { name: text.demoHeading });
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: text.open }).click();
    const modal = page.getByRole('dialog', { name: text.modalTitle });
    await modal.getByRole('button', { name: text.chooseLocation }).click();
    await expect(modal.getByRole('textbox', { name: text.fileLocation })).toHaveValue(
      path.join(bridge.workDir, text.fileName),
    );
    await modal.getByRole('textbox', { name: text.passphrase, exact: true }).fill(PASSPHRASE);
    await modal.getByRole('textbox', { name: text.confirm, exact: true }).fill(PASSPHRASE);
    await screenshot(page, language, '01-create');
    await modal.getByRole('button', { name: text.submit, exact: true }).click();

    // The demo opens on its own.
    await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(modal).toBeHidden();
    expect(fs.existsSync(path.join(bridge.workDir, text.fileName))).toBe(true);

    // The Dashboard: a score for each of the five areas, and work left to do.
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    const dashboard = page.getByRole('tabpanel', { name: text.dashboardTab });
    const chart = dashboard.getByTestId('area-score-chart');
    for (const area of ['A', 'B', 'C', 'D', 'E'])
      await expect(chart.locator(`[data-area="${area}"]`), area).toHaveAttribute('data-score', /^\d+$/);
    await expect(dashboard.getByTestId('gap-count-indicator_unrated')).toBeVisible();
    const shownGaps = await Promise.all(
      GAP_KINDS.map(async (kind) => (await dashboard.getByTestId(`gap-count-${kind}`).textContent()) ?? ''),
    );
    expect(shownGaps.filter((shown) => /^\d+$/.test(shown)).length).toBeGreaterThan(0);
    expect(Number(await dashboard.locator('[data-total="interviews"] dd').textContent())).toBeGreaterThanOrEqual(40);
    await screenshot(page, language, '02-dashboard', true);

    // Findings: F- codes across the areas.
    await page.getByRole('tab', { name: text.findingsTab, exact: true }).click();
    const findings = page.getByRole('tabpanel', { name: text.findingsTab });
    expect(await countIn(findings.getByTestId('finding-count'), text.findingCount)).toBeGreaterThanOrEqual(25);
    await expect(findings.getByRole('button', { name: text.openFinding }).first()).toBeVisible();
    expect(await findings.getByRole('button', { name: text.openFinding }).count()).toBeGreaterThanOrEqual(10);
    await screenshot(page, language, '03-findings');

    // The Joint Action Plan: JAP items.
    await page.getByRole('tab', { name: text.actionPlanTab, exact: true }).click();
    const plan = page.getByRole('tabpanel', { name: text.actionPlanTab });
    expect(await countIn(plan.getByTestId('action-count'), text.actionCount)).toBeGreaterThanOrEqual(30);
    await expect(plan.getByRole('button', { name: text.openAction }).first()).toBeVisible();
    await screenshot(page, language, '04-action-plan');

    expect(outsideRequests).toEqual([]);
  });
}

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';

/**
 * The Export tab on the demo project, in Thai and English: the Joint Action Plan is the
 * document offered, the preview says how many items go in and what is left out, and a
 * custom marking without its label is flagged before anything is exported.
 * The UI text is written out here, so a missing translation fails the test.
 * Screenshots: test-results/screens/{th,en}-export-01-preview.png.
 */

const ui = {
  en: {
    demoHeading: 'Try the demo',
    open: 'Create demo project…',
    modalTitle: 'Create the demo project',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    submit: 'Create demo project',
    title: 'BMMA Thailand — demo (fictional data)',
    exportTab: 'Export',
    document: 'Document',
    actionPlan: 'Joint Action Plan',
    previewHeading: 'What will be left out',
    included: /^(\d+) action items will be in the document\.$/,
    marking: 'Classification marking',
    custom: 'Organisation label…',
    labelMissing: 'Write the label to print in every header and footer.',
  },
  th: {
    demoHeading: 'ทดลองใช้โครงการสาธิต',
    open: 'สร้างโครงการสาธิต…',
    modalTitle: 'สร้างโครงการสาธิต',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    submit: 'สร้างโครงการสาธิต',
    title: 'BMMA ประเทศไทย — โครงการสาธิต (ข้อมูลสมมติ)',
    exportTab: 'ส่งออกเอกสาร',
    document: 'เอกสาร',
    actionPlan: 'แผนปฏิบัติการร่วม',
    previewHeading: 'ข้อมูลที่จะถูกตัดออก',
    included: /^เอกสารจะมีกิจกรรมในแผน (\d+) รายการ$/,
    marking: 'ชั้นความลับ',
    custom: 'ข้อความขององค์กร…',
    labelMissing: 'กรอกข้อความที่จะพิมพ์ในหัวกระดาษและท้ายกระดาษทุกหน้า',
  },
} as const;

const PASSPHRASE = 'fictional border assessment demo 2569';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `${language}-export-${step}.png`), fullPage: true, animations: 'disabled' });
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: the Export tab previews what the Joint Action Plan will leave out`, async ({ page, outsideRequests }) => {
    const text = ui[language];
    if (language === 'en') await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText('English').click();

    const card = page.getByRole('region', { name: text.demoHeading });
    await card.getByRole('button', { name: text.open }).click();
    const modal = page.getByRole('dialog', { name: text.modalTitle });
    await modal.getByRole('button', { name: text.chooseLocation }).click();
    await modal.getByRole('textbox', { name: text.passphrase, exact: true }).fill(PASSPHRASE);
    await modal.getByRole('textbox', { name: text.confirm, exact: true }).fill(PASSPHRASE);
    await modal.getByRole('button', { name: text.submit, exact: true }).click();
    await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible({ timeout: 30_000 });

    await page.getByRole('tab', { name: text.exportTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.exportTab });
    await expect(panel.getByRole('combobox', { name: text.document, exact: true })).toHaveValue(text.actionPlan);
    const preview = panel.getByTestId('export-preview');
    await expect(preview.getByRole('heading', { name: text.previewHeading })).toBeVisible();
    await expect(preview.getByText(text.included)).toBeVisible();
    const included = Number(text.included.exec((await preview.getByText(text.included).textContent()) ?? '')?.[1]);
    expect(included).toBeGreaterThanOrEqual(30);
    await screenshot(page, language, '01-preview');

    // A custom marking needs its label before the document can be exported.
    await panel.getByRole('combobox', { name: text.marking, exact: true }).click();
    await page.getByRole('option', { name: text.custom }).click();
    await expect(panel.getByText(text.labelMissing)).toBeVisible();

    expect(outsideRequests).toEqual([]);
  });
}

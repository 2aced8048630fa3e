import { expect, type Page } from '@playwright/test';

/** The start screen's labels, as a user reads them, in each language. */
const labels = {
  en: {
    switchTo: 'English',
    createHeading: 'Create a project',
    title: 'Project title',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    demoHeading: 'Try the demo',
    openDemo: 'Create demo project…',
    demoModal: 'Create the demo project',
    demoSubmit: 'Create demo project',
    demoTitle: 'BMMA Thailand — demo (fictional data)',
  },
  th: {
    createHeading: 'สร้างโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    demoHeading: 'ทดลองใช้โครงการสาธิต',
    openDemo: 'สร้างโครงการสาธิต…',
    demoModal: 'สร้างโครงการสาธิต',
    demoSubmit: 'สร้างโครงการสาธิต',
    demoTitle: 'BMMA ประเทศไทย — โครงการสาธิต (ข้อมูลสมมติ)',
  },
} as const;

/**
 * Creates a project through the start screen as a user does: Thai is the default language;
 * English is chosen with the switch. Ends on the project home.
 */
export async function createProjectThroughUi(
  page: Page,
  language: 'th' | 'en',
  project: { title: string; passphrase: string },
): Promise<void> {
  const text = labels[language];
  await expect(page.getByRole('heading', { name: labels.th.createHeading, exact: true })).toBeVisible();
  if (language === 'en') {
    await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText(labels.en.switchTo).click();
    await expect(page.getByRole('heading', { name: text.createHeading, exact: true })).toBeVisible();
  }
  const create = page.getByRole('region', { name: text.createHeading });
  await create.getByRole('textbox', { name: text.title, exact: true }).fill(project.title);
  await create.getByRole('button', { name: text.chooseLocation }).click();
  await create.getByRole('textbox', { name: text.passphrase, exact: true }).fill(project.passphrase);
  await create.getByRole('textbox', { name: text.confirm, exact: true }).fill(project.passphrase);
  await create.getByRole('textbox', { name: text.confirm, exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: project.title, level: 1 })).toBeVisible();
}

/**
 * Creates the demo project through the start screen's "Try the demo" card (English chosen with
 * the switch first when asked). Ends on the demo's project home.
 */
export async function openDemoThroughUi(page: Page, language: 'th' | 'en', passphrase: string): Promise<void> {
  const text = labels[language];
  if (language === 'en') await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText(labels.en.switchTo).click();
  const card = page.getByRole('region', { name: text.demoHeading });
  await card.getByRole('button', { name: text.openDemo }).click();
  const modal = page.getByRole('dialog', { name: text.demoModal });
  await modal.getByRole('button', { name: text.chooseLocation }).click();
  await modal.getByRole('textbox', { name: text.passphrase, exact: true }).fill(passphrase);
  await modal.getByRole('textbox', { name: text.confirm, exact: true }).fill(passphrase);
  await modal.getByRole('button', { name: text.demoSubmit, exact: true }).click();
  await expect(page.getByRole('heading', { name: text.demoTitle, level: 1 })).toBeVisible({ timeout: 30_000 });
}

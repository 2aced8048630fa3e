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
  },
  th: {
    createHeading: 'สร้างโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
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

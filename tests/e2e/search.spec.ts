import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * An assessor searches the whole project from the header, in Thai and in English, through the
 * real renderer and the real api.ts (the bridge): a focus group whose notes are unsegmented
 * Thai -> Ctrl+K, "ค้ามนุษย์" -> the interview is among the hits with the word marked -> arrows
 * and Enter open it in its editor on the Interviews tab -> Ctrl+F, "continuity" (a word only
 * indicator A3.3 uses) -> Enter selects A3.3 on the Framework tab -> a word found nowhere says
 * so -> Escape closes the results.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test.
 */
const THAI_NOTES = 'ผู้เสียหายจากการค้ามนุษย์ถูกส่งต่อที่ด่านพรมแดนแม่สาย';
const THAI_WORD = 'ค้ามนุษย์';
const ENGLISH_WORD = 'continuity';

const ui = {
  en: {
    switchTo: 'English',
    createHeading: 'Create a project',
    title: 'Project title',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    search: 'Search the project',
    placeholder: 'Search evidence, indicators, findings and actions… (Ctrl+K)',
    results: 'Search results',
    interviewsTab: 'Interviews',
    frameworkTab: 'Framework',
    overviewTab: 'Overview',
    newInterview: 'New interview',
    newHeading: 'New interview',
    interviewHeading: (code: string) => `Interview ${code}`,
    focusGroup: 'Focus group',
    notes: 'Notes',
    savedAt: /^✓ Saved at \d\d:\d\d$/,
    close: 'Close',
    kindInterview: 'Interview',
    kindIndicator: 'Indicator',
    total: /^\d+ results?$/,
    indicatorHeading: (code: string) => `Indicator ${code}`,
    noResults: 'No results',
  },
  th: {
    switchTo: 'ไทย',
    createHeading: 'สร้างโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    search: 'ค้นหาในโครงการ',
    placeholder: 'ค้นหาหลักฐาน ตัวชี้วัด ข้อค้นพบ และกิจกรรม… (Ctrl+K)',
    results: 'ผลการค้นหา',
    interviewsTab: 'การสัมภาษณ์',
    frameworkTab: 'กรอบการประเมิน',
    overviewTab: 'ภาพรวม',
    newInterview: 'เพิ่มการสัมภาษณ์',
    newHeading: 'การสัมภาษณ์ใหม่',
    interviewHeading: (code: string) => `การสัมภาษณ์ ${code}`,
    focusGroup: 'สนทนากลุ่ม',
    notes: 'บันทึก',
    savedAt: /^✓ บันทึกแล้ว เวลา \d\d\.\d\d น\.$/,
    close: 'ปิด',
    kindInterview: 'การสัมภาษณ์',
    kindIndicator: 'ตัวชี้วัด',
    total: /^พบ \d+ รายการ$/,
    indicatorHeading: (code: string) => `ตัวชี้วัด ${code}`,
    noResults: 'ไม่พบผลลัพธ์',
  },
} as const;

const projects = {
  en: { title: 'BMMA search – northern border 2026', passphrase: 'correct horse battery staple' },
  th: { title: 'ค้นหา BMMA ชายแดนภาคเหนือ 2569', passphrase: 'ด่านชายแดน แม่สาย ปลอดภัย 2569' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `${language}-search-${step}.png`), animations: 'disabled' });
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: search finds a Thai word in unsegmented notes and an indicator, and opens each`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    const project = projects[language];

    await createProjectThroughUi(page, language, project);
    const search = page.getByRole('combobox', { name: text.search });
    await expect(search).toHaveAttribute('placeholder', text.placeholder);
    await screenshot(page, language, '01-header');

    // A focus group whose notes are Thai without spaces between words.
    await page.getByRole('tab', { name: text.interviewsTab, exact: true }).click();
    await page.getByRole('button', { name: text.newInterview, exact: true }).click();
    const draft = page.getByRole('dialog', { name: text.newHeading });
    await draft.getByRole('radio', { name: text.focusGroup, exact: true }).check();
    await page.keyboard.press('Control+KeyS');
    const saved = page.getByRole('dialog', { name: text.interviewHeading('FGD-01') });
    await expect(saved.getByRole('status')).toHaveText(text.savedAt);
    await saved.getByRole('textbox', { name: text.notes, exact: true }).fill(THAI_NOTES);
    await expect(saved.getByRole('status')).toHaveText(text.savedAt);
    await saved.getByRole('button', { name: text.close, exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('tab', { name: text.overviewTab, exact: true }).click();

    // Ctrl+K, then the Thai word: the interview is found, the word marked inside the sentence.
    await page.keyboard.press('Control+KeyK');
    await expect(search).toBeFocused();
    await search.fill(THAI_WORD);
    const results = page.getByRole('listbox', { name: text.results });
    const interviewHit = results.getByRole('option').filter({ hasText: 'FGD-01' });
    await expect(interviewHit).toBeVisible();
    await expect(interviewHit.getByText(text.kindInterview, { exact: true })).toBeVisible();
    await expect(interviewHit.getByText(text.focusGroup, { exact: true })).toBeVisible();
    await expect(interviewHit.locator('mark')).toHaveText([THAI_WORD]);
    await expect(interviewHit.getByTestId('search-snippet')).toContainText('ผู้เสียหายจากการค้ามนุษย์ถูกส่งต่อ');
    await expect(page.getByTestId('search-total')).toHaveText(text.total);
    // Indicators about trafficking may come first: the arrows walk down to the interview.
    const options = await results.getByRole('option').allTextContents();
    const position = options.findIndex((option) => option.includes('FGD-01'));
    for (let step = 0; step < position; step += 1) await search.press('ArrowDown');
    await expect(interviewHit).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await interviewHit.getAttribute('id')) ?? '');
    await screenshot(page, language, '02-thai-hit');

    // Enter opens it in its editor on the Interviews tab.
    await search.press('Enter');
    await expect(page.getByRole('tab', { name: text.interviewsTab, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const opened = page.getByRole('dialog', { name: text.interviewHeading('FGD-01') });
    await expect(opened.getByRole('textbox', { name: text.notes, exact: true })).toHaveValue(THAI_NOTES);
    await expect(results).toBeHidden();
    await screenshot(page, language, '03-interview-opened');
    await opened.getByRole('button', { name: text.close, exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Ctrl+F, then an English word of indicator A3.3 only: Enter selects it on the Framework tab.
    await page.keyboard.press('Control+KeyF');
    await expect(search).toBeFocused();
    await search.fill(ENGLISH_WORD);
    const indicatorHit = results.getByRole('option').filter({ hasText: 'A3.3' });
    await expect(results.getByRole('option')).toHaveCount(1);
    await expect(indicatorHit.getByText(text.kindIndicator, { exact: true })).toBeVisible();
    await expect(indicatorHit.locator('mark')).toHaveText([ENGLISH_WORD]);
    await expect(indicatorHit).toHaveAttribute('aria-selected', 'true');
    await screenshot(page, language, '04-indicator-hit');
    await search.press('Enter');
    await expect(page.getByRole('tab', { name: text.frameworkTab, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const framework = page.getByRole('tabpanel', { name: text.frameworkTab });
    await expect(framework.getByRole('region', { name: text.indicatorHeading('A3.3') })).toBeVisible();
    await expect(framework.getByRole('button', { name: /^A3\.3\s/ })).toHaveAttribute('aria-current', 'true');
    await screenshot(page, language, '05-indicator-selected');

    // A word found nowhere says so; Escape closes the results and leaves the framework as it was.
    await page.keyboard.press('Control+KeyK');
    await search.fill('zqxjvw');
    await expect(page.getByTestId('search-total')).toHaveText(text.noResults);
    await expect(results).toHaveCount(0);
    await screenshot(page, language, '06-no-results');
    await search.press('Escape');
    await expect(page.getByTestId('search-results')).toBeHidden();
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await expect(framework.getByRole('region', { name: text.indicatorHeading('A3.3') })).toBeVisible();

    expect(outsideRequests).toEqual([]);
  });
}

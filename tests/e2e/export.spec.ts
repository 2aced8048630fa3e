import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { listNarratives, saveNarrative } from '../../src/main/services/narrative';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { openDemoThroughUi } from './start-screen';

/**
 * The Export tab on the demo project, in Thai and English: the Joint Action Plan is the
 * document offered, the preview says how many items go in and what is left out, and a
 * custom marking without its label is flagged before anything is exported. Exporting shows a
 * progress bar that finishes, the saved file with its SHA-256 and "Open folder"; Cancel stops
 * the export with nothing written; an edit that cannot be saved blocks the export, named.
 * The UI text is written out here, so a missing translation fails the test.
 * Screenshots: test-results/screens/{th,en}-export-*.png.
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
    exportButton: 'Export…',
    progress: 'Export progress',
    finished: 'Finished',
    saved: 'Saved',
    openFolder: 'Open folder',
    waiting: 'Waiting for where to save the file…',
    cancel: 'Cancel export',
    cancelled: 'Export cancelled, no file was written.',
    blockedTitle: 'Not exported: some edits could not be saved',
    reportTextTab: 'Report text',
    reportSections: 'Report sections',
    executive: 'Executive summary',
    editor: 'Executive summary (English)',
    savedStatus: 'Saved',
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
    exportButton: 'ส่งออก…',
    progress: 'ความคืบหน้าการส่งออก',
    finished: 'เสร็จสิ้น',
    saved: 'บันทึกแล้ว',
    openFolder: 'เปิดโฟลเดอร์',
    waiting: 'กำลังรอเลือกตำแหน่งที่จะบันทึกไฟล์…',
    cancel: 'ยกเลิกการส่งออก',
    cancelled: 'ยกเลิกการส่งออกแล้ว ไม่มีไฟล์ใดถูกเขียน',
    blockedTitle: 'ยังไม่ได้ส่งออก: บันทึกการแก้ไขบางรายการไม่ได้',
    reportTextTab: 'เนื้อหารายงาน',
    reportSections: 'ส่วนของรายงาน',
    executive: 'บทสรุปผู้บริหาร',
    editor: 'บทสรุปผู้บริหาร (ภาษาไทย)',
    savedStatus: 'บันทึกแล้ว',
  },
} as const;

const PASSPHRASE = 'fictional border assessment demo 2569';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, `${language}-export-${step}.png`), fullPage: true, animations: 'disabled' });
}

async function openDemo(page: Page, language: Language): Promise<void> {
  await openDemoThroughUi(page, language, PASSPHRASE);
}

const docxIn = (dir: string): string[] => fs.readdirSync(dir).filter((name) => name.endsWith('.docx') || name.endsWith('.tmp'));

for (const language of ['th', 'en'] as const) {
  test(`${language}: the Export tab previews what the Joint Action Plan will leave out`, async ({ page, outsideRequests }) => {
    const text = ui[language];
    await openDemo(page, language);

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

for (const language of ['th', 'en'] as const) {
  test(`${language}: exporting the Joint Action Plan shows its progress, the saved file and opens its folder`, async ({ page, bridge, outsideRequests }) => {
    const text = ui[language];
    await openDemo(page, language);
    await page.getByRole('tab', { name: text.exportTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.exportTab });
    await expect(panel.getByRole('combobox', { name: text.document, exact: true })).toHaveValue(text.actionPlan);

    await panel.getByRole('button', { name: text.exportButton, exact: true }).click();
    const bar = panel.getByRole('progressbar', { name: text.progress });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
    await expect(panel.getByTestId('export-progress').getByText(text.finished, { exact: true })).toBeVisible();

    const result = panel.getByTestId('export-result');
    await expect(result.getByText(text.saved, { exact: true })).toBeVisible();
    const [written] = docxIn(bridge.workDir);
    expect(written).toMatch(/^BMMA-Joint-Action-Plan-TH-25\d\d\.docx$/);
    const file = path.join(bridge.workDir, written as string);
    await expect(result.getByText(file, { exact: true })).toBeVisible();
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    await expect(result.getByText(sha256, { exact: true })).toBeVisible();
    await page.mouse.move(0, 0);
    await screenshot(page, language, '02-saved');

    await result.getByRole('button', { name: text.openFolder }).click();
    await expect.poll(() => bridge.shownInFolder).toEqual([file]);
    expect(outsideRequests).toEqual([]);
  });

  test(`${language}: Cancel stops the export and nothing is written`, async ({ page, bridge, outsideRequests }) => {
    const text = ui[language];
    await openDemo(page, language);
    await page.getByRole('tab', { name: text.exportTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.exportTab });

    // The save dialog stays open until the test answers it: the export is under way, not
    // building yet, so Cancel always lands before anything could be written.
    const target = path.join(bridge.workDir, 'cancelled.docx');
    let answer: (file: string) => void = () => undefined;
    const chosen = new Promise<string>((resolve) => (answer = resolve));
    // The bridge's dialog returns whatever is queued; a pending answer is a dialog still open.
    bridge.dialogAnswers.export.push(chosen as unknown as string);

    await panel.getByRole('button', { name: text.exportButton, exact: true }).click();
    await expect(panel.getByText(text.waiting)).toBeVisible();
    // The bar is there, empty: nothing has been built yet.
    await expect(panel.getByRole('progressbar', { name: text.progress })).toHaveAttribute('aria-valuenow', '0');
    await page.mouse.move(0, 0);
    await screenshot(page, language, '03-waiting');
    await panel.getByRole('button', { name: text.cancel }).click();
    answer(target);

    const cancelled = panel.getByTestId('export-cancelled');
    await expect(cancelled.getByText(text.cancelled)).toBeVisible();
    await expect(panel.getByRole('progressbar', { name: text.progress })).toHaveCount(0);
    expect(fs.existsSync(target)).toBe(false);
    expect(docxIn(bridge.workDir)).toEqual([]);
    await page.mouse.move(0, 0);
    await screenshot(page, language, '04-cancelled');
    expect(outsideRequests).toEqual([]);
  });

  test(`${language}: an edit that cannot be saved blocks the export and is named`, async ({ page, bridge, outsideRequests }) => {
    const text = ui[language];
    const narrativeLanguage = language;
    await openDemo(page, language);

    // The executive summary, written and autosaved.
    await page.getByRole('tab', { name: text.reportTextTab, exact: true }).click();
    const textPanel = page.getByRole('tabpanel', { name: text.reportTextTab });
    await textPanel.getByRole('navigation', { name: text.reportSections }).getByText(text.executive, { exact: true }).click();
    const editor = textPanel.getByRole('textbox', { name: text.editor });
    await editor.click();
    await page.keyboard.type('First draft.');
    await expect(textPanel.getByRole('status')).toHaveText(text.savedStatus);

    // Someone else's version lands in the file (another window, a merge): the next save is refused.
    const project = bridge.session.require();
    const stored = listNarratives(project).find((n) => n.section === 'executive_summary' && n.language === narrativeLanguage);
    saveNarrative(project, {
      section: 'executive_summary',
      language: narrativeLanguage,
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Their version.' }] }] },
      expectedUpdatedAt: stored?.updatedAt ?? null,
    });
    await page.keyboard.type(' My late change.');

    await page.getByRole('tab', { name: text.exportTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.exportTab });
    await panel.getByRole('button', { name: text.exportButton, exact: true }).click();
    const blocked = panel.getByTestId('export-blocked');
    await expect(blocked.getByText(text.blockedTitle)).toBeVisible();
    await expect(blocked.getByRole('listitem')).toHaveText([text.editor]);
    await expect(panel.getByRole('progressbar', { name: text.progress })).toHaveCount(0);
    expect(docxIn(bridge.workDir)).toEqual([]);
    await page.mouse.move(0, 0);
    await screenshot(page, language, '05-blocked');
    expect(outsideRequests).toEqual([]);
  });
}

test('en: the BMMA report is offered and exported, its steps named on the way', async ({ page, bridge, outsideRequests }) => {
  const text = ui.en;
  await openDemo(page, 'en');
  await page.getByRole('tab', { name: text.exportTab, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: text.exportTab });
  await panel.getByRole('combobox', { name: text.document, exact: true }).click();
  await page.getByRole('option', { name: 'BMMA report' }).click();
  await expect(panel.getByText(/^\d+ findings will be in the document\.$/)).toBeVisible();

  await panel.getByRole('button', { name: text.exportButton, exact: true }).click();
  const progress = panel.getByTestId('export-progress');
  // The step line shows while the export runs; on a fast run it can be gone before it is looked
  // for (the result replaces it), which once failed CI: either is accepted here, and the steps
  // themselves are checked by the export progress tests (tests/integration/export).
  await expect(progress.getByText(/^Step [1-6] of 6: /).or(panel.getByTestId('export-result'))).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('progressbar', { name: text.progress })).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
  await expect(panel.getByTestId('export-result').getByText(text.saved, { exact: true })).toBeVisible();
  expect(docxIn(bridge.workDir)).toEqual([expect.stringMatching(/^BMMA-Report-TH-25\d\d\.docx$/)]);
  await page.mouse.move(0, 0);
  await screenshot(page, 'en', '06-report-saved');
  expect(outsideRequests).toEqual([]);
});

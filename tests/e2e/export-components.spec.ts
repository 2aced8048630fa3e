import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { openDemoThroughUi } from './start-screen';

/**
 * The Export tab for the documents of Components 2–4 (issue 5), in Thai and English, on the demo:
 * choosing "Minutes of a meeting" asks which meeting (nothing can be exported before one is
 * chosen), the preview counts its agenda items, and the file saved is named after the meeting's
 * code and holds its minutes; the ToT evaluation report asks for the training event the same way.
 * Screenshots: test-results/screens/{th,en}-export-components-*.png.
 */

const ui = {
  en: {
    exportTab: 'Export',
    document: 'Document',
    minutes: 'Minutes of a meeting',
    meeting: 'Meeting',
    meetingOption: /^MTG-C2-3\/2563 — /,
    agendaItems: /^(\d+) agenda items will be in the minutes\.$/,
    evaluation: 'Training of Trainers evaluation report',
    event: 'Training event',
    eventOption: /^TOT-2565-01 — /,
    participants: /^(\d+) participants will be counted in the results\.$/,
    exportButton: 'Export…',
    progress: 'Export progress',
    saved: 'Saved',
    minutesHeading: 'Minutes of',
  },
  th: {
    exportTab: 'ส่งออกเอกสาร',
    document: 'เอกสาร',
    minutes: 'รายงานการประชุม',
    meeting: 'การประชุม',
    meetingOption: /^MTG-C2-3\/2563 — /,
    agendaItems: /^รายงานการประชุมจะมีระเบียบวาระ (\d+) เรื่อง$/,
    evaluation: 'รายงานผลการประเมินการฝึกอบรมวิทยากร',
    event: 'การฝึกอบรม',
    eventOption: /^TOT-2565-01 — /,
    participants: /^ผลการประเมินจะนับผู้เข้ารับการฝึกอบรม (\d+) คน$/,
    exportButton: 'ส่งออก…',
    progress: 'ความคืบหน้าการส่งออก',
    saved: 'บันทึกแล้ว',
    minutesHeading: 'รายงานการประชุม',
  },
} as const;

const PASSPHRASE = 'fictional border assessment demo 2569';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: path.join(screensDir, `${language}-export-components-${step}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

const docxIn = (dir: string): string[] => fs.readdirSync(dir).filter((name) => name.endsWith('.docx'));

function bodyText(file: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml'] ?? new Uint8Array());
  return xml.replace(/<[^>]+>/g, '');
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: minutes of a chosen meeting and the ToT evaluation report are exported from the Export tab`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    const text = ui[language];
    await openDemoThroughUi(page, language, PASSPHRASE);
    await page.getByRole('tab', { name: text.exportTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.exportTab });
    const exportButton = panel.getByRole('button', { name: text.exportButton, exact: true });

    // Minutes: nothing to export until the meeting is chosen.
    await panel.getByRole('combobox', { name: text.document, exact: true }).click();
    await page.getByRole('option', { name: text.minutes, exact: true }).click();
    await expect(exportButton).toBeDisabled();
    await panel.getByRole('combobox', { name: text.meeting, exact: true }).click();
    await page.getByRole('option', { name: text.meetingOption }).click();
    const preview = panel.getByTestId('export-preview');
    await expect(preview.getByText(text.agendaItems)).toBeVisible();
    const items = Number(text.agendaItems.exec((await preview.getByText(text.agendaItems).textContent()) ?? '')?.[1]);
    expect(items).toBeGreaterThan(0);
    // The English user writes English minutes: the profile's language, not only the screen's.
    if (language === 'en') {
      await panel
        .getByRole('radiogroup', { name: 'Language', exact: true })
        .getByText('English', { exact: true })
        .click();
    }
    await screenshot(page, language, '01-minutes');

    await exportButton.click();
    await expect(panel.getByRole('progressbar', { name: text.progress })).toHaveAttribute('aria-valuenow', '100', {
      timeout: 30_000,
    });
    await expect(panel.getByTestId('export-result').getByText(text.saved, { exact: true })).toBeVisible();
    const [minutes] = docxIn(bridge.workDir);
    expect(minutes).toMatch(
      language === 'en'
        ? /^BMMA-Minutes-MTG-C2-3-2563-EN-25\d\d\.docx$/
        : /^BMMA-Minutes-MTG-C2-3-2563-TH-25\d\d\.docx$/,
    );
    const minutesText = bodyText(path.join(bridge.workDir, minutes as string));
    expect(minutesText).toContain(text.minutesHeading);
    expect(minutesText).toContain('3/2563');

    // The ToT evaluation report: its event is chosen the same way.
    await panel.getByRole('combobox', { name: text.document, exact: true }).click();
    await page.getByRole('option', { name: text.evaluation, exact: true }).click();
    await expect(exportButton).toBeDisabled();
    await panel.getByRole('combobox', { name: text.event, exact: true }).click();
    await page.getByRole('option', { name: text.eventOption }).click();
    await expect(preview.getByText(text.participants)).toBeVisible();
    const counted = Number(
      text.participants.exec((await preview.getByText(text.participants).textContent()) ?? '')?.[1],
    );
    expect(counted).toBe(31);
    await exportButton.click();
    await expect
      .poll(() => docxIn(bridge.workDir).filter((name) => name.startsWith('BMMA-ToT-Evaluation-TOT-2565-01-')), {
        timeout: 30_000,
      })
      .toHaveLength(1);
    await expect(panel.getByTestId('export-result').getByText(text.saved, { exact: true })).toBeVisible();
    await screenshot(page, language, '02-evaluation-saved');
    expect(outsideRequests).toEqual([]);
  });
}

import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Narrative } from '../../src/shared/narrative';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * The Report text tab, in Thai and English UI: the executive summary written with a heading,
 * a bold word, a bullet list, a table and a footnote is autosaved, stored in the project file
 * (read back through the api) and shown again after the tab is left and reopened; an edit
 * still waiting when the tab is left is saved on the way out. The UI text is written out here,
 * so a missing translation fails the test. Screenshots: test-results/screens/report-text-{en,th}.png.
 */

const ui = {
  en: {
    tab: 'Report text',
    overview: 'Overview',
    sections: 'Report sections',
    executive: 'Executive summary',
    areaA: 'Area A: current situation — Administration',
    editor: 'Executive summary (English)',
    otherEditor: 'Executive summary (Thai)',
    switchLanguage: 'Language being edited',
    heading1: 'Heading 1',
    bold: 'Bold',
    bulletList: 'Bullet list',
    insertTable: 'Insert table (3 × 3 with header row)',
    addRow: 'Add row below',
    addColumn: 'Add column to the right',
    footnote: 'Insert footnote',
    footnoteTitle: 'Add footnote',
    footnoteText: 'Footnote text',
    footnoteSave: 'Save footnote',
    editFootnoteTitle: 'Edit footnote',
    saved: 'Saved',
    unsaved: 'Not saved',
    keepMine: 'Save my text over the other version',
    written: 'English: written',
    otherReadOnly: 'English version (read only)',
    words: {
      heading: 'Border management at a glance',
      lead: 'The assessment found ',
      bold: 'serious',
      tail: ' gaps in referral.',
      items: ['Land borders', 'Airports'],
      cell: 'Area',
      note: 'Based on 44 interviews in 2569.',
      late: 'Late addition',
      other: 'ร่างภาษาไทย',
    },
  },
  th: {
    tab: 'เนื้อหารายงาน',
    overview: 'ภาพรวม',
    sections: 'ส่วนของรายงาน',
    executive: 'บทสรุปผู้บริหาร',
    areaA: 'ด้าน A: สถานการณ์ปัจจุบัน — การบริหารจัดการองค์กร',
    editor: 'บทสรุปผู้บริหาร (ภาษาไทย)',
    otherEditor: 'บทสรุปผู้บริหาร (ภาษาอังกฤษ)',
    switchLanguage: 'ภาษาที่กำลังแก้ไข',
    heading1: 'หัวข้อระดับ 1',
    bold: 'ตัวหนา',
    bulletList: 'รายการสัญลักษณ์หัวข้อย่อย',
    insertTable: 'แทรกตาราง (3 × 3 พร้อมแถวหัวตาราง)',
    addRow: 'เพิ่มแถวด้านล่าง',
    addColumn: 'เพิ่มคอลัมน์ด้านขวา',
    footnote: 'แทรกเชิงอรรถ',
    footnoteTitle: 'เพิ่มเชิงอรรถ',
    footnoteText: 'ข้อความเชิงอรรถ',
    footnoteSave: 'บันทึกเชิงอรรถ',
    editFootnoteTitle: 'แก้ไขเชิงอรรถ',
    saved: 'บันทึกแล้ว',
    unsaved: 'ยังไม่ได้บันทึก',
    keepMine: 'บันทึกข้อความของฉันทับฉบับอื่น',
    written: 'ภาษาไทย: มีเนื้อหาแล้ว',
    otherReadOnly: 'ฉบับภาษาไทย (อ่านอย่างเดียว)',
    words: {
      heading: 'ภาพรวมการบริหารจัดการชายแดน',
      lead: 'การประเมินพบว่ามีช่องว่าง',
      bold: 'สำคัญ',
      tail: 'ในการส่งต่อผู้เสียหาย',
      items: ['ด่านพรมแดนทางบก', 'ท่าอากาศยาน'],
      cell: 'ด้าน',
      note: 'จากการสัมภาษณ์ 44 ครั้ง ในปี 2569',
      late: 'ข้อความเพิ่มเติม',
      other: 'English draft',
    },
  },
} as const;

const PASSPHRASE = 'narrative sections e2e 4471';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

test.use({ viewport: { width: 1500, height: 1000 } });

async function storedExecutiveSummary(page: Page, language: 'th' | 'en'): Promise<string> {
  const list = await page.evaluate(async () => {
    // The bridge installs window.bmma; the e2e tsconfig has no renderer globals.
    const client = (
      window as unknown as {
        bmma: { narrative: { list: (input: object) => Promise<{ ok: boolean; value?: unknown }> } };
      }
    ).bmma;
    const result = await client.narrative.list({});
    return result.ok ? result.value : [];
  });
  const found = (list as Narrative[]).find((n) => n.section === 'executive_summary' && n.language === language);
  return JSON.stringify(found?.content ?? null);
}

/** Another window saves this section in between: the open editor's next save is a CONFLICT. */
async function saveElsewhere(page: Page, language: 'th' | 'en'): Promise<void> {
  const ok = await page.evaluate(async (lang) => {
    type Call = (input: object) => Promise<{ ok: boolean; value?: unknown }>;
    const client = (window as unknown as { bmma: { narrative: { list: Call; save: Call } } }).bmma;
    const listed = await client.narrative.list({});
    const rows = (listed.value ?? []) as { section: string; language: string; updatedAt: string | null }[];
    const row = rows.find((n) => n.section === 'executive_summary' && n.language === lang);
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Other window' }] }],
    };
    const saved = await client.narrative.save({
      section: 'executive_summary',
      language: lang,
      content,
      expectedUpdatedAt: row?.updatedAt ?? null,
    });
    return saved.ok;
  }, language);
  expect(ok).toBe(true);
}

interface SectionWords {
  heading: string;
  bold: string;
  items: readonly string[];
  cell: string;
  note: string;
}

async function expectWholeSection(editor: Locator, words: SectionWords): Promise<void> {
  await expect(editor.locator('h1')).toHaveText(words.heading);
  await expect(editor.locator('strong')).toHaveText(words.bold);
  await expect(editor.locator('ul > li')).toHaveText([...words.items]);
  await expect(editor.locator('table tr')).toHaveCount(4);
  await expect(editor.locator('table tr').first().locator('th')).toHaveCount(4);
  await expect(editor.locator('table th').first()).toHaveText(words.cell);
  await expect(editor.locator('sup[data-footnote]')).toHaveAttribute('data-text', words.note);
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: the executive summary is written with rich text, autosaved and shown again`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    const words = text.words;
    await createProjectThroughUi(page, language, { title: `Narrative ${language}`, passphrase: PASSPHRASE });

    await page.getByRole('tab', { name: text.tab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.tab });
    const sections = panel.getByRole('navigation', { name: text.sections });
    await expect(sections.getByText(text.areaA)).toBeVisible();
    const executive = sections.getByRole('button', { name: text.executive });
    await executive.click();
    await expect(executive).toHaveAttribute('aria-current', 'page');

    const editor = panel.getByRole('textbox', { name: text.editor });
    const button = (name: string) => panel.getByRole('button', { name, exact: true });
    await editor.click();

    await button(text.heading1).click();
    await page.keyboard.type(words.heading);
    await page.keyboard.press('Enter');
    await page.keyboard.type(words.lead);
    await button(text.bold).click();
    await page.keyboard.type(words.bold);
    await button(text.bold).click();
    await page.keyboard.type(words.tail);
    await page.keyboard.press('Enter');
    await button(text.bulletList).click();
    await page.keyboard.type(words.items[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(words.items[1]);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await button(text.insertTable).click();
    await page.keyboard.type(words.cell);
    await button(text.addRow).click();
    await button(text.addColumn).click();

    // The footnote goes after the bold sentence, typed in the modal.
    await editor.locator('p', { hasText: words.bold }).click();
    await page.keyboard.press('End');
    await button(text.footnote).click();
    const modal = page.getByRole('dialog', { name: text.footnoteTitle });
    await modal.getByRole('textbox', { name: text.footnoteText }).fill(words.note);
    await modal.getByRole('button', { name: text.footnoteSave }).click();
    await expect(modal).toBeHidden();
    await expect(editor.locator('sup[data-footnote]')).toHaveCount(1);

    await expect(panel.getByRole('status')).toHaveText(text.saved);
    await expect(sections.getByText(text.written)).toBeAttached();
    const stored = await storedExecutiveSummary(page, language);
    for (const word of [words.heading, words.bold, words.items[1], words.cell, words.note])
      expect(stored).toContain(word);

    // Clicking the footnote opens it for editing with its text.
    await editor.locator('sup[data-footnote]').click();
    const editModal = page.getByRole('dialog', { name: text.editFootnoteTitle });
    await expect(editModal.getByRole('textbox', { name: text.footnoteText })).toHaveValue(words.note);
    await editModal.getByRole('button', { name: text.footnoteSave }).click();
    await expect(editModal).toBeHidden();
    // From the keyboard: arrow onto the marker (it ends the paragraph), Enter opens it.
    await editor.locator('p', { hasText: words.bold }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(editModal.getByRole('textbox', { name: text.footnoteText })).toHaveValue(words.note);
    await page.keyboard.press('Escape');
    await expect(editModal).toBeHidden();
    await expect(editor.locator('sup[data-footnote]')).toHaveCount(1);

    // An edit still waiting for autosave is saved when the tab is left.
    await editor.locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${words.late}`);
    await page.getByRole('tab', { name: text.overview, exact: true }).click();
    await page.getByRole('tab', { name: text.tab, exact: true }).click();
    const reopened = page.getByRole('tabpanel', { name: text.tab }).getByRole('textbox', { name: text.editor });
    await expectWholeSection(reopened, { ...words, heading: `${words.heading} ${words.late}` });
    await expect.poll(() => storedExecutiveSummary(page, language)).toContain(words.late);

    // The other language is stored apart; the first one is shown beside it, read only.
    await page
      .getByRole('tabpanel', { name: text.tab })
      .getByRole('radiogroup', { name: text.switchLanguage })
      .getByText(language === 'th' ? 'EN' : 'TH')
      .click();
    const other = page.getByRole('tabpanel', { name: text.tab }).getByRole('textbox', { name: text.otherEditor });
    await expect(other.locator('h1')).toHaveCount(0);
    await other.click();
    await page.keyboard.type(words.other);
    await expect(page.getByRole('tabpanel', { name: text.tab }).getByRole('status')).toHaveText(text.saved);
    await expect(page.getByText(text.otherReadOnly)).toBeVisible();
    await expect(page.getByRole('textbox', { name: text.otherReadOnly }).locator('h1')).toHaveText(
      `${words.heading} ${words.late}`,
    );
    expect(await storedExecutiveSummary(page, language)).not.toContain(words.other);

    fs.mkdirSync(screensDir, { recursive: true });
    await page.mouse.move(0, 0);
    await page.screenshot({
      path: path.join(screensDir, `report-text-${language}.png`),
      fullPage: true,
      animations: 'disabled',
    });

    // Saved elsewhere meanwhile: the next autosave is refused, the typed text stays, and the
    // user can keep their version.
    const editing = language === 'th' ? 'en' : 'th';
    await saveElsewhere(page, editing);
    await other.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' 2');
    const current = page.getByRole('tabpanel', { name: text.tab });
    await expect(current.locator('[data-error-code="CONFLICT"]')).toBeVisible();
    await expect(current.getByRole('status')).toHaveText(text.unsaved);
    await expect(other).toHaveText(`${words.other} 2`);
    await current.getByRole('button', { name: text.keepMine }).click();
    await expect(current.getByRole('status')).toHaveText(text.saved);
    await expect(current.locator('[data-error-code]')).toHaveCount(0);
    await expect.poll(() => storedExecutiveSummary(page, editing)).toContain(`${words.other} 2`);

    expect(outsideRequests).toEqual([]);
  });
}

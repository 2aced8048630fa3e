import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { listInterviews, updateInterview } from '../../src/main/services/interviews';
import { errorMessages, type Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * An assessor records interviews, in Thai and in English, through the real renderer and the
 * real api.ts (the bridge): Interviews tab -> an official of the Immigration Bureau (written
 * consent, quotes allowed) gets KII-OFF-001 -> a migrant without a month is refused, then gets
 * KII-MIG-001 -> notes with a Thai national ID and a phone number raise the PII guard ->
 * "Redact all" -> autosave -> reopened, the numbers are gone -> a further edit is undone ->
 * a save made elsewhere meanwhile is refused (CONFLICT) until the editor reloads -> the list
 * shows both, with the PII badge, and its category and agency filters work -> a focus group
 * is added and deleted (with a confirmation).
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test.
 */

/** A Thai national ID with a valid check digit, computed here rather than copied from the app. */
function thaiNationalId(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}
const NATIONAL_ID = thaiNationalId('110370045612');
const DASHED_ID = `${NATIONAL_ID[0]}-${NATIONAL_ID.slice(1, 5)}-${NATIONAL_ID.slice(5, 10)}-${NATIONAL_ID.slice(10, 12)}-${NATIONAL_ID[12]}`;
const PHONE = '081-234-5678';

const now = new Date();
const MONTH_INDEX = now.getMonth();
const BE_YEAR = now.getFullYear() + 543;

const ui = {
  en: {
    switchTo: 'English',
    createHeading: 'Create a project',
    title: 'Project title',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    tab: 'Interviews',
    heading: 'Interviews',
    empty: 'No interviews yet. Add one with “New interview” (Ctrl+N).',
    newInterview: 'New interview',
    newHeading: 'New interview',
    heading_: (code: string) => `Interview ${code}`,
    official: 'Official',
    migrant: 'Migrant',
    agency: 'Agency',
    agencySearch: 'IB',
    agencyOption: 'IB – Immigration Bureau, Royal Thai Police',
    agencyAbbreviation: 'IB',
    location: 'Generalised location',
    migrantLocation: 'eastern land border (Sa Kaeo)',
    monthPart: (field: string) => `Month (${field})`,
    yearPart: (field: string) => `Year (${field})`,
    dateField: 'Date of the interview',
    monthField: 'Month of the interview',
    monthName:
      [
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
      ][MONTH_INDEX] ?? '',
    yearOption: `${BE_YEAR} B.E.`,
    listMonth: `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][MONTH_INDEX]} ${BE_YEAR} B.E.`,
    written: 'Written',
    quote: 'Quote',
    paraphrase: 'Paraphrase only',
    create: 'Save and assign code',
    monthRequired: 'Give the month and year of the interview.',
    savedAt: /^✓ Saved at \d\d:\d\d$/,
    notes: 'Notes',
    officialNotes: 'Deputy commander described the watch-list check; he read out passport AA1234567 from a case file.',
    migrantNotes: `Crossed at the eastern land border with an agent. Gave her ID ${NATIONAL_ID} and phone ${PHONE} without being asked.`,
    addedNotes: ' Follow-up with the shelter planned.',
    piiHeading: /The notes contain \d possible personal identifiers?/,
    piiId: 'Thai national ID',
    piiPhone: 'Phone number',
    redactAll: 'Redact all',
    undo: 'Undo last change',
    close: 'Close',
    open: (code: string) => `Open interview ${code}`,
    piiBadge: 'PII (1)',
    categoryFilter: 'Category',
    agencyFilter: 'Agency',
    clearFilters: 'Clear filters',
    count: (n: number) => (n === 1 ? '1 interview' : `${n} interviews`),
    writtenQuote: 'Quote',
    otherLocation: 'Chanthaburi (eastern land border)',
    editedLocation: 'Sa Kaeo province',
    conflictStatus: 'Not saved: changed elsewhere',
    reload: 'Reload the saved version',
    focusGroup: 'Focus group',
    delete: 'Delete',
    deleteHeading: (code: string) => `Delete interview ${code}?`,
    deleteConfirm: 'Delete interview',
  },
  th: {
    switchTo: 'ไทย',
    createHeading: 'สร้างโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    tab: 'การสัมภาษณ์',
    heading: 'การสัมภาษณ์',
    empty: 'ยังไม่มีการสัมภาษณ์ เพิ่มได้ด้วยปุ่ม “เพิ่มการสัมภาษณ์” (Ctrl+N)',
    newInterview: 'เพิ่มการสัมภาษณ์',
    newHeading: 'การสัมภาษณ์ใหม่',
    heading_: (code: string) => `การสัมภาษณ์ ${code}`,
    official: 'เจ้าหน้าที่',
    migrant: 'ผู้ย้ายถิ่น',
    agency: 'หน่วยงาน',
    agencySearch: 'สตม',
    agencyOption: 'สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    agencyAbbreviation: 'สตม.',
    location: 'พื้นที่โดยทั่วไป',
    migrantLocation: 'ชายแดนทางบกด้านตะวันออก (สระแก้ว)',
    monthPart: (field: string) => `เดือน (${field})`,
    yearPart: (field: string) => `ปี (${field})`,
    dateField: 'วันที่สัมภาษณ์',
    monthField: 'เดือนที่สัมภาษณ์',
    monthName:
      [
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
      ][MONTH_INDEX] ?? '',
    yearOption: String(BE_YEAR),
    listMonth: `${['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'][MONTH_INDEX]} ${BE_YEAR}`,
    written: 'เป็นลายลักษณ์อักษร',
    quote: 'อ้างอิงคำพูดได้',
    paraphrase: 'ถอดความเท่านั้น',
    create: 'บันทึกและกำหนดรหัส',
    monthRequired: 'โปรดระบุเดือนและปีที่สัมภาษณ์',
    savedAt: /^✓ บันทึกแล้ว เวลา \d\d\.\d\d น\.$/,
    notes: 'บันทึก',
    officialNotes: 'รองผู้บังคับการอธิบายการตรวจรายชื่อเฝ้าดู และอ่านเลขหนังสือเดินทาง AA1234567 จากแฟ้มคดี',
    migrantNotes: `ข้ามแดนทางบกด้านตะวันออกกับนายหน้า ผู้ให้สัมภาษณ์บอกเลขบัตร ${DASHED_ID} และเบอร์โทร ${PHONE} เองโดยไม่ได้ถาม`,
    addedNotes: ' นัดติดตามกับบ้านพักเด็กและครอบครัวแล้ว',
    piiHeading: /บันทึกมีข้อมูลที่อาจระบุตัวบุคคลได้ \d รายการ/,
    piiId: 'เลขประจำตัวประชาชน',
    piiPhone: 'หมายเลขโทรศัพท์',
    redactAll: 'ปิดบังทั้งหมด',
    undo: 'เลิกทำการแก้ไขล่าสุด',
    close: 'ปิด',
    open: (code: string) => `เปิดการสัมภาษณ์ ${code}`,
    piiBadge: 'ข้อมูลส่วนบุคคล (1)',
    categoryFilter: 'ประเภท',
    agencyFilter: 'หน่วยงาน',
    clearFilters: 'ล้างตัวกรอง',
    count: (n: number) => `การสัมภาษณ์ ${n} รายการ`,
    writtenQuote: 'อ้างอิงคำพูดได้',
    otherLocation: 'จันทบุรี (ชายแดนทางบกด้านตะวันออก)',
    editedLocation: 'จังหวัดสระแก้ว',
    conflictStatus: 'ยังไม่ได้บันทึก รายการถูกแก้ไขจากที่อื่น',
    reload: 'โหลดฉบับที่บันทึกไว้',
    focusGroup: 'สนทนากลุ่ม',
    delete: 'ลบ',
    deleteHeading: (code: string) => `ลบการสัมภาษณ์ ${code} หรือไม่`,
    deleteConfirm: 'ลบการสัมภาษณ์',
  },
} as const;

const projects = {
  en: { title: 'BMMA interviews – eastern border 2026', passphrase: 'correct horse battery staple' },
  th: { title: 'การสัมภาษณ์ BMMA ชายแดนตะวันออก 2569', passphrase: 'ด่านชายแดน สระแก้ว ปลอดภัย 2569' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** Full page for the list; the viewport while the side panel (a modal) is open. */
async function screenshot(page: Page, language: Language, step: string, fullPage = false): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, `${language}-interviews-${step}.png`),
    fullPage,
    animations: 'disabled',
  });
}

/** Opens a Mantine select by its accessible name, optionally types to search, and picks an option. */
async function choose(page: Page, scope: Locator, name: string, option: string, search?: string): Promise<void> {
  const box = scope.getByRole('combobox', { name, exact: true });
  await box.click();
  if (search !== undefined) await box.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: record interviews, PII guard, autosave, undo, conflict, list, filters, delete`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    const text = ui[language];
    const project = projects[language];

    await createProjectThroughUi(page, language, project);

    // The Interviews tab, empty.
    await page.getByRole('tab', { name: text.tab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.tab });
    await expect(panel.getByRole('heading', { name: text.heading, level: 2 })).toBeVisible();
    await expect(panel.getByText(text.empty)).toBeVisible();
    await screenshot(page, language, '01-empty', true);

    // An official of the Immigration Bureau, written consent, quotes allowed.
    await panel.getByRole('button', { name: text.newInterview, exact: true }).click();
    const editor = page.getByRole('dialog', { name: text.newHeading });
    await expect(editor).toBeVisible();
    await expect(editor.getByRole('radio', { name: text.official, exact: true })).toBeChecked();
    await choose(page, editor, text.agency, text.agencyOption, text.agencySearch);
    await choose(page, editor, text.monthPart(text.dateField), text.monthName);
    await choose(page, editor, text.yearPart(text.dateField), text.yearOption);
    await editor.getByRole('radio', { name: text.written, exact: true }).check();
    await editor.getByRole('radio', { name: text.quote, exact: true }).check();
    await screenshot(page, language, '02-new-official');
    // A passport number left in these notes: the guard warns, and the list will show the badge.
    await editor.getByRole('textbox', { name: text.notes, exact: true }).fill(text.officialNotes);
    await expect(editor.getByTestId('pii-warning')).toBeVisible();
    await page.keyboard.press('Control+KeyS');
    const official = page.getByRole('dialog', { name: text.heading_('KII-OFF-001') });
    await expect(official).toBeVisible();
    await expect(official.getByRole('status')).toHaveText(text.savedAt);
    await screenshot(page, language, '03-official-saved');
    await official.getByRole('button', { name: text.close, exact: true }).click();
    await expect(official).toBeHidden();
    const officialRow = panel.getByRole('row').filter({ hasText: 'KII-OFF-001' });
    await expect(officialRow).toContainText(text.agencyAbbreviation);
    await expect(officialRow).toContainText(text.writtenQuote);
    await expect(officialRow.getByText(text.piiBadge, { exact: true })).toBeVisible();

    // A migrant, started with Ctrl+N: refused without a month, then KII-MIG-001.
    await page.keyboard.press('Control+KeyN');
    const migrantNew = page.getByRole('dialog', { name: text.newHeading });
    await migrantNew.getByRole('radio', { name: text.migrant, exact: true }).check();
    await expect(migrantNew.getByRole('combobox', { name: text.agency, exact: true })).toHaveCount(0);
    await migrantNew.getByRole('textbox', { name: text.location, exact: true }).fill(text.migrantLocation);
    await migrantNew.getByRole('button', { name: text.create }).click();
    await expect(migrantNew.getByText(text.monthRequired)).toBeVisible();
    await screenshot(page, language, '04-migrant-month-required');
    await choose(page, migrantNew, text.monthPart(text.monthField), text.monthName);
    await choose(page, migrantNew, text.yearPart(text.monthField), text.yearOption);
    await expect(migrantNew.getByText(text.monthRequired)).toBeHidden();
    await page.keyboard.press('Control+KeyS');
    const migrant = page.getByRole('dialog', { name: text.heading_('KII-MIG-001') });
    await expect(migrant.getByRole('status')).toHaveText(text.savedAt);

    // Notes with a national ID and a phone number: the PII guard names both.
    const notes = migrant.getByRole('textbox', { name: text.notes, exact: true });
    await notes.fill(text.migrantNotes);
    const warning = migrant.getByTestId('pii-warning');
    await expect(warning).toBeVisible();
    await expect(warning.getByText(text.piiHeading)).toBeVisible();
    await expect(warning.getByText(text.piiId, { exact: true })).toBeVisible();
    await expect(warning.getByText(text.piiPhone, { exact: true })).toBeVisible();
    await warning.scrollIntoViewIfNeeded();
    await screenshot(page, language, '05-pii-warning');

    // Redact all: the warning goes, autosave writes the redacted notes.
    await warning.getByRole('button', { name: text.redactAll }).click();
    await expect(warning).toBeHidden();
    const redacted = await notes.inputValue();
    expect(redacted).toContain('[REDACTED:ID]');
    expect(redacted).toContain('[REDACTED:PHONE]');
    expect(redacted).not.toContain(PHONE);
    await expect(migrant.getByRole('status')).toHaveText(text.savedAt);
    await screenshot(page, language, '06-redacted-saved');

    // Reopened from the list, the file's notes hold no number.
    await migrant.getByRole('button', { name: text.close, exact: true }).click();
    await expect(migrant).toBeHidden();
    await panel.getByRole('button', { name: text.open('KII-MIG-001') }).click();
    const reopened = page.getByRole('dialog', { name: text.heading_('KII-MIG-001') });
    const reopenedNotes = reopened.getByRole('textbox', { name: text.notes, exact: true });
    await expect(reopenedNotes).toHaveValue(redacted);
    for (const secret of [NATIONAL_ID, DASHED_ID, PHONE])
      expect(await reopenedNotes.inputValue()).not.toContain(secret);
    await expect(reopened.getByTestId('pii-warning')).toBeHidden();

    // One more edit, autosaved, then undone: the notes are the redacted ones again, in the file too.
    await reopenedNotes.press('End');
    await reopenedNotes.pressSequentially(text.addedNotes);
    await expect(reopened.getByRole('status')).toHaveText(text.savedAt);
    await expect(reopenedNotes).toHaveValue(redacted + text.addedNotes);
    await screenshot(page, language, '07-edited-autosaved');
    if (language === 'en') {
      // Ctrl+Z outside a text box: move the focus off the notes first.
      await reopened.getByRole('radio', { name: text.paraphrase, exact: true }).focus();
      await page.keyboard.press('Control+KeyZ');
    } else {
      await reopened.getByRole('button', { name: text.undo }).click();
    }
    await expect(reopenedNotes).toHaveValue(redacted);
    await expect(reopened.getByRole('status')).toHaveText(text.savedAt);
    await expect(reopened.getByRole('button', { name: text.undo })).toBeDisabled();
    await screenshot(page, language, '08-undone');
    await reopened.getByRole('button', { name: text.close, exact: true }).click();
    await panel.getByRole('button', { name: text.open('KII-MIG-001') }).click();
    const again = page.getByRole('dialog', { name: text.heading_('KII-MIG-001') });
    await expect(again.getByRole('textbox', { name: text.notes, exact: true })).toHaveValue(redacted);

    // Meanwhile the interview is saved elsewhere (another window, through the service): the
    // next autosave is refused with the translated CONFLICT message; Reload shows the file's version.
    const projectFile = bridge.session.require();
    const stored = listInterviews(projectFile, { category: 'migrant' }).items[0];
    updateInterview(projectFile, { id: stored?.id ?? '', location: text.otherLocation });
    const location = again.getByRole('textbox', { name: text.location, exact: true });
    await location.fill(text.editedLocation);
    await expect(again.getByRole('status')).toHaveText(text.conflictStatus);
    await expect(again.getByText(errorMessages[language].CONFLICT)).toBeVisible();
    await screenshot(page, language, '09-conflict');
    await again.getByRole('button', { name: text.reload }).click();
    await expect(location).toHaveValue(text.otherLocation);
    await expect(again.getByRole('status')).toHaveText(text.savedAt);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The list: both interviews, the migrant with place and month; then each filter.
    const count = panel.getByTestId('interview-count');
    await expect(count).toHaveText(text.count(2));
    const migrantRow = panel.getByRole('row').filter({ hasText: 'KII-MIG-001' });
    await expect(migrantRow).toContainText(text.otherLocation.slice(0, 10));
    await expect(migrantRow).toContainText(text.listMonth);
    await expect(migrantRow).toContainText(text.paraphrase);
    await expect(panel.getByRole('row').filter({ hasText: /KII-/ })).toHaveCount(2);
    await screenshot(page, language, '10-list', true);

    await choose(page, panel, text.categoryFilter, text.migrant);
    await expect(count).toHaveText(text.count(1));
    await expect(panel.getByRole('row').filter({ hasText: /KII-/ })).toHaveCount(1);
    await expect(panel.getByRole('row').filter({ hasText: 'KII-MIG-001' })).toBeVisible();
    await screenshot(page, language, '11-filter-migrant', true);

    await panel.getByRole('button', { name: text.clearFilters }).click();
    await expect(count).toHaveText(text.count(2));
    await choose(page, panel, text.agencyFilter, text.agencyOption, text.agencySearch);
    await expect(count).toHaveText(text.count(1));
    await expect(panel.getByRole('row').filter({ hasText: /KII-/ })).toHaveCount(1);
    await expect(panel.getByRole('row').filter({ hasText: 'KII-OFF-001' })).toBeVisible();
    await screenshot(page, language, '12-filter-agency', true);

    // A focus group, added with Ctrl+N and deleted: asked first, then gone from the list.
    await panel.getByRole('button', { name: text.clearFilters }).click();
    await page.keyboard.press('Control+KeyN');
    const fgdNew = page.getByRole('dialog', { name: text.newHeading });
    await fgdNew.getByRole('radio', { name: text.focusGroup, exact: true }).check();
    await page.keyboard.press('Control+KeyS');
    const fgd = page.getByRole('dialog', { name: text.heading_('FGD-01') });
    await expect(fgd.getByRole('status')).toHaveText(text.savedAt);
    await expect(count).toHaveText(text.count(3));
    await fgd.getByRole('button', { name: text.delete, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: text.deleteHeading('FGD-01') });
    await expect(confirm.getByRole('button', { name: text.deleteConfirm, exact: true })).toBeVisible();
    await screenshot(page, language, '13-delete-confirm');
    await confirm.getByRole('button', { name: text.deleteConfirm, exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(count).toHaveText(text.count(2));
    await expect(panel.getByRole('row').filter({ hasText: 'FGD-01' })).toHaveCount(0);
    await screenshot(page, language, '14-deleted', true);

    expect(outsideRequests).toEqual([]);
  });
}

import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * A Training of Trainers from template to evaluation results, in Thai and in English, through
 * the real renderer and the real api.ts (the bridge): a new event (its last day follows the
 * first: five days) -> the default agenda fills five days -> three participants registered by
 * code -> attendance ticked -> pre/post scores entered, a score above its maximum refused with
 * its message and nothing saved -> the results show the means, the paired gain with the
 * missing post-test reported, the pass rate, attendance and the by-sex / by-agency tables.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test.
 */

const ui = {
  en: {
    tab: 'Training of Trainers',
    newEvent: 'New training event',
    code: 'Event code',
    titleEn: 'Title (English)',
    titleTh: 'Title (Thai)',
    venue: 'Venue',
    dayPart: 'Day (First day)',
    monthPart: 'Month (First day)',
    yearPart: 'Year (First day)',
    endDay: 'Day (Last day)',
    month: 'May',
    year: '2565 B.E.',
    save: 'Save',
    applyTemplate: 'Apply default template',
    day5Session: 'Certificates and closing',
    participantsTab: 'Participants',
    register: 'Register participant',
    agency: 'Agency',
    sex: 'Sex',
    female: 'Female',
    male: 'Male',
    agencies: ['IB – Immigration Bureau, Royal Thai Police', 'OAG – Office of the Attorney General', 'MSDHS – Ministry of Social Development and Human Security'],
    attendanceTab: 'Attendance',
    present: (code: string, day: number) => `${code} present on day ${day}`,
    scoresTab: 'Pre/post test',
    preScore: (code: string) => `Pre-test score of ${code}`,
    postScore: (code: string) => `Post-test score of ${code}`,
    scoreAboveMax: 'The test score is higher than the maximum score of the test.',
    evaluationTab: 'Evaluation (L1/L3)',
    relevance: 'Relevance',
    logistics: 'Logistics',
    addL1: 'Add reaction form',
    anonymous: 'Anonymous',
    edit: 'Edit',
    saveChanges: 'Save changes',
    l1Forms: 'L1 reaction forms',
    resultsTab: 'Results',
    meanPre: 'Mean pre-test',
    meanGain: 'Mean gain (paired)',
    passRate: 'Pass rate (≥ 60%)',
    attendance: 'Attendance',
    missingPost: '1 participant(s) with a pre-test but no post-test are left out of the paired gain.',
    roster: 'Registered, by role and sex (everyone)',
    bySex: 'By sex',
    byAgency: 'By agency',
  },
  th: {
    tab: 'การฝึกอบรมวิทยากร',
    newEvent: 'เพิ่มกิจกรรมอบรม',
    code: 'รหัสกิจกรรม',
    titleEn: 'ชื่อกิจกรรม (ภาษาอังกฤษ)',
    titleTh: 'ชื่อกิจกรรม (ภาษาไทย)',
    venue: 'สถานที่',
    dayPart: 'วัน (วันแรก)',
    monthPart: 'เดือน (วันแรก)',
    yearPart: 'ปี (วันแรก)',
    endDay: 'วัน (วันสุดท้าย)',
    month: 'พฤษภาคม',
    year: '2565',
    save: 'บันทึก',
    applyTemplate: 'ใช้แม่แบบกำหนดการ',
    day5Session: 'มอบวุฒิบัตรและพิธีปิด',
    participantsTab: 'ผู้เข้าอบรม',
    register: 'ลงทะเบียนผู้เข้าอบรม',
    agency: 'หน่วยงาน',
    sex: 'เพศ',
    female: 'หญิง',
    male: 'ชาย',
    agencies: ['สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ', 'อส. – สำนักงานอัยการสูงสุด', 'พม. – กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์'],
    attendanceTab: 'การเข้าร่วม',
    present: (code: string, day: number) => `${code} มาเข้าร่วมวันที่ ${day}`,
    scoresTab: 'แบบทดสอบก่อน/หลัง',
    preScore: (code: string) => `คะแนนก่อนอบรมของ ${code}`,
    postScore: (code: string) => `คะแนนหลังอบรมของ ${code}`,
    scoreAboveMax: 'คะแนนสอบสูงกว่าคะแนนเต็มของแบบทดสอบ',
    evaluationTab: 'การประเมิน (L1/L3)',
    relevance: 'ความสอดคล้องกับงาน',
    logistics: 'การจัดการและสถานที่',
    addL1: 'เพิ่มแบบประเมิน',
    anonymous: 'ไม่ระบุตัวตน',
    edit: 'แก้ไข',
    saveChanges: 'บันทึกการแก้ไข',
    l1Forms: 'แบบประเมินความพึงพอใจ (L1)',
    resultsTab: 'ผลการอบรม',
    meanPre: 'คะแนนเฉลี่ยก่อนอบรม',
    meanGain: 'คะแนนเพิ่มขึ้นเฉลี่ย (จับคู่)',
    passRate: 'อัตราการผ่าน (≥ ร้อยละ 60)',
    attendance: 'อัตราการเข้าร่วม',
    missingPost: 'ผู้เข้าอบรม 1 คนมีคะแนนก่อนอบรมแต่ไม่มีคะแนนหลังอบรม จึงไม่นับในคะแนนเพิ่มขึ้นแบบจับคู่',
    roster: 'ผู้ลงทะเบียนจำแนกตามบทบาทและเพศ (ทุกคน)',
    bySex: 'จำแนกตามเพศ',
    byAgency: 'จำแนกตามหน่วยงาน',
  },
} as const;

const projects = {
  en: { title: 'BMMA ToT 2022', passphrase: 'training of trainers for the border 2022' },
  th: { title: 'การฝึกอบรมวิทยากร BMMA 2565', passphrase: 'ฝึกอบรม วิทยากร ชายแดน ปลอดภัย 2565' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function choose(page: Page, scope: Locator, name: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name, exact: true }).or(scope.getByRole('textbox', { name, exact: true })).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types a score and leaves the field: the test saves on blur. */
async function score(page: Page, name: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name, exact: true });
  await box.fill(value);
  await box.press('Tab');
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: a ToT from the default agenda to evaluation results`, async ({ page, outsideRequests }) => {
    const text = ui[language];
    await createProjectThroughUi(page, language, projects[language]);
    await page.getByRole('tab', { name: text.tab, exact: true }).click();

    // The event: its last day follows the first (five days).
    await page.getByRole('button', { name: text.newEvent }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: text.code }).fill('TOT-2565-01');
    await dialog.getByRole('textbox', { name: text.titleEn }).fill('Training of Trainers on countering migrant smuggling');
    await dialog.getByRole('textbox', { name: text.titleTh }).fill('การฝึกอบรมวิทยากรด้านการต่อต้านการลักลอบขนคน');
    await dialog.getByRole('textbox', { name: text.venue }).fill('Bangkok');
    await choose(page, dialog, text.dayPart, '16');
    await choose(page, dialog, text.monthPart, text.month);
    await choose(page, dialog, text.yearPart, text.year);
    const endDay = dialog.getByRole('combobox', { name: text.endDay }).or(dialog.getByRole('textbox', { name: text.endDay }));
    await expect(endDay.first()).toHaveValue('20');
    await dialog.getByRole('button', { name: text.save }).click();
    await expect(page.getByRole('heading', { name: /^TOT-2565-01/ })).toBeVisible();

    // The default agenda fills the five days.
    await page.getByRole('button', { name: text.applyTemplate }).click();
    await expect(page.getByTestId('agenda-day-5').getByText(text.day5Session)).toBeVisible();
    await expect(page.getByTestId('agenda-day-1').getByRole('row')).toHaveCount(7);
    fs.mkdirSync(screensDir, { recursive: true });
    await page.screenshot({ path: path.join(screensDir, `training-agenda-${language}.png`), animations: 'disabled' });

    // Three participants, by code only.
    await page.getByRole('tab', { name: text.participantsTab, exact: true }).click();
    const sexes = [text.female, text.male, text.female];
    for (const [index, agency] of text.agencies.entries()) {
      await page.getByRole('button', { name: text.register }).click();
      const form = page.getByRole('dialog');
      await choose(page, form, text.agency, agency);
      await choose(page, form, text.sex, sexes[index] ?? text.female);
      await form.getByRole('button', { name: text.save }).click();
      await expect(page.getByRole('cell', { name: `P-00${index + 1}`, exact: true })).toBeVisible();
    }

    // Attendance: P-001 all five days, P-002 three, P-003 two.
    await page.getByRole('tab', { name: text.attendanceTab, exact: true }).click();
    const ticks: [string, number][] = [
      ...[1, 2, 3, 4, 5].map((day): [string, number] => ['P-001', day]),
      ...[1, 2, 3].map((day): [string, number] => ['P-002', day]),
      ['P-003', 1],
      ['P-003', 2],
    ];
    for (const [code, day] of ticks) {
      const box = page.getByRole('checkbox', { name: text.present(code, day) });
      await box.click();
      await expect(box).toBeChecked();
    }

    // Scores out of 20: P-001 10 -> 16, P-002 12 -> 11, P-003 8 -> (no post-test).
    await page.getByRole('tab', { name: text.scoresTab, exact: true }).click();
    await score(page, text.preScore('P-001'), '10');
    await score(page, text.postScore('P-001'), '16');
    await score(page, text.preScore('P-002'), '12');
    await score(page, text.postScore('P-002'), '11');
    await score(page, text.preScore('P-003'), '8');
    await score(page, text.postScore('P-003'), '21');
    await expect(page.getByRole('alert').filter({ hasText: text.scoreAboveMax })).toBeVisible();
    await page.getByRole('textbox', { name: text.postScore('P-003'), exact: true }).fill('');
    await page.getByRole('textbox', { name: text.postScore('P-003'), exact: true }).press('Tab');

    // One L1 reaction form.
    await page.getByRole('tab', { name: text.evaluationTab, exact: true }).click();
    await choose(page, page.getByRole('tabpanel'), text.relevance, '5');
    await choose(page, page.getByRole('tabpanel'), text.logistics, '3');
    await page.getByRole('button', { name: text.addL1 }).click();
    await expect(page.getByRole('cell', { name: text.anonymous, exact: true })).toBeVisible();
    // Corrected in place: logistics 3 -> 4, still one form.
    const forms = page.getByRole('table', { name: text.l1Forms });
    await forms.getByRole('button', { name: text.edit, exact: true }).click();
    await choose(page, page.getByTestId('l1-entry'), text.logistics, '4');
    await page.getByRole('button', { name: text.saveChanges, exact: true }).click();
    await expect(forms.getByRole('row')).toHaveCount(2);
    await expect(forms.getByRole('row').nth(1).getByRole('cell').nth(4)).toHaveText('4');

    // Results: means of 50, 60, 40 % and 80, 55 %; gain (30 − 5) / 2 = 12.5 points; 1 of 2 passes; 10 of 15 days.
    await page.getByRole('tab', { name: text.resultsTab, exact: true }).click();
    const results = page.getByTestId('tot-results');
    await expect(results.getByLabel(text.meanPre, { exact: true })).toContainText('50%');
    await expect(results.getByLabel(text.meanGain, { exact: true })).toContainText('+12.5');
    await expect(results.getByLabel(text.passRate, { exact: true })).toContainText('50%');
    await expect(results.getByLabel(text.attendance, { exact: true })).toContainText('66.7%');
    await expect(results.getByText(text.missingPost)).toBeVisible();
    await expect(results.getByRole('table', { name: text.bySex }).getByRole('row')).toHaveCount(3);
    await expect(results.getByRole('table', { name: text.byAgency }).getByRole('row')).toHaveCount(4);
    await expect(results.getByText(`${text.relevance}: 5`, { exact: true })).toBeVisible();
    await expect(results.getByRole('table', { name: text.roster }).getByRole('row')).toHaveCount(3);

    await page.screenshot({ path: path.join(screensDir, `training-${language}.png`), fullPage: true, animations: 'disabled' });
    expect(outsideRequests).toEqual([]);
  });
}

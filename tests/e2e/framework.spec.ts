import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * An assessor browses and edits the assessment framework and looks up reference data, in
 * Thai and in English, through the real renderer and the real api.ts (the bridge):
 * Framework tab -> area C -> indicator C1.1 and its scale -> add A1.4 -> edit it -> retire
 * (hidden; dimmed with "show retired") -> restore -> filter; Reference data: 77 provinces,
 * Mae Sai crossing point, Immigration Act B.E. 2522 and its provisions.
 *
 * The UI text is written out here, not imported from the catalogs, so a missing or wrong
 * translation fails the test. The template's sub-area A1 has A1.1–A1.3, so a new indicator
 * there gets A1.4.
 */
const ui = {
  en: {
    switchTo: 'English',
    createHeading: 'Create a project',
    title: 'Project title',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    frameworkTab: 'Framework',
    referenceTab: 'Reference data',
    activityTab: 'Audit trail',
    frameworkHeading: 'Assessment framework',
    areaA: /^A\s*Administration/,
    areaC: /^C\s*Operations/,
    countC: '25 indicators',
    subAreaC4: 'C4 Investigation and prosecution of smuggling and trafficking',
    indicatorHeading: (code: string) => `Indicator ${code}`,
    scaleHeading: 'Scale',
    maturity: 'Maturity (0–4)',
    levelInitial: 'Initial / ad hoc',
    levelAdvanced: 'Advanced / institutionalised',
    rubricColumn: 'For this indicator',
    rubricLevel0: 'No defined primary check',
    evidenceSiteVisit: 'Site visit',
    scopeCrossingPoint: 'Crossing point',
    fromTemplate: 'From the template',
    addTo: (code: string) => `Add an indicator to ${code}`,
    addHeading: (code: string) => `Add an indicator to ${code}`,
    textLabel: 'Indicator text (English)',
    otherTextLabel: 'Indicator text (Thai)',
    guidanceLabel: 'Guidance for assessors (English)',
    textRequired: 'Write the indicator in at least one language.',
    scaleLabel: 'Scale',
    compliance: 'Compliance with an international standard (3 levels)',
    rubricToggle: 'Describe each level of the scale for this indicator',
    descriptorLabel: 'Descriptor (English)',
    evidenceLabel: 'Expected evidence',
    evidenceDocument: 'Document review',
    scopeAgency: 'Agency',
    submitAdd: 'Add indicator',
    added: 'Indicator A1.4 added.',
    addedInProject: 'Added in this project',
    edit: 'Edit',
    editHeading: 'Edit indicator A1.4',
    saved: 'Indicator A1.4 saved.',
    retire: 'Retire',
    retireHeading: 'Retire indicator A1.4?',
    retired: 'Retired',
    retiredDone: 'Indicator A1.4 retired.',
    showRetired: 'Show retired indicators',
    restore: 'Restore',
    restoreHeading: 'Restore indicator A1.4?',
    restoredDone: 'Indicator A1.4 restored.',
    filter: 'Find an indicator',
    filterWord: 'watch list',
    filterHit: 'D2.1',
    newText: 'Regional immigration offices hold a written continuity plan for checkpoint staffing.',
    newGuidance: 'Ask for the plan and when it was last tested.',
    editedText: 'Every regional immigration office holds a tested continuity plan for checkpoint staffing.',
    descriptors: ['No plan exists.', 'A plan exists in some regions.', 'Every region has a tested plan.'],
    agenciesTab: 'Agencies',
    immigrationBureau: 'Immigration Bureau, Royal Thai Police',
    crossingPointsTab: 'Crossing points',
    provincesTab: 'Provinces',
    legalTab: 'Legal instruments',
    filterReference: 'Filter',
    provincesShown: '77 of 77',
    maeSaiQuery: 'Mae Sai',
    maeSai: 'Mae Sai',
    chiangRai: 'Chiang Rai',
    myanmar: 'Myanmar',
    tachileik: 'Tachileik',
    land: 'Land',
    immigrationAct: 'Immigration Act B.E. 2522 (1979)',
    immigrationYear: 'B.E. 2522 (1979)',
    showProvisions: 'Show 17 provisions',
    section63: 'Section 63',
    section63Title: 'Bringing in or facilitating unlawful entry',
    provisionsOf: 'Key provisions of Immigration Act B.E. 2522 (1979)',
    indicatorAddedEvent: 'Indicator added',
    indicatorRetiredEvent: 'Indicator retired',
  },
  th: {
    switchTo: 'ไทย',
    createHeading: 'สร้างโครงการ',
    title: 'ชื่อโครงการ',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    frameworkTab: 'กรอบการประเมิน',
    referenceTab: 'ข้อมูลอ้างอิง',
    activityTab: 'บันทึกการตรวจสอบ',
    frameworkHeading: 'กรอบการประเมิน',
    areaA: /^A\s*การบริหารจัดการองค์กร/,
    areaC: /^C\s*การปฏิบัติการ/,
    countC: '25 ตัวชี้วัด',
    subAreaC4: 'C4 การสืบสวนสอบสวนและการดำเนินคดีการลักลอบขนผู้ย้ายถิ่นและการค้ามนุษย์',
    indicatorHeading: (code: string) => `ตัวชี้วัด ${code}`,
    scaleHeading: 'เกณฑ์การให้คะแนน',
    maturity: 'ระดับการพัฒนา (0–4)',
    levelInitial: 'เริ่มต้น / เฉพาะกิจ',
    levelAdvanced: 'ก้าวหน้าและเป็นระบบถาวร',
    rubricColumn: 'เกณฑ์เฉพาะตัวชี้วัดนี้',
    rubricLevel0: 'ไม่มีการตรวจชั้นต้นตามขั้นตอนที่กำหนด',
    evidenceSiteVisit: 'การลงพื้นที่ตรวจเยี่ยม',
    scopeCrossingPoint: 'ระดับจุดผ่านแดน',
    fromTemplate: 'จากกรอบมาตรฐาน',
    addTo: (code: string) => `เพิ่มตัวชี้วัดในประเด็นย่อย ${code}`,
    addHeading: (code: string) => `เพิ่มตัวชี้วัดในประเด็นย่อย ${code}`,
    textLabel: 'ข้อความตัวชี้วัด (ภาษาไทย)',
    otherTextLabel: 'ข้อความตัวชี้วัด (ภาษาอังกฤษ)',
    guidanceLabel: 'แนวทางการประเมิน (ภาษาไทย)',
    textRequired: 'โปรดกรอกข้อความตัวชี้วัดอย่างน้อยหนึ่งภาษา',
    scaleLabel: 'เกณฑ์การให้คะแนน',
    compliance: 'ความสอดคล้องกับมาตรฐานระหว่างประเทศ (3 ระดับ)',
    rubricToggle: 'เขียนคำอธิบายแต่ละระดับเฉพาะสำหรับตัวชี้วัดนี้',
    descriptorLabel: 'คำอธิบาย (ภาษาไทย)',
    evidenceLabel: 'หลักฐานที่คาดหวัง',
    evidenceDocument: 'การทบทวนเอกสาร',
    scopeAgency: 'ระดับหน่วยงาน',
    submitAdd: 'เพิ่มตัวชี้วัด',
    added: 'เพิ่มตัวชี้วัด A1.4 แล้ว',
    addedInProject: 'เพิ่มในโครงการนี้',
    edit: 'แก้ไข',
    editHeading: 'แก้ไขตัวชี้วัด A1.4',
    saved: 'บันทึกตัวชี้วัด A1.4 แล้ว',
    retire: 'เลิกใช้',
    retireHeading: 'เลิกใช้ตัวชี้วัด A1.4 หรือไม่',
    retired: 'เลิกใช้แล้ว',
    retiredDone: 'เลิกใช้ตัวชี้วัด A1.4 แล้ว',
    showRetired: 'แสดงตัวชี้วัดที่เลิกใช้แล้ว',
    restore: 'นำกลับมาใช้',
    restoreHeading: 'นำตัวชี้วัด A1.4 กลับมาใช้หรือไม่',
    restoredDone: 'นำตัวชี้วัด A1.4 กลับมาใช้แล้ว',
    filter: 'ค้นหาตัวชี้วัด',
    // A Thai word inside unsegmented Thai text.
    filterWord: 'บัญชีเฝ้าดู',
    filterHit: 'D2.1',
    newText: 'กองบังคับการตรวจคนเข้าเมืองทุกภาคมีแผนรองรับการจัดกำลังพลประจำด่านเป็นลายลักษณ์อักษร',
    newGuidance: 'ขอดูแผนและสอบถามว่าทดสอบแผนครั้งล่าสุดเมื่อใด',
    editedText: 'กองบังคับการตรวจคนเข้าเมืองทุกภาคมีแผนรองรับการจัดกำลังพลประจำด่านที่ผ่านการทดสอบแล้ว',
    descriptors: ['ไม่มีแผน', 'มีแผนในบางภาค', 'ทุกภาคมีแผนที่ผ่านการทดสอบแล้ว'],
    agenciesTab: 'หน่วยงาน',
    immigrationBureau: 'สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    crossingPointsTab: 'จุดผ่านแดน',
    provincesTab: 'จังหวัด',
    legalTab: 'กฎหมายและตราสาร',
    filterReference: 'กรองรายการ',
    provincesShown: '77 จาก 77 รายการ',
    maeSaiQuery: 'แม่สาย',
    maeSai: 'ด่านพรมแดนแม่สาย',
    chiangRai: 'เชียงราย',
    myanmar: 'เมียนมา',
    tachileik: 'ท่าขี้เหล็ก',
    land: 'ทางบก',
    immigrationAct: 'พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522',
    immigrationYear: 'พ.ศ. 2522',
    showProvisions: 'แสดง 17 มาตรา',
    section63: 'มาตรา 63',
    section63Title: 'การนำหรือช่วยเหลือคนต่างด้าวให้เข้ามาโดยผิดกฎหมาย',
    provisionsOf: 'บทบัญญัติสำคัญของพระราชบัญญัติคนเข้าเมือง พ.ศ. 2522',
    indicatorAddedEvent: 'เพิ่มตัวชี้วัด',
    indicatorRetiredEvent: 'เลิกใช้ตัวชี้วัด',
  },
} as const;

const projects = {
  en: { title: 'BMMA framework review 2026', passphrase: 'correct horse battery staple' },
  th: { title: 'ทบทวนกรอบการประเมิน BMMA 2569', passphrase: 'ด่านชายแดน สะเดา ปลอดภัย 2569' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string, fullPage = true): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, `${language}-framework-${step}.png`),
    fullPage,
    animations: 'disabled',
  });
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: browse and edit the framework, look up reference data`, async ({ page, outsideRequests }) => {
    const text = ui[language];
    const project = projects[language];

    await createProjectThroughUi(page, language, project);

    // The framework: five areas, folded.
    await page.getByRole('tab', { name: text.frameworkTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.frameworkTab });
    await expect(panel.getByRole('heading', { name: text.frameworkHeading, level: 2 })).toBeVisible();
    await expect(panel.getByRole('button', { name: text.areaC })).toHaveAttribute('aria-expanded', 'false');
    await screenshot(page, language, '01-framework', false);

    // Area C: its sub-areas with their codes and counts, and its indicators.
    await panel.getByRole('button', { name: text.areaC }).click();
    await expect(panel.getByRole('button', { name: text.areaC })).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('button', { name: text.areaC })).toContainText(text.countC);
    await expect(panel.getByRole('button', { name: new RegExp(`^${text.subAreaC4}`) })).toBeVisible();
    await expect(panel.getByRole('button', { name: /^C4\.2\s/ })).toBeVisible();
    await panel.getByRole('button', { name: text.areaC }).scrollIntoViewIfNeeded();
    await screenshot(page, language, '02-area-c', false);

    // Indicator C1.1: its scale (maturity, 0–4) with the indicator's own descriptor beside each level.
    await panel.getByRole('button', { name: /^C1\.1\s/ }).click();
    const detail = panel.getByRole('region', { name: text.indicatorHeading('C1.1') });
    await expect(detail).toBeVisible();
    await expect(detail.getByText(text.maturity, { exact: true })).toBeVisible();
    const levels = detail.getByRole('table').getByRole('row');
    await expect(levels).toHaveCount(6);
    await expect(detail.getByRole('columnheader', { name: text.rubricColumn })).toBeVisible();
    await expect(detail.getByRole('rowheader', { name: `1 ${text.levelInitial}` })).toBeVisible();
    await expect(detail.getByRole('rowheader', { name: `4 ${text.levelAdvanced}` })).toBeVisible();
    await expect(levels.nth(1)).toContainText(text.rubricLevel0);
    await expect(detail.getByText(text.evidenceSiteVisit, { exact: true })).toBeVisible();
    await expect(detail.getByText(text.scopeCrossingPoint, { exact: true })).toBeVisible();
    await expect(detail.getByText(text.fromTemplate, { exact: true })).toBeVisible();
    await detail.getByRole('table').scrollIntoViewIfNeeded();
    await screenshot(page, language, '03-indicator-c1-1', false);

    // Add an indicator to A1: an empty text is refused first, then it is saved as A1.4.
    await panel.getByRole('button', { name: text.areaA }).click();
    await panel.getByRole('button', { name: text.addTo('A1'), exact: true }).click();
    const addDialog = page.getByRole('dialog', { name: text.addHeading('A1') });
    await expect(addDialog.getByRole('textbox', { name: text.textLabel, exact: true })).toBeFocused();
    await addDialog.getByRole('button', { name: text.submitAdd, exact: true }).click();
    await expect(addDialog.getByText(text.textRequired).first()).toBeVisible();
    await screenshot(page, language, '04-add-refused', false);
    await expect(addDialog.getByRole('textbox', { name: text.textLabel, exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await addDialog.getByRole('textbox', { name: text.guidanceLabel, exact: true }).fill(text.newGuidance);
    await addDialog.getByRole('combobox', { name: text.scaleLabel, exact: true }).click();
    await page.getByRole('option', { name: text.compliance, exact: true }).click();
    await addDialog.getByRole('switch', { name: text.rubricToggle }).check();
    const descriptors = addDialog.getByRole('textbox', { name: text.descriptorLabel, exact: true });
    await expect(descriptors).toHaveCount(3);
    for (const [index, descriptor] of text.descriptors.entries()) await descriptors.nth(index).fill(descriptor);
    await addDialog.getByRole('combobox', { name: text.evidenceLabel, exact: true }).click();
    await page.getByRole('option', { name: text.evidenceDocument, exact: true }).click();
    await addDialog.getByRole('checkbox', { name: text.scopeAgency, exact: true }).check();
    await addDialog.getByRole('textbox', { name: text.textLabel, exact: true }).fill(text.newText);
    await screenshot(page, language, '05-add-form', false);
    await addDialog.getByRole('checkbox', { name: text.scopeAgency, exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, language, '06-add-form-evidence-scope', false);
    await addDialog.getByRole('textbox', { name: text.textLabel, exact: true }).press('Enter');
    await expect(addDialog).toBeHidden();
    await expect(panel.getByRole('status')).toHaveText(text.added);
    const added = panel.getByRole('region', { name: text.indicatorHeading('A1.4') });
    await expect(added.getByText(text.newText)).toBeVisible();
    await expect(added.getByText(text.addedInProject, { exact: true })).toBeVisible();
    await expect(added.getByText(text.compliance, { exact: true })).toBeVisible();
    await expect(added.getByRole('table').getByRole('row')).toHaveCount(4);
    await expect(added.getByRole('table')).toContainText(text.descriptors[2]);
    await expect(added.getByText(text.evidenceDocument, { exact: true })).toBeVisible();
    await expect(panel.getByRole('button', { name: /^A1\.4\s/ })).toHaveAttribute('aria-current', 'true');
    await screenshot(page, language, '07-added', false);

    // Edit its text: the form opens filled in; Escape would close it, Enter saves.
    await added.getByRole('button', { name: text.edit, exact: true }).click();
    const editDialog = page.getByRole('dialog', { name: text.editHeading });
    await expect(editDialog.getByRole('textbox', { name: text.textLabel, exact: true })).toHaveValue(text.newText);
    await expect(editDialog.getByRole('checkbox', { name: text.scopeAgency, exact: true })).toBeChecked();
    await editDialog.getByRole('textbox', { name: text.textLabel, exact: true }).fill(text.editedText);
    await screenshot(page, language, '08-edit-form', false);
    await editDialog.getByRole('textbox', { name: text.textLabel, exact: true }).press('Enter');
    await expect(editDialog).toBeHidden();
    await expect(panel.getByRole('status')).toHaveText(text.saved);
    await expect(added.getByText(text.editedText)).toBeVisible();
    await expect(panel.getByRole('button', { name: /^A1\.4\s/ })).toContainText(text.editedText.slice(0, 20));

    // Escape closes the form without saving.
    await added.getByRole('button', { name: text.edit, exact: true }).click();
    await editDialog.getByRole('textbox', { name: text.textLabel, exact: true }).fill('not saved');
    await page.keyboard.press('Escape');
    await expect(editDialog).toBeHidden();
    await expect(added.getByText(text.editedText)).toBeVisible();

    // Retire it, after a confirmation: it leaves the tree, and comes back dimmed with "show retired".
    await added.getByRole('button', { name: text.retire, exact: true }).click();
    const retireDialog = page.getByRole('dialog', { name: text.retireHeading });
    await screenshot(page, language, '09-retire-confirm', false);
    await retireDialog.getByRole('button', { name: text.retire, exact: true }).click();
    await expect(retireDialog).toBeHidden();
    await expect(panel.getByRole('status')).toHaveText(text.retiredDone);
    await expect(panel.getByRole('button', { name: /^A1\.4\s/ })).toHaveCount(0);
    await expect(added.getByText(text.retired, { exact: true })).toBeVisible();
    await screenshot(page, language, '10-retired', false);

    await panel.getByRole('switch', { name: text.showRetired }).check();
    const retiredLink = panel.getByRole('button', { name: /^A1\.4\s/ });
    await expect(retiredLink).toBeVisible();
    await expect(retiredLink).toHaveAttribute('data-retired', 'true');
    await expect(retiredLink).toContainText(text.retired);
    expect(Number(await retiredLink.evaluate((element) => getComputedStyle(element).opacity))).toBeLessThan(1);
    await retiredLink.scrollIntoViewIfNeeded();
    await screenshot(page, language, '11-show-retired', false);

    // Restore it, after a confirmation.
    await added.getByRole('button', { name: text.restore, exact: true }).click();
    const restoreDialog = page.getByRole('dialog', { name: text.restoreHeading });
    await restoreDialog.getByRole('button', { name: text.restore, exact: true }).click();
    await expect(restoreDialog).toBeHidden();
    await expect(panel.getByRole('status')).toHaveText(text.restoredDone);
    await panel.getByRole('switch', { name: text.showRetired }).uncheck();
    await expect(panel.getByRole('button', { name: /^A1\.4\s/ })).toBeVisible();
    await expect(panel.getByRole('button', { name: /^A1\.4\s/ })).not.toHaveAttribute('data-retired', 'true');
    await expect(added.getByText(text.retired, { exact: true })).toHaveCount(0);

    // The filter finds a word inside the indicator texts, in the UI language.
    await panel.getByRole('searchbox', { name: text.filter }).fill(text.filterWord);
    await expect(
      panel.getByRole('button', { name: new RegExp(`^${text.filterHit.replace('.', '\\.')}\\s`) }),
    ).toBeVisible();
    await expect(panel.getByRole('button', { name: /^A1\.1\s/ })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: /^A1\.4\s/ })).toHaveCount(0);
    await screenshot(page, language, '12-filter');

    // Reference data: provinces, a crossing point, agencies and the Immigration Act with its provisions.
    await page.getByRole('tab', { name: text.referenceTab, exact: true }).click();
    const reference = page.getByRole('tabpanel', { name: text.referenceTab });
    await reference.getByRole('tab', { name: text.provincesTab, exact: true }).click();
    const provinces = reference.getByRole('table', { name: text.provincesTab });
    await expect(provinces.getByRole('row')).toHaveCount(78);
    await expect(reference.getByText(text.provincesShown, { exact: true })).toBeVisible();
    await expect(provinces.getByRole('cell', { name: text.chiangRai, exact: true })).toBeVisible();
    await screenshot(page, language, '13-provinces');

    await reference.getByRole('tab', { name: text.crossingPointsTab, exact: true }).click();
    await reference.getByRole('searchbox', { name: text.filterReference }).fill(text.maeSaiQuery);
    const points = reference.getByRole('table', { name: text.crossingPointsTab });
    const maeSai = points.getByRole('row').filter({ hasText: text.maeSai });
    await expect(maeSai).toHaveCount(1);
    await expect(maeSai).toContainText(text.chiangRai);
    await expect(maeSai).toContainText(text.myanmar);
    await expect(maeSai).toContainText(text.tachileik);
    await expect(maeSai).toContainText(text.land);
    await screenshot(page, language, '14-crossing-points');

    await reference.getByRole('tab', { name: text.agenciesTab, exact: true }).click();
    await expect(
      reference.getByRole('table', { name: text.agenciesTab }).getByText(text.immigrationBureau, { exact: true }),
    ).toBeVisible();
    await screenshot(page, language, '15-agencies');

    await reference.getByRole('tab', { name: text.legalTab, exact: true }).click();
    const instruments = reference.getByRole('table', { name: text.legalTab });
    const act = instruments.getByRole('row').filter({ hasText: text.immigrationAct });
    await expect(act.first()).toContainText(text.immigrationYear);
    await act.first().getByRole('button', { name: text.showProvisions }).click();
    const provisions = instruments.getByRole('list', { name: text.provisionsOf });
    await expect(provisions.getByRole('listitem')).toHaveCount(17);
    await expect(
      provisions.getByRole('listitem').filter({ has: page.getByText(text.section63, { exact: true }) }),
    ).toContainText(text.section63Title);
    await screenshot(page, language, '16-legal-instruments');

    // The audit trail names the framework changes in the user's language.
    await page.getByRole('tab', { name: text.activityTab, exact: true }).click();
    const activity = page.getByRole('tabpanel', { name: text.activityTab });
    await expect(activity.getByRole('cell', { name: text.indicatorAddedEvent, exact: true })).toBeVisible();
    await expect(activity.getByRole('cell', { name: text.indicatorRetiredEvent, exact: true })).toBeVisible();

    expect(outsideRequests).toEqual([]);
  });
}

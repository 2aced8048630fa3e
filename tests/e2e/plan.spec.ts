import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { BmmaClient } from '../../src/shared/client';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * From a finding to a tracked action, in Thai and in English, through the real renderer and
 * the real api.ts (the bridge): a finding is recorded (through window.bmma, as the Findings tab
 * would) -> the dashboard lists it as a finding without a recommendation -> a recommendation
 * linked to it is written in the Recommendations tab -> that gap closes and "recommendation
 * without an action" opens -> its link leads to the recommendation -> "Add action for this
 * recommendation" opens a prefilled action item -> the SMART check turns criterion by
 * criterion as the fields are filled, an end date before the start is refused inline -> saved
 * as JAP-C4-01 -> a dated status update -> the table shows status and S M A R T -> the
 * dashboard has no traceability gap left for the plan and counts the item as in progress ->
 * the item is deleted after a confirmation, and the recommendation's gap is back.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test.
 */

const BE_NEXT = new Date().getFullYear() + 1 + 543;

const ui = {
  en: {
    dashboardTab: 'Dashboard',
    recommendationsTab: 'Recommendations',
    actionPlanTab: 'Action plan',
    dashboardHeading: 'Dashboard',
    recommendationsHeading: 'Recommendations',
    actionPlanHeading: 'Joint Action Plan',
    findingStatement:
      'Smuggling cases are charged only under Immigration Act s.63/64; financial investigations are rare.',
    none: '✓ None',
    recommendationsEmpty: 'No recommendations yet. Add one with “New recommendation” (Ctrl+N).',
    newRecommendation: 'New recommendation',
    newRecommendationHeading: 'New recommendation',
    subArea: 'Sub-area',
    subAreaSearch: 'C4',
    subAreaOption: 'C4 – Investigation and prosecution of smuggling and trafficking',
    findings: 'Linked findings',
    findingOption: /^F-C4-01 – Smuggling cases are charged/,
    textEn: 'Recommendation in English',
    textTh: 'Recommendation in Thai',
    recommendationText:
      'Train inquiry officers and prosecutors to open financial investigations into smuggling organisers.',
    priority: 'Priority',
    high: 'High',
    horizon: 'Horizon',
    shortTerm: 'Short term',
    create: 'Save and assign code',
    recommendationHeading: 'Recommendation REC-C4-01',
    saved: '✓ Saved',
    close: 'Close',
    openFinding: 'Open finding F-C4-01',
    noActionCount: '0 actions',
    oneAction: '1 action',
    gapRecommendation: /^Open REC-C4-01/,
    addAction: 'Add action for this recommendation',
    newActionHeading: 'New action item',
    recommendationField: 'Linked recommendation',
    smartSummary: (n: number) => `${n} of 5 criteria met`,
    writingLanguage: 'Writing language',
    thai: 'Thai',
    english: 'English',
    actionEn: 'Action (English)',
    actionTh: 'Action (Thai)',
    indicatorField: 'Indicator (English)',
    targetField: 'Target (English)',
    verificationField: 'Means of verification (English)',
    actionText: 'Deliver a joint financial-investigation course for inquiry officers, prosecutors and AMLO analysts',
    actionThai: 'จัดหลักสูตรการสืบสวนทางการเงินร่วมกันสำหรับพนักงานสอบสวน อัยการ และเจ้าหน้าที่ ปปง.',
    indicator: 'Number of officers trained',
    target: '60 officers from 3 agencies',
    verification: 'Course attendance sheets',
    leadAgency: 'Lead agency',
    leadSearch: 'IB',
    leadOption: 'IB – Immigration Bureau, Royal Thai Police',
    leadAbbreviation: 'IB',
    dayPart: (field: string) => `Day (${field})`,
    monthPart: (field: string) => `Month (${field})`,
    yearPart: (field: string) => `Year (${field})`,
    startDate: 'Start date',
    endDate: 'End date',
    january: 'January',
    march: 'March',
    year: `${BE_NEXT} B.E.`,
    dateOrder: 'The end date is before the start date.',
    timeframe: 'Timeframe',
    suggested: 'Suggested from the dates: Short term (under 12 months).',
    shortTimeframe: 'Short term (under 12 months)',
    mediumTimeframe: 'Medium term (1 to 3 years)',
    estimatedCost: 'Estimated cost',
    actionHeading: 'Action item JAP-C4-01',
    updateStatus: 'Status',
    inProgress: 'In progress',
    note: 'Note',
    noteText: 'Curriculum drafted with the TWG; venue booked.',
    addUpdate: 'Add status update',
    updatesList: 'Status updates, newest first',
    openAction: 'Open action item JAP-C4-01',
    actionCount: '1 action item',
    delete: 'Delete',
    deleteHeading: 'Delete action item JAP-C4-01?',
    deleteConfirm: 'Delete action item',
    actionsEmpty: 'No action items yet. Add one with “New action item” (Ctrl+N).',
  },
  th: {
    dashboardTab: 'แดชบอร์ด',
    recommendationsTab: 'ข้อเสนอแนะ',
    actionPlanTab: 'แผนปฏิบัติการ',
    dashboardHeading: 'แดชบอร์ด',
    recommendationsHeading: 'ข้อเสนอแนะ',
    actionPlanHeading: 'แผนปฏิบัติการร่วม',
    findingStatement: 'คดีลักลอบขนผู้ย้ายถิ่นมักตั้งข้อหาตามมาตรา 63/64 เท่านั้น และแทบไม่มีการสืบสวนทางการเงิน',
    none: '✓ ไม่มี',
    recommendationsEmpty: 'ยังไม่มีข้อเสนอแนะ เพิ่มได้ด้วยปุ่ม “เพิ่มข้อเสนอแนะ” (Ctrl+N)',
    newRecommendation: 'เพิ่มข้อเสนอแนะ',
    newRecommendationHeading: 'ข้อเสนอแนะใหม่',
    subArea: 'ประเด็นย่อย',
    subAreaSearch: 'C4',
    subAreaOption: 'C4 – การสืบสวนสอบสวนและการดำเนินคดีการลักลอบขนผู้ย้ายถิ่นและการค้ามนุษย์',
    findings: 'ข้อค้นพบที่เชื่อมโยง',
    findingOption: /^F-C4-01 – คดีลักลอบขนผู้ย้ายถิ่น/,
    textEn: 'ข้อเสนอแนะภาษาอังกฤษ',
    textTh: 'ข้อเสนอแนะภาษาไทย',
    recommendationText: 'ฝึกอบรมพนักงานสอบสวนและอัยการให้เปิดการสืบสวนทางการเงินต่อผู้จัดการขบวนการลักลอบขนคน',
    priority: 'ลำดับความสำคัญ',
    high: 'สูง',
    horizon: 'ระยะเวลา',
    shortTerm: 'ระยะสั้น',
    create: 'บันทึกและกำหนดรหัส',
    recommendationHeading: 'ข้อเสนอแนะ REC-C4-01',
    saved: '✓ บันทึกแล้ว',
    close: 'ปิด',
    openFinding: 'เปิดข้อค้นพบ F-C4-01',
    noActionCount: '0 รายการ',
    oneAction: '1 รายการ',
    gapRecommendation: /^เปิด REC-C4-01/,
    addAction: 'เพิ่มรายการปฏิบัติการสำหรับข้อเสนอแนะนี้',
    newActionHeading: 'รายการปฏิบัติการใหม่',
    recommendationField: 'ข้อเสนอแนะที่เชื่อมโยง',
    smartSummary: (n: number) => `ผ่าน ${n} จาก 5 เกณฑ์`,
    writingLanguage: 'ภาษาที่เขียน',
    thai: 'ภาษาไทย',
    english: 'ภาษาอังกฤษ',
    actionEn: 'การดำเนินการ (ภาษาอังกฤษ)',
    actionTh: 'การดำเนินการ (ภาษาไทย)',
    indicatorField: 'ตัวชี้วัด (ภาษาไทย)',
    targetField: 'ค่าเป้าหมาย (ภาษาไทย)',
    verificationField: 'แหล่งข้อมูลยืนยัน (ภาษาไทย)',
    actionText: 'Deliver a joint financial-investigation course for inquiry officers, prosecutors and AMLO analysts',
    actionThai: 'จัดหลักสูตรการสืบสวนทางการเงินร่วมกันสำหรับพนักงานสอบสวน อัยการ และเจ้าหน้าที่ ปปง.',
    indicator: 'จำนวนเจ้าหน้าที่ที่ผ่านการอบรม',
    target: 'เจ้าหน้าที่ 60 คนจาก 3 หน่วยงาน',
    verification: 'ใบลงชื่อผู้เข้าอบรม',
    leadAgency: 'หน่วยงานหลัก',
    leadSearch: 'สตม',
    leadOption: 'สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    leadAbbreviation: 'สตม.',
    dayPart: (field: string) => `วัน (${field})`,
    monthPart: (field: string) => `เดือน (${field})`,
    yearPart: (field: string) => `ปี (${field})`,
    startDate: 'วันเริ่มต้น',
    endDate: 'วันสิ้นสุด',
    january: 'มกราคม',
    march: 'มีนาคม',
    year: String(BE_NEXT),
    dateOrder: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น',
    timeframe: 'กรอบเวลา',
    suggested: 'ตามวันที่ที่ระบุ ควรเป็นระยะสั้น (ไม่ถึง 12 เดือน)',
    shortTimeframe: 'ระยะสั้น (ไม่ถึง 12 เดือน)',
    mediumTimeframe: 'ระยะกลาง (1 ถึง 3 ปี)',
    estimatedCost: 'ประมาณการค่าใช้จ่าย',
    actionHeading: 'รายการปฏิบัติการ JAP-C4-01',
    updateStatus: 'สถานะ',
    inProgress: 'กำลังดำเนินการ',
    note: 'หมายเหตุ',
    noteText: 'ร่างหลักสูตรร่วมกับคณะทำงานแล้ว จองสถานที่แล้ว',
    addUpdate: 'เพิ่มการรายงานสถานะ',
    updatesList: 'การรายงานสถานะ ล่าสุดอยู่บน',
    openAction: 'เปิดรายการปฏิบัติการ JAP-C4-01',
    actionCount: 'รายการปฏิบัติการ 1 รายการ',
    delete: 'ลบ',
    deleteHeading: 'ลบรายการปฏิบัติการ JAP-C4-01 หรือไม่',
    deleteConfirm: 'ลบรายการปฏิบัติการ',
    actionsEmpty: 'ยังไม่มีรายการปฏิบัติการ เพิ่มได้ด้วยปุ่ม “เพิ่มรายการปฏิบัติการ” (Ctrl+N)',
  },
} as const;

const projects = {
  en: { title: 'BMMA action plan 2026', passphrase: 'joint action plan for the border 2026' },
  th: { title: 'แผนปฏิบัติการร่วม BMMA 2569', passphrase: 'แผนปฏิบัติการร่วม ชายแดน ปลอดภัย 2569' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string, fullPage = false): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, `${language}-plan-${step}.png`),
    fullPage,
    animations: 'disabled',
  });
}

/** Opens a Mantine select by its accessible name, optionally types to search, and picks an option. */
async function choose(
  page: Page,
  scope: Locator,
  name: string,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const box = scope.getByRole('combobox', { name, exact: true }).or(scope.getByRole('textbox', { name, exact: true }));
  await box.first().click();
  if (search !== undefined) await box.first().fill(search);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Picks a date in the three selects of a date field: day, month, year (in the project's era). */
async function pickDate(
  page: Page,
  scope: Locator,
  text: (typeof ui)[Language],
  field: string,
  day: string,
  month: string,
) {
  await choose(page, scope, text.dayPart(field), day);
  await choose(page, scope, text.monthPart(field), month);
  await choose(page, scope, text.yearPart(field), text.year);
}

function gapCount(panel: Locator, kind: string): Locator {
  return panel.getByTestId(`gap-count-${kind}`);
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: finding -> recommendation -> action item with SMART check and status; dashboard gaps close`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    await createProjectThroughUi(page, language, projects[language]);

    // A finding, recorded through the same API the Findings tab uses.
    const created = await page.evaluate(async (statement) => {
      const { bmma } = window as unknown as { bmma: BmmaClient };
      const answer = await bmma.findings.create({
        subAreaCode: 'C4',
        type: 'gap',
        severity: 'high',
        statement: { en: statement, th: statement },
        trainingAddressable: true,
        scopes: [{ type: 'national', code: null }],
        evidence: [],
      });
      return answer.ok ? answer.value.code : answer.error.code;
    }, text.findingStatement);
    expect(created).toBe('F-C4-01');

    // And one national rating in area C (1 is on every scale), so the chart has a bar.
    const rated = await page.evaluate(async () => {
      const { bmma } = window as unknown as { bmma: BmmaClient };
      const tree = await bmma.framework.tree({ includeRetired: false });
      if (!tree.ok) return tree.error.code;
      const indicator = tree.value.areas
        .find((area) => area.code === 'C')
        ?.subAreas.flatMap((subArea) => subArea.indicators)
        .find((candidate) => candidate.scope.includes('national'));
      if (!indicator) return 'no indicator';
      const today = new Date().toISOString().slice(0, 10);
      const answer = await bmma.ratings.create({
        indicatorId: indicator.id,
        scope: { type: 'national', code: null },
        value: 1,
        justification: { en: 'Partly in place.', th: '' },
        confidence: 'medium',
        state: 'draft',
        ratedOn: today,
        assessor: 'A1',
        evidence: [],
      });
      return answer.ok ? 'rated' : answer.error.code;
    });
    expect(rated).toBe('rated');

    // The dashboard: the finding has no recommendation yet.
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    const dashboard = page.getByRole('tabpanel', { name: text.dashboardTab });
    await expect(dashboard.getByRole('heading', { name: text.dashboardHeading, level: 2 })).toBeVisible();
    await expect(gapCount(dashboard, 'finding_without_recommendation')).toHaveText('1');
    await expect(gapCount(dashboard, 'recommendation_without_action')).toHaveText(text.none);
    await expect(gapCount(dashboard, 'indicator_unrated')).toHaveText('86');
    await expect(dashboard.getByTestId('area-score-chart').locator('[data-area="C"]')).not.toHaveAttribute(
      'data-score',
      '',
    );
    await expect(dashboard.getByTestId('area-score-chart').locator('[data-area="A"]')).toHaveAttribute(
      'data-score',
      '',
    );
    await screenshot(page, language, '01-dashboard-before', true);

    // A recommendation linked to the finding.
    await page.getByRole('tab', { name: text.recommendationsTab, exact: true }).click();
    const recommendations = page.getByRole('tabpanel', { name: text.recommendationsTab });
    await expect(recommendations.getByRole('heading', { name: text.recommendationsHeading, level: 2 })).toBeVisible();
    await expect(recommendations.getByText(text.recommendationsEmpty)).toBeVisible();
    await page.keyboard.press('Control+n');
    const newRecommendation = page.getByRole('dialog', { name: text.newRecommendationHeading });
    await expect(newRecommendation).toBeVisible();
    await choose(page, newRecommendation, text.subArea, text.subAreaOption, text.subAreaSearch);
    await choose(page, newRecommendation, text.findings, text.findingOption, 'F-C4');
    await newRecommendation
      .getByRole('textbox', { name: language === 'th' ? text.textTh : text.textEn, exact: true })
      .fill(text.recommendationText);
    await choose(page, newRecommendation, text.priority, text.high);
    await choose(page, newRecommendation, text.horizon, text.shortTerm);
    await screenshot(page, language, '02-recommendation-new');
    await page.keyboard.press('Control+s');
    const recommendation = page.getByRole('dialog', { name: text.recommendationHeading });
    await expect(recommendation).toBeVisible();
    await expect(recommendation.getByTestId('recommendation-save-state')).toHaveText(text.saved);
    await recommendation.getByRole('button', { name: text.close, exact: true }).click();
    const row = recommendations.getByRole('row').filter({ hasText: 'REC-C4-01' });
    await expect(row.getByRole('button', { name: text.openFinding })).toBeVisible();
    await expect(row).toContainText(text.noActionCount);
    await screenshot(page, language, '03-recommendation-list', true);

    // The dashboard: that gap closed, a new one opened; its link opens the recommendation.
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    await expect(gapCount(dashboard, 'finding_without_recommendation')).toHaveText(text.none);
    await expect(gapCount(dashboard, 'recommendation_without_action')).toHaveText('1');
    await dashboard.getByRole('button', { name: text.gapRecommendation }).click();
    await expect(recommendation).toBeVisible();

    // "Add action for this recommendation": a new item, already linked, in the same sub-area.
    await recommendation.getByRole('button', { name: text.addAction }).click();
    const actionPanel = page.getByRole('tabpanel', { name: text.actionPlanTab });
    await expect(actionPanel.getByRole('heading', { name: text.actionPlanHeading, level: 2 })).toBeVisible();
    const editor = page.getByRole('dialog', { name: text.newActionHeading });
    await expect(editor).toBeVisible();
    await expect(editor.getByRole('combobox', { name: text.recommendationField, exact: true })).toHaveValue(
      /^REC-C4-01 – /,
    );
    const smart = editor.getByTestId('smart-panel');
    const criterion = (name: string) => smart.locator(`li[data-criterion="${name}"]`);
    await expect(smart.getByTestId('smart-summary')).toHaveText(text.smartSummary(1));
    await expect(criterion('relevant')).toHaveAttribute('data-met', 'true');
    await expect(criterion('specific')).toHaveAttribute('data-met', 'false');

    // Specific: a concrete action and one lead agency. The action is written in the UI's
    // language first; the other language is marked as missing until it is written too.
    const uiAction = language === 'th' ? text.actionTh : text.actionEn;
    await editor
      .getByRole('textbox', { name: uiAction, exact: true })
      .fill(language === 'th' ? text.actionThai : text.actionText);
    const otherLanguage = language === 'th' ? 'en' : 'th';
    await expect(editor.getByTestId(`gaps-${otherLanguage}`)).toBeVisible();
    await choose(page, editor, text.leadAgency, text.leadOption, text.leadSearch);
    await expect(criterion('specific')).toHaveAttribute('data-met', 'true');
    await expect(smart.getByTestId('smart-summary')).toHaveText(text.smartSummary(2));

    // Measurable: indicator, target and means of verification.
    await editor.getByRole('textbox', { name: text.indicatorField, exact: true }).fill(text.indicator);
    await editor.getByRole('textbox', { name: text.targetField, exact: true }).fill(text.target);
    await expect(criterion('measurable')).toHaveAttribute('data-met', 'false');
    await editor.getByRole('textbox', { name: text.verificationField, exact: true }).fill(text.verification);
    await expect(criterion('measurable')).toHaveAttribute('data-met', 'true');

    // Time-bound: an end before the start is refused where the dates are; corrected, the
    // timeframe follows the dates.
    await pickDate(page, editor, text, text.startDate, '15', text.march);
    await pickDate(page, editor, text, text.endDate, '10', text.january);
    await expect(editor.getByText(text.dateOrder, { exact: true })).toBeVisible();
    await expect(criterion('timeBound')).toHaveAttribute('data-met', 'true');
    await screenshot(page, language, '04-action-date-order');
    await choose(page, editor, text.monthPart(text.endDate), language === 'th' ? 'ธันวาคม' : 'December');
    await expect(editor.getByText(text.dateOrder, { exact: true })).toHaveCount(0);
    const timeframe = editor.getByRole('combobox', { name: text.timeframe, exact: true });
    await expect(timeframe).toHaveValue(text.shortTimeframe);
    // Chosen by hand, the class differs from the dates, and the suggestion says so.
    await choose(page, editor, text.timeframe, text.mediumTimeframe);
    await expect(editor.getByText(text.suggested)).toBeVisible();

    // Achievable: an estimated cost, written with thousands separators.
    const cost = editor.getByRole('textbox', { name: text.estimatedCost, exact: true });
    await cost.fill('1500000');
    await expect(cost).toHaveValue('1,500,000');
    await expect(smart.getByTestId('smart-summary')).toHaveText(text.smartSummary(5));
    await screenshot(page, language, '05-action-smart-complete');

    // Saved with Ctrl+S: the code follows the sub-area.
    await page.keyboard.press('Control+s');
    const item = page.getByRole('dialog', { name: text.actionHeading });
    await expect(item).toBeVisible();
    await expect(item.getByTestId('action-save-state')).toHaveText(text.saved);

    // A dated status update, today by default.
    await choose(page, item, text.updateStatus, text.inProgress);
    await item.getByRole('textbox', { name: text.note, exact: true }).fill(text.noteText);
    await item.getByRole('button', { name: text.addUpdate }).click();
    const timeline = item.getByRole('list', { name: text.updatesList });
    await expect(timeline.getByRole('listitem')).toHaveCount(1);
    await expect(timeline).toContainText(text.noteText);
    await expect(timeline.locator('[data-status="in_progress"]').first()).toBeVisible();
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, language, '06-action-status-update');
    await item.getByRole('button', { name: text.close, exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The table: lead, status and all five SMART letters on.
    await expect(actionPanel.getByTestId('action-count')).toHaveText(text.actionCount);
    const actionRow = actionPanel.getByRole('row').filter({ has: page.getByRole('button', { name: text.openAction }) });
    await expect(actionRow).toContainText(text.leadAbbreviation);
    await expect(actionRow).toContainText(text.inProgress);
    await expect(actionRow.locator('[data-smart]')).toHaveAttribute('data-smart', '5');
    await screenshot(page, language, '07-action-list', true);

    // The dashboard: no traceability gap left for the plan; the item counts as in progress.
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    await expect(gapCount(dashboard, 'recommendation_without_action')).toHaveText(text.none);
    await expect(gapCount(dashboard, 'action_without_lead')).toHaveText(text.none);
    await expect(gapCount(dashboard, 'action_without_indicator')).toHaveText(text.none);
    await expect(dashboard.locator('tr[data-row="C"] td[data-status="in_progress"]')).toHaveText('1');
    await screenshot(page, language, '08-dashboard-after', true);

    // The recommendation now lists its action, and the link opens it.
    await page.getByRole('tab', { name: text.recommendationsTab, exact: true }).click();
    await expect(row).toContainText(text.oneAction);
    await row.getByRole('button', { name: text.openAction }).click();
    const opened = page.getByRole('dialog', { name: text.actionHeading });
    await expect(opened).toBeVisible();

    // Deleted after a confirmation: the plan is empty again and the dashboard shows the
    // recommendation without an action once more.
    await opened.getByRole('button', { name: text.delete, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: text.deleteHeading });
    await expect(confirm).toBeVisible();
    await screenshot(page, language, '09-action-delete-confirm');
    await confirm.getByRole('button', { name: text.deleteConfirm }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(actionPanel.getByText(text.actionsEmpty)).toBeVisible();
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    await expect(gapCount(dashboard, 'recommendation_without_action')).toHaveText('1');

    expect(outsideRequests).toEqual([]);
  });
}

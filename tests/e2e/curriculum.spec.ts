import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 5, Component 3, through the real renderer and api.ts (the bridge): in the demo
 * project, the dashboard lists the training-addressable findings no module covers; in the
 * TWG and curriculum tab the user builds a module from one of them (an out-of-range number of
 * hours is refused first, nothing saved), and the coverage gap closes there and on the
 * dashboard. UI text is written out here so a missing translation fails the test.
 * Screenshots: test-results/screens/curriculum-{th,en}.png.
 */

const ui = {
  en: {
    demoHeading: 'Try the demo',
    open: 'Create demo project…',
    modalTitle: 'Create the demo project',
    trainingTab: 'Training of Trainers',
    registration: 'Registration and pre-test',
    tocSession: 'TOC, smuggling and trafficking concepts; Thai legal framework',
    editSession: 'Edit session',
    curriculumModule: 'Curriculum module',
    edit: 'Edit',
    saveSession: 'Save',
    chooseLocation: 'Choose where to save…',
    passphrase: 'Passphrase',
    confirm: 'Confirm passphrase',
    submit: 'Create demo project',
    title: 'BMMA Thailand — demo (fictional data)',
    dashboardTab: 'Dashboard',
    curriculumTab: 'TWG and curriculum',
    findingsTab: 'Findings',
    newModule: 'New module',
    editorTitle: 'New module',
    savedTitle: (code: string) => `Module ${code}`,
    code: /^Code/,
    titleEn: 'Title (English)',
    titleTh: 'Title (Thai)',
    hours: /^Hours/,
    methods: 'Methods',
    caseStudy: 'Case study',
    findings: 'Findings this module answers',
    addOutcome: 'Add outcome',
    outcomeEn: 'Outcome (English)',
    bloom: 'Bloom level',
    apply: 'Apply',
    save: 'Save module',
    close: 'Close',
    hoursError: 'Enter hours above 0 and at most 40.',
    created: (code: string) => `Module ${code} created.`,
    summary: /^(\d+) of (\d+) covered$/,
    openGap: (code: string) => `Open ${code}:`,
    none: '✓ None',
    twgSection: 'TWG members',
    addMember: 'Add member',
    memberTitle: 'New TWG member',
    agency: 'Agency',
    ib: 'IB · Immigration Bureau, Royal Thai Police',
    role: 'Role',
    chair: 'Chair',
    positionEn: 'Position title (English)',
    position: 'Superintendent, Investigation Division',
    saveMember: 'Save member',
    memberSaved: 'TWG member saved.',
  },
  th: {
    demoHeading: 'ทดลองใช้โครงการสาธิต',
    open: 'สร้างโครงการสาธิต…',
    modalTitle: 'สร้างโครงการสาธิต',
    trainingTab: 'การฝึกอบรมวิทยากร',
    registration: 'ลงทะเบียนและทดสอบก่อนการอบรม',
    tocSession: 'อาชญากรรมข้ามชาติ การลักลอบขนคนและการค้ามนุษย์ และกรอบกฎหมายไทย',
    editSession: 'แก้ไขช่วงการอบรม',
    curriculumModule: 'หน่วยการเรียนรู้ในหลักสูตร',
    edit: 'แก้ไข',
    saveSession: 'บันทึก',
    chooseLocation: 'เลือกตำแหน่งที่จะบันทึก…',
    passphrase: 'รหัสผ่าน',
    confirm: 'ยืนยันรหัสผ่าน',
    submit: 'สร้างโครงการสาธิต',
    title: 'BMMA ประเทศไทย — โครงการสาธิต (ข้อมูลสมมติ)',
    dashboardTab: 'แดชบอร์ด',
    curriculumTab: 'คณะทำงานและหลักสูตร',
    findingsTab: 'ข้อค้นพบ',
    newModule: 'เพิ่มหน่วยการเรียนรู้',
    editorTitle: 'หน่วยการเรียนรู้ใหม่',
    savedTitle: (code: string) => `หน่วยการเรียนรู้ ${code}`,
    code: /^รหัส/,
    titleEn: 'ชื่อ (ภาษาอังกฤษ)',
    titleTh: 'ชื่อ (ภาษาไทย)',
    hours: /^ชั่วโมง/,
    methods: 'วิธีการสอน',
    caseStudy: 'กรณีศึกษา',
    findings: 'ข้อค้นพบที่หน่วยนี้ตอบ',
    addOutcome: 'เพิ่มผลลัพธ์การเรียนรู้',
    outcomeEn: 'ผลลัพธ์ (ภาษาอังกฤษ)',
    bloom: 'ระดับตามบลูม',
    apply: 'ประยุกต์ใช้',
    save: 'บันทึกหน่วยการเรียนรู้',
    close: 'ปิด',
    hoursError: 'กรอกจำนวนชั่วโมงมากกว่า 0 และไม่เกิน 40',
    created: (code: string) => `สร้างหน่วยการเรียนรู้ ${code} แล้ว`,
    summary: /^ครอบคลุมแล้ว (\d+) จาก (\d+)$/,
    openGap: (code: string) => `เปิด ${code}:`,
    none: '✓ ไม่มี',
    twgSection: 'สมาชิกคณะทำงาน',
    addMember: 'เพิ่มสมาชิก',
    memberTitle: 'สมาชิกคณะทำงานใหม่',
    agency: 'หน่วยงาน',
    ib: 'สตม. · สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    role: 'บทบาท',
    chair: 'ประธาน',
    positionEn: 'ตำแหน่ง (ภาษาอังกฤษ)',
    position: 'Superintendent, Investigation Division',
    saveMember: 'บันทึกสมาชิก',
    memberSaved: 'บันทึกสมาชิกคณะทำงานแล้ว',
  },
} as const;

const PASSPHRASE = 'fictional border assessment demo 2569';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function choose(page: Page, scope: Locator, name: string, option: string | RegExp, search?: string) {
  const box = scope.getByRole('combobox', { name, exact: true }).or(scope.getByRole('textbox', { name, exact: true }));
  // A multi-select's input sits inside its pill box, which takes the click (and opens the list).
  await box.first().click({ force: true });
  if (search !== undefined) await box.first().fill(search);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

async function coverageCounts(panel: Locator, pattern: RegExp): Promise<[number, number]> {
  const summary = panel.getByTestId('coverage-summary');
  await expect(summary).toHaveText(pattern);
  const match = pattern.exec((await summary.textContent()) ?? '');
  return [Number(match?.[1]), Number(match?.[2])];
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: a module built from a training-addressable finding closes its coverage gap`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    if (language === 'en') await page.getByRole('radiogroup', { name: 'Language / ภาษา' }).getByText('English').click();

    // The demo project, from the start screen.
    const card = page.getByRole('region', { name: text.demoHeading });
    await card.getByRole('button', { name: text.open }).click();
    const modal = page.getByRole('dialog', { name: text.modalTitle });
    await modal.getByRole('button', { name: text.chooseLocation }).click();
    await modal.getByRole('textbox', { name: text.passphrase, exact: true }).fill(PASSPHRASE);
    await modal.getByRole('textbox', { name: text.confirm, exact: true }).fill(PASSPHRASE);
    await modal.getByRole('button', { name: text.submit, exact: true }).click();
    await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible({ timeout: 30_000 });

    // The dashboard lists the training-addressable findings no module covers.
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    const dashboard = page.getByRole('tabpanel', { name: text.dashboardTab });
    const gapBox = dashboard.locator('[data-gap-kind="finding_not_in_curriculum"]');
    const gapCount = gapBox.getByTestId('gap-count-finding_not_in_curriculum');
    await expect(gapCount).toHaveText(/^\d+$/);
    const before = Number(await gapCount.textContent());
    expect(before).toBeGreaterThan(0);
    const dashboardFirstGap = (await gapBox.getByRole('button').first().getAttribute('aria-label')) ?? '';

    // The same gaps in the curriculum's coverage panel; the first one is answered by a new module.
    await page.getByRole('tab', { name: text.curriculumTab, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: text.curriculumTab });
    const coverage = panel.getByTestId('coverage-panel');
    const [covered, total] = await coverageCounts(coverage, text.summary);
    expect(total - covered).toBe(before);
    const firstGap = coverage.getByTestId('coverage-gaps').getByRole('listitem').first();
    const findingCode = (await firstGap.getAttribute('data-finding-code')) ?? '';
    expect(findingCode).toMatch(/^F-[A-E]\d-\d\d$/);
    // The dashboard listed it too (the same rule, the same order).
    expect(dashboardFirstGap).toContain(text.openGap(findingCode));

    await panel.getByRole('button', { name: text.newModule, exact: true }).click();
    await expect(page.getByRole('dialog', { name: text.editorTitle })).toBeVisible();
    // The drawer is renamed after the module once it is saved: found by its content, not its title.
    const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('module-editor') });
    const moduleCode = await drawer.getByRole('textbox', { name: text.code }).first().inputValue();
    expect(moduleCode).toMatch(/^M\d\d$/);
    await drawer.getByRole('textbox', { name: text.titleEn, exact: true }).fill('Investigative interviewing of smuggled migrants');
    await drawer.getByRole('textbox', { name: text.titleTh, exact: true }).fill('การสัมภาษณ์เชิงสืบสวนผู้ถูกลักลอบขนคน');
    // A multi-select stays open after a pick: Tab leaves it, as a keyboard user would.
    await choose(page, drawer, text.findings, new RegExp(`^${findingCode} · `), findingCode);
    await page.keyboard.press('Tab');
    await choose(page, drawer, text.methods, text.caseStudy);
    await page.keyboard.press('Tab');
    await drawer.getByRole('button', { name: text.addOutcome }).click();
    await drawer.getByRole('textbox', { name: text.outcomeEn, exact: true }).fill('Plan a victim-centred interview');
    await choose(page, drawer, text.bloom, text.apply);

    // Too many hours for one module: refused in the form, nothing saved.
    const hours = drawer.getByRole('textbox', { name: text.hours });
    await hours.fill('41');
    await drawer.getByRole('button', { name: text.save }).click();
    await expect(drawer.getByText(text.hoursError)).toBeVisible();
    await expect(coverage.getByTestId('coverage-summary')).toHaveText(text.summary);
    expect(await coverageCounts(coverage, text.summary)).toEqual([covered, total]);

    await hours.fill('6');
    await drawer.getByRole('button', { name: text.save }).click();
    await expect(panel.getByRole('status')).toHaveText(text.created(moduleCode));
    await expect(page.getByRole('dialog', { name: text.savedTitle(moduleCode) })).toBeVisible();
    await drawer.getByRole('button', { name: text.close, exact: true }).click();
    await expect(drawer).toBeHidden();

    // The gap closed: the module lists the finding; coverage counts one more and no longer lists it.
    await expect(panel.getByTestId('module-list').locator(`[data-module-code="${moduleCode}"]`)).toContainText(findingCode);
    await expect(coverage.getByTestId('coverage-summary')).toHaveText(text.summary);
    await expect.poll(() => coverageCounts(coverage, text.summary)).toEqual([covered + 1, total]);
    await expect(coverage.getByTestId('coverage-gaps').locator(`[data-finding-code="${findingCode}"]`)).toHaveCount(0);
    await expect(coverage.getByTestId('coverage-covered').locator(`[data-finding-code="${findingCode}"]`)).toContainText(
      moduleCode,
    );
    fs.mkdirSync(screensDir, { recursive: true });
    await page.screenshot({ path: path.join(screensDir, `curriculum-${language}.png`), animations: 'disabled' });

    // The TWG: a seat by agency, role and post (never a name).
    await panel.getByText(text.twgSection, { exact: true }).click();
    await panel.getByRole('button', { name: text.addMember }).click();
    const memberForm = page.getByRole('dialog', { name: text.memberTitle });
    await choose(page, memberForm, text.agency, text.ib, language === 'en' ? 'IB' : 'สตม.');
    await choose(page, memberForm, text.role, text.chair);
    await memberForm.getByRole('textbox', { name: text.positionEn, exact: true }).fill(text.position);
    await memberForm.getByRole('button', { name: text.saveMember }).click();
    await expect(memberForm).toBeHidden();
    await expect(panel.getByRole('status')).toHaveText(text.memberSaved);
    // The demo already has a TWG of 12 (with its own chair): the new seat is found by its post,
    // shown in English in both languages (no Thai title was entered).
    const row = panel.getByTestId('twg-table').getByRole('row').filter({ hasText: text.position });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(text.chair);

    // The ToT agenda: the demo's sessions teach the curriculum's modules; one more is linked to the new module.
    await page.getByRole('tab', { name: text.trainingTab, exact: true }).click();
    await page.getByRole('tabpanel', { name: text.trainingTab }).getByRole('button', { name: 'TOT-2565-01', exact: true }).click();
    const day1 = page.getByTestId('agenda-day-1');
    await expect(day1.getByRole('row').filter({ hasText: text.tocSession })).toContainText('M01');
    const registration = day1.getByRole('row').filter({ hasText: text.registration });
    await registration.getByRole('button', { name: text.edit, exact: true }).click();
    const sessionModal = page.getByRole('dialog', { name: text.editSession });
    await choose(page, sessionModal, text.curriculumModule, new RegExp(`^${moduleCode} — `), moduleCode);
    await sessionModal.getByRole('button', { name: text.saveSession, exact: true }).click();
    await expect(sessionModal).toBeHidden();
    await expect(registration).toContainText(moduleCode);

    // And on the dashboard: one gap fewer; a remaining gap opens its finding.
    await page.getByRole('tab', { name: text.dashboardTab, exact: true }).click();
    await expect(gapCount).toHaveText(before - 1 === 0 ? text.none : String(before - 1));
    await expect(gapBox.getByRole('button', { name: text.openGap(findingCode) })).toHaveCount(0);
    if (before > 1) {
      await gapBox.getByRole('button').first().click();
      await expect(page.getByRole('tab', { name: text.findingsTab, exact: true })).toHaveAttribute('aria-selected', 'true');
    }

    expect(outsideRequests).toEqual([]);
  });
}

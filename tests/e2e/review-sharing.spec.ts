import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { THAI_MONTHS } from '../../src/shared/dates';
import { expect, test } from './fixtures';
import { openDemoThroughUi } from './start-screen';

/**
 * Review and sharing (issue 6) through the bridge, on the demo, in Thai and in English:
 * - the assessor sends a finding for review and creates a review copy (what is left out is
 *   shown first); the reviewer opens the copy with its own passphrase and finds it read-only up
 *   front: the banner and each editor say why, the finding's fields are disabled, nothing offers
 *   to save, delete or add (findings, interviews, report text); the reviewer comments on the
 *   finding, approves it and exports a review packet; the assessor imports the packet: the
 *   comment is on the finding and the decision applied;
 * - the identity vault: set up with its own passphrase, an identity entered for an interview,
 *   hidden again when the vault locks;
 * - the audit trail verifies, and lists the vault and review events.
 * Labels as the locale catalogs (src/renderer/src/locales) give them. Screenshots:
 * test-results/screens/{th,en}-review-*.png.
 */

const PASSPHRASE = 'fictional border assessment demo 2569';
const COPY_PASSPHRASE = 'reviewer copy passphrase 2569';
const PACKET_PASSPHRASE = 'packet for the assessor 2569';
const VAULT_PASSPHRASE = 'data controller vault 2569';
const FINDING = 'F-C4-01';
const COMMENT = 'Cite the 2019 MOI notification here.';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** What a user reads, in each language (from the locale catalogs; the e2e project cannot import them). */
const ui = {
  en: {
    findingsTab: 'Findings',
    openFinding: 'Open finding {{code}}',
    findingHeading: 'Finding {{code}}',
    newFinding: 'New finding',
    changePassphrase: 'Change passphrase',
    delete: 'Delete',
    save: 'Save',
    close: 'Close',
    statement: 'Statement ({{language}})',
    languageName: 'English',
    gap: 'Gap',
    sendForReview: 'Send for review',
    readyForReview: 'Ready for review',
    approve: 'Approve',
    approved: 'Approved',
    reviewTab: 'Review and sharing',
    interviewNotes: 'Interview notes (the interviews stay, without notes)',
    copyPassphrase: 'Passphrase of the review copy',
    copyConfirm: 'Type it again',
    createCopy: 'Create review copy…',
    copySaved: 'Review copy saved: {{path}}',
    closeProject: 'Close project',
    openHeading: 'Open a project',
    chooseFile: 'Choose a project file…',
    passphrase: 'Passphrase',
    openProject: 'Open project',
    bannerTitle: 'Review copy — content is read-only; comments and decisions are allowed',
    readOnlyBanner:
      'Fields are shown read-only and there is nothing to add, delete or import here. You can read, search, comment on and decide about findings, recommendations, action-plan items and report sections, export documents and the review packet, and lock or close the file.',
    readOnlyHint: 'This is a review copy: content is read-only; you can comment and decide.',
    readOnlyLabel: 'Read-only',
    addComment: 'Add a comment',
    comment: 'Comment',
    interviewsTab: 'Interviews',
    newInterview: 'New interview',
    reportTextTab: 'Report text',
    packetPassphrase: 'Passphrase for the packet',
    packetConfirm: 'Type it again',
    exportPacket: 'Export review packet…',
    packetSaved: 'Review packet saved: {{path}} ({{comments}} comments, {{decisions}} decisions).',
    importPassphrase: 'Passphrase of the packet',
    importPacket: 'Import review packet…',
    imported: 'Imported {{comments}} comments and {{decisions}} decisions; {{conflicts}} decisions to check.',
    vaultTab: 'Identity vault',
    destroyOn: 'Destroy the identities on',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    vaultPassphrase: 'Vault passphrase',
    vaultConfirm: 'Repeat the vault passphrase',
    setUpVault: 'Set up the vault',
    vaultSame:
      'The vault passphrase must be different from the project passphrase: whoever can open the project must not thereby see identities. Choose another one; nothing was saved.',
    name: 'Name',
    saveIdentity: 'Save identity',
    lockVault: 'Lock vault',
    auditTab: 'Audit trail',
    verified: 'All {{count}} events verify: none was edited, removed or reordered.',
  },
  th: {
    findingsTab: 'ข้อค้นพบ',
    openFinding: 'เปิดข้อค้นพบ {{code}}',
    findingHeading: 'ข้อค้นพบ {{code}}',
    newFinding: 'เพิ่มข้อค้นพบ',
    changePassphrase: 'เปลี่ยนรหัสผ่าน',
    delete: 'ลบ',
    save: 'บันทึก',
    close: 'ปิด',
    statement: 'ข้อความข้อค้นพบ ({{language}})',
    languageName: 'ภาษาไทย',
    gap: 'ช่องว่าง',
    sendForReview: 'ส่งให้ทบทวน',
    readyForReview: 'พร้อมให้ทบทวน',
    approve: 'อนุมัติ',
    approved: 'อนุมัติแล้ว',
    reviewTab: 'การทบทวนและการแบ่งปัน',
    interviewNotes: 'บันทึกการสัมภาษณ์ (การสัมภาษณ์ยังอยู่ แต่ไม่มีบันทึก)',
    copyPassphrase: 'รหัสผ่านของสำเนาสำหรับทบทวน',
    copyConfirm: 'พิมพ์อีกครั้ง',
    createCopy: 'สร้างสำเนาสำหรับทบทวน…',
    copySaved: 'บันทึกสำเนาสำหรับทบทวนแล้ว: {{path}}',
    closeProject: 'ปิดโครงการ',
    openHeading: 'เปิดโครงการ',
    chooseFile: 'เลือกไฟล์โครงการ…',
    passphrase: 'รหัสผ่าน',
    openProject: 'เปิดโครงการ',
    bannerTitle: 'สำเนาสำหรับทบทวน — เนื้อหาอ่านได้อย่างเดียว แสดงความเห็นและบันทึกผลการทบทวนได้',
    readOnlyBanner:
      'ช่องข้อมูลแสดงแบบอ่านอย่างเดียว และเพิ่ม ลบ หรือนำเข้าข้อมูลไม่ได้ คุณอ่าน ค้นหา แสดงความเห็น และบันทึกผลการทบทวนข้อค้นพบ ข้อเสนอแนะ รายการแผนปฏิบัติการ และส่วนของรายงานได้ รวมทั้งส่งออกเอกสารและชุดผลการทบทวน และล็อกหรือปิดไฟล์ได้',
    readOnlyHint: 'ไฟล์นี้เป็นสำเนาสำหรับทบทวน: เนื้อหาอ่านได้อย่างเดียว แสดงความเห็นและบันทึกผลการทบทวนได้',
    readOnlyLabel: 'อ่านอย่างเดียว',
    addComment: 'เพิ่มความเห็น',
    comment: 'แสดงความเห็น',
    interviewsTab: 'การสัมภาษณ์',
    newInterview: 'เพิ่มการสัมภาษณ์',
    reportTextTab: 'เนื้อหารายงาน',
    packetPassphrase: 'รหัสผ่านของชุดผลการทบทวน',
    packetConfirm: 'พิมพ์อีกครั้ง',
    exportPacket: 'ส่งออกชุดผลการทบทวน…',
    packetSaved: 'บันทึกชุดผลการทบทวนแล้ว: {{path}} (ความเห็น {{comments}} รายการ ผลการทบทวน {{decisions}} รายการ)',
    importPassphrase: 'รหัสผ่านของชุดผลการทบทวน',
    importPacket: 'นำเข้าชุดผลการทบทวน…',
    imported:
      'นำเข้าความเห็น {{comments}} รายการ และผลการทบทวน {{decisions}} รายการ มีผลการทบทวนที่ต้องตรวจสอบ {{conflicts}} รายการ',
    vaultTab: 'คลังข้อมูลตัวตน',
    destroyOn: 'ทำลายข้อมูลตัวตนในวันที่',
    day: 'วัน',
    month: 'เดือน',
    year: 'ปี',
    vaultPassphrase: 'รหัสผ่านคลัง',
    vaultConfirm: 'พิมพ์รหัสผ่านคลังอีกครั้ง',
    setUpVault: 'ตั้งค่าคลัง',
    vaultSame:
      'รหัสผ่านคลังข้อมูลตัวตนต้องไม่ซ้ำกับรหัสผ่านโครงการ เพื่อให้ผู้ที่เปิดโครงการได้ไม่เห็นข้อมูลตัวตน โปรดเลือกรหัสผ่านอื่น ยังไม่มีการบันทึกใด ๆ',
    name: 'ชื่อ',
    saveIdentity: 'บันทึกข้อมูลตัวตน',
    lockVault: 'ล็อกคลัง',
    auditTab: 'บันทึกการตรวจสอบ',
    verified: 'เหตุการณ์ทั้ง {{count}} รายการถูกต้อง ไม่มีรายการใดถูกแก้ไข ถูกลบ หรือสลับลำดับ',
  },
} as const;

/** i18next's {{name}} placeholders, filled as the app fills them. */
function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A template as a pattern: placeholders match anything, or the regex source given for them. */
function pattern(template: string, values: Record<string, string> = {}, whole = true): RegExp {
  const parts = template.split(/\{\{(\w+)\}\}/);
  const source = parts
    .map((part, index) => (index % 2 === 1 ? (values[part] ?? '.+?') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}${whole ? '$' : ''}`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(screensDir, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Picks an option of a select by its label (combobox or searchable textbox). */
async function choose(page: Page, scope: Locator, name: string, option: string): Promise<void> {
  await scope
    .getByRole('combobox', { name, exact: true })
    .or(scope.getByRole('textbox', { name, exact: true }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

for (const language of ['th', 'en'] as const) {
  const c = ui[language];
  const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
  const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name });

  async function openFinding(page: Page, code: string) {
    await tab(page, c.findingsTab).click();
    const findings = panel(page, c.findingsTab);
    await findings.getByRole('button', { name: fill(c.openFinding, { code }) }).click();
    return page.getByRole('dialog', { name: fill(c.findingHeading, { code }) });
  }

  async function openProject(page: Page, file: string, passphrase: string, answers: (string | null)[]) {
    await page.getByRole('button', { name: c.closeProject, exact: true }).click();
    const open = page.getByRole('region', { name: c.openHeading });
    answers.push(file);
    await open.getByRole('button', { name: c.chooseFile }).click();
    await open.getByRole('textbox', { name: c.passphrase, exact: true }).fill(passphrase);
    await open.getByRole('button', { name: c.openProject, exact: true }).click();
  }

  test(`${language}: a review copy is read-only up front; the reviewer comments and approves; the assessor imports the packet`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    await openDemoThroughUi(page, language, PASSPHRASE);
    const projectPath = bridge.session.status().path ?? '';

    // The assessor's own project is editable: no read-only hint, Save and Delete offered.
    let editor = await openFinding(page, FINDING);
    await expect(editor.getByRole('button', { name: c.delete, exact: true })).toBeVisible();
    await expect(editor.getByTestId('read-only-hint')).toHaveCount(0);
    await expect(page.getByRole('button', { name: c.changePassphrase })).toBeVisible();
    // The assessor sends the finding for review.
    const box = editor.getByTestId('review-box');
    await box.getByRole('button', { name: c.sendForReview, exact: true }).click();
    await expect(box).toContainText(c.readyForReview);
    await editor.getByRole('button', { name: c.close, exact: true }).click();
    await expect(editor).toBeHidden();

    // The review copy: what is left out first, then a new passphrase.
    await tab(page, c.reviewTab).click();
    const review = panel(page, c.reviewTab);
    await expect(review.getByText(c.interviewNotes)).toBeVisible();
    await review.getByRole('textbox', { name: c.copyPassphrase, exact: true }).fill(COPY_PASSPHRASE);
    await review
      .getByTestId('create-review-copy')
      .getByRole('textbox', { name: c.copyConfirm, exact: true })
      .fill(COPY_PASSPHRASE);
    await screenshot(page, `${language}-review-01-copy`);
    const copyPath = path.join(bridge.workDir, 'review-copy.bmma');
    bridge.dialogAnswers.create.push(copyPath);
    await review.getByRole('button', { name: c.createCopy, exact: true }).click();
    await expect(review.getByText(fill(c.copySaved, { path: copyPath }))).toBeVisible({ timeout: 30_000 });

    // The reviewer opens the copy with its own passphrase: the banner says what stays possible.
    await openProject(page, copyPath, COPY_PASSPHRASE, bridge.dialogAnswers.open);
    const banner = page.getByTestId('reviewer-banner');
    await expect(banner.getByText(c.bannerTitle)).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText(c.readOnlyBanner);
    // The copy's passphrase is the one given when it was made: no change offered.
    await expect(page.getByRole('button', { name: c.changePassphrase })).toHaveCount(0);
    await screenshot(page, `${language}-review-02-reviewer-banner`);

    // Findings: nothing to add; the finding's fields are disabled before any save is tried.
    await tab(page, c.findingsTab).click();
    const findings = panel(page, c.findingsTab);
    await expect(findings.getByRole('button', { name: c.newFinding })).toHaveCount(0);
    await expect(findings.getByTestId('read-only-badge')).toBeVisible();
    editor = await openFinding(page, FINDING);
    await expect(editor.getByTestId('read-only-hint')).toHaveText(c.readOnlyHint);
    await expect(editor.getByTestId('read-only-badge')).toHaveText(c.readOnlyLabel);
    const statement = editor.getByRole('textbox', {
      name: fill(c.statement, { language: c.languageName }),
    });
    await expect(statement).toBeVisible();
    await expect(statement).toBeDisabled();
    await expect(statement).not.toHaveValue('');
    await expect(editor.getByRole('radio', { name: c.gap, exact: true })).toBeDisabled();
    for (const name of [c.delete, c.save]) {
      await expect(editor.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await screenshot(page, `${language}-review-03a-finding-read-only`);
    // A comment and an approval still can be made.
    const reviewerBox = editor.getByTestId('review-box');
    await reviewerBox.getByRole('textbox', { name: c.addComment, exact: true }).fill(COMMENT);
    await reviewerBox.getByRole('button', { name: c.comment, exact: true }).click();
    await expect(reviewerBox.getByTestId('review-comment')).toContainText(COMMENT);
    await reviewerBox.getByRole('button', { name: c.approve, exact: true }).click();
    await expect(reviewerBox).toContainText(c.approved);
    await screenshot(page, `${language}-review-03-reviewer-comment`);
    await editor.getByRole('button', { name: c.close, exact: true }).click();
    await expect(editor).toBeHidden();

    // Interviews and report text: nothing to add, no editable text.
    await tab(page, c.interviewsTab).click();
    const interviews = panel(page, c.interviewsTab);
    await expect(interviews.getByTestId('read-only-badge')).toBeVisible();
    await expect(interviews.getByRole('button', { name: c.newInterview })).toHaveCount(0);
    await tab(page, c.reportTextTab).click();
    const reportText = panel(page, c.reportTextTab);
    await expect(reportText.getByTestId('read-only-hint')).toBeVisible();
    await expect(reportText.locator('[contenteditable="true"]')).toHaveCount(0);
    await expect(reportText.locator('[aria-readonly="true"]').first()).toBeVisible();
    await screenshot(page, `${language}-review-03b-report-text-read-only`);

    // The review packet leaves the copy.
    await tab(page, c.reviewTab).click();
    const packet = review.getByTestId('packet-export');
    await packet.getByRole('textbox', { name: c.packetPassphrase, exact: true }).fill(PACKET_PASSPHRASE);
    await packet.getByRole('textbox', { name: c.packetConfirm, exact: true }).fill(PACKET_PASSPHRASE);
    await review.getByRole('button', { name: c.exportPacket, exact: true }).click();
    await expect(review.getByText(pattern(c.packetSaved, { comments: '1', decisions: '1' }))).toBeVisible({
      timeout: 30_000,
    });

    // The assessor imports the packet into the project, which is editable again.
    await openProject(page, projectPath, PASSPHRASE, bridge.dialogAnswers.open);
    await expect(page.getByTestId('reviewer-banner')).toHaveCount(0);
    await tab(page, c.reviewTab).click();
    await review.getByRole('textbox', { name: c.importPassphrase, exact: true }).fill(PACKET_PASSPHRASE);
    await review.getByRole('button', { name: c.importPacket, exact: true }).click();
    await expect(review.getByText(fill(c.imported, { comments: 1, decisions: 1, conflicts: 0 }))).toBeVisible({
      timeout: 30_000,
    });
    await screenshot(page, `${language}-review-04-imported`);
    editor = await openFinding(page, FINDING);
    await expect(editor.getByTestId('review-comment')).toContainText(COMMENT);
    await expect(editor.getByTestId('review-box')).toContainText(c.approved);
    await expect(editor.getByTestId('read-only-hint')).toHaveCount(0);
    await expect(editor.getByRole('button', { name: c.delete, exact: true })).toBeVisible();
    expect(outsideRequests).toEqual([]);
  });

  test(`${language}: the identity vault keeps an interviewee’s identity behind its own passphrase; the audit trail verifies`, async ({
    page,
    outsideRequests,
  }) => {
    await openDemoThroughUi(page, language, PASSPHRASE);
    await tab(page, c.vaultTab).click();
    const vault = panel(page, c.vaultTab);
    const dateLabel = c.destroyOn;
    const part = (name: 'day' | 'month' | 'year') => `${c[name]} (${dateLabel})`;
    // The project passphrase is refused as the vault passphrase.
    await choose(page, vault, part('day'), '31');
    await choose(page, vault, part('month'), language === 'th' ? (THAI_MONTHS[11] ?? '') : 'December');
    await choose(page, vault, part('year'), language === 'th' ? '2572' : '2572 B.E.');
    await vault.getByRole('textbox', { name: c.vaultPassphrase, exact: true }).fill(PASSPHRASE);
    await vault.getByRole('textbox', { name: c.vaultConfirm, exact: true }).fill(PASSPHRASE);
    await vault.getByRole('button', { name: c.setUpVault, exact: true }).click();
    await expect(vault.getByRole('alert')).toContainText(c.vaultSame);
    await expect(vault.getByTestId('vault-state')).toHaveAttribute('data-state', 'not_set_up');
    await vault.getByRole('textbox', { name: c.vaultPassphrase, exact: true }).fill(VAULT_PASSPHRASE);
    await vault.getByRole('textbox', { name: c.vaultConfirm, exact: true }).fill(VAULT_PASSPHRASE);
    await vault.getByRole('button', { name: c.setUpVault, exact: true }).click();
    await expect(vault.getByTestId('vault-state')).toHaveAttribute('data-state', 'unlocked', { timeout: 30_000 });

    await vault.getByTestId('vault-add-subject').click();
    await page.getByRole('option').filter({ hasText: 'KII-OFF-001' }).first().click();
    const form = vault.getByTestId('vault-identity-editor');
    await form.getByRole('textbox', { name: c.name, exact: true }).fill('Somchai Fictional');
    await form.getByRole('button', { name: c.saveIdentity, exact: true }).click();
    await expect(vault.getByTestId('vault-identities')).toContainText('Somchai Fictional');
    await screenshot(page, `${language}-review-05-vault-unlocked`);

    await vault.getByRole('button', { name: c.lockVault, exact: true }).click();
    await expect(vault.getByTestId('vault-state')).toHaveAttribute('data-state', 'locked');
    await expect(page.getByText('Somchai Fictional')).toHaveCount(0);

    // The audit trail verifies and shows the vault's events.
    await tab(page, c.auditTab).click();
    const trail = panel(page, c.auditTab);
    await trail.getByTestId('audit-verify').click();
    await expect(trail.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
    await expect(trail.getByTestId('audit-verify-result')).toContainText(
      pattern(c.verified, { count: '[\\d,]+' }, false),
    );
    await screenshot(page, `${language}-review-06-audit`);
    expect(outsideRequests).toEqual([]);
  });
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createFinding } from '../../src/main/services/findings';
import { errorMessages, type Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * An assessor records evidence beyond interviews, in Thai and in English, through the real
 * renderer and the real api.ts (the bridge): a site visit to a land crossing (the checklist
 * shows the land items, a last day before the first is refused), a photo confirmed to show no
 * person with its SHA-256 and a saved copy; a document with an attached PDF and a refused
 * file type; then a passage of interview notes coded to an indicator, which follows the
 * words when the notes are edited and is flagged when the words change.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test.
 */

const now = new Date();
const MONTH_INDEX = now.getMonth();
const BE_YEAR = now.getFullYear() + 543;
const EN_MONTHS = [
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
];
const TH_MONTHS = [
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
];
const EN_SHORT = EN_MONTHS.map((month) => month.slice(0, 3));
const TH_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

const ui = {
  en: {
    siteVisitsTab: 'Site visits',
    documentsTab: 'Documents',
    interviewsTab: 'Interviews',
    siteVisitsEmpty: 'No site visits yet. Add one with “New site visit” (Ctrl+N).',
    newVisit: 'New site visit',
    newVisitHeading: 'New site visit',
    visitHeading: (code: string) => `Site visit ${code}`,
    chooseCrossingFirst: 'Choose the crossing point first: the checklist depends on its type.',
    crossingPoint: 'Crossing point',
    crossingSearch: 'Mae Sai',
    crossingOption: /^Mae Sai\s*Land · Chiang Rai$/,
    landItem: 'Vehicle lanes',
    airItem: 'Advance passenger data (API/PNR)',
    startDay: 'Day (First day of the visit)',
    startMonth: 'Month (First day of the visit)',
    startYear: 'Year (First day of the visit)',
    endDay: 'Day (Last day of the visit)',
    endMonth: 'Month (Last day of the visit)',
    endYear: 'Year (Last day of the visit)',
    monthName: EN_MONTHS[MONTH_INDEX] ?? '',
    yearOption: `${BE_YEAR} B.E.`,
    endBeforeStart: 'The last day cannot be before the first day.',
    team: 'Team',
    staffingRating: 'Rating: Staffing',
    staffingNote: 'Note: Staffing',
    lanesRating: 'Rating: Vehicle lanes',
    partly: 'Partly adequate',
    adequate: 'Adequate',
    staffingText: 'Two officers for four vehicle lanes at peak hour',
    observations: 'Observations',
    observationsText: 'Queue of about 40 minutes at 09:00; biometric readers used for every passport.',
    progress: '2 of 11 items rated',
    savedAt: /^✓ Saved at \d\d:\d\d$/,
    noPeople: 'No person can be recognised in this photo',
    addPhoto: 'Add photo…',
    attached: (name: string) => `Attached ${name}.`,
    sha: (name: string) => `SHA-256 of ${name}`,
    saveCopy: (name: string) => `Save a copy of ${name}`,
    exported: (name: string) => `A copy of ${name} was saved. Its SHA-256 matches the one recorded when it was added.`,
    close: 'Close',
    openVisit: (code: string) => `Open site visit ${code}`,
    land: 'Land',
    dates: `14 ${EN_SHORT[MONTH_INDEX]} ${BE_YEAR} B.E. – 15 ${EN_SHORT[MONTH_INDEX]} ${BE_YEAR} B.E.`,
    onePhoto: '1 photo',
    listProgress: '2 of 11',
    newDocument: 'New document',
    newDocumentHeading: 'New document',
    documentHeading: (code: string) => `Document ${code}`,
    titleEn: 'Title in English',
    titleTh: 'Title in Thai',
    docTitleEn: 'Ministerial Regulation on immigration checkpoints',
    docTitleTh: 'กฎกระทรวงว่าด้วยด่านตรวจคนเข้าเมือง',
    docType: 'Type of document',
    regulation: 'Regulation',
    issuer: 'Issued by (agency)',
    issuerSearch: 'IB',
    issuerOption: 'IB – Immigration Bureau, Royal Thai Police',
    attachFile: 'Attach file…',
    allowedHint: /Allowed: PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, CSV, TXT, JPG, JPEG, PNG, up to 200 MB each\./,
    openDocument: (code: string) => `Open document ${code}`,
    oneFile: '1 file',
    agencyAbbreviation: 'IB',
    newInterview: 'New interview',
    newInterviewHeading: 'New interview',
    interviewHeading: (code: string) => `Interview ${code}`,
    agency: 'Agency',
    agencyOption: 'IB – Immigration Bureau, Royal Thai Police',
    notes: 'Notes',
    interviewNotes:
      'The deputy commander said inquiry officers asked AMLO to trace the organisers’ bank accounts in two cases last year.',
    coded: 'asked AMLO to trace the organisers’ bank accounts',
    addedBefore: 'Follow-up visit planned. ',
    codePassage: 'Code passage…',
    codeDialog: 'Code a passage',
    indicatorPick: 'Indicator',
    indicatorSearch: 'C4.4',
    indicatorOption: /^C4\.4 – Financial investigation/,
    comment: 'Comment',
    commentText: 'Direct account of a financial investigation request.',
    confirmCode: 'Code passage',
    cancel: 'Cancel',
    finding: 'Finding',
    findingPick: 'Finding',
    findingOption: `F-C4-01 – ${'Financial investigations into smuggling organisers are rare.'}`,
    redactAll: 'Redact all',
    current: 'Current',
    moved: 'Moved',
    changed: 'Changed',
    changedHint: 'The text changed since it was coded — check it.',
    target: /^Indicator C4\.4 – Financial investigation/,
    showPassage: (code: string) => `Show passage ${code} in the notes`,
  },
  th: {
    siteVisitsTab: 'การลงพื้นที่',
    documentsTab: 'เอกสาร',
    interviewsTab: 'การสัมภาษณ์',
    siteVisitsEmpty: 'ยังไม่มีการลงพื้นที่ เพิ่มได้ด้วยปุ่ม “เพิ่มการลงพื้นที่” (Ctrl+N)',
    newVisit: 'เพิ่มการลงพื้นที่',
    newVisitHeading: 'การลงพื้นที่ใหม่',
    visitHeading: (code: string) => `การลงพื้นที่ ${code}`,
    chooseCrossingFirst: 'โปรดเลือกจุดผ่านแดนก่อน เพราะรายการตรวจสอบขึ้นอยู่กับประเภทของจุดผ่านแดน',
    crossingPoint: 'จุดผ่านแดน',
    crossingSearch: 'แม่สาย',
    crossingOption: /^ด่านพรมแดนแม่สาย\s*ทางบก · เชียงราย$/,
    landItem: 'ช่องตรวจยานพาหนะ',
    airItem: 'ข้อมูลผู้โดยสารล่วงหน้า (API/PNR)',
    startDay: 'วัน (วันแรกของการลงพื้นที่)',
    startMonth: 'เดือน (วันแรกของการลงพื้นที่)',
    startYear: 'ปี (วันแรกของการลงพื้นที่)',
    endDay: 'วัน (วันสุดท้ายของการลงพื้นที่)',
    endMonth: 'เดือน (วันสุดท้ายของการลงพื้นที่)',
    endYear: 'ปี (วันสุดท้ายของการลงพื้นที่)',
    monthName: TH_MONTHS[MONTH_INDEX] ?? '',
    yearOption: String(BE_YEAR),
    endBeforeStart: 'วันสุดท้ายต้องไม่อยู่ก่อนวันแรก',
    team: 'คณะผู้ลงพื้นที่',
    staffingRating: 'ผลการประเมิน: อัตรากำลังเจ้าหน้าที่',
    staffingNote: 'หมายเหตุ: อัตรากำลังเจ้าหน้าที่',
    lanesRating: 'ผลการประเมิน: ช่องตรวจยานพาหนะ',
    partly: 'เพียงพอบางส่วน',
    adequate: 'เพียงพอ',
    staffingText: 'เจ้าหน้าที่สองนายสำหรับช่องตรวจยานพาหนะสี่ช่องในชั่วโมงเร่งด่วน',
    observations: 'ข้อสังเกต',
    observationsText: 'รอคิวประมาณ 40 นาทีเมื่อเวลา 09.00 น. ใช้เครื่องอ่านข้อมูลชีวมิติกับหนังสือเดินทางทุกเล่ม',
    progress: 'ประเมินแล้ว 2 จาก 11 หัวข้อ',
    savedAt: /^✓ บันทึกแล้ว เวลา \d\d\.\d\d น\.$/,
    noPeople: 'ไม่มีบุคคลใดที่สามารถระบุตัวได้ในภาพนี้',
    addPhoto: 'เพิ่มภาพถ่าย…',
    attached: (name: string) => `แนบ ${name} แล้ว`,
    sha: (name: string) => `SHA-256 ของ ${name}`,
    saveCopy: (name: string) => `บันทึกสำเนาของ ${name}`,
    exported: (name: string) => `บันทึกสำเนาของ ${name} แล้ว ค่า SHA-256 ตรงกับค่าที่บันทึกไว้เมื่อแนบไฟล์`,
    close: 'ปิด',
    openVisit: (code: string) => `เปิดการลงพื้นที่ ${code}`,
    land: 'ทางบก',
    dates: `14 ${TH_SHORT[MONTH_INDEX]} ${BE_YEAR} – 15 ${TH_SHORT[MONTH_INDEX]} ${BE_YEAR}`,
    onePhoto: 'ภาพถ่าย 1 ภาพ',
    listProgress: '2 จาก 11',
    newDocument: 'เพิ่มเอกสาร',
    newDocumentHeading: 'เอกสารใหม่',
    documentHeading: (code: string) => `เอกสาร ${code}`,
    titleEn: 'ชื่อเอกสารภาษาอังกฤษ',
    titleTh: 'ชื่อเอกสารภาษาไทย',
    docTitleEn: 'Ministerial Regulation on immigration checkpoints',
    docTitleTh: 'กฎกระทรวงว่าด้วยด่านตรวจคนเข้าเมือง',
    docType: 'ประเภทเอกสาร',
    regulation: 'กฎ ระเบียบ',
    issuer: 'ออกโดย (หน่วยงาน)',
    issuerSearch: 'สตม',
    issuerOption: 'สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    attachFile: 'แนบไฟล์…',
    allowedHint: /ประเภทที่อนุญาต: PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, CSV, TXT, JPG, JPEG, PNG ขนาดไม่เกิน 200 MB ต่อไฟล์/,
    openDocument: (code: string) => `เปิดเอกสาร ${code}`,
    oneFile: '1 ไฟล์',
    agencyAbbreviation: 'สตม.',
    newInterview: 'เพิ่มการสัมภาษณ์',
    newInterviewHeading: 'การสัมภาษณ์ใหม่',
    interviewHeading: (code: string) => `การสัมภาษณ์ ${code}`,
    agency: 'หน่วยงาน',
    agencyOption: 'สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    notes: 'บันทึก',
    interviewNotes: 'รองผู้บังคับการเล่าว่าพนักงานสอบสวนขอให้ ปปง. ตรวจสอบบัญชีธนาคารของผู้บงการในสองคดีเมื่อปีที่แล้ว',
    coded: 'ขอให้ ปปง. ตรวจสอบบัญชีธนาคารของผู้บงการ',
    addedBefore: 'นัดลงพื้นที่ติดตามผลแล้ว ',
    codePassage: 'ลงรหัสข้อความ…',
    codeDialog: 'ลงรหัสข้อความ',
    indicatorPick: 'ตัวชี้วัด',
    indicatorSearch: 'C4.4',
    indicatorOption: /^C4\.4 – มีการสืบสวนทางการเงิน/,
    comment: 'ความเห็น',
    commentText: 'คำบอกเล่าโดยตรงเรื่องการขอให้สืบสวนทางการเงิน',
    confirmCode: 'ลงรหัสข้อความ',
    cancel: 'ยกเลิก',
    finding: 'ข้อค้นพบ',
    findingPick: 'ข้อค้นพบ',
    findingOption: `F-C4-01 – ${'การสืบสวนทางการเงินต่อผู้บงการการลักลอบขนคนเกิดขึ้นน้อย'}`,
    redactAll: 'ปิดบังทั้งหมด',
    current: 'ตรงตำแหน่งเดิม',
    moved: 'ย้ายตำแหน่ง',
    changed: 'ข้อความเปลี่ยน',
    changedHint: 'ข้อความเปลี่ยนไปหลังจากลงรหัส โปรดตรวจสอบ',
    target: /^ตัวชี้วัด C4\.4 – มีการสืบสวนทางการเงิน/,
    showPassage: (code: string) => `แสดงข้อความ ${code} ในบันทึก`,
  },
} as const;

const projects = {
  en: { title: 'BMMA evidence – northern border 2026', passphrase: 'correct horse battery staple' },
  th: { title: 'หลักฐาน BMMA ชายแดนภาคเหนือ 2569', passphrase: 'ด่านชายแดน เชียงราย ปลอดภัย 2569' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string, fullPage = false): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, `${language}-evidence-${step}.png`),
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
  const box = scope.getByRole('combobox', { name, exact: true });
  await box.click();
  if (search !== undefined) await box.fill(search);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).first().click();
}

/** A 1×1 PNG: enough for the content check (magic bytes) and a real image. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const PHONE = '081-234-5678';
const FINDING_EN = 'Financial investigations into smuggling organisers are rare.';
const FINDING_TH = 'การสืบสวนทางการเงินต่อผู้บงการการลักลอบขนคนเกิดขึ้นน้อย';

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Selects `words` in the notes box as a user would with the mouse, and returns their offsets. */
async function selectWords(notes: Locator, words: string): Promise<{ start: number; end: number }> {
  return notes.evaluate((element, wanted) => {
    const box = element as HTMLTextAreaElement;
    const start = box.value.indexOf(wanted);
    box.focus();
    box.setSelectionRange(start, start + wanted.length);
    return { start, end: start + wanted.length };
  }, words);
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: site visit with checklist and photo, document with files, passage coded to an indicator`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    const text = ui[language];
    await createProjectThroughUi(page, language, projects[language]);
    const sources = path.join(bridge.workDir, 'sources');
    fs.mkdirSync(sources, { recursive: true });

    // ---- Site visits: empty, then a visit to Mae Sai (a land crossing).
    await page.getByRole('tab', { name: text.siteVisitsTab, exact: true }).click();
    const visits = page.getByRole('tabpanel', { name: text.siteVisitsTab });
    await expect(visits.getByText(text.siteVisitsEmpty)).toBeVisible();
    await screenshot(page, language, '01-site-visits-empty', true);

    await page.keyboard.press('Control+KeyN');
    const newVisit = page.getByRole('dialog', { name: text.newVisitHeading });
    await expect(newVisit).toBeVisible();
    await expect(newVisit.getByText(text.chooseCrossingFirst)).toBeVisible();
    await choose(page, newVisit, text.crossingPoint, text.crossingOption, text.crossingSearch);
    const checklist = newVisit.getByTestId('site-visit-checklist');
    await expect(checklist.getByText(text.landItem, { exact: true })).toBeVisible();
    await expect(checklist.getByText(text.airItem, { exact: true })).toHaveCount(0);

    // A last day before the first is refused on the spot, then mended.
    await choose(page, newVisit, text.startDay, '14');
    await choose(page, newVisit, text.startMonth, text.monthName);
    await choose(page, newVisit, text.startYear, text.yearOption);
    await choose(page, newVisit, text.endDay, '12');
    await choose(page, newVisit, text.endMonth, text.monthName);
    await choose(page, newVisit, text.endYear, text.yearOption);
    await expect(newVisit.getByText(text.endBeforeStart)).toBeVisible();
    await screenshot(page, language, '02-site-visit-dates-refused');
    await choose(page, newVisit, text.endDay, '15');
    await expect(newVisit.getByText(text.endBeforeStart)).toBeHidden();

    const team = newVisit.getByLabel(text.team, { exact: true });
    await team.fill('T1');
    await team.press('Enter');
    await choose(page, newVisit, text.staffingRating, text.partly);
    await newVisit.getByRole('textbox', { name: text.staffingNote }).fill(text.staffingText);
    await choose(page, newVisit, text.lanesRating, text.adequate);
    await expect(newVisit.getByTestId('checklist-progress')).toHaveText(text.progress);
    await newVisit.getByRole('textbox', { name: text.observations, exact: true }).fill(text.observationsText);
    await screenshot(page, language, '03-site-visit-checklist');
    await page.keyboard.press('Control+KeyS');
    const code = `SV-${now.getFullYear()}-01`;
    const visit = page.getByRole('dialog', { name: text.visitHeading(code) });
    await expect(visit.getByRole('status').first()).toHaveText(text.savedAt);

    // A photo: only once "no person can be recognised" is ticked; its SHA-256 is the file's.
    const photoName = `maesai-lanes-${language}.png`;
    fs.writeFileSync(path.join(sources, photoName), PNG);
    const addPhoto = visit.getByRole('button', { name: text.addPhoto });
    await expect(addPhoto).toBeDisabled();
    await visit.getByRole('checkbox', { name: text.noPeople }).check();
    bridge.dialogAnswers.attachment.push(path.join(sources, photoName));
    await addPhoto.click();
    await expect(visit.getByText(text.attached(photoName))).toBeVisible();
    await expect(visit.getByRole('textbox', { name: text.sha(photoName) })).toHaveValue(sha256(PNG));
    await expect(visit.getByRole('checkbox', { name: text.noPeople })).not.toBeChecked();
    // Saving a copy goes through the main process's save dialog (here: the suggested name in the work folder).
    await visit.getByRole('button', { name: text.saveCopy(photoName) }).click();
    await expect(visit.getByText(text.exported(photoName))).toBeVisible();
    expect(sha256(fs.readFileSync(path.join(bridge.workDir, photoName)))).toBe(sha256(PNG));
    await visit.getByRole('button', { name: text.saveCopy(photoName) }).scrollIntoViewIfNeeded();
    await screenshot(page, language, '04-site-visit-photo');
    await expect(visit.getByRole('status').first()).toHaveText(text.savedAt);
    await visit.getByRole('button', { name: text.close, exact: true }).click();
    await expect(visit).toBeHidden();

    const row = visits.getByRole('row').filter({ hasText: code });
    await expect(row).toContainText(text.land);
    await expect(row).toContainText(text.dates);
    await expect(row).toContainText(text.listProgress);
    await expect(row).toContainText(text.onePhoto);
    await screenshot(page, language, '05-site-visits-list', true);
    await visits.getByRole('button', { name: text.openVisit(code) }).click();
    const reopened = page.getByRole('dialog', { name: text.visitHeading(code) });
    await expect(reopened.getByRole('textbox', { name: text.staffingNote })).toHaveValue(text.staffingText);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // ---- Documents: a regulation of the Immigration Bureau with a PDF; a file type that is refused.
    await page.getByRole('tab', { name: text.documentsTab, exact: true }).click();
    const documents = page.getByRole('tabpanel', { name: text.documentsTab });
    await documents.getByRole('button', { name: text.newDocument }).click();
    const newDocument = page.getByRole('dialog', { name: text.newDocumentHeading });
    await newDocument.getByRole('textbox', { name: text.titleEn }).fill(text.docTitleEn);
    await newDocument.getByRole('textbox', { name: text.titleTh }).fill(text.docTitleTh);
    await choose(page, newDocument, text.docType, text.regulation);
    await choose(page, newDocument, text.issuer, text.issuerOption, text.issuerSearch);
    await expect(newDocument.getByText(text.allowedHint)).toBeVisible();
    await page.keyboard.press('Control+KeyS');
    const document = page.getByRole('dialog', { name: text.documentHeading('DOC-001') });
    await expect(document.getByRole('status').first()).toHaveText(text.savedAt);

    const pdfName = `regulation-${language}.pdf`;
    fs.writeFileSync(path.join(sources, pdfName), PDF);
    bridge.dialogAnswers.attachment.push(path.join(sources, pdfName));
    await document.getByRole('button', { name: text.attachFile }).click();
    await expect(document.getByRole('textbox', { name: text.sha(pdfName) })).toHaveValue(sha256(PDF));
    const exeName = 'setup.exe';
    fs.writeFileSync(path.join(sources, exeName), Buffer.from('MZ'));
    bridge.dialogAnswers.attachment.push(path.join(sources, exeName));
    await document.getByRole('button', { name: text.attachFile }).click();
    await expect(document.getByText(errorMessages[language].ATTACHMENT_TYPE)).toBeVisible();
    // Cancelling the file dialog adds nothing and says nothing.
    await document.getByRole('button', { name: text.attachFile }).click();
    await expect(document.getByText(errorMessages[language].ATTACHMENT_TYPE)).toBeHidden();
    await expect(document.getByRole('textbox', { name: /SHA-256/ })).toHaveCount(1);
    await document.getByRole('button', { name: text.attachFile }).scrollIntoViewIfNeeded();
    await screenshot(page, language, '06-document-files');
    await document.getByRole('button', { name: text.close, exact: true }).click();
    const documentRow = documents.getByRole('row').filter({ hasText: 'DOC-001' });
    await expect(documentRow).toContainText(language === 'th' ? text.docTitleTh : text.docTitleEn);
    await expect(documentRow).toContainText(text.agencyAbbreviation);
    await expect(documentRow).toContainText(text.oneFile);
    await screenshot(page, language, '07-documents-list', true);

    // ---- Passage coding: words of an interview's notes coded to indicator C4.4. A finding
    // written meanwhile (in another window, through the service) is offered too.
    createFinding(bridge.session.require(), {
      subAreaCode: 'C4',
      type: 'gap',
      severity: 'high',
      statement: { en: FINDING_EN, th: FINDING_TH },
      trainingAddressable: true,
      scopes: [{ type: 'national', code: null }],
      evidence: [],
    });
    await page.getByRole('tab', { name: text.interviewsTab, exact: true }).click();
    const interviews = page.getByRole('tabpanel', { name: text.interviewsTab });
    await interviews.getByRole('button', { name: text.newInterview, exact: true }).click();
    const newInterview = page.getByRole('dialog', { name: text.newInterviewHeading });
    await choose(page, newInterview, text.agency, text.agencyOption, text.issuerSearch);
    const notes = newInterview.getByRole('textbox', { name: text.notes, exact: true });
    // A phone number left in the notes: linking them to a finding is refused until it is redacted.
    await notes.fill(`${text.interviewNotes} ${PHONE}`);
    // Coding a new interview saves it first (the pseudonym code is assigned then).
    await selectWords(notes, text.coded);
    await page.keyboard.press('Control+Shift+KeyC');
    const refused = page.getByRole('dialog', { name: text.codeDialog });
    await expect(refused.getByTestId('passage-selection')).toHaveText(text.coded);
    await refused.getByRole('radio', { name: text.finding, exact: true }).check();
    await choose(page, refused, text.findingPick, text.findingOption, 'F-C4');
    await refused.getByRole('button', { name: text.confirmCode, exact: true }).click();
    await expect(refused.getByText(errorMessages[language].PII_NOT_REDACTED)).toBeVisible();
    await screenshot(page, language, '08-code-passage-pii-refused');
    await refused.getByRole('button', { name: text.cancel, exact: true }).click();
    await expect(refused).toBeHidden();
    const interview = page.getByRole('dialog', { name: text.interviewHeading('KII-OFF-001') });
    await interview.getByTestId('pii-warning').getByRole('button', { name: text.redactAll }).click();
    await expect(interview.getByTestId('pii-warning')).toBeHidden();

    const editorNotes = interview.getByRole('textbox', { name: text.notes, exact: true });
    const selected = await selectWords(editorNotes, text.coded);
    await page.keyboard.press('Control+Shift+KeyC');
    const dialog = page.getByRole('dialog', { name: text.codeDialog });
    await expect(dialog.getByTestId('passage-selection')).toHaveText(text.coded);
    await choose(page, dialog, text.indicatorPick, text.indicatorOption, text.indicatorSearch);
    await dialog.getByRole('textbox', { name: text.comment }).fill(text.commentText);
    await screenshot(page, language, '09-code-passage-dialog');
    await dialog.getByRole('button', { name: text.confirmCode, exact: true }).click();
    await expect(dialog).toBeHidden();
    const coding = interview.getByTestId('passage-coding');
    const passage = coding.getByRole('listitem').filter({ hasText: 'P-001' });
    await expect(passage).toContainText(text.coded);
    await expect(passage.getByText(text.target)).toBeVisible();
    await expect(passage.getByText(text.current, { exact: true })).toBeVisible();
    await coding.scrollIntoViewIfNeeded();
    await screenshot(page, language, '10-passage-coded');

    // Words added before the passage: once saved, the coding follows its words.
    await editorNotes.press('Control+Home');
    await editorNotes.pressSequentially(text.addedBefore);
    await expect(interview.getByRole('status').first()).toHaveText(text.savedAt);
    await expect(passage.getByText(text.moved, { exact: true })).toBeVisible();
    await passage.getByRole('button', { name: text.showPassage('P-001') }).click();
    const shown = await editorNotes.evaluate((element) => {
      const box = element as HTMLTextAreaElement;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(shown).toBe(text.coded);
    expect(selected.start).toBeGreaterThan(0);

    // The coded words themselves edited away: the passage is flagged for the assessor.
    await editorNotes.fill(text.addedBefore.trim());
    await expect(interview.getByRole('status').first()).toHaveText(text.savedAt);
    await expect(passage.getByText(text.changed, { exact: true })).toBeVisible();
    await expect(passage.getByText(text.changedHint)).toBeVisible();
    await coding.scrollIntoViewIfNeeded();
    await screenshot(page, language, '11-passage-changed');

    expect(outsideRequests).toEqual([]);
  });
}

import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { GAP_KINDS, type GapKind } from '../../src/shared/dashboard';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * An assessor's day, in Thai and in English, entirely through the UI of the real renderer on
 * the real api.ts (the bridge): a new project -> the Dashboard's gaps are read -> an official
 * interview with its consent and notes in unsegmented Thai plus an English sentence (Ctrl+N,
 * Ctrl+S) -> words of the notes coded to indicator C4.1 (Ctrl+Shift+C) -> a document -> C4.1
 * rated nationally beside its rubric, citing the interview -> a finding citing the interview
 * and the document (the gauge says supported) -> the Dashboard shows the finding without a
 * recommendation -> a recommendation for it -> its gap link opens it -> an action item with
 * lead agency, indicator, target and dates, and a status update -> the Dashboard: one indicator
 * fewer unrated, no finding without a recommendation, no recommendation without an action ->
 * Ctrl+K finds a Thai word inside the unsegmented notes and opens the interview.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test. Screenshots: test-results/screens/{th,en}-day-NN-*.png.
 */

const now = new Date();
const BE_YEAR = now.getFullYear() + 543;
const BE_NEXT = BE_YEAR + 1;
const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const TH_MONTHS = 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(' ');

/** Thai without spaces between words, then one English sentence: the notes of both tests. */
const THAI_NOTES =
  'พนักงานสอบสวนเล่าว่าคดีลักลอบขนคนส่วนใหญ่จบที่คนขับรถเพราะต้องส่งสำนวนให้อัยการก่อนฝากขังครบกำหนดจึงไม่มีเวลาสืบหาผู้บงการ';
const ENGLISH_NOTES =
  'Inquiry officers said most smuggling cases stop at the driver because the file must reach the prosecutor before the remand period runs out.';
const NOTES = `${THAI_NOTES} ${ENGLISH_NOTES}`;
/** A word inside the unsegmented Thai ("remand in custody"), used by no indicator. */
const THAI_WORD = 'ฝากขัง';

const ui = {
  en: {
    tab: {
      dashboard: 'Dashboard',
      framework: 'Framework',
      interviews: 'Interviews',
      documents: 'Documents',
      findings: 'Findings',
      recommendations: 'Recommendations',
      actionPlan: 'Action plan',
    },
    none: '✓ None',
    ofTotal: (done: number, total: number) => `${done} of ${total}`,
    newInterviewHeading: 'New interview',
    interviewHeading: (code: string) => `Interview ${code}`,
    agency: 'Agency',
    agencySearch: 'IB',
    agencyOption: 'IB – Immigration Bureau, Royal Thai Police',
    agencyAbbreviation: 'IB',
    datePart: (part: 'Day' | 'Month' | 'Year', field: string) => `${part} (${field})`,
    interviewDate: 'Date of the interview',
    thisMonth: EN_MONTHS[now.getMonth()] ?? '',
    thisYear: `${BE_YEAR} B.E.`,
    written: 'Written',
    infoSheet: 'Information sheet version',
    infoSheetText: 'v2 (2569)',
    paraphrase: 'Paraphrase only',
    recording: 'Audio recording allowed',
    notes: 'Notes',
    savedAt: /^✓ Saved at \d\d:\d\d$/,
    close: 'Close',
    coded: 'most smuggling cases stop at the driver',
    codeDialog: 'Code a passage',
    indicatorPick: 'Indicator',
    indicatorOption: /^C4\.1 – Smuggling investigations go beyond/,
    confirmCode: 'Code passage',
    passageTarget: /^Indicator C4\.1 – Smuggling investigations/,
    newDocumentHeading: 'New document',
    documentHeading: 'Document DOC-001',
    titleEn: 'Title in English',
    titleTh: 'Title in Thai',
    docTitleEn: 'Police order on smuggling case files',
    docTitleTh: 'คำสั่งสำนักงานตำรวจแห่งชาติเรื่องการทำสำนวนคดีลักลอบขนคน',
    docType: 'Type of document',
    regulation: 'Regulation',
    issuer: 'Issued by (agency)',
    findIndicator: 'Find an indicator',
    indicatorHeading: 'Indicator C4.1',
    ratingsHeading: 'Ratings',
    rateNationally: 'Rate nationally',
    rateDialog: 'Rate indicator C4.1',
    rubricLevel1: 'Organisers are pursued occasionally, depending on individual investigators.',
    level1: /^1\s*Initial \/ ad hoc/,
    justification: 'Justification (English)',
    justificationText: 'Cases stop at the driver; organisers are pursued only when an investigator insists.',
    assessor: 'Assessor',
    evidencePicker: 'Find evidence to add to “Linked evidence”',
    ratingCard: 'Rating at National',
    ratingValue: '1 of 4 · Initial / ad hoc',
    newFindingHeading: 'New finding',
    subArea: 'Sub-area',
    subAreaOption: /^C4 · Investigation and prosecution/,
    statement: 'Statement (English)',
    statementText:
      'Smuggling investigations rarely reach the organisers: most cases stop at the drivers caught at the border.',
    supported: 'Supported (two independent evidence types)',
    findingHeading: 'Finding F-C4-01',
    newRecommendationHeading: 'New recommendation',
    recSubAreaOption: 'C4 – Investigation and prosecution of smuggling and trafficking',
    linkedFindings: 'Linked findings',
    findingOption: /^F-C4-01 – Smuggling investigations rarely/,
    recText: 'Recommendation in English',
    recTextValue: 'Give inquiry officers time and guidance to follow smuggling networks beyond the drivers.',
    priority: 'Priority',
    high: 'High',
    horizon: 'Horizon',
    shortTerm: 'Short term',
    recommendationHeading: 'Recommendation REC-C4-01',
    saved: '✓ Saved',
    gapRecommendation: /^Open REC-C4-01/,
    addAction: 'Add action for this recommendation',
    newActionHeading: 'New action item',
    actionText: 'Action (English)',
    actionValue:
      'Issue a police order extending network investigation to every smuggling case with more than five migrants',
    leadAgency: 'Lead agency',
    indicatorField: 'Indicator (English)',
    indicatorValue: 'Share of smuggling cases with an organiser charged',
    targetField: 'Target (English)',
    targetValue: '30% of cases by the end of the year',
    verificationField: 'Means of verification (English)',
    verificationValue: 'Case statistics of the Immigration Bureau',
    startDate: 'Start date',
    endDate: 'End date',
    march: 'March',
    december: 'December',
    nextYear: `${BE_NEXT} B.E.`,
    smartAll: '5 of 5 criteria met',
    estimatedCost: 'Estimated cost',
    actionHeading: 'Action item JAP-C4-01',
    status: 'Status',
    inProgress: 'In progress',
    note: 'Note',
    noteText: 'Draft order sent to the legal division.',
    addUpdate: 'Add status update',
    updatesList: 'Status updates, newest first',
    search: 'Search the project',
    results: 'Search results',
  },
  th: {
    tab: {
      dashboard: 'แดชบอร์ด',
      framework: 'กรอบการประเมิน',
      interviews: 'การสัมภาษณ์',
      documents: 'เอกสาร',
      findings: 'ข้อค้นพบ',
      recommendations: 'ข้อเสนอแนะ',
      actionPlan: 'แผนปฏิบัติการ',
    },
    none: '✓ ไม่มี',
    ofTotal: (done: number, total: number) => `${done} จาก ${total}`,
    newInterviewHeading: 'การสัมภาษณ์ใหม่',
    interviewHeading: (code: string) => `การสัมภาษณ์ ${code}`,
    agency: 'หน่วยงาน',
    agencySearch: 'สตม',
    agencyOption: 'สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    agencyAbbreviation: 'สตม.',
    datePart: (part: 'Day' | 'Month' | 'Year', field: string) =>
      `${{ Day: 'วัน', Month: 'เดือน', Year: 'ปี' }[part]} (${field})`,
    interviewDate: 'วันที่สัมภาษณ์',
    thisMonth: TH_MONTHS[now.getMonth()] ?? '',
    thisYear: String(BE_YEAR),
    written: 'เป็นลายลักษณ์อักษร',
    infoSheet: 'ฉบับของเอกสารชี้แจงข้อมูล',
    infoSheetText: 'ฉบับที่ 2 (2569)',
    paraphrase: 'ถอดความเท่านั้น',
    recording: 'อนุญาตให้บันทึกเสียง',
    notes: 'บันทึก',
    savedAt: /^✓ บันทึกแล้ว เวลา \d\d\.\d\d น\.$/,
    close: 'ปิด',
    coded: 'คดีลักลอบขนคนส่วนใหญ่จบที่คนขับรถ',
    codeDialog: 'ลงรหัสข้อความ',
    indicatorPick: 'ตัวชี้วัด',
    indicatorOption: /^C4\.1 – การสืบสวนคดีลักลอบขนผู้ย้ายถิ่นขยายผล/,
    confirmCode: 'ลงรหัสข้อความ',
    passageTarget: /^ตัวชี้วัด C4\.1 – การสืบสวนคดีลักลอบขนผู้ย้ายถิ่น/,
    newDocumentHeading: 'เอกสารใหม่',
    documentHeading: 'เอกสาร DOC-001',
    titleEn: 'ชื่อเอกสารภาษาอังกฤษ',
    titleTh: 'ชื่อเอกสารภาษาไทย',
    docTitleEn: 'Police order on smuggling case files',
    docTitleTh: 'คำสั่งสำนักงานตำรวจแห่งชาติเรื่องการทำสำนวนคดีลักลอบขนคน',
    docType: 'ประเภทเอกสาร',
    regulation: 'กฎ ระเบียบ',
    issuer: 'ออกโดย (หน่วยงาน)',
    findIndicator: 'ค้นหาตัวชี้วัด',
    indicatorHeading: 'ตัวชี้วัด C4.1',
    ratingsHeading: 'การให้คะแนน',
    rateNationally: 'ให้คะแนนระดับประเทศ',
    rateDialog: 'ให้คะแนนตัวชี้วัด C4.1',
    rubricLevel1: 'มีการขยายผลไปยังผู้บงการเป็นครั้งคราว ขึ้นอยู่กับพนักงานสอบสวนแต่ละราย',
    level1: /^1\s*เริ่มต้น \/ เฉพาะกิจ/,
    justification: 'เหตุผลประกอบ (ภาษาไทย)',
    justificationText: 'คดีส่วนใหญ่ยุติที่ผู้ขับขี่ การขยายผลถึงผู้บงการเกิดขึ้นเฉพาะเมื่อพนักงานสอบสวนบางรายผลักดันเอง',
    assessor: 'ผู้ประเมิน',
    evidencePicker: 'ค้นหาหลักฐานเพื่อเพิ่มใน “หลักฐานที่เชื่อมโยง”',
    ratingCard: 'คะแนนของ ระดับประเทศ',
    ratingValue: '1 จาก 4 · เริ่มต้น / เฉพาะกิจ',
    newFindingHeading: 'ข้อค้นพบใหม่',
    subArea: 'ประเด็นย่อย',
    subAreaOption: /^C4 · การสืบสวนสอบสวนและการดำเนินคดี/,
    statement: 'ข้อความข้อค้นพบ (ภาษาไทย)',
    statementText: 'การสืบสวนคดีลักลอบขนผู้ย้ายถิ่นแทบไม่ขยายผลถึงผู้บงการ คดีส่วนใหญ่ยุติที่ผู้ขับขี่ที่ถูกจับกุมที่ชายแดน',
    supported: 'มีหลักฐานยืนยัน (หลักฐานอิสระสองประเภท)',
    findingHeading: 'ข้อค้นพบ F-C4-01',
    newRecommendationHeading: 'ข้อเสนอแนะใหม่',
    recSubAreaOption: 'C4 – การสืบสวนสอบสวนและการดำเนินคดีการลักลอบขนผู้ย้ายถิ่นและการค้ามนุษย์',
    linkedFindings: 'ข้อค้นพบที่เชื่อมโยง',
    findingOption: /^F-C4-01 – การสืบสวนคดีลักลอบขนผู้ย้ายถิ่นแทบไม่/,
    recText: 'ข้อเสนอแนะภาษาไทย',
    recTextValue: 'ให้เวลาและแนวทางแก่พนักงานสอบสวนในการสืบสวนขยายผลเครือข่ายลักลอบขนคนให้เกินกว่าผู้ขับขี่',
    priority: 'ลำดับความสำคัญ',
    high: 'สูง',
    horizon: 'ระยะเวลา',
    shortTerm: 'ระยะสั้น',
    recommendationHeading: 'ข้อเสนอแนะ REC-C4-01',
    saved: '✓ บันทึกแล้ว',
    gapRecommendation: /^เปิด REC-C4-01/,
    addAction: 'เพิ่มรายการปฏิบัติการสำหรับข้อเสนอแนะนี้',
    newActionHeading: 'รายการปฏิบัติการใหม่',
    actionText: 'การดำเนินการ (ภาษาไทย)',
    actionValue: 'ออกคำสั่งสำนักงานตำรวจแห่งชาติให้สืบสวนขยายผลเครือข่ายในทุกคดีลักลอบขนคนที่มีผู้ย้ายถิ่นเกินห้าคน',
    leadAgency: 'หน่วยงานหลัก',
    indicatorField: 'ตัวชี้วัด (ภาษาไทย)',
    indicatorValue: 'สัดส่วนคดีลักลอบขนคนที่ดำเนินคดีกับผู้บงการ',
    targetField: 'ค่าเป้าหมาย (ภาษาไทย)',
    targetValue: 'ร้อยละ 30 ของคดีภายในสิ้นปี',
    verificationField: 'แหล่งข้อมูลยืนยัน (ภาษาไทย)',
    verificationValue: 'สถิติคดีของสำนักงานตรวจคนเข้าเมือง',
    startDate: 'วันเริ่มต้น',
    endDate: 'วันสิ้นสุด',
    march: 'มีนาคม',
    december: 'ธันวาคม',
    nextYear: String(BE_NEXT),
    smartAll: 'ผ่าน 5 จาก 5 เกณฑ์',
    estimatedCost: 'ประมาณการค่าใช้จ่าย',
    actionHeading: 'รายการปฏิบัติการ JAP-C4-01',
    status: 'สถานะ',
    inProgress: 'กำลังดำเนินการ',
    note: 'หมายเหตุ',
    noteText: 'ส่งร่างคำสั่งให้ฝ่ายกฎหมายแล้ว',
    addUpdate: 'เพิ่มการรายงานสถานะ',
    updatesList: 'การรายงานสถานะ ล่าสุดอยู่บน',
    search: 'ค้นหาในโครงการ',
    results: 'ผลการค้นหา',
  },
} as const;
type Text = (typeof ui)[Language];

const projects = {
  en: { title: 'BMMA – an assessor’s day 2026', passphrase: 'correct horse battery staple' },
  th: { title: 'วันทำงานของผู้ประเมิน BMMA 2569', passphrase: 'ด่านชายแดน สระแก้ว ปลอดภัย 2569' },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

async function screenshot(page: Page, language: Language, step: string, fullPage = false): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.screenshot({
    path: path.join(screensDir, `${language}-day-${step}.png`),
    fullPage,
    animations: 'disabled',
  });
}

/** Opens a Mantine select by its accessible name, optionally types to search, and picks an option. */
async function choose(page: Page, scope: Locator, name: string, option: string | RegExp, search?: string) {
  const box = scope.getByRole('combobox', { name, exact: true }).or(scope.getByRole('textbox', { name, exact: true }));
  await box.first().click();
  if (search !== undefined) await box.first().fill(search);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

/** Types into an evidence picker and adds the option whose text starts with `code`. */
async function addEvidence(page: Page, scope: Locator, text: Text, code: string) {
  const search = scope.getByRole('combobox', { name: text.evidencePicker });
  await search.fill(code);
  await page.getByRole('option', { name: new RegExp(`^${code}`) }).click();
  await expect(scope.locator(`[data-evidence-code="${code}"]`)).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  return page.getByRole('tabpanel', { name });
}

type Gaps = Record<GapKind, number>;

/** The gap counts as the Dashboard shows them ("✓ None" is 0). */
async function readGaps(dashboard: Locator): Promise<Gaps> {
  await expect(dashboard.getByTestId('gap-count-indicator_unrated')).toBeVisible();
  const gaps = {} as Gaps;
  for (const kind of GAP_KINDS) {
    const shown = (await dashboard.getByTestId(`gap-count-${kind}`).textContent()) ?? '';
    gaps[kind] = shown.startsWith('✓') ? 0 : Number(shown.replace(/\D/g, ''));
  }
  return gaps;
}

/** Each gap count is what the user must see for `expected`. */
async function expectGaps(dashboard: Locator, text: Text, expected: Gaps) {
  for (const kind of GAP_KINDS) {
    const count = expected[kind];
    await expect(dashboard.getByTestId(`gap-count-${kind}`), kind).toHaveText(count === 0 ? text.none : String(count));
  }
}

const total = (dashboard: Locator, key: string) => dashboard.locator(`[data-total="${key}"] dd`);

/** Picks a date in the three selects (day, month, year) of a date field. */
async function pickDate(
  page: Page,
  scope: Locator,
  text: Text,
  field: string,
  day: string,
  month: string,
  year: string,
) {
  await choose(page, scope, text.datePart('Day', field), day);
  await choose(page, scope, text.datePart('Month', field), month);
  await choose(page, scope, text.datePart('Year', field), year);
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: an assessor's day — interview, coded passage, document, rating, finding, recommendation, action; the dashboard's gaps shrink; Thai search`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    await createProjectThroughUi(page, language, projects[language]);

    // 1. The Dashboard of a new project: every indicator is unrated, nothing else is recorded.
    const dashboard = await openTab(page, text.tab.dashboard);
    const before = await readGaps(dashboard);
    const indicators = before.indicator_unrated;
    expect(indicators).toBeGreaterThan(50);
    await expect(total(dashboard, 'indicatorsRated')).toHaveText(text.ofTotal(0, indicators));
    await screenshot(page, language, '01-dashboard-before', true);

    // 2. An official interview (Ctrl+N), consent recorded, notes in Thai and English (Ctrl+S).
    await openTab(page, text.tab.interviews);
    await page.keyboard.press('Control+KeyN');
    const draft = page.getByRole('dialog', { name: text.newInterviewHeading });
    await choose(page, draft, text.agency, text.agencyOption, text.agencySearch);
    await choose(page, draft, text.datePart('Month', text.interviewDate), text.thisMonth);
    await choose(page, draft, text.datePart('Year', text.interviewDate), text.thisYear);
    await draft.getByRole('radio', { name: text.written, exact: true }).check();
    await draft.getByRole('textbox', { name: text.infoSheet, exact: true }).fill(text.infoSheetText);
    await draft.getByRole('radio', { name: text.paraphrase, exact: true }).check();
    await draft.getByRole('checkbox', { name: text.recording, exact: true }).check();
    await draft.getByRole('textbox', { name: text.notes, exact: true }).fill(NOTES);
    await draft.getByRole('radio', { name: text.written, exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, language, '02-interview-consent');
    await page.keyboard.press('Control+KeyS');
    const interview = page.getByRole('dialog', { name: text.interviewHeading('KII-OFF-001') });
    await expect(interview.getByRole('status').first()).toHaveText(text.savedAt);
    await expect(interview.getByRole('checkbox', { name: text.recording, exact: true })).toBeChecked();

    // 3. Words of the notes selected and coded to indicator C4.1 (Ctrl+Shift+C).
    const coded = text.coded;
    const notes = interview.getByRole('textbox', { name: text.notes, exact: true });
    await notes.evaluate((element, words) => {
      const box = element as HTMLTextAreaElement;
      const start = box.value.indexOf(words);
      box.focus();
      box.setSelectionRange(start, start + words.length);
    }, coded);
    await page.keyboard.press('Control+Shift+KeyC');
    const codeDialog = page.getByRole('dialog', { name: text.codeDialog });
    await expect(codeDialog.getByTestId('passage-selection')).toHaveText(coded);
    await choose(page, codeDialog, text.indicatorPick, text.indicatorOption, 'C4.1');
    await screenshot(page, language, '03-code-passage');
    await codeDialog.getByRole('button', { name: text.confirmCode, exact: true }).click();
    await expect(codeDialog).toBeHidden();
    const passage = interview.getByTestId('passage-coding').getByRole('listitem').filter({ hasText: 'P-001' });
    await expect(passage).toContainText(coded);
    await expect(passage.getByText(text.passageTarget)).toBeVisible();
    await interview.getByTestId('passage-coding').scrollIntoViewIfNeeded();
    await screenshot(page, language, '04-passage-coded');
    await interview.getByRole('button', { name: text.close, exact: true }).click();
    await expect(interview).toBeHidden();

    // 4. A document (Ctrl+N on the Documents tab): a second type of evidence.
    await openTab(page, text.tab.documents);
    await page.keyboard.press('Control+KeyN');
    const newDocument = page.getByRole('dialog', { name: text.newDocumentHeading });
    await newDocument.getByRole('textbox', { name: text.titleEn }).fill(text.docTitleEn);
    await newDocument.getByRole('textbox', { name: text.titleTh }).fill(text.docTitleTh);
    await choose(page, newDocument, text.docType, text.regulation);
    await choose(page, newDocument, text.issuer, text.agencyOption, text.agencySearch);
    await page.keyboard.press('Control+KeyS');
    const document = page.getByRole('dialog', { name: text.documentHeading });
    await expect(document.getByRole('status').first()).toHaveText(text.savedAt);
    await screenshot(page, language, '05-document');
    await document.getByRole('button', { name: text.close, exact: true }).click();
    await expect(document).toBeHidden();

    // 5. C4.1 rated nationally, its rubric beside the levels, citing the interview.
    const framework = await openTab(page, text.tab.framework);
    await framework.getByRole('searchbox', { name: text.findIndicator }).fill('C4.1');
    await framework.getByRole('button', { name: /^C4\.1\s/ }).click();
    const ratings = framework
      .getByRole('region', { name: text.indicatorHeading })
      .getByRole('region', { name: text.ratingsHeading, exact: true });
    await ratings.getByRole('button', { name: text.rateNationally }).click();
    const rate = page.getByRole('dialog', { name: text.rateDialog });
    await expect(rate.getByText(text.rubricLevel1)).toBeVisible();
    await rate.getByRole('radio', { name: text.level1 }).click();
    await rate.getByRole('textbox', { name: text.justification }).fill(text.justificationText);
    await rate.getByRole('textbox', { name: text.assessor }).fill('AT');
    await addEvidence(page, rate, text, 'KII-OFF-001');
    await rate.locator('[data-level="1"]').evaluate((card) => card.scrollIntoView({ block: 'center' }));
    await screenshot(page, language, '06-rate-with-rubric');
    await page.keyboard.press('Control+KeyS');
    await expect(rate).toBeHidden();
    const card = ratings.getByRole('article', { name: text.ratingCard });
    await expect(card.getByTestId('rating-value')).toHaveText(text.ratingValue);
    await expect(card.locator('[data-evidence-code="KII-OFF-001"]')).toBeVisible();
    await ratings.scrollIntoViewIfNeeded();
    await screenshot(page, language, '07-rated');

    // 6. A finding citing the interview and the document: the gauge says supported.
    await openTab(page, text.tab.findings);
    await page.keyboard.press('Control+KeyN');
    const newFinding = page.getByRole('dialog', { name: text.newFindingHeading });
    await choose(page, newFinding, text.subArea, text.subAreaOption, 'C4');
    await newFinding.getByRole('textbox', { name: text.statement }).fill(text.statementText);
    await addEvidence(page, newFinding, text, 'KII-OFF-001');
    await addEvidence(page, newFinding, text, 'DOC-001');
    await page.keyboard.press('Control+KeyS');
    const finding = page.getByRole('dialog', { name: text.findingHeading });
    const gauge = finding.getByTestId('triangulation-gauge');
    await expect(gauge.getByTestId('triangulation-state')).toHaveText(text.supported);
    await gauge.scrollIntoViewIfNeeded();
    await screenshot(page, language, '08-finding-supported');
    await finding.getByRole('button', { name: text.close, exact: true }).click();
    await expect(finding).toBeHidden();

    // The Dashboard now lists the finding as having no recommendation.
    await openTab(page, text.tab.dashboard);
    await expect(dashboard.getByTestId('gap-count-finding_without_recommendation')).toHaveText(
      String(before.finding_without_recommendation + 1),
    );
    await expect(total(dashboard, 'findingsSupported')).toHaveText(text.ofTotal(1, 1));
    await screenshot(page, language, '09-dashboard-finding-gap', true);

    // 7. A recommendation answering the finding (Ctrl+N, Ctrl+S) ...
    await openTab(page, text.tab.recommendations);
    await page.keyboard.press('Control+KeyN');
    const newRecommendation = page.getByRole('dialog', { name: text.newRecommendationHeading });
    await choose(page, newRecommendation, text.subArea, text.recSubAreaOption, 'C4');
    await choose(page, newRecommendation, text.linkedFindings, text.findingOption, 'F-C4');
    await newRecommendation.getByRole('textbox', { name: text.recText, exact: true }).fill(text.recTextValue);
    await choose(page, newRecommendation, text.priority, text.high);
    await choose(page, newRecommendation, text.horizon, text.shortTerm);
    await screenshot(page, language, '10-recommendation');
    await page.keyboard.press('Control+KeyS');
    const recommendation = page.getByRole('dialog', { name: text.recommendationHeading });
    await expect(recommendation.getByTestId('recommendation-save-state')).toHaveText(text.saved);
    await recommendation.getByRole('button', { name: text.close, exact: true }).click();

    // ... which the Dashboard lists as without an action; its link opens it.
    await openTab(page, text.tab.dashboard);
    await expect(dashboard.getByTestId('gap-count-finding_without_recommendation')).toHaveText(
      before.finding_without_recommendation === 0 ? text.none : String(before.finding_without_recommendation),
    );
    await expect(dashboard.getByTestId('gap-count-recommendation_without_action')).toHaveText(
      String(before.recommendation_without_action + 1),
    );
    await screenshot(page, language, '11-dashboard-recommendation-gap', true);
    await dashboard.getByRole('button', { name: text.gapRecommendation }).click();

    // An action item for it: lead agency, indicator, target, verification, dates, cost.
    await recommendation.getByRole('button', { name: text.addAction }).click();
    const action = page.getByRole('dialog', { name: text.newActionHeading });
    await action.getByRole('textbox', { name: text.actionText, exact: true }).fill(text.actionValue);
    await choose(page, action, text.leadAgency, text.agencyOption, text.agencySearch);
    await action.getByRole('textbox', { name: text.indicatorField, exact: true }).fill(text.indicatorValue);
    await action.getByRole('textbox', { name: text.targetField, exact: true }).fill(text.targetValue);
    await action.getByRole('textbox', { name: text.verificationField, exact: true }).fill(text.verificationValue);
    await pickDate(page, action, text, text.startDate, '1', text.march, text.nextYear);
    await pickDate(page, action, text, text.endDate, '15', text.december, text.nextYear);
    await action.getByRole('textbox', { name: text.estimatedCost, exact: true }).fill('250000');
    await expect(action.getByTestId('smart-summary')).toHaveText(text.smartAll);
    await action.getByRole('textbox', { name: text.actionText, exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, language, '12-action-item');
    await page.keyboard.press('Control+KeyS');
    const item = page.getByRole('dialog', { name: text.actionHeading });
    await expect(item.getByTestId('action-save-state')).toHaveText(text.saved);

    // A dated status update.
    await choose(page, item, text.status, text.inProgress);
    await item.getByRole('textbox', { name: text.note, exact: true }).fill(text.noteText);
    await item.getByRole('button', { name: text.addUpdate }).click();
    const timeline = item.getByRole('list', { name: text.updatesList });
    await expect(timeline.getByRole('listitem')).toHaveCount(1);
    await expect(timeline).toContainText(text.noteText);
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, language, '13-action-status-update');
    await item.getByRole('button', { name: text.close, exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // 8. The Dashboard: one indicator fewer unrated; the finding has its recommendation and the
    // recommendation its action; no new gap opened; the totals count the day's work.
    await openTab(page, text.tab.dashboard);
    await expectGaps(dashboard, text, { ...before, indicator_unrated: before.indicator_unrated - 1 });
    await expect(total(dashboard, 'indicatorsRated')).toHaveText(text.ofTotal(1, indicators));
    await expect(total(dashboard, 'findingsSupported')).toHaveText(text.ofTotal(1, 1));
    for (const key of ['interviews', 'documents', 'passages', 'ratings', 'recommendations', 'actions'])
      await expect(total(dashboard, key), key).toHaveText('1');
    await expect(dashboard.getByTestId('area-score-chart').locator('[data-area="C"]')).toHaveAttribute(
      'data-score',
      '25',
    );
    await expect(dashboard.locator('tr[data-row="C"] td[data-status="in_progress"]')).toHaveText('1');
    await screenshot(page, language, '14-dashboard-after', true);

    // 9. Ctrl+K, a Thai word inside the unsegmented notes: the interview is found and opened.
    await page.keyboard.press('Control+KeyK');
    const search = page.getByRole('combobox', { name: text.search });
    await expect(search).toBeFocused();
    await search.fill(THAI_WORD);
    const hit = page
      .getByRole('listbox', { name: text.results })
      .getByRole('option')
      .filter({ hasText: 'KII-OFF-001' });
    await expect(hit.locator('mark')).toHaveText([THAI_WORD]);
    await screenshot(page, language, '15-search-thai');
    await hit.click();
    const opened = page.getByRole('dialog', { name: text.interviewHeading('KII-OFF-001') });
    const openedNotes = opened.getByRole('textbox', { name: text.notes, exact: true });
    await expect(openedNotes).toHaveValue(NOTES);
    await expect(page.getByRole('tab', { name: text.tab.interviews, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await openedNotes.scrollIntoViewIfNeeded();
    await screenshot(page, language, '16-interview-opened');

    expect(outsideRequests).toEqual([]);
  });
}

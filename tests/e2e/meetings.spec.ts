import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { BmmaClient } from '../../src/shared/client';
import { expect, test } from './fixtures';
import { createProjectThroughUi } from './start-screen';

/**
 * A Component 2 consultation recorded through the real renderer and api.ts (the bridge), in
 * Thai and in English: a JAP item exists (made through window.bmma, as the Action plan tab
 * would) -> New meeting 3/2563 -> attendance of IB (present) and OAG (substitute) -> an item
 * under "matters for consideration" -> a draft provision of the new Immigration Act added and
 * linked -> IB supports, OAG supports with amendments, consensus reached -> a follow-up owned
 * by IB linked to the JAP item -> minutes circulated. A second meeting 3/2563 is refused with
 * the meeting-number message. Screenshot: test-results/screens/meetings-{en,th}.png.
 *
 * The UI text is written out here rather than imported from the catalogs, so a missing or
 * wrong translation fails the test.
 */

const ui = {
  en: {
    tab: 'Meetings',
    newMeeting: 'New meeting',
    number: 'Meeting number',
    year: 'Year (B.E.)',
    titleField: 'Title (English)',
    title: 'Consultation on the draft Immigration Act',
    create: 'Create meeting',
    dateParts: ['Day (Date)', 'Month (Date)', 'Year (Date)'],
    date: ['12', 'February', '2563 B.E.'],
    listDate: '12 February 2563 B.E.',
    agency: 'Agency',
    position: 'Position title',
    sex: 'Sex',
    status: 'Status',
    substituteFor: 'Substituting for (position)',
    add: 'Add',
    edit: 'Edit',
    saveChanges: 'Save changes',
    countsEdited: 'Attending: 2 (female 2, male 0, other 0, not recorded 0); absent 0',
    ib: 'IB – Immigration Bureau, Royal Thai Police',
    oag: 'OAG – Office of the Attorney General',
    ibShort: 'IB',
    oagShort: 'OAG',
    female: 'Female',
    male: 'Male',
    substitute: 'Substitute',
    counts: 'Attending: 2 (female 1, male 1, other 0, not recorded 0); absent 0',
    addItemTo: 'Add item – Item 4: Matters for consideration',
    addItem: 'Add item',
    itemTitle: 'Provisions on assisting unlawful entry',
    addProvision: 'Add a provision…',
    section: 'Section',
    provisionTitle: 'Title (English)',
    provisionName: 'Assisting unlawful entry for material benefit',
    sectionRef: 's. 64/1',
    save: 'Save',
    provision: 'Provision',
    link: 'Link provision',
    positionField: 'Position',
    support: 'Support',
    withAmendments: 'Support with amendments',
    record: 'Record position',
    consensus: 'Consensus',
    reached: 'Consensus: Reached',
    followText: 'Action (English)',
    followUp: 'IB to redraft with OAG and circulate',
    owner: 'Owner agency',
    jap: 'Joint Action Plan item',
    addFollowUp: 'Add follow-up',
    circulate: 'Mark circulated',
    circulated: 'Circulated',
    duplicate: 'Meeting MTG-C2-3/2563 already exists. Choose another number for that year; nothing was saved.',
  },
  th: {
    tab: 'การประชุม',
    newMeeting: 'เพิ่มการประชุม',
    number: 'ครั้งที่',
    year: 'ปี (พ.ศ.)',
    titleField: 'ชื่อการประชุม (ภาษาไทย)',
    title: 'การประชุมรับฟังความคิดเห็นร่างพระราชบัญญัติคนเข้าเมือง',
    create: 'สร้างการประชุม',
    dateParts: ['วัน (วันที่)', 'เดือน (วันที่)', 'ปี (วันที่)'],
    date: ['12', 'กุมภาพันธ์', '2563'],
    listDate: '12 กุมภาพันธ์ 2563',
    agency: 'หน่วยงาน',
    position: 'ตำแหน่ง',
    sex: 'เพศ',
    status: 'สถานะ',
    substituteFor: 'มาแทน (ตำแหน่ง)',
    add: 'เพิ่ม',
    edit: 'แก้ไข',
    saveChanges: 'บันทึกการแก้ไข',
    countsEdited: 'ผู้เข้าประชุม 2 คน (หญิง 2 ชาย 0 อื่น ๆ 0 ไม่ได้บันทึก 0) ไม่มาประชุม 0 คน',
    ib: 'สตม. – สำนักงานตรวจคนเข้าเมือง สำนักงานตำรวจแห่งชาติ',
    oag: 'อส. – สำนักงานอัยการสูงสุด',
    ibShort: 'สตม.',
    oagShort: 'อส.',
    female: 'หญิง',
    male: 'ชาย',
    substitute: 'มาแทน',
    counts: 'ผู้เข้าประชุม 2 คน (หญิง 1 ชาย 1 อื่น ๆ 0 ไม่ได้บันทึก 0) ไม่มาประชุม 0 คน',
    addItemTo: 'เพิ่มเรื่อง – ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา',
    addItem: 'เพิ่มเรื่อง',
    itemTitle: 'บทบัญญัติว่าด้วยการช่วยเหลือให้เข้าเมืองโดยผิดกฎหมาย',
    addProvision: 'เพิ่มบทบัญญัติ…',
    section: 'มาตรา',
    provisionTitle: 'ชื่อ (ภาษาไทย)',
    provisionName: 'การช่วยเหลือให้เข้าเมืองโดยผิดกฎหมายเพื่อประโยชน์',
    sectionRef: 'มาตรา 64/1',
    save: 'บันทึก',
    provision: 'บทบัญญัติ',
    link: 'เชื่อมโยงบทบัญญัติ',
    positionField: 'ท่าที',
    support: 'เห็นด้วย',
    withAmendments: 'เห็นด้วยโดยมีข้อแก้ไข',
    record: 'บันทึกท่าที',
    consensus: 'ฉันทามติ',
    reached: 'ฉันทามติ: ได้ข้อยุติ',
    followText: 'การดำเนินการ (ภาษาไทย)',
    followUp: 'สตม. ปรับร่างร่วมกับ อส. และเวียนให้ความเห็น',
    owner: 'หน่วยงานรับผิดชอบ',
    jap: 'รายการในแผนปฏิบัติการร่วม',
    addFollowUp: 'เพิ่มการดำเนินการ',
    circulate: 'เวียนรายงานแล้ว',
    circulated: 'เวียนแล้ว',
    duplicate: 'มีการประชุม MTG-C2-3/2563 อยู่แล้ว โปรดใช้ครั้งที่อื่นสำหรับปีนั้น ยังไม่มีการบันทึกใด ๆ',
  },
} as const;

const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** A Mantine select by its accessible name (a combobox when searchable, a textbox otherwise). */
function selectBox(scope: Locator, name: string): Locator {
  return scope
    .getByRole('combobox', { name, exact: true })
    .or(scope.getByRole('textbox', { name, exact: true }))
    .first();
}

async function choose(page: Page, scope: Locator, name: string, option: string | RegExp, search?: string) {
  const box = selectBox(scope, name);
  await box.first().click();
  if (search !== undefined) await box.first().fill(search);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: a consultation with two agency positions on a draft provision and a follow-up linked to the JAP`, async ({
    page,
    outsideRequests,
  }) => {
    const text = ui[language];
    await createProjectThroughUi(page, language, {
      title: `Meetings ${language}`,
      passphrase: 'minutes of the third consultation',
    });
    const actionCode = await page.evaluate(async () => {
      const { bmma } = window as unknown as { bmma: BmmaClient };
      const empty = { en: '', th: '' };
      const answer = await bmma.actions.create({
        subAreaCode: 'B3',
        recommendationId: null,
        objective: { en: 'Anti-smuggling provisions adopted', th: 'บทบัญญัติต่อต้านการลักลอบขนคนได้รับการรับรอง' },
        action: { en: 'Finalise anti-smuggling provisions in the draft Act', th: 'ปรับปรุงบทบัญญัติในร่างพระราชบัญญัติ' },
        leadAgencyCode: 'MOI',
        supportingAgencyCodes: [],
        startDate: null,
        endDate: null,
        timeframe: 'medium',
        priority: 'high',
        keyMeasure: false,
        indicator: empty,
        baseline: empty,
        target: empty,
        meansOfVerification: empty,
        estimatedCost: null,
        currency: 'THB',
        fundingSource: '',
        risks: empty,
      });
      if (!answer.ok) throw new Error(answer.error.code);
      return answer.value.code;
    });

    await page.getByRole('tab', { name: text.tab, exact: true }).click();
    await page.getByRole('button', { name: text.newMeeting }).click();
    const modal = page.getByRole('dialog', { name: text.newMeeting });
    await modal.getByRole('textbox', { name: text.number }).fill('3');
    await modal.getByRole('textbox', { name: text.year }).fill('2563');
    await modal.getByRole('textbox', { name: text.titleField }).fill(text.title);
    for (const [index, part] of text.dateParts.entries()) await choose(page, modal, part, text.date[index]!);
    await modal.getByRole('button', { name: text.create }).click();

    const editor = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'MTG-C2-3/2563' }) });
    await expect(editor.getByRole('heading', { name: 'MTG-C2-3/2563' })).toBeVisible();

    // Attendance: IB present (male), OAG substitute (female).
    const attendance = editor.getByRole('region', { name: language === 'th' ? 'ผู้เข้าประชุม' : 'Attendance' });
    await choose(page, attendance, text.agency, text.ib, text.ibShort);
    await attendance
      .getByRole('textbox', { name: text.position, exact: true })
      .fill(language === 'th' ? 'ผู้บังคับการ' : 'Commander');
    await choose(page, attendance, text.sex, text.male);
    await attendance.getByRole('button', { name: text.add, exact: true }).click();
    await expect(attendance.getByRole('table')).toContainText(text.ibShort);
    await choose(page, attendance, text.agency, text.oag, text.oagShort);
    await attendance
      .getByRole('textbox', { name: text.position, exact: true })
      .fill(language === 'th' ? 'อัยการจังหวัด' : 'Provincial prosecutor');
    await choose(page, attendance, text.sex, text.female);
    await choose(page, attendance, text.status, text.substitute);
    await attendance
      .getByRole('textbox', { name: text.substituteFor })
      .fill(language === 'th' ? 'อธิบดีอัยการ' : 'Director-General');
    await attendance.getByRole('button', { name: text.add, exact: true }).click();
    await expect(attendance.getByTestId('attendance-counts')).toHaveText(text.counts);
    // Corrected in place: the IB row's sex changes, no row is added.
    await attendance.getByRole('row').filter({ hasText: text.ibShort }).getByRole('button', { name: text.edit, exact: true }).click();
    await choose(page, attendance, text.sex, text.female);
    await attendance.getByRole('button', { name: text.saveChanges, exact: true }).click();
    await expect(attendance.getByTestId('attendance-counts')).toHaveText(text.countsEdited);
    await expect(attendance.getByRole('table').getByRole('row')).toHaveCount(3);

    // Agenda item 4.1 with a new draft provision, two positions and consensus.
    await editor.getByRole('textbox', { name: text.addItemTo }).fill(text.itemTitle);
    await editor.getByTestId('agenda-category-4').getByRole('button', { name: text.addItem }).click();
    const item = editor.getByTestId('agenda-item-4.1');
    await expect(item).toContainText(`4.1 ${text.itemTitle}`);
    await item.getByRole('button', { name: text.addProvision }).click();
    const provisionModal = page.getByRole('dialog', { name: language === 'th' ? 'เพิ่มบทบัญญัติ' : 'Add a provision' });
    await provisionModal.getByRole('textbox', { name: text.section }).fill('64/1');
    await provisionModal.getByRole('textbox', { name: text.provisionTitle }).fill(text.provisionName);
    await provisionModal.getByRole('button', { name: text.save }).click();
    await expect(provisionModal).toBeHidden();
    await expect(selectBox(item, text.provision)).toHaveValue(`IMM-DRAFT-NEW ${text.sectionRef} ${text.provisionName}`);
    await item.getByRole('button', { name: text.link }).click();
    const provision = item.getByTestId('provision-64/1');
    await expect(provision).toContainText(text.provisionName);
    await expect(provision).toContainText(text.sectionRef);

    await choose(page, provision, text.agency, text.ib);
    await choose(page, provision, text.positionField, text.support);
    await provision.getByRole('button', { name: text.record }).click();
    await expect(provision.getByRole('table')).toContainText(text.support);
    await choose(page, provision, text.agency, text.oag);
    await choose(page, provision, text.positionField, text.withAmendments);
    await provision.getByRole('button', { name: text.record }).click();
    await expect(provision.getByRole('table')).toContainText(text.withAmendments);
    await choose(page, provision, text.consensus, text.reached);
    await expect(selectBox(provision, text.consensus)).toHaveValue(text.reached);

    // A follow-up owned by IB, linked to the JAP item.
    const followUps = editor.getByRole('region', {
      name: language === 'th' ? 'มติและการดำเนินการต่อเนื่อง' : 'Resolutions and follow-up actions',
    });
    await followUps.getByRole('textbox', { name: text.followText }).fill(text.followUp);
    await choose(page, followUps, text.owner, text.ib, text.ibShort);
    await choose(page, followUps, text.jap, new RegExp(`^${actionCode}`), actionCode);
    await followUps.getByRole('button', { name: text.addFollowUp }).click();
    await expect(followUps.getByRole('table')).toContainText(actionCode);
    await expect(followUps.getByRole('table')).toContainText(text.followUp);

    await editor.getByRole('button', { name: text.circulate }).click();
    await expect(editor.getByTestId('minutes-status')).toHaveText(text.circulated);

    fs.mkdirSync(screensDir, { recursive: true });
    // A tall window, so the side panel shows the whole meeting in one picture.
    await page.setViewportSize({ width: 1280, height: 2700 });
    await page.screenshot({ path: path.join(screensDir, `meetings-${language}.png`), animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 860 });

    // What the user sees in the list; then the same number again is refused.
    await page.keyboard.press('Escape');
    const list = page.getByRole('table', { name: text.tab });
    await expect(list).toContainText('3/2563');
    await expect(list).toContainText(text.listDate);
    await expect(list).toContainText(text.circulated);
    await page.getByRole('button', { name: text.newMeeting }).click();
    await modal.getByRole('textbox', { name: text.number }).fill('3');
    await modal.getByRole('textbox', { name: text.year }).fill('2563');
    await modal.getByRole('textbox', { name: text.titleField }).fill('again');
    await modal.getByRole('button', { name: text.create }).click();
    await expect(modal.getByRole('alert')).toHaveText(text.duplicate);
    expect(outsideRequests).toEqual([]);
  });
}

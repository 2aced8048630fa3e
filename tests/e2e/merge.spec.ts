import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ProjectFile } from '../../src/main/project/project-file';
import { createFinding, getFinding, listFindings, updateFinding } from '../../src/main/services/findings';
import type { Language } from '../../src/shared/messages';
import { expect, test } from './fixtures';
import { openDemoThroughUi } from './start-screen';

/**
 * Merge (issue 6) through the bridge, in Thai and English: two assessors hold copies of one demo
 * project. Both reword the statement of finding F-C4-01 in the screen's language; the second
 * also rewords another finding and adds a new one. The first imports the second's file ("Import
 * another assessor's project"): the counts say 1 added, 1 updated, 1 new conflict; the conflict
 * is shown side by side, in words (Finding F-C4-01 · Statement (English)); taking theirs clears
 * it, the finding then reads their wording, and importing the same file again changes nothing.
 * Screenshots: test-results/screens/{th,en}-merge-*.png.
 */

const ui = {
  en: {
    closeProject: 'Close project',
    openRegion: 'Open a project',
    chooseFile: 'Choose a project file…',
    passphrase: 'Passphrase',
    openProject: 'Open project',
    reviewTab: 'Review and sharing',
    findingsTab: 'Findings',
    noConflicts: 'No conflicts wait.',
    mergePassphrase: "Passphrase of the other assessor's file",
    importButton: 'Choose the file and import…',
    imported: 'Imported: 1 added, 1 updated; new conflicts: 1.',
    nothingNew: 'Nothing new in that file since you last imported it; nothing was changed.',
    conflictsHeading: (count: number) => `Conflicts to resolve (${count})`,
    columns: ['Record', 'Field', 'This file', "The other assessor's"],
    record: (code: string) => `Finding ${code}`,
    field: 'Statement (English)',
    take: 'Take theirs',
    keep: 'Keep this file’s',
    openFinding: (code: string) => `Open finding ${code}`,
    editor: (code: string) => `Finding ${code}`,
    ours: 'Queues at the Mae Sot bridge exceed two hours on market days (assessor A).',
    theirs: 'Market-day queues at the Mae Sot bridge often pass two hours (assessor B).',
    otherReworded: 'Reworded by assessor B: shift handovers leave the counters unstaffed.',
    added: 'Added by assessor B: the visa-on-arrival desk closes at 16:00 on weekends.',
  },
  th: {
    closeProject: 'ปิดโครงการ',
    openRegion: 'เปิดโครงการ',
    chooseFile: 'เลือกไฟล์โครงการ…',
    passphrase: 'รหัสผ่าน',
    openProject: 'เปิดโครงการ',
    reviewTab: 'การทบทวนและการแบ่งปัน',
    findingsTab: 'ข้อค้นพบ',
    noConflicts: 'ไม่มีข้อขัดแย้งรออยู่',
    mergePassphrase: 'รหัสผ่านของไฟล์ผู้ประเมินอีกคน',
    importButton: 'เลือกไฟล์และนำเข้า…',
    imported: 'นำเข้าแล้ว: เพิ่ม 1 รายการ ปรับปรุง 1 รายการ ข้อขัดแย้งใหม่ 1 รายการ',
    nothingNew: 'ไฟล์นั้นไม่มีสิ่งใหม่นับจากที่นำเข้าครั้งล่าสุด ไม่มีการเปลี่ยนแปลงใด ๆ',
    conflictsHeading: (count: number) => `ข้อขัดแย้งที่ต้องแก้ (${count})`,
    columns: ['ระเบียน', 'ช่องข้อมูล', 'ไฟล์นี้', 'ของผู้ประเมินอีกคน'],
    record: (code: string) => `ข้อค้นพบ ${code}`,
    field: 'ข้อความข้อค้นพบ (ภาษาไทย)',
    take: 'ใช้ค่าของอีกฝ่าย',
    keep: 'ใช้ค่าของไฟล์นี้',
    openFinding: (code: string) => `เปิดข้อค้นพบ ${code}`,
    editor: (code: string) => `ข้อค้นพบ ${code}`,
    ours: 'ในวันที่มีตลาดนัด แถวรอที่สะพานแม่สอดยาวเกินสองชั่วโมง (ผู้ประเมิน ก)',
    theirs: 'แถวรอผ่านสะพานแม่สอดในวันตลาดนัดมักเกินสองชั่วโมง (ผู้ประเมิน ข)',
    otherReworded: 'ผู้ประเมิน ข เรียบเรียงใหม่: ช่วงเปลี่ยนเวรไม่มีเจ้าหน้าที่ประจำช่องตรวจ',
    added: 'ผู้ประเมิน ข เพิ่ม: ช่องตรวจลงตราเมื่อเดินทางมาถึงปิดเวลา 16:00 น. ในวันหยุดสุดสัปดาห์',
  },
} as const;

const PASSPHRASE = 'fictional border assessment demo 2569';
const FINDING = 'F-C4-01';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** The part of the screen the step is about (the Review tab is long: a full page would be unreadable). */
async function screenshot(page: Page, part: Locator, name: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.mouse.move(0, 0);
  await part.screenshot({ path: path.join(screensDir, `${name}.png`), animations: 'disabled' });
}

/** An assessor's session on their own laptop, through the services. */
function onLaptop<T>(file: string, actor: string, work: (project: ProjectFile) => T): T {
  const project = ProjectFile.open(file, PASSPHRASE, { actor, backupOnOpen: false });
  try {
    return work(project);
  } finally {
    project.close();
  }
}

/** Rewords a finding's statement in one language, the other language as it was. */
function reword(project: ProjectFile, code: string, language: Language, text: string): void {
  const finding = listFindings(project).find((f) => f.code === code);
  if (!finding) throw new Error(`${code} is not in the demo`);
  const { statement } = getFinding(project, finding.id);
  updateFinding(project, { id: finding.id, statement: { ...statement, [language]: text } });
}

for (const language of ['th', 'en'] as const) {
  test(`${language}: another assessor's copy is imported; the one conflict is resolved field by field; a second import changes nothing`, async ({
    page,
    bridge,
    outsideRequests,
  }) => {
    const text = ui[language];
    await openDemoThroughUi(page, language, PASSPHRASE);
    const ours = bridge.session.status().path ?? '';
    expect(ours).not.toBe('');

    // The second assessor's copy of the same file; each rewords the same finding, and B does more.
    await page.getByRole('button', { name: text.closeProject, exact: true }).click();
    const open = page.getByRole('region', { name: text.openRegion });
    await expect(open).toBeVisible();
    const theirs = path.join(bridge.workDir, 'assessor-b.bmma');
    fs.copyFileSync(ours, theirs);
    onLaptop(ours, 'assessor-a', (project) => reword(project, FINDING, language, text.ours));
    const { other, added } = onLaptop(theirs, 'assessor-b', (project) => {
      reword(project, FINDING, language, text.theirs);
      const second = listFindings(project).find((f) => f.code !== FINDING);
      if (!second) throw new Error('the demo has one finding only');
      reword(project, second.code, language, text.otherReworded);
      const created = createFinding(project, {
        subAreaCode: 'C4',
        type: 'gap',
        severity: 'medium',
        statement: { en: '', th: '', [language]: text.added },
        trainingAddressable: false,
        scopes: [],
        evidence: [],
      });
      return { other: second.code, added: created.code };
    });

    bridge.dialogAnswers.open.push(ours);
    await open.getByRole('button', { name: text.chooseFile }).click();
    await open.getByRole('textbox', { name: text.passphrase, exact: true }).fill(PASSPHRASE);
    await open.getByRole('button', { name: text.openProject, exact: true }).click();

    const findingsPanel = page.getByRole('tabpanel', { name: text.findingsTab });
    await page.getByRole('tab', { name: text.findingsTab, exact: true }).click();
    await expect(findingsPanel.getByRole('button', { name: text.openFinding(FINDING) })).toBeVisible();
    await expect(findingsPanel.getByRole('button', { name: text.openFinding(added) })).toHaveCount(0);
    const findingsBefore = await findingsPanel.getByRole('button', { name: text.openFinding('F-') }).count();

    await page.getByRole('tab', { name: text.reviewTab, exact: true }).click();
    const review = page.getByRole('tabpanel', { name: text.reviewTab });
    const panel = review.getByTestId('merge-panel');
    await expect(panel.getByText(text.noConflicts)).toBeVisible();
    const importFile = async () => {
      await panel.getByRole('textbox', { name: text.mergePassphrase, exact: true }).fill(PASSPHRASE);
      bridge.dialogAnswers.merge.push(theirs);
      await panel.getByRole('button', { name: text.importButton, exact: true }).click();
    };
    await importFile();
    // What came in, counted: B's new finding, B's other rewording, and the one field both changed.
    await expect(panel.getByTestId('merge-imported')).toHaveText(text.imported, { timeout: 30_000 });

    // One conflict, side by side, in words.
    const rows = panel.getByTestId('merge-conflict');
    await expect(rows).toHaveCount(1);
    await expect(panel.getByRole('columnheader')).toHaveText([...text.columns, '']);
    await expect(rows.getByTestId('merge-record')).toHaveText(text.record(FINDING));
    await expect(rows.getByTestId('merge-field')).toHaveText(text.field);
    await expect(rows.getByTestId('merge-ours')).toHaveText(text.ours);
    await expect(rows.getByTestId('merge-theirs')).toHaveText(text.theirs);
    await expect(rows.getByRole('button', { name: text.keep, exact: true })).toBeVisible();
    await expect(panel.getByRole('heading', { name: text.conflictsHeading(1) })).toBeVisible();
    await screenshot(page, panel, `${language}-merge-01-conflict`);

    await rows.getByRole('button', { name: text.take, exact: true }).click();
    await expect(panel.getByText(text.noConflicts)).toBeVisible();
    await expect(rows).toHaveCount(0);
    await expect(panel.getByRole('heading', { name: text.conflictsHeading(0) })).toBeVisible();
    await screenshot(page, panel, `${language}-merge-02-resolved`);

    // The same file again: nothing new, nothing changed, no conflict comes back.
    await importFile();
    await expect(panel.getByTestId('merge-imported')).toHaveText(text.nothingNew, { timeout: 30_000 });
    await expect(panel.getByText(text.noConflicts)).toBeVisible();
    await expect(rows).toHaveCount(0);
    await screenshot(page, panel, `${language}-merge-03-again`);

    // The findings: B's new one is there once, B's rewording shows, and F-C4-01 reads B's words.
    await page.getByRole('tab', { name: text.findingsTab, exact: true }).click();
    await expect(findingsPanel.getByRole('button', { name: text.openFinding(added), exact: true })).toHaveCount(1);
    await expect(findingsPanel.getByRole('button', { name: text.openFinding('F-') })).toHaveCount(findingsBefore + 1);
    await expect(findingsPanel.getByRole('row').filter({ hasText: text.added })).toHaveCount(1);
    await expect(findingsPanel.getByRole('row').filter({ hasText: other }).filter({ hasText: text.otherReworded })).toHaveCount(
      1,
    );
    await findingsPanel.getByRole('button', { name: text.openFinding(FINDING), exact: true }).click();
    const editor = page.getByRole('dialog', { name: text.editor(FINDING) });
    await expect(editor.getByRole('textbox', { name: text.field, exact: true })).toHaveValue(text.theirs);
    await screenshot(page, editor, `${language}-merge-04-finding`);
    expect(outsideRequests).toEqual([]);
  });
}

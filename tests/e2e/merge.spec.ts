import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ProjectFile } from '../../src/main/project/project-file';
import { getFinding, listFindings, updateFinding } from '../../src/main/services/findings';
import { expect, test } from './fixtures';
import { openDemoThroughUi } from './start-screen';

/**
 * Merge (issue 6) through the bridge: two assessors hold copies of one demo project and both
 * reword the English statement of finding F-C4-01. The first imports the second's file ("Import
 * another assessor's project"): one conflict is shown side by side, in words (Finding F-C4-01,
 * Statement (English)); taking theirs clears it and the finding reads their wording.
 * Screenshots: test-results/screens/en-merge-*.png.
 */

const PASSPHRASE = 'fictional border assessment demo 2569';
const FINDING = 'F-C4-01';
const OURS = 'Queues at the Mae Sot bridge exceed two hours on market days (assessor A).';
const THEIRS = 'Market-day queues at the Mae Sot bridge often pass two hours (assessor B).';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

/** The part of the screen the step is about (the Review tab is long: a full page would be unreadable). */
async function screenshot(page: Page, part: Locator, name: string): Promise<void> {
  fs.mkdirSync(screensDir, { recursive: true });
  await page.mouse.move(0, 0);
  await part.screenshot({ path: path.join(screensDir, `${name}.png`), animations: 'disabled' });
}

/** An assessor's edit on their own laptop: the finding's English statement, through the service. */
function rewordFinding(file: string, actor: string, english: string): void {
  const project = ProjectFile.open(file, PASSPHRASE, { actor, backupOnOpen: false });
  try {
    const finding = listFindings(project).find((f) => f.code === FINDING);
    if (!finding) throw new Error(`${FINDING} is not in the demo`);
    const { statement } = getFinding(project, finding.id);
    updateFinding(project, { id: finding.id, statement: { en: english, th: statement.th } });
  } finally {
    project.close();
  }
}

test("en: another assessor's copy is imported; the one conflict is resolved field by field", async ({
  page,
  bridge,
  outsideRequests,
}) => {
  await openDemoThroughUi(page, 'en', PASSPHRASE);
  const ours = bridge.session.status().path ?? '';
  expect(ours).not.toBe('');

  // The second assessor's copy of the same file; each rewords the same finding.
  await page.getByRole('button', { name: 'Close project', exact: true }).click();
  const open = page.getByRole('region', { name: 'Open a project' });
  await expect(open).toBeVisible();
  const theirs = path.join(bridge.workDir, 'assessor-b.bmma');
  fs.copyFileSync(ours, theirs);
  rewordFinding(ours, 'assessor-a', OURS);
  rewordFinding(theirs, 'assessor-b', THEIRS);

  bridge.dialogAnswers.open.push(ours);
  await open.getByRole('button', { name: 'Choose a project file…' }).click();
  await open.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Open project', exact: true }).click();

  await page.getByRole('tab', { name: 'Review and sharing', exact: true }).click();
  const review = page.getByRole('tabpanel', { name: 'Review and sharing' });
  const panel = review.getByTestId('merge-panel');
  await expect(panel.getByText('No conflicts wait.')).toBeVisible();
  await panel.getByRole('textbox', { name: "Passphrase of the other assessor's file", exact: true }).fill(PASSPHRASE);
  bridge.dialogAnswers.merge.push(theirs);
  await panel.getByRole('button', { name: 'Choose the file and import…', exact: true }).click();
  await expect(panel.getByTestId('merge-imported')).toContainText('1 new conflicts', { timeout: 30_000 });

  // One conflict, side by side, in words.
  const rows = panel.getByTestId('merge-conflict');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('merge-record')).toHaveText(`Finding ${FINDING}`);
  await expect(rows.getByTestId('merge-field')).toHaveText('Statement (English)');
  await expect(rows.getByTestId('merge-ours')).toContainText(OURS);
  await expect(rows.getByTestId('merge-theirs')).toContainText(THEIRS);
  await expect(panel.getByRole('heading', { name: 'Conflicts to resolve (1)' })).toBeVisible();
  await screenshot(page, panel, 'en-merge-01-conflict');

  await rows.getByRole('button', { name: 'Take theirs', exact: true }).click();
  await expect(panel.getByText('No conflicts wait.')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await screenshot(page, panel, 'en-merge-02-resolved');

  // The finding now reads the other assessor's wording.
  await page.getByRole('tab', { name: 'Findings', exact: true }).click();
  await page.getByRole('tabpanel', { name: 'Findings' }).getByRole('button', { name: `Open finding ${FINDING}` }).click();
  const editor = page.getByRole('dialog', { name: `Finding ${FINDING}` });
  await expect(editor.getByRole('textbox', { name: 'Statement (English)' })).toHaveValue(THEIRS);
  await screenshot(page, editor, 'en-merge-03-finding');
  expect(outsideRequests).toEqual([]);
});

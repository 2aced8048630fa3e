import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDemoThroughUi } from './start-screen';

/**
 * Review and sharing (issue 6) through the bridge, on the demo:
 * - the assessor sends a finding for review and creates a review copy (what is left out is
 *   shown first); the reviewer opens the copy with its own passphrase, sees the review-copy
 *   banner, cannot change the finding's content, comments on it and approves it, and exports a
 *   review packet; the assessor imports the packet: the comment is on the finding and the
 *   decision applied;
 * - the identity vault: set up with its own passphrase, an identity entered for an interview,
 *   hidden again when the vault locks;
 * - the audit trail verifies, and lists the vault and review events.
 * Screenshots: test-results/screens/{th,en}-review-*.png.
 */

const PASSPHRASE = 'fictional border assessment demo 2569';
const COPY_PASSPHRASE = 'reviewer copy passphrase 2569';
const PACKET_PASSPHRASE = 'packet for the assessor 2569';
const VAULT_PASSPHRASE = 'data controller vault 2569';
const FINDING = 'F-C4-01';
const screensDir = path.resolve(__dirname, '../../test-results/screens');

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

async function openFinding(page: Page, code: string) {
  await page.getByRole('tab', { name: 'Findings', exact: true }).click();
  const findings = page.getByRole('tabpanel', { name: 'Findings' });
  await findings.getByRole('button', { name: `Open finding ${code}` }).click();
  return page.getByRole('dialog', { name: `Finding ${code}` });
}

test('en: a reviewer comments and approves on a review copy; the assessor imports the packet', async ({
  page,
  bridge,
  outsideRequests,
}) => {
  await openDemoThroughUi(page, 'en', PASSPHRASE);
  const projectPath = bridge.session.status().path ?? '';

  // The assessor sends the finding for review.
  let editor = await openFinding(page, FINDING);
  const box = editor.getByTestId('review-box');
  await box.getByRole('button', { name: 'Send for review', exact: true }).click();
  await expect(box).toContainText('Ready for review');
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(editor).toBeHidden();

  // The review copy: what is left out first, then a new passphrase.
  await page.getByRole('tab', { name: 'Review and sharing', exact: true }).click();
  const review = page.getByRole('tabpanel', { name: 'Review and sharing' });
  await expect(review.getByText('Interview notes (the interviews stay, without notes)')).toBeVisible();
  await review.getByRole('textbox', { name: 'Passphrase of the review copy', exact: true }).fill(COPY_PASSPHRASE);
  await review
    .getByTestId('create-review-copy')
    .getByRole('textbox', { name: 'Type it again', exact: true })
    .fill(COPY_PASSPHRASE);
  await screenshot(page, 'en-review-01-copy');
  const copyPath = path.join(bridge.workDir, 'review-copy.bmma');
  bridge.dialogAnswers.create.push(copyPath);
  await review.getByRole('button', { name: 'Create review copy…', exact: true }).click();
  await expect(review.getByText(`Review copy saved: ${copyPath}`)).toBeVisible({ timeout: 30_000 });

  // The reviewer opens the copy with its own passphrase.
  await page.getByRole('button', { name: 'Close project', exact: true }).click();
  const open = page.getByRole('region', { name: 'Open a project' });
  bridge.dialogAnswers.open.push(copyPath);
  await open.getByRole('button', { name: 'Choose a project file…' }).click();
  await open.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(COPY_PASSPHRASE);
  await open.getByRole('button', { name: 'Open project', exact: true }).click();
  await expect(page.getByText('Review copy — content is read-only; comments and decisions are allowed')).toBeVisible({
    timeout: 30_000,
  });
  await screenshot(page, 'en-review-02-reviewer-banner');

  // Content cannot change; a comment and an approval can.
  editor = await openFinding(page, FINDING);
  await editor.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Delete finding ${FINDING}?` });
  await confirm.getByRole('button', { name: 'Delete finding', exact: true }).click();
  await expect(page.getByText(/This file is a review copy: its content cannot be changed here/).first()).toBeVisible({
    timeout: 10_000,
  });
  await screenshot(page, 'en-review-03a-refused');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Cancel' }).click();
  const reviewerBox = editor.getByTestId('review-box');
  await reviewerBox
    .getByRole('textbox', { name: 'Add a comment', exact: true })
    .fill('Cite the 2019 MOI notification here.');
  await reviewerBox.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(reviewerBox.getByTestId('review-comment')).toContainText('Cite the 2019 MOI notification here.');
  await reviewerBox.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(reviewerBox).toContainText('Approved');
  await screenshot(page, 'en-review-03-reviewer-comment');
  await editor.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(editor).toBeHidden();

  await page.getByRole('tab', { name: 'Review and sharing', exact: true }).click();
  const packet = review.getByTestId('packet-export');
  await packet.getByRole('textbox', { name: 'Passphrase for the packet', exact: true }).fill(PACKET_PASSPHRASE);
  await packet.getByRole('textbox', { name: 'Type it again', exact: true }).fill(PACKET_PASSPHRASE);
  await review.getByRole('button', { name: 'Export review packet…', exact: true }).click();
  await expect(review.getByText(/^Review packet saved: .*\(1 comments, 1 decisions\)\.$/)).toBeVisible({
    timeout: 30_000,
  });

  // The assessor imports the packet into the project.
  await page.getByRole('button', { name: 'Close project', exact: true }).click();
  bridge.dialogAnswers.open.push(projectPath);
  await open.getByRole('button', { name: 'Choose a project file…' }).click();
  await open.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await open.getByRole('button', { name: 'Open project', exact: true }).click();
  await page.getByRole('tab', { name: 'Review and sharing', exact: true }).click();
  await review.getByRole('textbox', { name: 'Passphrase of the packet', exact: true }).fill(PACKET_PASSPHRASE);
  await review.getByRole('button', { name: 'Import review packet…', exact: true }).click();
  await expect(review.getByText('Imported 1 comments and 1 decisions; 0 decisions to check.')).toBeVisible({
    timeout: 30_000,
  });
  await screenshot(page, 'en-review-04-imported');
  editor = await openFinding(page, FINDING);
  await expect(editor.getByTestId('review-comment')).toContainText('Cite the 2019 MOI notification here.');
  await expect(editor.getByTestId('review-box')).toContainText('Approved');
  expect(outsideRequests).toEqual([]);
});

test('en: the identity vault keeps an interviewee’s identity behind its own passphrase; the audit trail verifies', async ({
  page,
  outsideRequests,
}) => {
  await openDemoThroughUi(page, 'en', PASSPHRASE);
  await page.getByRole('tab', { name: 'Identity vault', exact: true }).click();
  const vault = page.getByRole('tabpanel', { name: 'Identity vault' });
  // The project passphrase is refused as the vault passphrase.
  await choose(page, vault, 'Day (Destroy the identities on)', '31');
  await choose(page, vault, 'Month (Destroy the identities on)', 'December');
  await choose(page, vault, 'Year (Destroy the identities on)', '2572 B.E.');
  await vault.getByRole('textbox', { name: 'Vault passphrase', exact: true }).fill(PASSPHRASE);
  await vault.getByRole('textbox', { name: 'Repeat the vault passphrase', exact: true }).fill(PASSPHRASE);
  await vault.getByRole('button', { name: 'Set up the vault', exact: true }).click();
  await expect(vault.getByRole('alert')).toContainText('different');
  await vault.getByRole('textbox', { name: 'Vault passphrase', exact: true }).fill(VAULT_PASSPHRASE);
  await vault.getByRole('textbox', { name: 'Repeat the vault passphrase', exact: true }).fill(VAULT_PASSPHRASE);
  await vault.getByRole('button', { name: 'Set up the vault', exact: true }).click();
  await expect(vault.getByTestId('vault-state')).toHaveAttribute('data-state', 'unlocked', { timeout: 30_000 });

  await vault.getByTestId('vault-add-subject').click();
  await page.getByRole('option').filter({ hasText: 'KII-OFF-001' }).first().click();
  const form = vault.getByTestId('vault-identity-editor');
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Somchai Fictional');
  await form.getByRole('button', { name: 'Save identity', exact: true }).click();
  await expect(vault.getByTestId('vault-identities')).toContainText('Somchai Fictional');
  await screenshot(page, 'en-review-05-vault-unlocked');

  await vault.getByRole('button', { name: 'Lock vault', exact: true }).click();
  await expect(vault.getByTestId('vault-state')).toHaveAttribute('data-state', 'locked');
  await expect(page.getByText('Somchai Fictional')).toHaveCount(0);

  // The audit trail verifies and shows the vault's events.
  await page.getByRole('tab', { name: 'Audit trail', exact: true }).click();
  const trail = page.getByRole('tabpanel', { name: 'Audit trail' });
  await trail.getByTestId('audit-verify').click();
  await expect(trail.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
  await expect(trail.getByTestId('audit-verify-result')).toContainText(/^All [\d,]+ events verify/);
  await screenshot(page, 'en-review-06-audit');
  expect(outsideRequests).toEqual([]);
});

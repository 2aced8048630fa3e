import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Sensitivity } from '../../shared/evidence';
import {
  reviewCopyCreateInput,
  reviewCopyMarkSchema,
  reviewCopyPreviewInput,
  type ReviewCopyExclusions,
  type ReviewCopyMark,
} from '../../shared/review-copy';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/schemas';
import { preflightNewFile } from '../project/preflight';
import type { ProjectFile } from '../project/project-file';
import { buildReviewCopy } from './review-copy-build';
import { countExclusions } from './review-copy-rules';
import { parseInput } from './records';

/**
 * Review copies (issue 6, PRODUCT.md 10, SECURITY.md 22): what a copy at a given sensitivity
 * leaves out, writing one, and whether the open file is one. The rules are in
 * review-copy-rules.ts, the file building in review-copy-build.ts.
 */

/** What a review copy at this sensitivity would leave out: shown before it is created. */
export function previewReviewCopy(
  project: ProjectFile,
  input: ChannelInput<'reviewCopy.preview'>,
): ChannelOutput<'reviewCopy.preview'> {
  const { maxSensitivity } = parseInput(reviewCopyPreviewInput, input);
  return project.read((db) => countExclusions(db, maxSensitivity));
}

function checkNewPassphrase(project: ProjectFile, passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('WEAK_PASSPHRASE', undefined, { minLength: MIN_PASSPHRASE_LENGTH });
  }
  if (project.matchesPassphrase(passphrase)) throw new AppError('REVIEW_COPY_SAME_PASSPHRASE');
}

/** "assessment.bmma" -> "assessment-review-copy.bmma": the save dialog's starting name. */
export function suggestedCopyName(projectPath: string): string {
  const stem = path.basename(projectPath).replace(/\.bmma$/i, '');
  return `${stem}-review-copy.bmma`;
}

/** Read in 1 MiB pieces: a copy with its attachments may be hundreds of megabytes. */
function sha256Of(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer))
      hash.update(buffer.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export interface WrittenReviewCopy {
  path: string;
  sha256: string;
  excluded: ReviewCopyExclusions;
}

/**
 * Writes the review copy to `target` (which must not exist), then records reviewCopy.created in
 * the source's trail with the copy's file name and SHA-256 (never its folder). If that event
 * cannot be written the copy is removed again: a copy the trail does not know of must not exist.
 */
export function writeReviewCopy(
  project: ProjectFile,
  target: string,
  input: { maxSensitivity: Sensitivity; passphrase: string },
  options: { nativeBinding?: string | undefined } = {},
): WrittenReviewCopy {
  checkNewPassphrase(project, input.passphrase);
  preflightNewFile(target);
  const createdAt = project.now().toISOString();
  const { mark, excluded } = project.read((db) => {
    const row = db.prepare('SELECT id FROM project LIMIT 1').get() as { id: string };
    const head = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").get() as { value: string } | undefined;
    const built: ReviewCopyMark = {
      copyId: crypto.randomUUID(),
      sourceProjectId: row.id,
      sourceAuditHead: head?.value ?? '',
      createdAt,
      maxSensitivity: input.maxSensitivity,
    };
    const counts = countExclusions(db, input.maxSensitivity);
    buildReviewCopy(db, {
      target,
      passphrase: input.passphrase,
      mark: built,
      actor: project.actor,
      nativeBinding: options.nativeBinding,
    });
    return { mark: built, excluded: counts };
  });
  const sha256 = sha256Of(target);
  try {
    project.write(
      (ctx) =>
        ctx.audit('reviewCopy.created', 'review_copy', mark.copyId, {
          file: path.basename(target),
          sha256,
          maxSensitivity: mark.maxSensitivity,
          ...excluded,
        }),
      // Making a copy is not an edit of the content: allowed from a review copy too.
      { allowInReviewCopy: true },
    );
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  return { path: target, sha256, excluded };
}

/** The app's "Create review copy": asks where to save (null = cancelled, nothing written). */
export async function createReviewCopy(
  project: ProjectFile,
  input: ChannelInput<'reviewCopy.create'>,
  choosePath: (suggestedName: string) => Promise<string | null>,
  options: { nativeBinding?: string | undefined } = {},
): Promise<ChannelOutput<'reviewCopy.create'>> {
  const parsed = parseInput(reviewCopyCreateInput, input);
  // Refused before the dialog: a weak or reused passphrase should not cost the user a save dialog.
  checkNewPassphrase(project, parsed.passphrase);
  const target = await choosePath(suggestedCopyName(project.path));
  if (target === null) {
    return { path: null, sha256: null, excluded: project.read((db) => countExclusions(db, parsed.maxSensitivity)) };
  }
  return writeReviewCopy(project, target, parsed, options);
}

/** The open file's review-copy mark, or null when it is an ordinary project. */
export function reviewCopyStatus(project: ProjectFile): ChannelOutput<'reviewCopy.status'> {
  if (!project.isReviewCopy) return { reviewCopy: false, mark: null };
  const row = project.read((db) => db.prepare("SELECT value FROM meta WHERE key = 'review_copy'").get()) as {
    value: string;
  };
  let value: unknown = null;
  try {
    value = JSON.parse(row.value);
  } catch {
    // A mark that does not parse still makes the file a review copy (the write guard reads the key only).
  }
  const parsed = reviewCopyMarkSchema.safeParse(value);
  return { reviewCopy: true, mark: parsed.success ? parsed.data : null };
}

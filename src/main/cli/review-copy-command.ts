import path from 'node:path';
import { SENSITIVITY_LEVELS, type Sensitivity } from '../../shared/evidence';
import type { Language } from '../../shared/messages';
import { REVIEW_COPY_REASONS, type ReviewCopyExclusions, type ReviewCopyReason } from '../../shared/review-copy';
import { preflightNewFile, preflightProjectFile } from '../project/preflight';
import { ProjectFile, type OpenOptions } from '../project/project-file';
import { writeReviewCopy } from '../services/review-copy';
import { usageError } from './cli-error';

/**
 * `bmma review-copy FILE --out COPY.bmma [--max-sensitivity LEVEL]` (issue 6): the same review
 * copy as the app's Review tab writes. FILE's passphrase from BMMA_PASSPHRASE (or asked), the
 * copy's from BMMA_NEW_PASSPHRASE (or asked twice). Prints what was left out, then the path.
 */

export interface ReviewCopyInvocation {
  kind: 'review-copy';
  file: string;
  out: string;
  maxSensitivity: Sensitivity;
}

export const REVIEW_COPY_OPTIONS = { '--out': 'value', '--max-sensitivity': 'value' } as const;

/** As the export profiles' default: what most reviewers may read. */
export const DEFAULT_REVIEW_SENSITIVITY: Sensitivity = 'internal';

interface ReviewCopyStrings {
  missingOut: string;
  tooManyArguments: string;
  badLevel(value: string): string;
  leftOut: string;
  nothingLeftOut: string;
  reasons: Record<ReviewCopyReason, string>;
  written(file: string, level: Sensitivity, sha256: string): string;
}

const LEVELS = SENSITIVITY_LEVELS.join('|');

const STRINGS: Record<Language, ReviewCopyStrings> = {
  en: {
    missingOut: '"bmma review-copy" needs --out COPY.bmma: where to write the review copy (it must not exist).',
    tooManyArguments: '"bmma review-copy" takes one FILE; the copy goes to --out.',
    badLevel: (value) => `--max-sensitivity must be ${LEVELS}, not "${value}".`,
    leftOut: 'Left out of the review copy:',
    nothingLeftOut: 'Nothing had to be left out of the review copy.',
    reasons: {
      vaultIdentities: 'identities in the identity vault',
      interviewNotes: 'interview notes (the interviews stay, without notes)',
      interviewsAboveSensitivity: 'interviews above the sensitivity',
      siteVisitsAboveSensitivity: 'site visits above the sensitivity',
      documentsAboveSensitivity: 'documents above the sensitivity',
      attachmentsOfLeftOut: 'attachments of left-out site visits and documents',
      passagesOfLeftOut: 'coded passages of left-out interviews',
      passagesNoUse: 'passages whose consent allows no use',
      passagesWithdrawn: 'passages whose consent was withdrawn',
      passagesParaphraseOnly: 'passages allowed as paraphrase only (their text removed)',
      evidenceLinksToLeftOut: 'links from ratings and findings to left-out evidence',
    },
    written: (file, level, sha256) =>
      `Review copy written (up to "${level}"): ${file}\nSHA-256 ${sha256} (recorded in the project's audit trail)\n`,
  },
  th: {
    missingOut: '"bmma review-copy" ต้องระบุ --out COPY.bmma คือที่เขียนสำเนาสำหรับทบทวน (ต้องยังไม่มีไฟล์นี้)',
    tooManyArguments: '"bmma review-copy" รับ FILE เพียงไฟล์เดียว สำเนาจะเขียนไปที่ --out',
    badLevel: (value) => `--max-sensitivity ต้องเป็น ${LEVELS} ไม่ใช่ "${value}"`,
    leftOut: 'สิ่งที่ไม่รวมไว้ในสำเนาสำหรับทบทวน:',
    nothingLeftOut: 'ไม่มีสิ่งใดต้องตัดออกจากสำเนาสำหรับทบทวน',
    reasons: {
      vaultIdentities: 'ข้อมูลระบุตัวตนในคลังข้อมูลระบุตัวตน',
      interviewNotes: 'บันทึกการสัมภาษณ์ (การสัมภาษณ์ยังอยู่ แต่ไม่มีบันทึก)',
      interviewsAboveSensitivity: 'การสัมภาษณ์ที่มีชั้นความอ่อนไหวสูงกว่าที่เลือก',
      siteVisitsAboveSensitivity: 'การลงพื้นที่ที่มีชั้นความอ่อนไหวสูงกว่าที่เลือก',
      documentsAboveSensitivity: 'เอกสารที่มีชั้นความอ่อนไหวสูงกว่าที่เลือก',
      attachmentsOfLeftOut: 'ไฟล์แนบของการลงพื้นที่และเอกสารที่ไม่รวมไว้',
      passagesOfLeftOut: 'ข้อความที่ลงรหัสจากการสัมภาษณ์ที่ไม่รวมไว้',
      passagesNoUse: 'ข้อความที่ผู้ให้ข้อมูลไม่ยินยอมให้ใช้',
      passagesWithdrawn: 'ข้อความที่ผู้ให้ข้อมูลถอนความยินยอมแล้ว',
      passagesParaphraseOnly: 'ข้อความที่ยินยอมให้ถอดความเท่านั้น (ตัดตัวข้อความออก)',
      evidenceLinksToLeftOut: 'การอ้างอิงจากการให้คะแนนและข้อค้นพบไปยังหลักฐานที่ไม่รวมไว้',
    },
    written: (file, level, sha256) =>
      `เขียนสำเนาสำหรับทบทวนแล้ว (ไม่เกินชั้น "${level}"): ${file}\nSHA-256 ${sha256} (บันทึกไว้ในบันทึกการตรวจสอบของโครงการ)\n`,
  },
};

/** `bmma review-copy FILE --out COPY [--max-sensitivity LEVEL]` -> an invocation, or a usage error. */
export function reviewCopyInvocation(
  positionals: string[],
  values: Map<string, string>,
  language: Language,
): ReviewCopyInvocation {
  const strings = STRINGS[language];
  const [file] = positionals;
  if (positionals.length > 1) throw usageError(strings.tooManyArguments, 'review-copy');
  const out = values.get('--out');
  if (out === undefined || out === '') throw usageError(strings.missingOut, 'review-copy');
  const level = values.get('--max-sensitivity') ?? DEFAULT_REVIEW_SENSITIVITY;
  if (!(SENSITIVITY_LEVELS as readonly string[]).includes(level))
    throw usageError(strings.badLevel(level), 'review-copy');
  return { kind: 'review-copy', file: file as string, out, maxSensitivity: level as Sensitivity };
}

/** The counts, one line per reason that left something out. */
export function exclusionsText(excluded: ReviewCopyExclusions, language: Language): string {
  const strings = STRINGS[language];
  const lines = REVIEW_COPY_REASONS.filter((reason) => excluded[reason] > 0).map(
    (reason) => `  ${String(excluded[reason]).padStart(6)}  ${strings.reasons[reason]}`,
  );
  return lines.length === 0 ? `${strings.nothingLeftOut}\n` : `${strings.leftOut}\n${lines.join('\n')}\n`;
}

export interface ReviewCopyCommandContext {
  language: Language;
  out(text: string): void;
  passphrase(file: string): Promise<string>;
  newPassphrase(): Promise<string>;
  newPassphraseInEnv: boolean;
  openOptions: OpenOptions;
}

export async function runReviewCopyCommand(ctx: ReviewCopyCommandContext, inv: ReviewCopyInvocation): Promise<void> {
  const file = path.resolve(inv.file);
  const out = path.resolve(inv.out);
  // Both paths are checked before any passphrase is asked for or any key derived.
  preflightProjectFile(file, { writable: true });
  preflightNewFile(out);
  const current = await ctx.passphrase(file);
  // A new passphrase from the environment is checked at once; one typed at a prompt only after
  // the project's passphrase has proved right (as `bmma passphrase` does).
  const early = ctx.newPassphraseInEnv ? await ctx.newPassphrase() : null;
  const project = ProjectFile.open(file, current, ctx.openOptions);
  try {
    const next = early ?? (await ctx.newPassphrase());
    const written = writeReviewCopy(
      project,
      out,
      { maxSensitivity: inv.maxSensitivity, passphrase: next },
      {
        nativeBinding: ctx.openOptions.nativeBinding,
      },
    );
    ctx.out(exclusionsText(written.excluded, ctx.language));
    ctx.out(STRINGS[ctx.language].written(written.path, inv.maxSensitivity, written.sha256));
  } finally {
    project.close();
  }
}

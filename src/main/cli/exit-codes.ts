import type { ErrorCode } from '../../shared/errors';

/** The CLI's exit codes: a public interface that scripts depend on. Do not renumber. */
export const EXIT = {
  ok: 0,
  usage: 1,
  wrongPassphrase: 2,
  notAProjectOrTampered: 3,
  newerFormat: 4,
  io: 5,
  /** bmma merge (issue 6): the merge is done but conflicts wait for the user in the app. */
  conflicts: 6,
  /** Ctrl+C or Ctrl+D at a passphrase prompt: the shell convention for an interrupt. */
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * One exit code per error code. A Record over ErrorCode, so adding a code to the closed
 * list in src/shared/errors.ts does not compile until it has been given an exit code here.
 */
const EXIT_BY_ERROR: Record<ErrorCode, ExitCode> = {
  // The command line was wrong: fix the command and run it again.
  VALIDATION: EXIT.usage,
  WEAK_PASSPHRASE: EXIT.usage,
  UNKNOWN_CHANNEL: EXIT.usage,
  WRONG_PASSPHRASE: EXIT.wrongPassphrase,
  // The file is not one we can trust: not ours, damaged or tampered with.
  NOT_A_PROJECT: EXIT.notAProjectOrTampered,
  FILE_TAMPERED: EXIT.notAProjectOrTampered,
  NEWER_FORMAT: EXIT.newerFormat,
  // Everything else is a problem with the file system, the disk or the program itself.
  FILE_NOT_FOUND: EXIT.io,
  FILE_EXISTS: EXIT.io,
  READ_ONLY: EXIT.io,
  DISK_FULL: EXIT.io,
  FILE_IN_USE: EXIT.io,
  IO: EXIT.io,
  INTERNAL: EXIT.io,
  // Session states and record lookups of the app; a one-shot CLI command does not reach
  // them, but if one ever did it would be an "other" failure, not a usage error.
  NO_PROJECT: EXIT.io,
  PROJECT_OPEN: EXIT.io,
  LOCKED: EXIT.io,
  NOT_FOUND: EXIT.io,
  CONFLICT: EXIT.io,
  // Record rules of the assessment workspace: the input was wrong, as with VALIDATION.
  DUPLICATE: EXIT.usage,
  TEXT_TOO_LONG: EXIT.usage,
  OUT_OF_SCALE: EXIT.usage,
  LINK_TARGET_MISSING: EXIT.usage,
  DATE_ORDER: EXIT.usage,
  PASSAGE_OUT_OF_RANGE: EXIT.usage,
  PII_NOT_REDACTED: EXIT.usage,
  ATTACHMENT_TOO_LARGE: EXIT.usage,
  ATTACHMENT_TYPE: EXIT.usage,
  AGENCY_NOT_ATTENDING: EXIT.usage,
  NOT_TRAINING_ADDRESSABLE: EXIT.usage,
  // Review and sharing (issue 6).
  REVIEW_COPY_READ_ONLY: EXIT.usage,
  // --- Issue 6 vault: exit codes go here.
  // The vault's state is not what the command needs (like NO_PROJECT / LOCKED); a wrong
  // vault passphrase is a passphrase problem; reusing the project passphrase is wrong input.
  VAULT_NOT_SET_UP: EXIT.io,
  VAULT_LOCKED: EXIT.io,
  VAULT_WRONG_PASSPHRASE: EXIT.wrongPassphrase,
  VAULT_PASSPHRASE_SAME: EXIT.usage,
  VAULT_DESTROYED: EXIT.io,
  // --- Issue 6 review: exit codes go here.
  REVIEW_COPY_SAME_PASSPHRASE: EXIT.usage,
  REVIEW_TRANSITION: EXIT.usage,
  REVIEW_REASON_REQUIRED: EXIT.usage,
  NOT_A_REVIEW_COPY: EXIT.usage,
  PACKET_WRONG_PROJECT: EXIT.usage,
  PACKET_WRONG_PASSPHRASE: EXIT.wrongPassphrase,
  PACKET_TAMPERED: EXIT.notAProjectOrTampered,
  // --- Issue 6 audit: exit codes go here.
  // --- Issue 6 merge: exit codes go here.
  MERGE_SAME_FILE: EXIT.usage,
  MERGE_OTHER_PROJECT: EXIT.usage,
  MERGE_REVIEW_COPY: EXIT.usage,
  // --- end merge
  // Training of Trainers record rules: the input was wrong.
  SCORE_ABOVE_MAX: EXIT.usage,
  SESSION_OUTSIDE_EVENT: EXIT.usage,
  SESSION_OVERLAP: EXIT.usage,
  DAY_TOO_LONG: EXIT.usage,
  NOT_REGISTERED: EXIT.usage,
  // The user stopped a long command (an export with Ctrl+C): the shell's interrupt code.
  CANCELLED: EXIT.cancelled,
};

export function cliExitCode(code: ErrorCode): ExitCode {
  return EXIT_BY_ERROR[code];
}

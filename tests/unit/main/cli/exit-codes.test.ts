import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../../../src/shared/errors';
import { cliExitCode } from '../../../../src/main/cli/exit-codes';

/**
 * The exit codes scripts depend on, written out by hand: a new error code makes this test
 * fail until someone decides (here and in exit-codes.ts) what a script should see for it.
 */
const EXPECTED: Record<string, number> = {
  VALIDATION: 1,
  WEAK_PASSPHRASE: 1,
  UNKNOWN_CHANNEL: 1,
  WRONG_PASSPHRASE: 2,
  NOT_A_PROJECT: 3,
  FILE_TAMPERED: 3,
  NEWER_FORMAT: 4,
  FILE_NOT_FOUND: 5,
  FILE_EXISTS: 5,
  READ_ONLY: 5,
  DISK_FULL: 5,
  FILE_IN_USE: 5,
  IO: 5,
  INTERNAL: 5,
  NO_PROJECT: 5,
  PROJECT_OPEN: 5,
  LOCKED: 5,
  NOT_FOUND: 5,
  CONFLICT: 5,
  // Record rules of the assessment workspace (issue 3): the input was wrong, as with VALIDATION.
  DUPLICATE: 1,
  TEXT_TOO_LONG: 1,
  OUT_OF_SCALE: 1,
  LINK_TARGET_MISSING: 1,
  DATE_ORDER: 1,
  PASSAGE_OUT_OF_RANGE: 1,
  PII_NOT_REDACTED: 1,
  ATTACHMENT_TOO_LARGE: 1,
  ATTACHMENT_TYPE: 1,
  // Ctrl+C during a long command (issue 4 exports): the shell's interrupt code.
  CANCELLED: 130,
  // Training of Trainers record rules (issue 5): the input was wrong.
  SCORE_ABOVE_MAX: 1,
  SESSION_OUTSIDE_EVENT: 1,
  SESSION_OVERLAP: 1,
  DAY_TOO_LONG: 1,
  NOT_REGISTERED: 1,
  // Meetings (issue 5): a position for an agency not at the table is wrong input.
  AGENCY_NOT_ATTENDING: 1,
  // Curriculum (issue 5): citing a finding that training cannot address is wrong input.
  NOT_TRAINING_ADDRESSABLE: 1,
  // Review and sharing (issue 6): changing a review copy's content is not what it is for.
  REVIEW_COPY_READ_ONLY: 1,
  // --- Issue 6 vault: expected exit codes go here.
  VAULT_NOT_SET_UP: 5,
  VAULT_LOCKED: 5,
  VAULT_WRONG_PASSPHRASE: 2,
  VAULT_PASSPHRASE_SAME: 1,
  VAULT_DESTROYED: 5,
  // --- Issue 6 review: expected exit codes go here.
  REVIEW_COPY_SAME_PASSPHRASE: 1,
  REVIEW_TRANSITION: 1,
  REVIEW_REASON_REQUIRED: 1,
  NOT_A_REVIEW_COPY: 1,
  PACKET_WRONG_PROJECT: 1,
  PACKET_WRONG_PASSPHRASE: 2,
  PACKET_TAMPERED: 3,
  // --- Issue 6 audit: expected exit codes go here.
  // --- Issue 6 merge: expected exit codes go here.
  MERGE_SAME_FILE: 1,
  MERGE_OTHER_PROJECT: 1,
  MERGE_REVIEW_COPY: 1,
  // --- end merge
};

describe('cliExitCode', () => {
  it.each(ERROR_CODES.map((code) => [code] as [ErrorCode]))('%s has its documented exit code', (code) => {
    expect(EXPECTED[code]).toBeDefined();
    expect(cliExitCode(code)).toBe(EXPECTED[code]);
  });

  it('lists no code that the closed list does not have', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ERROR_CODES].sort());
  });
});

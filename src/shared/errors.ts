/**
 * The closed list of error codes that may cross the API boundary.
 * Each code has its own translated message (see messages.ts) and, for the CLI,
 * its own exit code (see cliExitCode in src/main/cli/exit-codes.ts).
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'NOT_A_PROJECT',
  'FILE_TAMPERED',
  'NEWER_FORMAT',
  'FILE_IN_USE',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'READ_ONLY',
  'DISK_FULL',
  'NO_PROJECT',
  'PROJECT_OPEN',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'TEXT_TOO_LONG',
  'OUT_OF_SCALE',
  'LINK_TARGET_MISSING',
  'DATE_ORDER',
  'PASSAGE_OUT_OF_RANGE',
  'PII_NOT_REDACTED',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_TYPE',
  // Training of Trainers (issue 5, Component 4).
  'SCORE_ABOVE_MAX',
  'SESSION_OUTSIDE_EVENT',
  'SESSION_OVERLAP',
  'DAY_TOO_LONG',
  'NOT_REGISTERED',
  'CANCELLED',
  'AGENCY_NOT_ATTENDING',
  // Curriculum (issue 5, Component 3).
  'NOT_TRAINING_ADDRESSABLE',
  // Review and sharing (issue 6): a review copy's content cannot be changed.
  'REVIEW_COPY_READ_ONLY',
  // --- Issue 6 vault: error codes go here.
  'VAULT_NOT_SET_UP',
  'VAULT_LOCKED',
  'VAULT_WRONG_PASSPHRASE',
  'VAULT_PASSPHRASE_SAME',
  'VAULT_DESTROYED',
  // --- Issue 6 review: error codes go here.
  'REVIEW_COPY_SAME_PASSPHRASE',
  'REVIEW_TRANSITION',
  'REVIEW_REASON_REQUIRED',
  'NOT_A_REVIEW_COPY',
  'PACKET_WRONG_PROJECT',
  'PACKET_WRONG_PASSPHRASE',
  'PACKET_TAMPERED',
  // --- Issue 6 audit: error codes go here.
  // --- Issue 6 merge: error codes go here.
  'MERGE_SAME_FILE',
  'MERGE_OTHER_PROJECT',
  'MERGE_REVIEW_COPY',
  // --- end merge
  'IO',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What crosses the boundary: never SQL, stack traces or passphrases. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown> | undefined;
}

/** Thrown by services; mapped to ApiError by api.ts. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

import type { BmmaClient } from '../../../shared/client';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../shared/errors';

/** An API answer with `ok: false`, carried as an exception so TanStack Query sees a failure. */
export class BmmaError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'BmmaError';
    this.code = code;
    this.details = details;
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The error code to show for anything thrown: unknown failures (a broken transport) become INTERNAL. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof BmmaError ? error.code : 'INTERNAL';
}

/** Awaits one API call and returns its value, or throws a BmmaError with the answer's code. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  const code = isErrorCode(result.error.code) ? result.error.code : 'INTERNAL';
  throw new BmmaError(code, result.error.message, result.error.details);
}

/** window.bmma, read at call time so tests and the bridge can install it before the first call. */
export function bmma(): BmmaClient {
  return window.bmma;
}

import { AppError } from '../../shared/errors';

/**
 * Sorts SQLite errors into the closed list, once, in one place. The SQLite message is never
 * passed on: it may quote SQL.
 */
export function sqliteError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('FILE_TAMPERED');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('FILE_IN_USE');
  if (code === 'SQLITE_FULL') return new AppError('DISK_FULL');
  if (code.startsWith('SQLITE_READONLY')) return new AppError('READ_ONLY');
  if (code.startsWith('SQLITE_CANTOPEN')) return new AppError('IO', undefined, { cause: 'cannot open' });
  if (code.startsWith('SQLITE_IOERR')) return new AppError('IO', undefined, { cause: code });
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT');
  return new AppError('INTERNAL');
}

export function isSqliteCode(error: unknown, prefix: string): boolean {
  return String((error as { code?: unknown } | undefined)?.code ?? '').startsWith(prefix);
}

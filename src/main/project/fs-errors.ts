import { AppError } from '../../shared/errors';

/** Sorts a Node file-system error into the closed list; the path itself is not exposed. */
export function ioError(error: unknown, _path?: string): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('FILE_NOT_FOUND');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('READ_ONLY');
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('DISK_FULL');
    case 'EEXIST':
      return new AppError('FILE_EXISTS');
    case 'EISDIR':
      return new AppError('NOT_A_PROJECT');
    case 'EBUSY':
      return new AppError('FILE_IN_USE');
    default:
      return new AppError('IO', undefined, code ? { cause: code } : undefined);
  }
}

import { AppError } from '../../shared/errors';
import type { Db } from './cipher';
import { sqliteError } from './sqlite-errors';
import { LATEST_FORMAT_VERSION, MIGRATIONS, type Migration } from './migrations';

export function formatVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** A file from a newer version is refused before anything is written. */
export function assertNotNewer(db: Db, latest = LATEST_FORMAT_VERSION): void {
  const version = formatVersion(db);
  if (version > latest) throw new AppError('NEWER_FORMAT', undefined, { fileVersion: version, appVersion: latest });
}

/**
 * Applies the pending migrations in order, each in its own IMMEDIATE transaction together
 * with its user_version bump (and its seed step, if it has one), so a failing migration leaves
 * both version and data as they were.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): number {
  let version = formatVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      migration.seed?.(db, now().toISOString());
      // user_version is a header field written inside this transaction: it commits with the schema.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      const mapped = sqliteError(error);
      // A full disk or a damaged page says so; anything else is a bug in the migration itself.
      if (mapped.code !== 'INTERNAL' && mapped.code !== 'CONFLICT') throw mapped;
      throw new AppError('INTERNAL', undefined, { migration: migration.version, stage: 'migration' });
    }
    version = migration.version;
  }
  return version;
}

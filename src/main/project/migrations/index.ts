import { migration0001 } from './0001_core';
import { migration0002 } from './0002_interviews';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Ordered list; numbers only rise (checked by assertMigrationOrder at start-up and in a test). */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

assertMigrationOrder(MIGRATIONS);

export const LATEST_FORMAT_VERSION = MIGRATIONS.length;

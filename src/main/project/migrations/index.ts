import { migration0001 } from './0001_core';
import { migration0002 } from './0002_interviews';
import { migration0003 } from './0003_framework';
import { migration0004 } from './0004_interview_evidence';
import { migration0005 } from './0005_search';
import { migration0006 } from './0006_workspace';
import { migration0007 } from './0007_export';
import { migration0008 } from './0008_narrative';
import { migration0009 } from './0009_meetings';
import { migration0010 } from './0010_curriculum';
import { migration0011 } from './0011_tot';
import { migration0012 } from './0012_session_module';
import { migration0013 } from './0013_vault';
import { migration0014 } from './0014_review';
import { migration0015 } from './0015_merge';
import { migration0016 } from './0016_device_labels';
import type { Db } from '../cipher';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /**
   * Optional data step, run after the SQL inside the same transaction (e.g. copying the
   * shipped framework into the project). `now` is the ISO time stamped on the rows it writes.
   */
  readonly seed?: (db: Db, now: string) => void;
}

/** Ordered list; numbers only rise (checked by assertMigrationOrder at start-up and in a test). */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016];

export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

assertMigrationOrder(MIGRATIONS);

export const LATEST_FORMAT_VERSION = MIGRATIONS.length;

import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/main/project/cipher';
import { migrate } from '../../../../src/main/project/migrate';
import { MERGE_TABLES, RECORD_TABLES, SET_TABLES } from '../../../../src/main/merge/tables';
import { tableNames } from '../../../helpers/project';

function freshDb(): Db {
  const db = new Database(':memory:') as unknown as Db;
  migrate(db);
  return db;
}

function columns(db: Db, table: string): { name: string; pk: number }[] {
  return db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
}

describe('merge table registry', () => {
  const db = freshDb();

  it('classifies every table of a new project, and nothing else', () => {
    expect(MERGE_TABLES.map((t) => t.name).sort()).toEqual(tableNames(db));
  });

  it('gives record tables their primary key, updated_at and the tombstone', () => {
    for (const table of RECORD_TABLES) {
      const cols = columns(db, table.name);
      const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      expect(pk, table.name).toEqual([...table.key]);
      expect(cols.map((c) => c.name), table.name).toEqual(expect.arrayContaining(['updated_at', 'deleted']));
    }
  });

  it('gives set tables a key and a parent column that exist', () => {
    for (const table of SET_TABLES) {
      const names = columns(db, table.name).map((c) => c.name);
      expect(names, table.name).toEqual(expect.arrayContaining([...table.key, table.parentColumn]));
    }
  });

  it('lists every foreign key parent, and parents before children', () => {
    const order = new Map(MERGE_TABLES.map((t, i) => [t.name, i]));
    for (const table of [...RECORD_TABLES, ...SET_TABLES]) {
      const fks = db.prepare(`PRAGMA foreign_key_list("${table.name}")`).all() as { table: string }[];
      for (const fk of fks) {
        expect(table.parents, `${table.name} -> ${fk.table}`).toContain(fk.table);
        expect(order.get(fk.table)!, `${fk.table} before ${table.name}`).toBeLessThanOrEqual(order.get(table.name)!);
      }
    }
  });
});

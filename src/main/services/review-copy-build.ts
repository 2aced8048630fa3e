import fs from 'node:fs';
import path from 'node:path';
import type { ReviewCopyMark } from '../../shared/review-copy';
import { fsyncDirectory, fsyncFile, FILE_MODE, publish, tempPathFor } from '../project/atomic';
import { appendAuditEvent } from '../project/audit';
import { APPLICATION_ID, applyReadPragmas, connect, connectNew, passphraseKey, type Db } from '../project/cipher';
import { logger } from '../logger';
import { sqliteError } from '../project/sqlite-errors';
import { indexExistingRows } from './search';
import { EMPTY_TABLES, TABLE_RULES, sensitivityRank } from './review-copy-rules';

/** The name the copy is attached under on the source's connection while rows are copied. */
const COPY_SCHEMA = 'review_copy';

/** FTS5 keeps its data in shadow tables that CREATE VIRTUAL TABLE makes by itself. */
const FTS_SHADOW_SUFFIXES = ['_data', '_idx', '_content', '_docsize', '_config'];

interface SchemaObject {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  sql: string;
}

interface SourceSchema {
  objects: SchemaObject[];
  userVersion: number;
}

function readSchema(db: Db): SourceSchema {
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
    )
    .all() as SchemaObject[];
  const virtual = rows.filter((r) => r.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  const shadow = new Set(virtual.flatMap((name) => FTS_SHADOW_SUFFIXES.map((suffix) => name + suffix)));
  return {
    objects: rows.filter((r) => !shadow.has(r.name)),
    userVersion: Number(db.pragma('main.user_version', { simple: true })),
  };
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(table) as { name: string }[]).map(
    (r) => r.name,
  );
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Step 1: an empty encrypted file under the new passphrase with the source's tables (no rows). */
function createEmptyCopy(temp: string, key: Buffer, schema: SourceSchema, nativeBinding: string | undefined): void {
  const db = connectNew(temp, key, nativeBinding);
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyReadPragmas(db);
    db.transaction(() => {
      for (const object of schema.objects) if (object.type === 'table') db.exec(object.sql);
      db.pragma(`user_version = ${Math.trunc(schema.userVersion)}`);
    }).immediate();
  } finally {
    db.close();
  }
}

/**
 * Step 2: the copy is attached to the source's own connection (the open project holds an
 * exclusive lock, so no second connection could read it) and each table is filled with one
 * INSERT ... SELECT under its rule. Only the attached file is written.
 */
function copyRows(
  source: Db,
  temp: string,
  passphrase: string,
  maxSensitivity: ReviewCopyMark['maxSensitivity'],
): void {
  source.prepare(`ATTACH DATABASE ? AS ${COPY_SCHEMA} KEY ?`).run(temp, passphrase.normalize('NFC'));
  try {
    const tables = (
      source.prepare(`SELECT name FROM ${COPY_SCHEMA}.sqlite_master WHERE type = 'table'`).all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    source.transaction(() => {
      // A child may come before its parent in table order (self-references): check at commit.
      source.pragma('defer_foreign_keys = ON');
      for (const table of tables) {
        const rule = TABLE_RULES[table];
        if (!rule) {
          if (!EMPTY_TABLES.has(table) && !FTS_SHADOW_SUFFIXES.some((s) => table.endsWith(s))) {
            logger.warn('review copy: a table without a rule is left empty', { table });
          }
          continue;
        }
        const columns = columnsOf(source, table);
        const select = columns.map((c) => rule.columns?.[c] ?? `t.${quoteId(c)}`).join(', ');
        source
          .prepare(
            `INSERT INTO ${COPY_SCHEMA}.${quoteId(table)} (${columns.map(quoteId).join(', ')})
             SELECT ${select} FROM main.${quoteId(table)} AS t ${rule.where ? `WHERE ${rule.where}` : ''}`,
          )
          .run(
            rule.where?.includes('@max') || Object.values(rule.columns ?? {}).some((e) => e.includes('@max'))
              ? { max: sensitivityRank(maxSensitivity) }
              : {},
          );
      }
    })();
  } finally {
    source.prepare(`DETACH DATABASE ${COPY_SCHEMA}`).run();
  }
}

/**
 * Step 3, on the copy's own connection: indexes and triggers, the search index rebuilt from
 * what is in the copy, the review-copy mark, the audit event (chained to the copied trail),
 * then VACUUM so the file holds no free page at all.
 */
function finishCopy(
  temp: string,
  key: Buffer,
  schema: SourceSchema,
  mark: ReviewCopyMark,
  actor: string,
  nativeBinding: string | undefined,
): void {
  const db = connect(temp, key, { nativeBinding });
  try {
    // As every project connection: temp_store in memory keeps VACUUM's scratch copy off the disk.
    applyReadPragmas(db);
    db.transaction(() => {
      for (const object of schema.objects) if (object.type !== 'table') db.exec(object.sql);
      if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_index'").get()) indexExistingRows(db);
      db.prepare("INSERT INTO meta (key, value) VALUES ('review_copy', ?)").run(JSON.stringify(mark));
      appendAuditEvent(db, {
        actor,
        action: 'reviewCopy.created',
        entity: 'review_copy',
        entityId: mark.copyId,
        details: { maxSensitivity: mark.maxSensitivity, sourceAuditHead: mark.sourceAuditHead },
        at: mark.createdAt,
      });
    }).immediate();
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error('review copy: foreign keys broken');
    db.exec('VACUUM');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
  }
}

export interface BuildCopyInput {
  target: string;
  passphrase: string;
  mark: ReviewCopyMark;
  actor: string;
  nativeBinding?: string | undefined;
}

/**
 * Writes the review copy under a temporary name beside the target and links it into place
 * only when complete; a failure removes the temporary file and never touches the target.
 */
export function buildReviewCopy(source: Db, input: BuildCopyInput): void {
  const temp = tempPathFor(input.target);
  const key = passphraseKey(input.passphrase);
  try {
    const schema = readSchema(source);
    createEmptyCopy(temp, key, schema, input.nativeBinding);
    copyRows(source, temp, input.passphrase, input.mark.maxSensitivity);
    finishCopy(temp, key, schema, input.mark, input.actor, input.nativeBinding);
    fs.chmodSync(temp, FILE_MODE);
    fsyncFile(temp);
    publish(temp, input.target, false);
    fsyncDirectory(path.dirname(input.target));
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(temp + suffix, { force: true });
    throw sqliteError(error);
  }
}

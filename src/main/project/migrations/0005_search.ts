import { indexExistingRows } from '../../services/search';
import { FTS_TOKENIZE } from '../../services/search-text';

/**
 * Migration 5: the full-text search index (issue 3). An FTS5 table holds each searchable
 * record's words, Thai cut into words by Intl.Segmenter (services/search-text.ts), so the
 * index is filled by TypeScript: the seed step indexes the interviews (not deleted) and the
 * indicators already in the file. Only segmented words are stored; snippets are cut from the
 * source tables. search_index_keys fixes each record's FTS rowid so an edit replaces one row.
 * Neither table is a domain table (no tombstones): services/project.ts leaves them out of the
 * record counts.
 */
export const migration0005 = {
  version: 5,
  name: 'search',
  sql: /* sql */ `
    CREATE VIRTUAL TABLE search_index USING fts5(
      kind UNINDEXED,
      entity_id UNINDEXED,
      body,
      tokenize = '${FTS_TOKENIZE}'
    );

    CREATE TABLE search_index_keys (
      rowid INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      UNIQUE (kind, entity_id)
    ) STRICT;
  `,
  seed: indexExistingRows,
} as const;

import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  documentCreateSchema,
  documentUpdateSchema,
  listPageInput,
  type DocumentRecord,
} from '../../shared/evidence-items';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { listAttachments } from './attachments';
import {
  checkExpected,
  givenFields,
  invalid,
  isCalendarDate,
  laterThan,
  linkMissing,
  nextCounter,
  parseInput,
  sameValue,
} from './evidence-helpers';
import { documentSearchText, indexEntity, removeEntity } from './search';

/**
 * Documents reviewed as evidence (PRODUCT.md 4): laws, regulations, SOPs, MoUs, statistics,
 * with an optional issuing agency and legal instrument from the reference data, and
 * attachments kept encrypted in the file (attachments.ts). Codes DOC-001 are never reused;
 * deleting leaves a tombstone; the audit trail names changed fields, never their text.
 */

export type { DocumentRecord };
export type DocumentCreateInput = z.input<typeof documentCreateSchema>;
export type DocumentUpdateInput = z.input<typeof documentUpdateSchema>;
type Fields = z.output<typeof documentCreateSchema>;
type FieldName = keyof Fields;
type Summary = Omit<DocumentRecord, 'notes' | 'attachments'> & { attachmentCount: number };

const FIELD_NAMES = Object.keys(documentCreateSchema.shape) as FieldName[];

interface DocumentRow {
  id: string;
  code: string;
  title_en: string;
  title_th: string;
  doc_type: Fields['docType'];
  issuer_agency_code: string | null;
  legal_instrument_code: string | null;
  document_date: string | null;
  reference: string;
  sensitivity: Fields['sensitivity'];
  language: Fields['language'];
  reliability_source: Fields['reliability']['source'];
  reliability_information: number;
  created_at: string;
  updated_at: string;
  attachment_count: number;
}

// `notes` is the table's last column: the list never reads its overflow pages.
const SUMMARY_COLUMNS = `d.id, d.code, d.title_en, d.title_th, d.doc_type, d.issuer_agency_code, d.legal_instrument_code,
  d.document_date, d.reference, d.sensitivity, d.language, d.reliability_source, d.reliability_information,
  d.created_at, d.updated_at,
  (SELECT count(*) FROM attachments a WHERE a.owner_kind = 'document' AND a.owner_id = d.id AND a.deleted = 0) AS attachment_count`;

function toFields(row: DocumentRow, notes: string): Fields {
  return {
    title: { en: row.title_en, th: row.title_th },
    docType: row.doc_type,
    issuerAgencyCode: row.issuer_agency_code,
    legalInstrumentCode: row.legal_instrument_code,
    documentDate: row.document_date,
    reference: row.reference,
    notes,
    sensitivity: row.sensitivity,
    language: row.language,
    reliability: { source: row.reliability_source, information: row.reliability_information },
  };
}

function toSummary(row: DocumentRow): Summary {
  const { notes: _notes, ...fields } = toFields(row, '');
  return {
    id: row.id,
    code: row.code,
    ...fields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    attachmentCount: row.attachment_count,
  };
}

function readRow(db: Db, id: string): DocumentRow & { notes: string } {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, d.notes FROM documents d WHERE d.id = ? AND d.deleted = 0`).get(id) as
    (DocumentRow & { notes: string }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: 'document' });
  return row;
}

function toDocument(db: Db, id: string): DocumentRecord {
  const row = readRow(db, id);
  return {
    id: row.id,
    code: row.code,
    ...toFields(row, row.notes),
    attachments: listAttachments(db, 'document', row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// ---------------------------------------------------------------- checks

function exists(db: Db, table: 'agencies' | 'legal_instruments', code: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE code = ? AND deleted = 0`).get(code) !== undefined;
}

/** The rules zod cannot see, for the fields being written (all of them on create). */
function checkRules(db: Db, fields: Fields, written: ReadonlySet<FieldName>): void {
  if (written.has('issuerAgencyCode') && fields.issuerAgencyCode !== null && !exists(db, 'agencies', fields.issuerAgencyCode)) {
    throw linkMissing('issuerAgencyCode', 'agency');
  }
  if (
    written.has('legalInstrumentCode') &&
    fields.legalInstrumentCode !== null &&
    !exists(db, 'legal_instruments', fields.legalInstrumentCode)
  ) {
    throw linkMissing('legalInstrumentCode', 'legal_instrument');
  }
  if (written.has('documentDate') && fields.documentDate !== null && !isCalendarDate(fields.documentDate)) {
    throw invalid('documentDate', 'invalid');
  }
}

/** What search finds a document by: the same text a rebuild of the index takes from the row. */
function searchText(code: string, fields: Fields): string {
  return documentSearchText({
    code,
    title_en: fields.title.en,
    title_th: fields.title.th,
    reference: fields.reference,
    notes: fields.notes,
  });
}

const SEARCHED: readonly FieldName[] = ['title', 'reference', 'notes'];

function columnValues(fields: Fields): Record<string, unknown> {
  return {
    titleEn: fields.title.en,
    titleTh: fields.title.th,
    docType: fields.docType,
    issuerAgencyCode: fields.issuerAgencyCode,
    legalInstrumentCode: fields.legalInstrumentCode,
    documentDate: fields.documentDate,
    reference: fields.reference,
    sensitivity: fields.sensitivity,
    language: fields.language,
    reliabilitySource: fields.reliability.source,
    reliabilityInformation: fields.reliability.information,
    notes: fields.notes,
  };
}

// ---------------------------------------------------------------- writing

export function createDocument(project: ProjectFile, input: DocumentCreateInput): DocumentRecord {
  const fields = parseInput(documentCreateSchema, input);
  return project.write((ctx) => {
    checkRules(ctx.db, fields, new Set(FIELD_NAMES));
    const id = crypto.randomUUID();
    const code = `DOC-${String(nextCounter(ctx.db, 'code-counter:DOC')).padStart(3, '0')}`;
    ctx.db
      .prepare(
        `INSERT INTO documents (id, code, title_en, title_th, doc_type, issuer_agency_code, legal_instrument_code,
          document_date, reference, sensitivity, language, reliability_source, reliability_information,
          created_at, updated_at, updated_by, notes)
         VALUES (@id, @code, @titleEn, @titleTh, @docType, @issuerAgencyCode, @legalInstrumentCode,
          @documentDate, @reference, @sensitivity, @language, @reliabilitySource, @reliabilityInformation,
          @now, @now, @actor, @notes)`,
      )
      .run({ id, code, now: ctx.now, actor: ctx.actor, ...columnValues(fields) });
    indexEntity(ctx.db, 'document', id, searchText(code, fields));
    ctx.audit('document.created', 'document', id, { code, docType: fields.docType });
    return toDocument(ctx.db, id);
  });
}

/** A partial edit, guarded by `expectedUpdatedAt` (CONFLICT); no change writes nothing. */
export function updateDocument(project: ProjectFile, input: DocumentUpdateInput): DocumentRecord {
  const { id, expectedUpdatedAt, ...patch } = parseInput(documentUpdateSchema, input);
  return project.write((ctx) => {
    const row = readRow(ctx.db, id);
    checkExpected('document', expectedUpdatedAt, row.updated_at);
    const current = toFields(row, row.notes);
    const next: Fields = { ...current, ...givenFields(patch) };
    const changed = FIELD_NAMES.filter((name) => !sameValue(current[name], next[name]));
    if (changed.length === 0) return toDocument(ctx.db, id);

    checkRules(ctx.db, next, new Set(changed));
    ctx.db
      .prepare(
        `UPDATE documents SET title_en = @titleEn, title_th = @titleTh, doc_type = @docType,
          issuer_agency_code = @issuerAgencyCode, legal_instrument_code = @legalInstrumentCode,
          document_date = @documentDate, reference = @reference, sensitivity = @sensitivity, language = @language,
          reliability_source = @reliabilitySource, reliability_information = @reliabilityInformation,
          notes = @notes, updated_at = @updatedAt, updated_by = @actor
         WHERE id = @id`,
      )
      .run({ id, updatedAt: laterThan(ctx.now, row.updated_at), actor: ctx.actor, ...columnValues(next) });
    if (changed.some((name) => SEARCHED.includes(name))) indexEntity(ctx.db, 'document', id, searchText(row.code, next));
    ctx.audit('document.updated', 'document', id, { code: row.code, fields: changed });
    return toDocument(ctx.db, id);
  });
}

/** Tombstone: hidden (with its attachments) from list and get, kept in the file. */
export function deleteDocument(project: ProjectFile, id: string): { id: string } {
  project.write((ctx) => {
    const row = readRow(ctx.db, id);
    ctx.db
      .prepare('UPDATE documents SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, row.updated_at), ctx.actor, id);
    removeEntity(ctx.db, 'document', id);
    ctx.audit('document.deleted', 'document', id, { code: row.code });
  });
  return { id };
}

// ---------------------------------------------------------------- reading

export function getDocument(project: ProjectFile, id: string): DocumentRecord {
  return project.read((db) => toDocument(db, id));
}

/** A page of summaries in code order (DOC-999 before DOC-1000), and how many there are. */
export function listDocuments(
  project: ProjectFile,
  query?: z.input<typeof listPageInput>,
): { total: number; items: Summary[] } {
  const { limit, offset } = parseInput(listPageInput.unwrap(), query ?? {});
  return project.read((db) => {
    const { total } = db.prepare('SELECT count(*) AS total FROM documents WHERE deleted = 0').get() as { total: number };
    const rows = db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.deleted = 0 ORDER BY length(d.code), d.code LIMIT ? OFFSET ?`)
      .all(limit, offset) as DocumentRow[];
    return { total, items: rows.map(toSummary) };
  });
}

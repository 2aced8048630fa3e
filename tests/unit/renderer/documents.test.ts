import { describe, expect, it } from 'vitest';
import { documentCreateSchema, type DocumentRecord } from '../../../src/shared/evidence-items';
import { BmmaError } from '../../../src/renderer/src/lib/bmma';
import {
  documentFieldErrors,
  documentFormFrom,
  documentFormSchema,
  emptyDocumentForm,
  sameDocument,
  toCreateInput,
  type DocumentFormValues,
} from '../../../src/renderer/src/features/documents/document-form';
import { allowedTypesLabel } from '../../../src/renderer/src/features/evidence/format';

/** The document editor: its rules and what it sends. */

const schema = documentFormSchema(() => ({ agencies: new Set(['RTP-IB']), instruments: new Set(['IMM-ACT-2522']) }));

function document(overrides: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return { ...emptyDocumentForm(), title: { en: 'Immigration Act B.E. 2522', th: '' }, ...overrides };
}

function messages(values: DocumentFormValues): Record<string, string> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('document form rules', () => {
  it('accepts a title in either language', () => {
    expect(messages(document())).toEqual({});
    expect(messages(document({ title: { en: '', th: 'พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522' } }))).toEqual({});
  });

  it('asks for a title in at least one language (once, under the English title)', () => {
    expect(messages(document({ title: { en: '  ', th: '' } }))).toEqual({
      'title.en': 'evidenceCommon.validation.titleRequired',
    });
  });

  it('refuses an issuer or a legal instrument not in the project’s reference lists', () => {
    expect(messages(document({ issuerAgencyCode: 'NOPE', legalInstrumentCode: 'NOPE-ACT' }))).toEqual({
      issuerAgencyCode: 'evidenceCommon.validation.unknownAgency',
      legalInstrumentCode: 'evidenceCommon.validation.unknownInstrument',
    });
    expect(messages(document({ issuerAgencyCode: 'RTP-IB', legalInstrumentCode: 'IMM-ACT-2522' }))).toEqual({});
  });

  it('applies the contract’s limits with translated messages', () => {
    expect(messages(document({ reference: 'x'.repeat(1001) }))).toEqual({ reference: 'evidenceCommon.validation.tooLong' });
    expect(messages(document({ notes: 'ก'.repeat(100_001) }))).toEqual({ notes: 'evidenceCommon.validation.tooLong' });
  });
});

describe('what the document editor sends', () => {
  it('trims the titles and the citation, and passes the contract', () => {
    const input = toCreateInput(document({ title: { en: ' SOP on referral ', th: '' }, reference: ' Gazette 136/45 ' }));
    expect(input.title).toEqual({ en: 'SOP on referral', th: '' });
    expect(input.reference).toBe('Gazette 136/45');
    expect(documentCreateSchema.safeParse(input).success).toBe(true);
  });

  it('loads a stored document into the values it was saved from', () => {
    const values = document({ docType: 'mou', documentDate: '2019-08-14', notes: 'บันทึก' });
    const stored: DocumentRecord = {
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      code: 'DOC-001',
      ...toCreateInput(values),
      attachments: [],
      createdAt: '2026-11-29T03:00:00.000Z',
      updatedAt: '2026-11-29T03:00:00.000Z',
    };
    expect(sameDocument(documentFormFrom(stored), values)).toBe(true);
    expect(sameDocument(values, { ...values, title: { en: 'Immigration Act B.E. 2522 ', th: '' } })).toBe(true);
  });

  it('shows a refused untitled document under the English title', () => {
    const refused = new BmmaError('VALIDATION', 'x', { issues: [{ path: ['title'], code: 'custom' }] });
    expect(documentFieldErrors(refused)).toEqual([{ field: 'title.en', message: 'evidenceCommon.validation.titleRequired' }]);
    expect(documentFieldErrors(new BmmaError('ATTACHMENT_TYPE', 'x'))).toEqual([]);
  });

  it('names the allowed file types as a user knows them', () => {
    expect(allowedTypesLabel(['pdf', 'docx', 'jpg'])).toBe('PDF, DOCX, JPG');
  });
});

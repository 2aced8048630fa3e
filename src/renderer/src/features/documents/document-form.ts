import { z } from 'zod';
import type { ChannelInput } from '../../../../shared/contract';
import { INFORMATION_GRADES, INTERVIEW_LANGUAGES, SENSITIVITY_LEVELS, SOURCE_GRADES } from '../../../../shared/evidence';
import { DOCUMENT_TYPES, documentCreateSchema, type DocumentRecord } from '../../../../shared/evidence-items';
import { errorCodeOf } from '../../lib/bmma';
import type { EvidenceMetaValues } from '../evidence/EvidenceGradingFields';
import type { EvidenceMessageKey } from '../evidence/field-error';
import { fieldErrorsFromDetails, validationDetails } from '../evidence/server-errors';

/**
 * The document editor's form: the contract's shape (documents.create), with the rules shown
 * per field in the user's language; what is sent is checked against the contract's schema.
 */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentFormValues extends EvidenceMetaValues {
  title: { en: string; th: string };
  docType: DocumentType;
  issuerAgencyCode: string | null;
  legalInstrumentCode: string | null;
  documentDate: string | null;
  reference: string;
  notes: string;
}

export function emptyDocumentForm(): DocumentFormValues {
  return {
    title: { en: '', th: '' },
    docType: 'law',
    issuerAgencyCode: null,
    legalInstrumentCode: null,
    documentDate: null,
    reference: '',
    notes: '',
    sensitivity: 'internal',
    language: 'th',
    reliability: { source: 'F', information: 6 },
  };
}

export function documentFormFrom(document: DocumentRecord): DocumentFormValues {
  return {
    title: { ...document.title },
    docType: document.docType,
    issuerAgencyCode: document.issuerAgencyCode,
    legalInstrumentCode: document.legalInstrumentCode,
    documentDate: document.documentDate,
    reference: document.reference,
    notes: document.notes,
    sensitivity: document.sensitivity,
    language: document.language,
    reliability: { ...document.reliability },
  };
}

/** What is sent: titles trimmed (a title is one line), everything else as typed. */
export function toCreateInput(values: DocumentFormValues): ChannelInput<'documents.create'> {
  return {
    ...values,
    title: { en: values.title.en.trim(), th: values.title.th.trim() },
    reference: values.reference.trim(),
    reliability: { ...values.reliability },
  };
}

export function toUpdateInput(
  values: DocumentFormValues,
  saved: Pick<DocumentRecord, 'id' | 'updatedAt'>,
): ChannelInput<'documents.update'> {
  return { id: saved.id, expectedUpdatedAt: saved.updatedAt, ...toCreateInput(values) };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

export function sameDocument(a: DocumentFormValues, b: DocumentFormValues): boolean {
  return canonical(toCreateInput(a)) === canonical(toCreateInput(b));
}

export const DOCUMENT_FIELDS = [
  'title.en',
  'title.th',
  'docType',
  'issuerAgencyCode',
  'legalInstrumentCode',
  'documentDate',
  'reference',
  'notes',
  'sensitivity',
  'language',
  'reliability.source',
  'reliability.information',
] as const;

const formShape = z.object({
  title: z.object({ en: z.string(), th: z.string() }),
  docType: z.enum(DOCUMENT_TYPES),
  issuerAgencyCode: z.string().nullable(),
  legalInstrumentCode: z.string().nullable(),
  documentDate: z.string().nullable(),
  reference: z.string(),
  notes: z.string(),
  sensitivity: z.enum(SENSITIVITY_LEVELS),
  language: z.enum(INTERVIEW_LANGUAGES),
  reliability: z.object({
    source: z.enum(SOURCE_GRADES),
    information: z.number().refine((grade) => (INFORMATION_GRADES as readonly number[]).includes(grade)),
  }),
});

function contractMessage(issue: z.core.$ZodIssue): EvidenceMessageKey {
  if (issue.code === 'too_big') return 'evidenceCommon.validation.tooLong';
  if (/control characters/.test(issue.message)) return 'evidenceCommon.validation.noControlCharacters';
  return 'evidenceCommon.validation.invalidValue';
}

interface ReferenceCodes {
  agencies: ReadonlySet<string> | null;
  instruments: ReadonlySet<string> | null;
}

/**
 * A title in at least one language; issuer and legal instrument, when given, from the
 * project's reference lists (read at validation time); then the contract's own checks.
 */
export function documentFormSchema(codes: () => ReferenceCodes) {
  return formShape.superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: EvidenceMessageKey) =>
      ctx.addIssue({ code: 'custom', path, message });
    const titled = values.title.en.trim() !== '' || values.title.th.trim() !== '';
    if (!titled) issue(['title', 'en'], 'evidenceCommon.validation.titleRequired');
    const { agencies, instruments } = codes();
    if (values.issuerAgencyCode && agencies && !agencies.has(values.issuerAgencyCode))
      issue(['issuerAgencyCode'], 'evidenceCommon.validation.unknownAgency');
    if (values.legalInstrumentCode && instruments && !instruments.has(values.legalInstrumentCode))
      issue(['legalInstrumentCode'], 'evidenceCommon.validation.unknownInstrument');
    const sent = documentCreateSchema.safeParse(toCreateInput(values));
    if (sent.success) return;
    const reported = new Set<string>();
    for (const problem of sent.error.issues) {
      const path = problem.path.map(String);
      // The title's "at least one language" is the message above.
      if (path[0] === 'title' && (path.length === 1 || !titled)) continue;
      const key = path.join('.');
      if (reported.has(key)) continue;
      reported.add(key);
      issue(path, contractMessage(problem));
    }
  });
}

/** Fields to highlight for a refused save (VALIDATION details). */
export function documentFieldErrors(error: unknown): { field: (typeof DOCUMENT_FIELDS)[number]; message: EvidenceMessageKey }[] {
  if (errorCodeOf(error) !== 'VALIDATION') return [];
  const details = validationDetails(error);
  const errors = fieldErrorsFromDetails(details, DOCUMENT_FIELDS);
  // "A title in at least one language" names the title as a whole: shown under the English title.
  const issues = details?.['issues'];
  const untitled =
    Array.isArray(issues) &&
    issues.some((issue: unknown) => {
      const path = (issue as { path?: unknown } | null)?.path;
      return Array.isArray(path) && path.length === 1 && path[0] === 'title';
    });
  if (untitled && !errors.some((known) => known.field === 'title.en'))
    errors.push({ field: 'title.en', message: 'evidenceCommon.validation.titleRequired' });
  return errors;
}

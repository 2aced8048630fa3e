import type { DocumentRecord } from '../../../../shared/evidence-items';
import type { RecordAdapter } from '../evidence/useRecordSaver';
import {
  documentFieldErrors,
  documentFormFrom,
  sameDocument,
  toCreateInput,
  toUpdateInput,
  type DocumentFormValues,
} from './document-form';
import { createDocument, fetchDocument, updateDocument } from './queries';

/** How the editor reads, compares and writes a document. */
export const documentAdapter: RecordAdapter<DocumentFormValues, DocumentRecord> = {
  valuesFrom: documentFormFrom,
  same: sameDocument,
  create: (values) => createDocument(toCreateInput(values)),
  update: (values, saved) => updateDocument(toUpdateInput(values, saved)),
  fetch: fetchDocument,
  fieldErrors: documentFieldErrors,
};

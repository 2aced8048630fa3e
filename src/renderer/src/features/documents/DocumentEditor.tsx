import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type DocumentRecord,
} from '../../../../shared/evidence-items';
import { formatBytes } from '../../lib/format';
import { AttachmentsSection } from '../evidence/AttachmentsSection';
import { EvidenceGradingFields } from '../evidence/EvidenceGradingFields';
import { EvidenceUsage } from '../evidence/EvidenceUsage';
import { useEvidenceFieldError } from '../evidence/field-error';
import { allowedTypesLabel } from '../evidence/format';
import type { AttachmentOwner } from '../evidence/queries';
import { RecordEditorFrame } from '../evidence/RecordEditorFrame';
import { useEditorLeave, type RecordEditorHandle } from '../evidence/useEditorLeave';
import { useRecordSaver } from '../evidence/useRecordSaver';
import { useUiLanguage } from '../interviews/language';
import { documentAdapter } from './adapter';
import { documentFormFrom, documentFormSchema, emptyDocumentForm, type DocumentFormValues } from './document-form';
import { DocumentFields, type Agency, type LegalInstrument } from './DocumentFields';
import { deleteDocument, fetchDocument, invalidateAfterDocumentWrite } from './queries';

interface DocumentEditorProps {
  initial: DocumentRecord | null;
  calendar: Calendar;
  agencies: readonly Agency[];
  instruments: readonly LegalInstrument[];
  onSaved: (document: DocumentRecord) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<RecordEditorHandle>;
}

/** The document editor in the side panel: what it is, notes, grading, and its encrypted files. */
export function DocumentEditor({
  initial,
  calendar,
  agencies,
  instruments,
  onSaved,
  onClose,
  onDeleted,
  ref,
}: DocumentEditorProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const fieldError = useEvidenceFieldError();
  // Reference lists may arrive after the form opened: the resolver reads them when it validates.
  const [validation] = useState(() => {
    let codes = { agencies: null as ReadonlySet<string> | null, instruments: null as ReadonlySet<string> | null };
    return {
      resolver: zodResolver(documentFormSchema(() => codes)),
      setCodes: (next: typeof codes) => {
        codes = next;
      },
    };
  });
  useEffect(() => {
    validation.setCodes({
      agencies: agencies.length > 0 ? new Set(agencies.map((agency) => agency.code)) : null,
      instruments: instruments.length > 0 ? new Set(instruments.map((instrument) => instrument.code)) : null,
    });
  }, [agencies, instruments, validation]);
  const form = useForm<DocumentFormValues>({
    resolver: validation.resolver,
    mode: 'onChange',
    defaultValues: initial ? documentFormFrom(initial) : emptyDocumentForm(),
  });
  const [attachments, setAttachments] = useState<readonly Attachment[]>(initial?.attachments ?? []);
  const saver = useRecordSaver({
    form,
    initial,
    adapter: documentAdapter,
    onSaved: (document) => {
      setAttachments(document.attachments);
      onSaved(document);
    },
  });
  const leave = useEditorLeave(saver);
  useImperativeHandle(ref, () => ({ requestClose: (proceed) => void leave.requestClose(proceed) }));

  /** Files belong to a saved document: a new one is created first, pending changes are written first. */
  const ensureOwner = async (): Promise<AttachmentOwner | null> => {
    if ((saver.hasUnsavedChanges() || !saver.current()) && !(await saver.saveNow())) return null;
    const current = saver.current();
    return current ? { kind: 'document', id: current.id } : null;
  };
  const refreshAttachments = async () => {
    const current = saver.current();
    invalidateAfterDocumentWrite(queryClient);
    if (!current) return;
    const fresh = await fetchDocument(current.id);
    setAttachments(fresh.attachments);
    saver.adoptFresh(fresh);
  };

  const saved = saver.saved;
  const allowed = t('documents.files.allowed', {
    types: allowedTypesLabel(Object.keys(ATTACHMENT_TYPES)),
    max: formatBytes(MAX_ATTACHMENT_BYTES, language),
  });
  return (
    <RecordEditorFrame
      usage={saved && <EvidenceUsage evidence={{ kind: 'document', id: saved.id }} leave={(proceed) => void leave.requestClose(proceed)} />}
      heading={saved ? t('documents.editor.heading', { code: saved.code }) : t('documents.editor.newHeading')}
      saver={saver}
      leave={leave}
      onClose={onClose}
      deletion={
        saved && {
          heading: t('documents.delete.heading', { code: saved.code }),
          explanation: t('documents.delete.explanation'),
          confirm: t('documents.delete.confirm'),
          remove: () => deleteDocument(saved.id),
          onDeleted,
        }
      }
    >
      <DocumentFields form={form} calendar={calendar} agencies={agencies} instruments={instruments} />
      <Fieldset legend={t('documents.editor.sections.notes')} variant="filled">
        <Textarea
          label={t('documents.editor.notes')}
          description={t('documents.editor.notesHint')}
          autosize
          minRows={5}
          maxRows={20}
          error={fieldError(form.formState.errors.notes)}
          {...form.register('notes')}
        />
      </Fieldset>
      <EvidenceGradingFields form={form} />
      <AttachmentsSection
        legend={t('documents.editor.sections.files')}
        attachments={attachments}
        ensureOwner={ensureOwner}
        photos={false}
        addLabel={t('documents.files.add')}
        hint={saved ? allowed : `${allowed} ${t('documents.files.saveFirst')}`}
        dateStyle={{ language, calendar }}
        onChanged={() => void refreshAttachments()}
      />
    </RecordEditorFrame>
  );
}

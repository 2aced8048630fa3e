import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { Calendar } from '../../../../shared/dates';
import { MAX_ATTACHMENT_BYTES, type Attachment, type SiteVisit } from '../../../../shared/evidence-items';
import { formatBytes } from '../../lib/format';
import { AttachmentsSection } from '../evidence/AttachmentsSection';
import { EvidenceGradingFields } from '../evidence/EvidenceGradingFields';
import { EvidenceUsage } from '../evidence/EvidenceUsage';
import { useEvidenceFieldError } from '../evidence/field-error';
import type { AttachmentOwner } from '../evidence/queries';
import { RecordEditorFrame } from '../evidence/RecordEditorFrame';
import { useEditorLeave, type RecordEditorHandle } from '../evidence/useEditorLeave';
import { useRecordSaver } from '../evidence/useRecordSaver';
import { useUiLanguage } from '../interviews/language';
import { siteVisitAdapter } from './adapter';
import { ChecklistFields } from './ChecklistFields';
import type { CrossingPoint } from './CrossingPointSelect';
import { deleteSiteVisit, fetchSiteVisit, invalidateAfterSiteVisitWrite } from './queries';
import { emptySiteVisitForm, siteVisitFormFrom, siteVisitFormSchema, type SiteVisitFormValues } from './site-visit-form';
import { SiteVisitFields } from './SiteVisitFields';

type Province = ChannelOutput<'reference.provinces'>[number];

interface SiteVisitEditorProps {
  /** The visit as loaded, or null for a new one. */
  initial: SiteVisit | null;
  calendar: Calendar;
  crossingPoints: readonly CrossingPoint[];
  provinces: readonly Province[];
  onSaved: (visit: SiteVisit) => void;
  onClose: () => void;
  onDeleted: () => void;
  ref?: Ref<RecordEditorHandle>;
}

/** The site-visit editor in the side panel: crossing point, dates, team, checklist, observations, grading, photos. */
export function SiteVisitEditor({
  initial,
  calendar,
  crossingPoints,
  provinces,
  onSaved,
  onClose,
  onDeleted,
  ref,
}: SiteVisitEditorProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const fieldError = useEvidenceFieldError();
  // The reference list may arrive after the form opened: the resolver reads it when it validates.
  const [validation] = useState(() => {
    let codes: ReadonlySet<string> | null = null;
    return {
      resolver: zodResolver(siteVisitFormSchema(() => codes)),
      setCodes: (next: ReadonlySet<string> | null) => {
        codes = next;
      },
    };
  });
  useEffect(() => {
    validation.setCodes(crossingPoints.length > 0 ? new Set(crossingPoints.map((point) => point.code)) : null);
  }, [crossingPoints, validation]);
  const form = useForm<SiteVisitFormValues>({
    resolver: validation.resolver,
    mode: 'onChange',
    defaultValues: initial ? siteVisitFormFrom(initial) : emptySiteVisitForm(),
  });
  const [attachments, setAttachments] = useState<readonly Attachment[]>(initial?.attachments ?? []);
  const saver = useRecordSaver({
    form,
    initial,
    adapter: siteVisitAdapter,
    onSaved: (visit) => {
      setAttachments(visit.attachments);
      onSaved(visit);
    },
  });
  const leave = useEditorLeave(saver);
  useImperativeHandle(ref, () => ({ requestClose: (proceed) => void leave.requestClose(proceed) }));

  const crossingPointCode = useWatch({ control: form.control, name: 'crossingPointCode' });
  const mode =
    crossingPoints.find((point) => point.code === crossingPointCode)?.mode ??
    (crossingPointCode === saver.saved?.crossingPointCode ? (saver.saved?.crossingPoint?.mode ?? null) : null);

  /** Photos belong to a saved visit: a new one is created first, pending changes are written first. */
  const ensureOwner = async (): Promise<AttachmentOwner | null> => {
    if ((saver.hasUnsavedChanges() || !saver.current()) && !(await saver.saveNow())) return null;
    const current = saver.current();
    return current ? { kind: 'site_visit', id: current.id } : null;
  };
  const refreshAttachments = async () => {
    const current = saver.current();
    invalidateAfterSiteVisitWrite(queryClient);
    if (!current) return;
    const fresh = await fetchSiteVisit(current.id);
    setAttachments(fresh.attachments);
    saver.adoptFresh(fresh);
  };

  const saved = saver.saved;
  const photoTypes = t('siteVisits.photos.allowed', { max: formatBytes(MAX_ATTACHMENT_BYTES, language) });
  return (
    <RecordEditorFrame
      usage={saved && <EvidenceUsage evidence={{ kind: 'site_visit', id: saved.id }} leave={(proceed) => void leave.requestClose(proceed)} />}
      heading={saved ? t('siteVisits.editor.heading', { code: saved.code }) : t('siteVisits.editor.newHeading')}
      saver={saver}
      leave={leave}
      onClose={onClose}
      deletion={
        saved && {
          heading: t('siteVisits.delete.heading', { code: saved.code }),
          explanation: t('siteVisits.delete.explanation'),
          confirm: t('siteVisits.delete.confirm'),
          remove: () => deleteSiteVisit(saved.id),
          onDeleted,
        }
      }
    >
      <SiteVisitFields form={form} calendar={calendar} crossingPoints={crossingPoints} provinces={provinces} />
      <ChecklistFields form={form} mode={mode} />
      <Fieldset legend={t('siteVisits.editor.sections.observations')} variant="filled">
        <Textarea
          label={t('siteVisits.editor.observations')}
          description={t('siteVisits.editor.observationsHint')}
          autosize
          minRows={5}
          maxRows={20}
          error={fieldError(form.formState.errors.observations)}
          {...form.register('observations')}
        />
      </Fieldset>
      <EvidenceGradingFields form={form} />
      <AttachmentsSection
        legend={t('siteVisits.editor.sections.photos')}
        attachments={attachments}
        ensureOwner={ensureOwner}
        photos
        addLabel={t('siteVisits.photos.add')}
        hint={saved ? photoTypes : `${photoTypes} ${t('siteVisits.photos.saveFirst')}`}
        dateStyle={{ language, calendar }}
        onChanged={() => void refreshAttachments()}
      />
    </RecordEditorFrame>
  );
}

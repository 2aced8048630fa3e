import { Alert, Button, Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/evidence-items';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DateStyle } from '../../lib/format';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { AttachmentItem } from './AttachmentItem';
import { addAttachment, deleteAttachment, exportAttachment, type AttachmentOwner } from './queries';

interface AttachmentsSectionProps {
  legend: string;
  attachments: readonly Attachment[];
  /** The record the files belong to; saves it first when it is new or has unsaved changes. */
  ensureOwner: () => Promise<AttachmentOwner | null>;
  /** Photos of a site visit: each needs "no person can be recognised" ticked before it is added. */
  photos: boolean;
  addLabel: string;
  /** Under the Add button: allowed types and size, or that adding saves the record first. */
  hint: ReactNode;
  dateStyle: DateStyle;
  /** After a file was added or removed: the owner is read again (its list and version moved). */
  onChanged: () => void;
}

type Notice = { kind: 'added' | 'exported' | 'mismatch'; name: string };

/**
 * Files kept encrypted inside the project file. The main process opens the file dialogs; the
 * renderer only says which record and, for photos, that the assessor confirmed no person is
 * recognisable. Cancelling a dialog does nothing and says nothing.
 */
export function AttachmentsSection({
  legend,
  attachments,
  ensureOwner,
  photos,
  addLabel,
  hint,
  dateStyle,
  onChanged,
}: AttachmentsSectionProps) {
  const { t } = useTranslation();
  const [noPeople, setNoPeople] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  const add = useMutation({
    mutationFn: async () => {
      const owner = await ensureOwner();
      if (!owner) return null;
      return addAttachment(owner, photos && noPeople);
    },
    onMutate: () => setNotice(null),
    onSuccess: (attachment) => {
      if (!attachment) return;
      setNoPeople(false);
      setNotice({ kind: 'added', name: attachment.fileName });
      onChanged();
    },
  });
  const save = useMutation({
    mutationFn: async (attachment: Attachment) => ({ attachment, answer: await exportAttachment(attachment.id) }),
    onMutate: () => setNotice(null),
    onSuccess: ({ attachment, answer }) => {
      if (answer.path === null) return;
      setNotice({ kind: answer.sha256 === attachment.sha256 ? 'exported' : 'mismatch', name: attachment.fileName });
    },
  });
  const remove = useMutation({
    mutationFn: (attachment: Attachment) => deleteAttachment(attachment.id),
    onMutate: () => setNotice(null),
    onSuccess: () => {
      setRemoving(null);
      onChanged();
    },
  });

  const noticeText =
    notice &&
    (notice.kind === 'added'
      ? t('attachments.attachedNotice', { name: notice.name })
      : notice.kind === 'exported'
        ? t('attachments.exported', { name: notice.name })
        : t('attachments.exportMismatch', { name: notice.name }));

  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        {photos && (
          <Checkbox
            label={t('siteVisits.photos.noPeople')}
            description={t('siteVisits.photos.noPeopleHint')}
            checked={noPeople}
            onChange={(event) => setNoPeople(event.currentTarget.checked)}
          />
        )}
        <Group gap="sm" align="center">
          <Button
            size="sm"
            variant="light"
            onClick={() => add.mutate()}
            loading={add.isPending}
            disabled={photos && !noPeople}
          >
            {addLabel}
          </Button>
          <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 200 }}>
            {hint}
          </Text>
        </Group>
        <ErrorAlert error={add.error ?? save.error} />
        <div role="status" aria-live="polite">
          {noticeText && (
            <Alert variant="light" color={notice?.kind === 'mismatch' ? 'orange' : 'teal'} p="xs">
              <Text size="sm">{noticeText}</Text>
            </Alert>
          )}
        </div>
        {attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('attachments.none')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('attachments.listLabel')}>
            {attachments.map((attachment) => (
              <AttachmentItem
                key={attachment.id}
                attachment={attachment}
                dateStyle={dateStyle}
                exporting={save.isPending && save.variables?.id === attachment.id}
                onExport={(target) => save.mutate(target)}
                onRemove={setRemoving}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        title={t('attachments.removeHeading', { name: removing?.fileName ?? '' })}
        explanation={t('attachments.removeExplanation')}
        confirmLabel={t('attachments.removeConfirm')}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate(removing)}
        loading={remove.isPending}
      >
        <ErrorAlert error={remove.error} />
      </ConfirmModal>
    </Fieldset>
  );
}

import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/evidence-items';
import { formatBytes, formatDateTime, type DateStyle } from '../../lib/format';
import { Sha256Field } from './Sha256Field';

interface AttachmentItemProps {
  attachment: Attachment;
  dateStyle: DateStyle;
  exporting: boolean;
  onExport: (attachment: Attachment) => void;
  onRemove: (attachment: Attachment) => void;
}

/** One attached file: name, size, when it was added, its SHA-256 at ingest, and what can be done with it. */
export function AttachmentItem({ attachment, dateStyle, exporting, onExport, onRemove }: AttachmentItemProps) {
  const { t } = useTranslation();
  const name = attachment.fileName;
  return (
    <Paper component="li" withBorder p="xs" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {formatBytes(attachment.size, dateStyle.language)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('attachments.added', { date: formatDateTime(attachment.createdAt, dateStyle) })}
              </Text>
              {attachment.ownerKind === 'site_visit' && attachment.noPeopleConfirmed && (
                <Badge size="sm" variant="light" color="teal" tt="none" fw={500}>
                  {t('attachments.noPeopleConfirmed')}
                </Badge>
              )}
            </Group>
          </Stack>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Button
              size="xs"
              variant="default"
              loading={exporting}
              aria-label={t('attachments.exportLabel', { name })}
              onClick={() => onExport(attachment)}
            >
              {t('attachments.export')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={t('attachments.removeLabel', { name })}
              onClick={() => onRemove(attachment)}
            >
              {t('attachments.remove')}
            </Button>
          </Group>
        </Group>
        <Sha256Field sha256={attachment.sha256} fileName={name} />
      </Stack>
    </Paper>
  );
}

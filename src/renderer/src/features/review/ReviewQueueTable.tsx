import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewQueueItem } from '../../../../shared/review';
import { formatDateTime, type DateStyle } from '../../lib/format';
import { localized, useUiLanguage } from '../framework/language';
import { useOpenRecord } from '../project/navigation';
import { ReviewStatusBadge } from './ReviewStatusBadge';

interface ReviewQueueTableProps {
  items: readonly ReviewQueueItem[];
  dateStyle: DateStyle;
}

/** One row per reviewable item: its code and text, status, why it is back to draft, comments. */
export function ReviewQueueTable({ items, dateStyle }: ReviewQueueTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const openRecord = useOpenRecord();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="review-queue-empty">
        {t('review.queue.empty')}
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover data-testid="review-queue" aria-label={t('review.queue.heading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('review.queue.item')}</Table.Th>
          <Table.Th>{t('review.queue.status')}</Table.Th>
          <Table.Th>{t('review.queue.comments')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const recordType = item.targetType === 'narrative' ? null : item.targetType;
          return (
            <Table.Tr
              key={`${item.targetType}:${item.targetId}`}
              data-testid="review-queue-row"
              data-target-id={item.targetId}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {item.targetType === 'narrative'
                    ? t('review.queue.section', {
                        section: t(`review.sections.${item.targetId}` as 'review.sections.background'),
                      })
                    : `${t(`review.types.${item.targetType}`)} ${item.code}`}
                </Text>
                {item.targetType !== 'narrative' && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {localized(item.title, language)}
                  </Text>
                )}
                {item.reopenedAt && (
                  <Text size="xs" c="yellow.8">
                    {t('review.box.reopened', { date: formatDateTime(item.reopenedAt, dateStyle) })}
                  </Text>
                )}
                {item.status === 'changes_requested' && item.reason !== '' && (
                  <Text size="xs">{t('review.queue.reason', { reason: item.reason })}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <ReviewStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="outline"
                  color="gray"
                  aria-label={t('review.queue.commentCount', { count: item.comments })}
                >
                  {item.comments}
                </Badge>
              </Table.Td>
              <Table.Td>
                {recordType !== null && (
                  <Button size="compact-xs" variant="subtle" onClick={() => openRecord(recordType, item.targetId)}>
                    {t('review.queue.open')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

import { Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REVIEW_STATUSES,
  REVIEW_TARGET_TYPES,
  type ReviewStatus,
  type ReviewTargetType,
} from '../../../../shared/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useProjectInfo } from '../../lib/queries';
import { CreateReviewCopy } from './CreateReviewCopy';
import { MergePanel } from './MergePanel';
import { PacketExport } from './PacketExport';
import { PacketImport } from './PacketImport';
import { useReviewQueue } from './queries';
import { ReviewConflicts } from './ReviewConflicts';
import { ReviewQueueTable } from './ReviewQueueTable';

/**
 * The Review and sharing tab: the queue of findings, recommendations, action-plan items and
 * report sections by review status, the reviewer decisions waiting as conflicts, and the review
 * packet (exported in a review copy, imported in the project).
 */
export function ReviewPanel() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const calendar = useProjectInfo().data?.calendar ?? 'BE';
  const [status, setStatus] = useState<ReviewStatus | 'all'>('all');
  const [targetType, setTargetType] = useState<ReviewTargetType | null>(null);
  const queue = useReviewQueue({ ...(status === 'all' ? {} : { status }), ...(targetType ? { targetType } : {}) });
  const data = queue.data;
  const dateStyle = { language, calendar };

  return (
    <Stack gap="md">
      <Title order={3}>{t('review.heading')}</Title>
      {/* Issue 6 review copy: the reviewer banner goes here (review-copy engineer). */}
      <ErrorAlert error={queue.error} />
      {data && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="review-counts">
          {REVIEW_STATUSES.map((s) => (
            <Card key={s} withBorder padding="xs" data-status={s}>
              <Text size="xs" c="dimmed">
                {t(`review.status.${s}`)}
              </Text>
              <Text fw={700} size="xl">
                {formatNumber(data.counts[s], language)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {data && <ReviewConflicts conflicts={data.conflicts} dateStyle={dateStyle} />}
      {/* Sharing first, beside each other: the packet (export in a review copy, import in the
          project) and, in the project only, a new review copy. The long queue follows. */}
      {data && (
        <SimpleGrid cols={{ base: 1, lg: data.isReviewCopy ? 1 : 2 }} spacing="md">
          {data.isReviewCopy ? <PacketExport /> : <PacketImport />}
          {!data.isReviewCopy && <CreateReviewCopy />}
        </SimpleGrid>
      )}
      {data && !data.isReviewCopy && <MergePanel />}
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={4}>{t('review.queue.heading')}</Title>
          <Group gap="sm" wrap="wrap" align="flex-end">
            <SegmentedControl
              aria-label={t('review.queue.filterStatus')}
              value={status}
              onChange={(value) => setStatus(value as ReviewStatus | 'all')}
              data={[
                { value: 'all', label: t('review.queue.all') },
                ...REVIEW_STATUSES.map((s) => ({ value: s, label: t(`review.status.${s}`) })),
              ]}
              data-testid="review-filter-status"
            />
            <Select
              label={t('review.queue.filterType')}
              placeholder={t('review.queue.allTypes')}
              clearable
              value={targetType}
              onChange={(value) => setTargetType(value as ReviewTargetType | null)}
              data={REVIEW_TARGET_TYPES.map((type) => ({ value: type, label: t(`review.typesPlural.${type}`) }))}
              data-testid="review-filter-type"
            />
          </Group>
          {data && <ReviewQueueTable items={data.items} dateStyle={dateStyle} />}
        </Stack>
      </Card>
    </Stack>
  );
}

import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewConflict } from '../../../../shared/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, type DateStyle } from '../../lib/format';
import { useDeviceName } from '../activity/device-names';
import { invalidateReview, resolveReviewConflict } from './queries';
import { ReviewStatusBadge } from './ReviewStatusBadge';

interface ReviewConflictsProps {
  conflicts: readonly ReviewConflict[];
  dateStyle: DateStyle;
}

/**
 * Reviewer decisions on records edited since the review copy was made: shown until the user
 * accepts the decision (it applies now) or dismisses it (the current status stays).
 */
export function ReviewConflicts({ conflicts, dateStyle }: ReviewConflictsProps) {
  const { t } = useTranslation();
  // The reviewer's computer by its name when this file knows it, else "Device 1a2b3c4d" (issue 6).
  const deviceName = useDeviceName();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (conflicts.length === 0) return null;

  const resolve = async (id: string, resolution: 'accept' | 'dismiss') => {
    setBusy(id);
    try {
      await resolveReviewConflict({ id, resolution });
      setError(null);
      await invalidateReview(queryClient);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="review-conflicts">
      <Stack gap="sm">
        <Title order={4}>{t('review.conflicts.heading', { count: conflicts.length })}</Title>
        <Text size="sm" c="dimmed">
          {t('review.conflicts.explanation')}
        </Text>
        <ErrorAlert error={error} />
        {conflicts.map((conflict) => (
          <Card
            key={conflict.id}
            withBorder
            padding="xs"
            data-testid="review-conflict"
            data-target-id={conflict.targetId}
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {conflict.targetType === 'narrative'
                    ? t(`review.sections.${conflict.targetId}` as 'review.sections.background')
                    : `${t(`review.types.${conflict.targetType}`)} ${conflict.code}`}
                </Text>
                <Group gap="xs">
                  <Text size="xs">
                    {t('review.conflicts.decision', {
                      by: deviceName(conflict.decidedBy),
                      date: formatDateTime(conflict.decidedAt, dateStyle),
                    })}
                  </Text>
                  <ReviewStatusBadge status={conflict.status} />
                </Group>
                {conflict.reason !== '' && (
                  <Text size="xs">{t('review.queue.reason', { reason: conflict.reason })}</Text>
                )}
                <Text size="xs" c="dimmed">
                  {conflict.currentUpdatedAt === null
                    ? t('review.conflicts.deleted')
                    : t('review.conflicts.changed', { date: formatDateTime(conflict.currentUpdatedAt, dateStyle) })}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => void resolve(conflict.id, 'accept')}
                  loading={busy === conflict.id}
                  disabled={conflict.currentUpdatedAt === null}
                >
                  {t('review.conflicts.accept')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => void resolve(conflict.id, 'dismiss')}
                  loading={busy === conflict.id}
                >
                  {t('review.conflicts.dismiss')}
                </Button>
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}

import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_REASON_MAX, type ReviewStatus, type ReviewTargetType } from '../../../../shared/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useProjectInfo } from '../../lib/queries';
import { CommentThread } from './CommentThread';
import { addReviewComment, invalidateReview, setReviewStatus, useReviewState } from './queries';
import { ReviewStatusBadge } from './ReviewStatusBadge';

interface ReviewBoxProps {
  targetType: ReviewTargetType;
  /** The record's id (a report section's key); null for a record not saved yet: nothing is shown. */
  targetId: string | null;
  /**
   * The record's updated_at: when it changes (a save), the review state is read again, since an
   * edit after approval sends the item back to draft.
   */
  version?: string | null | undefined;
}

/**
 * The review part of a record editor: status with the moves allowed from it ("changes
 * requested" asks for a reason), why it went back to draft, and the comment thread.
 */
export function ReviewBox({ targetType, targetId, version }: ReviewBoxProps) {
  if (targetId === null) return null;
  return (
    <ReviewBoxFor
      key={`${targetType}:${targetId}`}
      targetType={targetType}
      targetId={targetId}
      version={version ?? null}
    />
  );
}

function ReviewBoxFor({
  targetType,
  targetId,
  version,
}: {
  targetType: ReviewTargetType;
  targetId: string;
  version: string | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const calendar = useProjectInfo().data?.calendar ?? 'BE';
  const dateStyle = { language: currentLanguage(), calendar };
  // The record's version is part of the query key: a saved edit reads the state again.
  const state = useReviewState(targetType, targetId, version);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      setError(null);
      await invalidateReview(queryClient);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const move = async (status: ReviewStatus) => {
    if (status === 'changes_requested' && !asking) {
      setAsking(true);
      return;
    }
    const ok = await run(() =>
      setReviewStatus({ targetType, targetId, status, ...(status === 'changes_requested' ? { reason } : {}) }),
    );
    if (ok) {
      setAsking(false);
      setReason('');
    }
  };

  const review = state.data;
  return (
    <Card withBorder padding="sm" data-testid="review-box" data-target-type={targetType} data-target-id={targetId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={5}>{t('review.box.heading')}</Title>
          {review && <ReviewStatusBadge status={review.status} />}
        </Group>
        <ErrorAlert error={state.error ?? error} />
        {review?.reopenedAt && (
          <Alert color="yellow" variant="light" data-testid="review-reopened">
            {t('review.box.reopened', { date: formatDateTime(review.reopenedAt, dateStyle) })}
          </Alert>
        )}
        {review?.status === 'changes_requested' && review.reason !== '' && (
          <Text size="sm" data-testid="review-reason">
            <Text span fw={600}>
              {t('review.box.reasonShown')}{' '}
            </Text>
            {review.reason}
          </Text>
        )}
        {review && review.next.length > 0 && (
          <Group gap="xs" aria-label={t('review.box.moves')} role="group">
            {review.next.map((status) => (
              <Button
                key={status}
                size="xs"
                variant={status === 'approved' ? 'filled' : 'light'}
                color={status === 'changes_requested' ? 'orange' : status === 'approved' ? 'green' : undefined}
                onClick={() => void move(status)}
                loading={busy}
                data-testid={`review-move-${status}`}
              >
                {t(`review.moves.${status}`)}
              </Button>
            ))}
          </Group>
        )}
        {asking && (
          <Stack gap={4}>
            <Textarea
              label={t('review.box.reason')}
              description={t('review.box.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={REVIEW_REASON_MAX}
              autosize
              minRows={2}
              data-testid="review-reason-input"
            />
            <Group gap="xs">
              <Button
                size="xs"
                color="orange"
                onClick={() => void move('changes_requested')}
                disabled={reason.trim() === ''}
                loading={busy}
              >
                {t('review.box.sendRequest')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setAsking(false)}>
                {t('review.comments.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {review && (
          <CommentThread
            comments={review.comments}
            dateStyle={dateStyle}
            busy={busy}
            onComment={(body, parentId) =>
              run(() => addReviewComment({ targetType, targetId, body, ...(parentId ? { parentId } : {}) }))
            }
          />
        )}
      </Stack>
    </Card>
  );
}

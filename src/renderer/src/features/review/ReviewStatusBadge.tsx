import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../../shared/review';

const COLOR: Record<ReviewStatus, string> = {
  draft: 'gray',
  ready: 'blue',
  changes_requested: 'orange',
  approved: 'green',
};

/** The review status as a coloured badge; the word carries the meaning, the colour only helps. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" tt="none" data-testid="review-status" data-status={status}>
      {t(`review.status.${status}`)}
    </Badge>
  );
}

import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bmma, unwrap } from '../../lib/bmma';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useProjectInfo } from '../../lib/queries';

export const reviewCopyStatusKey = ['reviewCopy', 'status'] as const;

/**
 * Shown above the tabs when the open file is a review copy (issue 6): its content is read-only
 * (every content edit is refused with REVIEW_COPY_READ_ONLY), comments and decisions are allowed.
 */
export function ReviewerBanner() {
  const { t } = useTranslation();
  const info = useProjectInfo();
  const status = useQuery({
    queryKey: reviewCopyStatusKey,
    queryFn: () => unwrap(bmma().reviewCopy.status()),
  });
  if (!status.data?.reviewCopy) return null;
  const mark = status.data.mark;
  const language = currentLanguage();
  return (
    <Alert
      color="yellow"
      variant="light"
      role="status"
      data-testid="reviewer-banner"
      title={t('review.copy.banner.title')}
    >
      {mark && (
        <Text size="sm">
          {t('review.copy.banner.details', {
            date: formatDateTime(mark.createdAt, { language, calendar: info.data?.calendar ?? 'BE' }),
            level: t(`interviews.sensitivity.${mark.maxSensitivity}`),
          })}
        </Text>
      )}
      <Text size="sm" mt={mark ? 4 : 0}>
        {t('readOnly.banner')}
      </Text>
    </Alert>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** PLACEHOLDER (issue 6 scaffold): the Review and sharing tab; the review helper builds it. */
export function ReviewPanel() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={3}>{t('review.heading')}</Title>
      <Text c="dimmed">{t('review.placeholder')}</Text>
    </Stack>
  );
}

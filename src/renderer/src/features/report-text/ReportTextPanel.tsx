// PLACEHOLDER: replaced by the narrative helper (issue 4).
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ReportTextPanel() {
  const { t } = useTranslation();
  return <Title order={3}>{t('reportText.heading')}</Title>;
}

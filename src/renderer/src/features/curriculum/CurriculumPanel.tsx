// PLACEHOLDER: replaced by the issue-5 helper for this component.
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';

export function CurriculumPanel(_props: { calendar: Calendar }) {
  const { t } = useTranslation();
  return <Title order={3}>{t('curriculum.heading')}</Title>;
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A flag in a table: "Yes" stands out, "No" stays quiet; both are words, not only a colour or a tick. */
export function YesNo({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? (
    <Text size="sm" fw={600} c="teal.8">
      ✓ {t('reference.yes')}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {t('reference.no')}
    </Text>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** PLACEHOLDER (issue 6 scaffold): the Identity vault tab; the vault helper builds it. */
export function VaultPanel() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={3}>{t('vault.heading')}</Title>
      <Text c="dimmed">{t('vault.placeholder')}</Text>
    </Stack>
  );
}

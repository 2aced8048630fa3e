import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVaultStatus } from './queries';

/**
 * Shown above the tabs once the vault's destruction date has come: the app asks the data
 * controller to destroy the identities. Place it in ProjectHome with onOpen = go to the vault tab.
 */
export function VaultDestructionBanner({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const status = useVaultStatus();
  if (!status.data?.destructionDue) return null;
  return (
    <Alert color="orange" variant="light" role="alert" data-testid="vault-destruction-banner">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('vault.banner.text')}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onOpen}>
          {t('vault.banner.open')}
        </Button>
      </Group>
    </Alert>
  );
}

import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { Calendar } from '../../../../shared/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { applyVaultStatus, useVaultStatus } from './queries';
import { VaultDestroyAfterForm } from './VaultDestroyAfterForm';
import { VaultDestroyCard } from './VaultDestroyCard';
import { VaultIdentityList } from './VaultIdentityList';
import { VaultSetupForm } from './VaultSetupForm';
import { VaultUnlockForm } from './VaultUnlockForm';
import { ReadOnlyHint, useReadOnly } from '../review/read-only';

const STATE_COLOR = { not_set_up: 'gray', locked: 'blue', unlocked: 'teal', destroyed: 'red' } as const;

/** The Identity vault tab: set up, unlock / lock, the destruction date, the identities, destruction. */
export function VaultPanel({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const queryClient = useQueryClient();
  const status = useVaultStatus();
  const lock = useMutation({
    mutationFn: () => unwrap(bmma().vault.lock()),
    onSuccess: (next) => applyVaultStatus(queryClient, next),
  });
  const vault = status.data;
  return (
    <Stack gap="md" data-testid="vault-panel">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2} size="h3">
            {t('vault.heading')}
          </Title>
          {vault && (
            <Badge
              color={STATE_COLOR[vault.state]}
              variant="light"
              tt="none"
              aria-label={`${t('vault.stateLabel')}: ${t(`vault.states.${vault.state}`)}`}
              data-testid="vault-state"
              data-state={vault.state}
            >
              {t(`vault.states.${vault.state}`)}
            </Badge>
          )}
        </Group>
        {vault?.state === 'unlocked' && (
          <Button variant="default" onClick={() => lock.mutate()} loading={lock.isPending}>
            {t('vault.lock')}
          </Button>
        )}
      </Group>
      <Text size="sm">{t('vault.explanation')}</Text>
      <ErrorAlert error={status.error ?? lock.error} />
      {status.isPending && <Loader size="sm" />}
      {/* A review copy never holds a vault and cannot be given one (issue 6). */}
      {vault?.state === 'not_set_up' && (readOnly ? <ReadOnlyHint /> : <VaultSetupForm calendar={calendar} />)}
      {vault?.state === 'destroyed' && (
        <Alert color="red" variant="light" data-testid="vault-destroyed">
          {t('vault.destroyed', { date: vault.destroyedAt?.slice(0, 10) ?? '' })}
        </Alert>
      )}
      {(vault?.state === 'locked' || vault?.state === 'unlocked') && (
        <>
          <Card withBorder padding="lg">
            <Stack gap="md">
              <Text size="sm">{t('vault.identities.count', { count: vault.identityCount })}</Text>
              <VaultDestroyAfterForm key={vault.destroyAfter ?? ''} status={vault} calendar={calendar} />
              {vault.state === 'locked' ? (
                <>
                  <Title order={3} size="h4">
                    {t('vault.unlock.heading')}
                  </Title>
                  <VaultUnlockForm />
                </>
              ) : (
                <VaultIdentityList status={vault} />
              )}
            </Stack>
          </Card>
          {(vault.destructionDue || vault.state === 'unlocked') && <VaultDestroyCard status={vault} calendar={calendar} />}
        </>
      )}
    </Stack>
  );
}

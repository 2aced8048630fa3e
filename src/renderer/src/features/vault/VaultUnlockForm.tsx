import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { applyVaultStatus } from './queries';

interface VaultUnlockFormProps {
  /** Shorter wording inside the interview editor. */
  compact?: boolean;
}

/** Asks for the vault passphrase; the key then stays in the main process until the vault locks. */
export function VaultUnlockForm({ compact = false }: VaultUnlockFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const unlock = useMutation({
    mutationFn: () => unwrap(bmma().vault.unlock({ passphrase })),
    onSuccess: (status) => {
      setPassphrase('');
      applyVaultStatus(queryClient, status);
    },
  });
  const submit = () => {
    if (passphrase !== '') unlock.mutate();
  };
  return (
    // Not a <form>: it also sits inside the interview editor's form, and forms do not nest.
    <div data-testid="vault-unlock-form">
      <Stack gap="sm">
        {!compact && <Text size="sm">{t('vault.unlock.explanation')}</Text>}
        <ErrorAlert error={unlock.error} />
        <Group align="flex-end" gap="sm">
          <PassphraseInput
            label={t('vault.unlock.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              submit();
            }}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="button" onClick={submit} loading={unlock.isPending}>
            {t('vault.unlock.submit')}
          </Button>
        </Group>
      </Stack>
    </div>
  );
}

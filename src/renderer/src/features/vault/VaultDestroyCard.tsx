import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type Calendar } from '../../../../shared/dates';
import type { VaultStatus } from '../../../../shared/vault';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { applyVaultStatus } from './queries';

/**
 * Destroying every identity: asked for once the destruction date has come (and available to
 * the data controller before it). Needs the vault passphrase again and a confirmation.
 */
export function VaultDestroyCard({ status, calendar }: { status: VaultStatus; calendar: Calendar }) {
  const { t, i18n } = useTranslation();
  // The date as the project writes dates: 29 พฤศจิกายน 2569 (B.E.) or 29 November 2026.
  const due = status.destroyAfter
    ? formatDate(new Date(`${status.destroyAfter}T00:00:00`), { language: i18n.language === 'th' ? 'th' : 'en', calendar })
    : '';
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const destroy = useMutation({
    mutationFn: () => unwrap(bmma().vault.destroy({ passphrase })),
    onSuccess: (next) => {
      setPassphrase('');
      setConfirming(false);
      applyVaultStatus(queryClient, next);
    },
    onError: () => setConfirming(false),
  });
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="vault-destroy-heading"
      data-testid="vault-destroy"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="vault-destroy-heading">
          {t('vault.destroy.heading')}
        </Title>
        {status.destructionDue && (
          <Alert color="orange" variant="light" role="alert">
            {t('vault.destroy.due', { date: due })}
          </Alert>
        )}
        <Text size="sm">{t('vault.destroy.explanation')}</Text>
        <ErrorAlert error={destroy.error} />
        <Group align="flex-end" gap="sm">
          <PassphraseInput
            label={t('vault.destroy.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button color="red" disabled={passphrase === ''} onClick={() => setConfirming(true)}>
            {t('vault.destroy.confirm')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('vault.destroy.confirmHeading')}>
        <Stack gap="md">
          <Text size="sm">{t('vault.destroy.confirmExplanation')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('vault.destroy.cancel')}
            </Button>
            <Button color="red" loading={destroy.isPending} onClick={() => destroy.mutate()}>
              {t('vault.destroy.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { MIN_VAULT_PASSPHRASE_LENGTH } from '../../../../shared/vault';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { PlanDateField } from '../action-plan/PlanDateField';
import { applyVaultStatus } from './queries';

/** The data controller chooses the vault passphrase and the destruction date (in the project's calendar). */
export function VaultSetupForm({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [destroyAfter, setDestroyAfter] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const setup = useMutation({
    mutationFn: () => unwrap(bmma().vault.setup({ passphrase, destroyAfter })),
    onSuccess: (status) => {
      setPassphrase('');
      setConfirm('');
      applyVaultStatus(queryClient, status);
    },
  });
  const tooShort = [...passphrase.normalize('NFC')].length < MIN_VAULT_PASSPHRASE_LENGTH;
  const mismatch = passphrase !== confirm;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (tooShort || mismatch || destroyAfter === '') return;
    setup.mutate();
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="vault-setup-heading">
      <form noValidate onSubmit={submit} data-testid="vault-setup-form">
        <Stack gap="md">
          <Title order={3} size="h4" id="vault-setup-heading">
            {t('vault.setup.heading')}
          </Title>
          <Text size="sm">{t('vault.setup.explanation')}</Text>
          <ErrorAlert error={setup.error} />
          <PassphraseInput
            label={t('vault.setup.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            strengthOf={passphrase}
            error={submitted && tooShort ? t('vault.setup.tooShort') : undefined}
            required
          />
          <PassphraseInput
            label={t('vault.setup.confirm')}
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={submitted && mismatch ? t('vault.setup.mismatch') : undefined}
            required
          />
          <div>
            <PlanDateField
              label={t('vault.setup.destroyAfter')}
              calendar={calendar}
              value={destroyAfter === '' ? null : destroyAfter}
              onChange={(value) => setDestroyAfter(value ?? '')}
              error={submitted && destroyAfter === '' ? t('vault.setup.destroyAfterMissing') : undefined}
              required
            />
            <Text size="xs" c="dimmed" mt={4}>
              {t('vault.setup.destroyAfterHint')}
            </Text>
          </div>
          <Button type="submit" loading={setup.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('vault.setup.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

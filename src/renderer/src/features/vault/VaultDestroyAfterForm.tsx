import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import type { VaultStatus } from '../../../../shared/vault';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { PlanDateField } from '../action-plan/PlanDateField';
import { useUiLanguage } from '../framework/language';
import { showDay } from '../training/format';
import { applyVaultStatus } from './queries';

/** The destruction date: shown always, changed only while the vault is unlocked. */
export function VaultDestroyAfterForm({ status, calendar }: { status: VaultStatus; calendar: Calendar }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(status.destroyAfter ?? '');
  const save = useMutation({
    mutationFn: () => unwrap(bmma().vault.setDestroyAfter({ destroyAfter: date })),
    onSuccess: (next) => applyVaultStatus(queryClient, next),
  });
  if (status.state !== 'unlocked') {
    return (
      <Text size="sm" data-testid="vault-destroy-after">
        {t('vault.destroyAfter.label')}:{' '}
        {status.destroyAfter ? showDay(status.destroyAfter, language, calendar) : t('vault.destroyAfter.none')}
      </Text>
    );
  }
  return (
    <div>
      <ErrorAlert error={save.error} />
      <Group align="flex-end" gap="sm">
        <div data-testid="vault-destroy-after">
          <PlanDateField
            label={t('vault.destroyAfter.label')}
            calendar={calendar}
            value={date === '' ? null : date}
            onChange={(value) => setDate(value ?? '')}
          />
        </div>
        <Button
          variant="default"
          disabled={date === '' || date === status.destroyAfter}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('vault.destroyAfter.save')}
        </Button>
      </Group>
    </div>
  );
}

import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { IdentityEditor } from './IdentityEditor';
import { refreshIdentities, useVaultIdentities, useVaultStatus } from './queries';
import { VaultUnlockForm } from './VaultUnlockForm';

/**
 * "Identity (vault)" in the interview editor: the interviewee's identity lives only in the
 * vault. Locked: a prompt to unlock; unlocked: the fields of this interview's record.
 */
export function InterviewIdentitySection({ interviewId }: { interviewId: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useVaultStatus();
  const vault = status.data;
  const subject = interviewId ? { kind: 'interview' as const, id: interviewId } : undefined;
  const identities = useVaultIdentities(subject ? vault : undefined, subject);
  // The editor keeps what was typed across saves (its record arrives in props); only a removal
  // starts it afresh, with empty fields.
  const [generation, setGeneration] = useState(0);
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(bmma().vault.remove({ id })),
    onSuccess: () => {
      setGeneration((n) => n + 1);
      refreshIdentities(queryClient);
    },
  });
  const entry = identities.data?.[0] ?? null;

  let body;
  if (!interviewId)
    body = (
      <Text size="sm" c="dimmed">
        {t('vault.interview.saveFirst')}
      </Text>
    );
  else if (!vault) body = <ErrorAlert error={status.error} />;
  else if (vault.state === 'not_set_up')
    body = (
      <Text size="sm" c="dimmed">
        {t('vault.interview.notSetUp')}
      </Text>
    );
  else if (vault.state === 'destroyed')
    body = (
      <Text size="sm" c="dimmed">
        {t('vault.interview.destroyed')}
      </Text>
    );
  else if (vault.state === 'locked') {
    body = (
      <Stack gap="xs">
        <Text size="sm" data-testid="vault-interview-locked">
          {t('vault.interview.locked')}
        </Text>
        <VaultUnlockForm compact />
      </Stack>
    );
  } else if (identities.isPending) body = null;
  else {
    body = (
      <Stack gap="sm">
        <ErrorAlert error={identities.error ?? remove.error} />
        {subject && identities.isSuccess && (
          <IdentityEditor key={`${subject.id}:${generation}`} subject={subject} entry={entry} />
        )}
        {entry && (
          <Button
            type="button"
            size="xs"
            color="red"
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            loading={remove.isPending}
            onClick={() => remove.mutate(entry.id)}
          >
            {t('vault.interview.remove')}
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="interview-identity-heading"
      data-testid="interview-identity"
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="interview-identity-heading">
          {t('vault.interview.heading')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}

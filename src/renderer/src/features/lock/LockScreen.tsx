import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ProjectStatus } from '../../../../shared/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { passphraseField, useFieldError } from '../../lib/form-schemas';
import { adoptProject, setProjectStatus } from '../../lib/queries';

const unlockForm = z.object({ passphrase: passphraseField });
type UnlockForm = z.infer<typeof unlockForm>;

interface LockScreenProps {
  status: ProjectStatus;
}

/**
 * Shown while the project is locked: only its title and path, which the main process keeps.
 * A wrong passphrase says so and offers nothing else: there is no reset.
 */
export function LockScreen({ status }: LockScreenProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<UnlockForm>({ resolver: zodResolver(unlockForm), defaultValues: { passphrase: '' } });

  const unlock = useMutation({
    mutationFn: ({ passphrase }: UnlockForm) => unwrap(bmma().project.unlock({ passphrase })),
    onSuccess: (info) => adoptProject(queryClient, info),
    onError: () => form.setFocus('passphrase', { shouldSelect: true }),
  });
  const close = useMutation({
    mutationFn: () => unwrap(bmma().project.close()),
    onSuccess: (next) => setProjectStatus(queryClient, next),
  });

  return (
    <Center mih="100vh" p="md">
      <Card withBorder shadow="sm" padding="xl" w="100%" maw={520}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={1} size="h2">
              {t('lock.heading')}
            </Title>
            <LanguageSwitch />
          </Group>
          <div>
            <Text fw={600} size="lg" data-testid="locked-project-title">
              {status.title}
            </Text>
            <Text c="dimmed" className="bmma-path">
              {status.path}
            </Text>
          </div>
          <Text size="sm">{t('lock.explanation')}</Text>
          <form onSubmit={form.handleSubmit((values) => unlock.mutate(values))} noValidate>
            <Stack gap="md">
              <PassphraseInput
                label={t('passphrase.label')}
                autoFocus
                data-autofocus
                error={fieldError(form.formState.errors.passphrase)}
                {...form.register('passphrase')}
              />
              <ErrorAlert error={unlock.error} />
              <Button type="submit" loading={unlock.isPending}>
                {t('lock.unlock')}
              </Button>
            </Stack>
          </form>
          <Button variant="subtle" color="gray" onClick={() => close.mutate()} loading={close.isPending}>
            {t('lock.closeProject')}
          </Button>
          <ErrorAlert error={close.error} />
        </Stack>
      </Card>
    </Center>
  );
}

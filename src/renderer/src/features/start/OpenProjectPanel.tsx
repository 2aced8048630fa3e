import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, errorCodeOf, unwrap } from '../../lib/bmma';
import { passphraseField, useFieldError } from '../../lib/form-schemas';
import { adoptProject } from '../../lib/queries';
import { RestoreBackupModal } from '../backups/RestoreBackupModal';

const openForm = z.object({ passphrase: passphraseField });
type OpenForm = z.infer<typeof openForm>;

interface OpenProjectPanelProps {
  selected: string | null;
  /** Changes on every pick, so picking the same file again still moves the focus to the passphrase. */
  pickCount: number;
  onPick: (path: string) => void;
}

/** Choose a project file, type its passphrase, open it. A damaged file offers its backups. */
export function OpenProjectPanel({ selected, pickCount, onPick }: OpenProjectPanelProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const [restoring, setRestoring] = useState(false);
  const form = useForm<OpenForm>({ resolver: zodResolver(openForm), defaultValues: { passphrase: '' } });

  const choose = useMutation({
    mutationFn: () => unwrap(bmma().dialogs.chooseProjectToOpen()),
    onSuccess: ({ path }) => {
      if (path) onPick(path);
    },
  });
  const open = useMutation({
    mutationFn: ({ path, passphrase }: { path: string; passphrase: string }) =>
      unwrap(bmma().project.open({ path, passphrase })),
    onSuccess: (info) => {
      form.reset();
      adoptProject(queryClient, info);
    },
    onError: () => form.setFocus('passphrase', { shouldSelect: true }),
  });
  const { reset: resetOpen } = open;

  useEffect(() => {
    if (pickCount === 0) return;
    // A new file: the last file's error no longer applies.
    resetOpen();
    form.setFocus('passphrase');
  }, [pickCount, form, resetOpen]);

  const submit = form.handleSubmit(({ passphrase }) => {
    if (selected) open.mutate({ path: selected, passphrase });
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="open-project-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="open-project-heading">
            {t('start.open.heading')}
          </Title>
          <Button variant="default" onClick={() => choose.mutate()} loading={choose.isPending}>
            {t('start.open.choose')}
          </Button>
          <ErrorAlert error={choose.error} />
          {selected ? (
            <>
              <Textarea
                label={t('start.open.selected')}
                value={selected}
                readOnly
                autosize
                minRows={1}
                classNames={{ input: 'bmma-path' }}
              />
              <PassphraseInput
                label={t('passphrase.label')}
                error={fieldError(form.formState.errors.passphrase)}
                {...form.register('passphrase')}
              />
              <ErrorAlert error={open.error}>
                {errorCodeOf(open.error) === 'FILE_TAMPERED' && (
                  <Button variant="white" color="red" onClick={() => setRestoring(true)}>
                    {t('start.open.restore')}
                  </Button>
                )}
              </ErrorAlert>
              <Button type="submit" loading={open.isPending}>
                {t('start.open.submit')}
              </Button>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('start.open.noneSelected')}
            </Text>
          )}
        </Stack>
      </form>
      {selected && restoring && (
        <RestoreBackupModal projectPath={selected} opened onClose={() => setRestoring(false)} />
      )}
    </Card>
  );
}

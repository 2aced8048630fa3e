import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocationPicker } from '../../components/LocationPicker';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { locationField, newPassphraseField, passphrasesMatch, useFieldError } from '../../lib/form-schemas';
import { currentLanguage } from '../../lib/i18n';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/passphrase';
import { adoptProject, useSettings } from '../../lib/queries';

const demoForm = z
  .object({ path: locationField, passphrase: newPassphraseField, confirm: z.string() })
  .superRefine(passphrasesMatch('passphrase', 'confirm'));
type DemoForm = z.infer<typeof demoForm>;

interface DemoProjectModalProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * Where to save the demo and its passphrase (typed twice, with the strength meter); the main
 * process creates the project, fills it with the fictional demo and opens it.
 */
export function DemoProjectModal({ opened, onClose }: DemoProjectModalProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const form = useForm<DemoForm>({
    resolver: zodResolver(demoForm),
    defaultValues: { path: '', passphrase: '', confirm: '' },
  });
  const { errors } = form.formState;
  const [path, passphrase] = useWatch({ control: form.control, name: ['path', 'passphrase'] });

  const chooseLocation = useMutation({
    mutationFn: () => unwrap(bmma().dialogs.chooseProjectToCreate({ suggestedName: t('demo.fileName') })),
    onSuccess: ({ path: chosen }) => {
      if (chosen) form.setValue('path', chosen, { shouldValidate: true, shouldDirty: true });
    },
  });

  const create = useMutation({
    mutationFn: (values: DemoForm) =>
      unwrap(
        bmma().project.createDemo({
          path: values.path,
          title: t('demo.title'),
          language: currentLanguage(),
          calendar: settings.data?.calendar ?? 'BE',
          passphrase: values.passphrase,
        }),
      ),
    onSuccess: (info) => {
      // The passphrase leaves memory as soon as it is not needed.
      form.reset();
      onClose();
      adoptProject(queryClient, info);
    },
  });

  const dismiss = () => {
    // Creating cannot be interrupted half-way: the window stays until the demo is ready.
    if (create.isPending) return;
    form.reset();
    create.reset();
    chooseLocation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={dismiss} title={t('demo.modalTitle')} size="lg" centered>
      <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('demo.modalExplanation')}</Text>
          <LocationPicker
            value={path}
            error={fieldError(errors.path)}
            loading={chooseLocation.isPending}
            onChoose={() => chooseLocation.mutate()}
          />
          <ErrorAlert error={chooseLocation.error} />
          <Text size="sm" c="dimmed">
            {t('passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
          </Text>
          <PassphraseInput
            label={t('passphrase.label')}
            required
            error={fieldError(errors.passphrase)}
            strengthOf={passphrase}
            userInputs={t('demo.title').split(/\s+/)}
            {...form.register('passphrase')}
          />
          <PassphraseInput
            label={t('passphrase.confirm')}
            required
            autoComplete="new-password"
            error={fieldError(errors.confirm)}
            {...form.register('confirm')}
          />
          {create.isPending && (
            <Alert color="blue" variant="light" role="status" icon={<Loader size="xs" />}>
              {t('demo.progress')}
            </Alert>
          )}
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('demo.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

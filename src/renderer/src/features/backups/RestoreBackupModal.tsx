import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocationPicker } from '../../components/LocationPicker';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { restoredFileName } from '../../lib/file-names';
import { formatBytes, formatDateTime } from '../../lib/format';
import { locationField, passphraseField, useFieldError } from '../../lib/form-schemas';
import { currentLanguage } from '../../lib/i18n';
import { adoptProject, useBackups, useSettings } from '../../lib/queries';

const restoreForm = z.object({
  name: z.string().min(1, { message: 'validation.required' }),
  targetPath: locationField,
  passphrase: passphraseField,
});
type RestoreForm = z.infer<typeof restoreForm>;

interface RestoreBackupModalProps {
  projectPath: string;
  opened: boolean;
  onClose: () => void;
  /** Preselects one backup (from the backups table). */
  backupName?: string | undefined;
  onRestored?: () => void;
}

/** Copies a backup to a new file and opens it; the damaged or current file is left as it is. */
export function RestoreBackupModal({ projectPath, opened, onClose, backupName, onRestored }: RestoreBackupModalProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const backups = useBackups(projectPath, opened);
  const language = currentLanguage();
  const calendar = settings.data?.calendar ?? 'BE';
  const form = useForm<RestoreForm>({
    resolver: zodResolver(restoreForm),
    defaultValues: { name: backupName ?? '', targetPath: '', passphrase: '' },
  });
  const targetPath = useWatch({ control: form.control, name: 'targetPath' });

  // The newest backup (listed first) is the usual choice: select it once the list arrives.
  const newest = backups.data?.[0]?.name;
  useEffect(() => {
    if (newest && !form.getValues('name')) form.setValue('name', newest);
  }, [newest, form]);

  const choose = useMutation({
    mutationFn: () => unwrap(bmma().dialogs.chooseProjectToCreate({ suggestedName: restoredFileName(projectPath) })),
    onSuccess: ({ path }) => {
      if (path) form.setValue('targetPath', path, { shouldValidate: true });
    },
  });
  const restore = useMutation({
    mutationFn: (values: RestoreForm) => unwrap(bmma().backups.restore({ projectPath, ...values })),
    onSuccess: (info) => {
      adoptProject(queryClient, info);
      onRestored?.();
      onClose();
    },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('backups.restoreHeading')} size="lg" centered>
      <form onSubmit={form.handleSubmit((values) => restore.mutate(values))} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('backups.restoreExplanation')}</Text>
          <ErrorAlert error={backups.error} />
          {backups.data && backups.data.length === 0 && <Text c="dimmed">{t('backups.empty')}</Text>}
          <Controller
            control={form.control}
            name="name"
            render={({ field, fieldState }) => (
              <Radio.Group
                label={t('backups.restoreFrom')}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error ? t('backups.chooseBackup') : undefined}
              >
                <Stack gap={6} mt={6}>
                  {(backups.data ?? []).map((backup) => (
                    <Radio
                      key={backup.name}
                      value={backup.name}
                      label={`${formatDateTime(backup.createdAt, { language, calendar })} · ${formatBytes(backup.size, language)}`}
                      description={backup.name}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <LocationPicker
            value={targetPath}
            error={fieldError(form.formState.errors.targetPath)}
            loading={choose.isPending}
            onChoose={() => choose.mutate()}
          />
          <ErrorAlert error={choose.error} />
          <PassphraseInput
            label={t('passphrase.label')}
            error={fieldError(form.formState.errors.passphrase)}
            {...form.register('passphrase')}
          />
          <ErrorAlert error={restore.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={restore.isPending}>
              {t('backups.restoreSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

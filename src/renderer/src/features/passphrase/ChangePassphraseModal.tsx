import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { newPassphraseField, passphraseField, passphrasesMatch, useFieldError } from '../../lib/form-schemas';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/passphrase';
import { queryKeys } from '../../lib/queries';
import { ReadOnlyFieldset, ReadOnlyHint, useReadOnly } from '../review/read-only';

const changeForm = z
  .object({ current: passphraseField, next: newPassphraseField, confirm: z.string() })
  .superRefine(passphrasesMatch('next', 'confirm'))
  .superRefine((value, ctx) => {
    if (value.current && value.next === value.current) {
      ctx.addIssue({ code: 'custom', path: ['next'], message: 'validation.passphraseUnchanged' });
    }
  });
type ChangeForm = z.infer<typeof changeForm>;

interface ChangePassphraseModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Current passphrase, then the new one twice; the main process rekeys the file and makes a fresh backup. */
export function ChangePassphraseModal({ opened, onClose }: ChangePassphraseModalProps) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<ChangeForm>({
    resolver: zodResolver(changeForm),
    defaultValues: { current: '', next: '', confirm: '' },
  });
  const { errors } = form.formState;
  const next = useWatch({ control: form.control, name: 'next' });

  const change = useMutation({
    mutationFn: ({ current, next: nextPassphrase }: ChangeForm) =>
      unwrap(bmma().project.changePassphrase({ current, next: nextPassphrase })),
    onSuccess: () => {
      // The passphrases leave memory as soon as they are not needed.
      form.reset();
      void queryClient.invalidateQueries({ queryKey: queryKeys.info });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      void queryClient.invalidateQueries({ queryKey: ['backups'] });
    },
    onError: () => form.setFocus('current', { shouldSelect: true }),
  });

  const dismiss = () => {
    form.reset();
    change.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={dismiss} title={t('changePassphrase.heading')} size="lg" centered>
      {change.isSuccess ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status">
            {t('changePassphrase.success')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={dismiss} data-autofocus>
              {t('common.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.handleSubmit((values) => change.mutate(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('changePassphrase.explanation')}</Text>
            {/* The main process refuses a new passphrase for a review copy (issue 6). */}
            <ReadOnlyHint />
            <ReadOnlyFieldset>
              <Stack gap="md">
                <PassphraseInput
                  label={t('passphrase.current')}
                  data-autofocus
                  error={fieldError(errors.current)}
                  {...form.register('current')}
                />
                <Text size="sm" c="dimmed">
                  {t('passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
                </Text>
                <PassphraseInput
                  label={t('passphrase.next')}
                  strengthOf={next}
                  error={fieldError(errors.next)}
                  {...form.register('next')}
                />
                <PassphraseInput
                  label={t('passphrase.confirmNext')}
                  autoComplete="new-password"
                  error={fieldError(errors.confirm)}
                  {...form.register('confirm')}
                />
              </Stack>
            </ReadOnlyFieldset>
            <ErrorAlert error={change.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={dismiss}>
                {t('common.cancel')}
              </Button>
              {!readOnly && (
                <Button type="submit" loading={change.isPending}>
                  {t('changePassphrase.submit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

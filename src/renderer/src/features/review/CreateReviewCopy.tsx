import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, List, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SENSITIVITY_LEVELS, type Sensitivity } from '../../../../shared/evidence';
import { REVIEW_COPY_REASONS } from '../../../../shared/review-copy';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { newPassphraseField, passphrasesMatch, useFieldError } from '../../lib/form-schemas';
import { formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/passphrase';

const copyForm = z
  .object({ passphrase: newPassphraseField, confirm: z.string() })
  .superRefine(passphrasesMatch('passphrase', 'confirm'));
type CopyForm = z.infer<typeof copyForm>;

/**
 * "Create review copy" (issue 6): the highest sensitivity the reviewer may read, what the copy
 * will leave out at that level (counted by the main process before anything is written), and
 * the copy's own passphrase twice. The main process asks where to save and refuses the
 * project's own passphrase (REVIEW_COPY_SAME_PASSPHRASE).
 */
export function CreateReviewCopy() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<Sensitivity>('internal');
  const form = useForm<CopyForm>({ resolver: zodResolver(copyForm), defaultValues: { passphrase: '', confirm: '' } });
  const { errors } = form.formState;
  const passphrase = useWatch({ control: form.control, name: 'passphrase' });

  const preview = useQuery({
    queryKey: ['reviewCopy', 'preview', level],
    queryFn: () => unwrap(bmma().reviewCopy.preview({ maxSensitivity: level })),
  });
  const create = useMutation({
    mutationFn: (values: CopyForm) =>
      unwrap(bmma().reviewCopy.create({ maxSensitivity: level, passphrase: values.passphrase })),
    onSuccess: (result) => {
      if (result.path === null) return;
      // The passphrase leaves memory as soon as the copy is written.
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });

  const leftOut = preview.data ? REVIEW_COPY_REASONS.filter((reason) => preview.data[reason] > 0) : [];
  const written = create.data?.path ? create.data : null;

  return (
    <Card withBorder padding="lg" data-testid="create-review-copy">
      <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={4}>{t('review.copy.heading')}</Title>
          <Text size="sm">{t('review.copy.explanation')}</Text>
          <Select
            label={t('review.copy.maxSensitivity')}
            data={SENSITIVITY_LEVELS.map((value) => ({ value, label: t(`interviews.sensitivity.${value}`) }))}
            value={level}
            onChange={(value) => value && setLevel(value as Sensitivity)}
            allowDeselect={false}
            maw={360}
          />
          <Stack gap={4} aria-live="polite" data-testid="review-copy-left-out">
            <Text fw={600} size="sm">
              {t('review.copy.leftOutHeading')}
            </Text>
            {preview.isPending && (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">{t('review.copy.previewLoading')}</Text>
              </Group>
            )}
            {preview.data && leftOut.length === 0 && <Text size="sm">{t('review.copy.nothingLeftOut')}</Text>}
            {preview.data && leftOut.length > 0 && (
              <List size="sm" spacing={2}>
                {leftOut.map((reason) => (
                  <List.Item key={reason} data-reason={reason}>
                    {`${formatNumber(preview.data[reason], language)} · ${t(`review.copy.reasons.${reason}`)}`}
                  </List.Item>
                ))}
              </List>
            )}
            <ErrorAlert error={preview.error} />
          </Stack>
          <Text size="sm" c="dimmed">
            {t('review.copy.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          </Text>
          <PassphraseInput
            label={t('review.copy.passphrase')}
            strengthOf={passphrase}
            error={fieldError(errors.passphrase)}
            {...form.register('passphrase')}
          />
          <PassphraseInput
            label={t('review.copy.confirm')}
            autoComplete="new-password"
            error={fieldError(errors.confirm)}
            {...form.register('confirm')}
          />
          <ErrorAlert error={create.error} />
          {written && (
            <Alert color="teal" variant="light" role="status" data-testid="review-copy-written">
              <Text size="sm" className="bmma-path">
                {t('review.copy.created', { path: written.path })}
              </Text>
              <Text size="xs" c="dimmed" className="bmma-path">
                {t('review.copy.createdHash', { sha256: written.sha256 })}
              </Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} disabled={preview.isPending}>
              {t('review.copy.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocationPicker } from '../../components/LocationPicker';
import { PassphraseInput } from '../../components/PassphraseInput';
import { bmma, unwrap } from '../../lib/bmma';
import { suggestedFileName } from '../../lib/file-names';
import { locationField, newPassphraseField, passphrasesMatch, titleField, useFieldError } from '../../lib/form-schemas';
import { currentLanguage } from '../../lib/i18n';
import { MIN_PASSPHRASE_LENGTH } from '../../lib/passphrase';
import { adoptProject, useSettings } from '../../lib/queries';

const createForm = z
  .object({
    title: titleField,
    language: z.enum(['th', 'en']),
    calendar: z.enum(['BE', 'CE']),
    path: locationField,
    passphrase: newPassphraseField,
    confirm: z.string(),
  })
  .superRefine(passphrasesMatch('passphrase', 'confirm'));
type CreateForm = z.infer<typeof createForm>;

/** Title, language, calendar, where to save, and the passphrase typed twice. */
export function CreateProjectForm() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const form = useForm<CreateForm>({
    resolver: zodResolver(createForm),
    defaultValues: {
      title: '',
      language: currentLanguage(),
      calendar: settings.data?.calendar ?? 'BE',
      path: '',
      passphrase: '',
      confirm: '',
    },
  });
  const { errors } = form.formState;
  const [title, path, passphrase] = useWatch({ control: form.control, name: ['title', 'path', 'passphrase'] });

  const chooseLocation = useMutation({
    mutationFn: () => unwrap(bmma().dialogs.chooseProjectToCreate({ suggestedName: suggestedFileName(title) })),
    onSuccess: ({ path: chosen }) => {
      // Cancelling the dialog keeps the previous choice.
      if (chosen) form.setValue('path', chosen, { shouldValidate: true, shouldDirty: true });
    },
  });

  const create = useMutation({
    mutationFn: (values: CreateForm) =>
      unwrap(
        bmma().project.create({
          path: values.path,
          title: values.title,
          language: values.language,
          calendar: values.calendar,
          passphrase: values.passphrase,
        }),
      ),
    onSuccess: (info) => {
      form.reset();
      adoptProject(queryClient, info);
    },
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-project-heading">
      <form onSubmit={form.handleSubmit((values) => create.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="create-project-heading">
            {t('start.create.heading')}
          </Title>
          <TextInput
            label={t('start.create.title')}
            placeholder={t('start.create.titlePlaceholder')}
            error={fieldError(errors.title)}
            required
            {...form.register('title')}
          />
          <Group grow align="flex-start" gap="lg">
            <Controller
              control={form.control}
              name="language"
              render={({ field }) => (
                <Radio.Group label={t('start.create.language')} value={field.value} onChange={field.onChange}>
                  <Stack gap={6} mt={6}>
                    <Radio value="th" label={t('language.th')} />
                    <Radio value="en" label={t('language.en')} />
                  </Stack>
                </Radio.Group>
              )}
            />
            <Controller
              control={form.control}
              name="calendar"
              render={({ field }) => (
                <Radio.Group label={t('start.create.calendar')} value={field.value} onChange={field.onChange}>
                  <Stack gap={6} mt={6}>
                    <Radio value="BE" label={t('start.create.calendarBE')} />
                    <Radio value="CE" label={t('start.create.calendarCE')} />
                  </Stack>
                </Radio.Group>
              )}
            />
          </Group>
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
            userInputs={title ? title.split(/\s+/) : []}
            {...form.register('passphrase')}
          />
          <PassphraseInput
            label={t('passphrase.confirm')}
            required
            autoComplete="new-password"
            error={fieldError(errors.confirm)}
            {...form.register('confirm')}
          />
          <ErrorAlert error={create.error} />
          <Button type="submit" loading={create.isPending}>
            {t('start.create.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

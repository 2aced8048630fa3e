import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Settings } from '../../../../shared/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { useFieldError } from '../../lib/form-schemas';
import { queryKeys } from '../../lib/queries';

const settingsForm = z.object({
  idleLockMinutes: z
    .number({ message: 'validation.idleMinutes' })
    .int({ message: 'validation.idleMinutes' })
    .min(1, { message: 'validation.idleMinutes' })
    .max(240, { message: 'validation.idleMinutes' }),
  calendar: z.enum(['BE', 'CE']),
});
type SettingsForm = z.infer<typeof settingsForm>;

interface SettingsFieldsProps {
  settings: Settings;
}

/** Idle-lock minutes and the default calendar, saved together with settings.update. */
export function SettingsFields({ settings }: SettingsFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const form = useForm<SettingsForm>({
    resolver: zodResolver(settingsForm),
    defaultValues: { idleLockMinutes: settings.idleLockMinutes, calendar: settings.calendar },
  });
  const save = useMutation({
    mutationFn: (values: SettingsForm) => unwrap(bmma().settings.update(values)),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.settings, next);
      form.reset({ idleLockMinutes: next.idleLockMinutes, calendar: next.calendar });
    },
  });

  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md" maw={520}>
        <Controller
          control={form.control}
          name="idleLockMinutes"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('settings.idleLockMinutes')}
              description={t('settings.idleLockHint')}
              min={1}
              max={240}
              step={1}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              value={field.value}
              // An empty field is not a number: the schema then says what is expected.
              onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldError(fieldState.error)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="calendar"
          render={({ field }) => (
            <Radio.Group label={t('settings.calendar')} value={field.value} onChange={field.onChange}>
              <Group gap="lg" mt={6}>
                <Radio value="BE" label={t('start.create.calendarBE')} />
                <Radio value="CE" label={t('start.create.calendarCE')} />
              </Group>
            </Radio.Group>
          )}
        />
        <ErrorAlert error={save.error} />
        <Group gap="md">
          <Button type="submit" loading={save.isPending}>
            {t('settings.submit')}
          </Button>
          <Text role="status" size="sm" c="teal.8">
            {save.isSuccess && !form.formState.isDirty ? `✓ ${t('common.saved')}` : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

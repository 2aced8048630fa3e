import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVICE_LABEL_MAX, deviceLabelProblem } from '../../../../shared/device-labels';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bmma, unwrap } from '../../lib/bmma';
import { deviceKeys, useDeviceInfo } from '../activity/device-names';

/**
 * "Name of this computer / user" (issue 6, audit trail): kept with this computer's settings and
 * written into the open project at once, so the audit trail and comments show it. The name is
 * checked here as the api checks it, so the message names what is wrong before anything is sent.
 */
export function DeviceLabelField() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const info = useDeviceInfo();
  const [draft, setDraft] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const saved = info.data?.label ?? '';
  const value = draft ?? saved;
  const problem = deviceLabelProblem(value);
  const save = useMutation({
    mutationFn: (label: string | null) => unwrap(bmma().device.setLabel({ label })),
    onSuccess: (next) => {
      queryClient.setQueryData(deviceKeys.info, next);
      setDraft(null);
      setTouched(false);
      // The trail, its filter and comments name this computer anew.
      void queryClient.invalidateQueries({ queryKey: ['device', 'labels'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  const submit = () => {
    setTouched(true);
    if (problem === null) save.mutate(value);
  };
  const showProblem = touched && problem !== null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="device-label-form"
    >
      <Stack gap="xs" maw={520}>
        <TextInput
          label={t('device.name')}
          description={t('device.hint', { max: DEVICE_LABEL_MAX })}
          value={value}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            save.reset();
          }}
          error={showProblem ? t(`device.problems.${problem}`, { max: DEVICE_LABEL_MAX }) : undefined}
          data-testid="device-label-input"
        />
        <ErrorAlert error={save.error} />
        <Group gap="md">
          <Button type="submit" variant="default" loading={save.isPending && save.variables !== null}>
            {t('device.save')}
          </Button>
          {saved !== '' && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => save.mutate(null)}
              loading={save.isPending && save.variables === null}
              data-testid="device-label-remove"
            >
              {t('device.remove')}
            </Button>
          )}
          <Text role="status" size="sm" c="teal.8">
            {save.isSuccess && draft === null ? `✓ ${t('device.saved')}` : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../lib/bmma';

interface ErrorAlertProps {
  error: unknown;
  /** Actions that fit this error (e.g. "Restore from a backup" for FILE_TAMPERED); never a reset. */
  children?: ReactNode;
}

/** Shows the translated message for an API error code: what happened and what to do. */
export function ErrorAlert({ error, children }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = errorCodeOf(error);
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} data-error-code={code}>
      <Stack gap="sm">
        <Text size="sm">{t(`errors.${code}`)}</Text>
        {children}
      </Stack>
    </Alert>
  );
}

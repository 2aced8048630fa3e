import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BmmaError, errorCodeOf } from '../../lib/bmma';

/**
 * The translated message of a refused write. An end time before the start arrives as
 * DATE_ORDER, whose shared message speaks of dates: for a session it is said in times.
 */
export function TotError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = errorCodeOf(error);
  const field = error instanceof BmmaError ? error.details?.['field'] : undefined;
  const message = code === 'DATE_ORDER' && field === 'endTime' ? t('training.agenda.endBeforeStart') : t(`errors.${code}`);
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} data-error-code={code} role="alert">
      <Text size="sm">{message}</Text>
    </Alert>
  );
}

import { Button, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LocationPickerProps {
  value: string;
  error?: string | undefined;
  loading?: boolean;
  onChoose: () => void;
}

/** The chosen file path (read-only: only the save dialog sets it) and the button that opens the dialog. */
export function LocationPicker({ value, error, loading, onChoose }: LocationPickerProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} align="flex-start">
      {/* A textarea so that a long path wraps and stays readable in full. */}
      <Textarea
        label={t('common.fileLocation')}
        value={value}
        placeholder={t('common.noLocation')}
        readOnly
        autosize
        minRows={1}
        error={error}
        w="100%"
        classNames={{ input: 'bmma-path' }}
      />
      <Button variant="default" onClick={onChoose} loading={loading}>
        {t('common.chooseLocation')}
      </Button>
    </Stack>
  );
}

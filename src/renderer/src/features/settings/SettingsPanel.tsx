import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useSettings } from '../../lib/queries';
import { DeviceLabelField } from './DeviceLabelField';
import { SettingsFields } from './SettingsFields';

/** Per-computer settings: the computer's name, idle lock, language, default calendar. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="settings-heading">
          {t('settings.heading')}
        </Title>
        <Text size="sm">{t('settings.explanation')}</Text>
        <DeviceLabelField />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('language.label')}
          </Text>
          <div>
            <LanguageSwitch />
          </div>
        </Stack>
        <ErrorAlert error={settings.error} />
        {settings.data && <SettingsFields settings={settings.data} />}
      </Stack>
    </Card>
  );
}

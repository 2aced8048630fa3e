import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { localized, useUiLanguage } from '../framework/language';

type LegalInstrument = ChannelOutput<'reference.legalInstruments'>[number];

/** An instrument's description and key provisions: "Section 12(3) · Chapter 2 — title", then its summary. */
export function ProvisionList({ instrument }: { instrument: LegalInstrument }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const title = localized(instrument.title, language);
  return (
    <Stack gap="sm" py="xs" px="sm">
      {instrument.description && (
        <Text size="sm" c="dimmed" maw={900}>
          {localized(instrument.description, language)}
        </Text>
      )}
      <Stack gap="xs" component="ul" m={0} p={0} aria-label={t('reference.provisions.listLabel', { title })}>
        {instrument.provisions.map((provision) => (
          <Stack key={provision.section} gap={0} component="li" style={{ listStyle: 'none' }}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={700}>
                {t('reference.provisions.section', { section: provision.section })}
              </Text>
              {provision.chapter !== undefined && (
                <Text size="xs" c="dimmed">
                  {t('reference.provisions.chapter', { chapter: provision.chapter })}
                </Text>
              )}
              <Text size="sm" fw={600}>
                {localized(provision.title, language)}
              </Text>
            </Group>
            <Text size="sm" maw={900}>
              {localized(provision.summary, language)}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}

import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized, otherLanguage, useUiLanguage, type Bilingual } from '../framework/language';

interface NameCellProps {
  name: Bilingual;
  /** A code or alias shown small under the names. */
  note?: string | undefined;
  /** DOMAIN.md marks the entry "(verify)": weakly sourced, to confirm with the project team. */
  toVerify?: boolean;
}

/** A name in the UI language, with the other language's name under it: officials search by either. */
export function NameCell({ name, note, toVerify = false }: NameCellProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const other = otherLanguage(language);
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={500} lang={language}>
          {localized(name, language)}
        </Text>
        {toVerify && (
          <Badge size="sm" color="yellow" variant="light" tt="none">
            {t('reference.toVerify')}
          </Badge>
        )}
      </Group>
      {name[other] && name[other] !== name[language] && (
        <Text size="xs" c="dimmed" lang={other}>
          {name[other]}
        </Text>
      )}
      {note && (
        <Text size="xs" c="dimmed" ff="monospace">
          {note}
        </Text>
      )}
    </Stack>
  );
}

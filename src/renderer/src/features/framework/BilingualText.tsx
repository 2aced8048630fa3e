import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './Framework.module.css';
import { languagesInOrder, useUiLanguage, type Bilingual } from './language';

interface BilingualTextProps {
  text: Bilingual;
  /** Size of the UI-language version; the other language is shown smaller and dimmed. */
  size?: 'sm' | 'md';
}

/** A text in the UI language first, then in the other language, each marked with its language. */
export function BilingualText({ text, size = 'md' }: BilingualTextProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap="xs">
      {languagesInOrder(language).map((lang, index) => {
        const written = text[lang].trim() !== '';
        return (
          <Stack key={lang} gap={0}>
            <Text size="xs" c="dimmed" fw={600}>
              {t(`framework.languages.${lang}`)}
            </Text>
            <Text
              lang={lang}
              size={index === 0 ? size : 'sm'}
              c={index === 0 && written ? undefined : 'dimmed'}
              fs={written ? undefined : 'italic'}
              className={classes.prose}
            >
              {written ? text[lang] : t('framework.detail.notWritten')}
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}

import { SegmentedControl } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages';
import { bmma, unwrap } from '../lib/bmma';
import { applyLanguage, currentLanguage } from '../lib/i18n';
import { queryKeys } from '../lib/queries';

/** ไทย / English: switches at once and is remembered in the settings for the next start. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remember = useMutation({
    mutationFn: (language: Language) => unwrap(bmma().settings.update({ language })),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });

  const change = (value: string) => {
    const language: Language = value === 'en' ? 'en' : 'th';
    // The switch answers at once; saving the choice happens alongside.
    void applyLanguage(language);
    remember.mutate(language);
  };

  return (
    <SegmentedControl
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={change}
      size="sm"
      data={[
        { value: 'th', label: t('language.th') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}

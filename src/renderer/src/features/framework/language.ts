import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages';

export interface Bilingual {
  en: string;
  th: string;
}

/** The UI language, re-read on every render so a switch made on screen shows at once. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'th';
}

export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'th' : 'en';
}

/**
 * The text in the wanted language, or in the other one when this one is empty: an indicator
 * added in the field may have been written in one language only.
 */
export function localized(text: Bilingual, language: Language): string {
  return text[language].trim() !== '' ? text[language] : text[otherLanguage(language)];
}

/** The UI language first, then the other: the order in which both versions of a text are shown. */
export function languagesInOrder(language: Language): [Language, Language] {
  return [language, otherLanguage(language)];
}

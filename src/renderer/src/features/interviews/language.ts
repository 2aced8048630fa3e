import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages';

/** The UI language, re-read on every render so a switch made on screen shows at once. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'th';
}

import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/messages';
import { en } from '../locales/en';
import { th } from '../locales/th';

export const resources = { en: { translation: en }, th: { translation: th } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** One i18next instance for the app; the language comes from settings.get once it answers. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'th',
  fallbackLng: 'en',
  initAsync: false,
  // React escapes what it renders; escaping twice would show "&amp;" in Thai and English text.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'th';
}

/** Switches the UI language and tells the page, so screen readers and fonts use the right one. */
export async function applyLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

import type { Language } from '../../shared/messages';

/**
 * The language of the CLI's messages: BMMA_LANG (th|en) if set, otherwise the POSIX
 * locale (LC_ALL, then LC_MESSAGES, then LANG, the first one set wins) when it starts
 * with "th"; English otherwise.
 */
export function cliLanguage(env: NodeJS.ProcessEnv): Language {
  const explicit = env['BMMA_LANG']?.trim().toLowerCase();
  if (explicit === 'th' || explicit === 'en') return explicit;
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  return locale?.toLowerCase().startsWith('th') ? 'th' : 'en';
}

import type { Language } from '../core/model';

export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

export function isLanguage(value: string | undefined): value is Language {
  return value === 'en' || value === 'zh-CN';
}

/**
 * The language of CLI messages and diagnostics when `--lang` is not given: the POSIX locale
 * (LC_ALL overrides LC_MESSAGES overrides LANG), Chinese for any `zh*` locale, English otherwise.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

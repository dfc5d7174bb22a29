import { LANGUAGES, type Language } from '../core/model';

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/**
 * The language of CLI messages and diagnostics when `--lang` is not given: the POSIX locale
 * (LC_ALL overrides LC_MESSAGES overrides LANG), Chinese for any `zh*` locale, English otherwise.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

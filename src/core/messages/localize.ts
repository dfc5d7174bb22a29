import type { Language, Proposal } from '../model';

/** A user-visible text in every language the product speaks. */
export type Localized = { en: string; 'zh-CN': string };

export function pick(m: Localized, lang: Language): string {
  return lang === 'zh-CN' ? m['zh-CN'] : m.en;
}

/** Shorthand for building a Localized in message tables. */
export function localized(en: string, zh: string): Localized {
  return { en, 'zh-CN': zh };
}

/** The language a proposal's outputs speak unless told otherwise: Chinese when it says so, else English. */
export function proposalLanguage(p: Proposal): Language {
  return p.proposal?.language === 'zh-CN' ? 'zh-CN' : 'en';
}

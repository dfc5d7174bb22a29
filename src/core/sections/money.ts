import type { Language } from '../model';

/** An amount in the proposal's currency, whole units. */
export function money(amount: number, currency: string, lang: Language): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch (e: unknown) {
    // An unknown currency code (the checker reports it) must not stop the export: print the code.
    if (!(e instanceof RangeError)) throw e;
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

/** A plain number in the reader's language (the preview's amounts; the currency is named once, on the total). */
export function formatNumber(lang: Language, value: number | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  // Building a formatter costs far more than formatting: one per language, kept.
  let format = NUMBER_FORMATS.get(lang);
  if (!format) NUMBER_FORMATS.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })));
  return format.format(value);
}

const NUMBER_FORMATS = new Map<Language, Intl.NumberFormat>();

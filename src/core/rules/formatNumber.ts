/**
 * Numbers in messages: fixed decimals with thousands separators, written out by hand so the output
 * is the same on every machine (no ICU dependence) and in both languages.
 */
export function formatNumber(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(decimals);
  // toFixed switches to exponent notation from 1e21 on; grouping that would be wrong, so leave it.
  if (fixed.includes('e')) return (n < 0 ? '-' : '') + fixed;
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}

export function formatAmount(n: number, currency: string): string {
  return currency ? `${formatNumber(n, 2)} ${currency}` : formatNumber(n, 2);
}

import type { DataTable } from './tables';

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma or line break, quotes
 * doubled. Starts with a UTF-8 byte order mark so Excel opens Chinese text correctly. A cell that
 * starts with `=`, `+`, `-`, `@` (or a tab / carriage return) would be run as a formula by a
 * spreadsheet, so it is prefixed with `'` (OWASP "CSV injection").
 */
export const UTF8_BOM = '\uFEFF';

export function toCsv(table: DataTable): string {
  const lines = [table.columns, ...table.rows.map((r) => r.map((c) => c.text))].map((row) => row.map(field).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const v = neutraliseFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * CSV text to a grid: RFC 4180 quoting (doubled quotes, delimiters and line breaks inside quotes),
 * the delimiter detected among comma, semicolon and tab. Bytes are decoded at the edge
 * (src/node/rfpDecode.ts: UTF-8 with or without BOM, UTF-16, GB18030).
 */
import { columnLetter } from './columns';
import type { GridRow, RfpGrid } from './types';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter whose count per record is most consistent (and non-zero) over the first records. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts: number[] = [];
    let inQuotes = false;
    let n = 0;
    for (let i = 0; i < sample.length && counts.length < 20; i++) {
      const ch = sample[i];
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && ch === d) n++;
      else if (!inQuotes && ch === '\n') {
        counts.push(n);
        n = 0;
      }
    }
    if (n > 0 || counts.length === 0) counts.push(n);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 100 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

export interface CsvLimits {
  readonly maxRows: number;
  readonly maxCellChars: number;
}

/** Parses the whole text; record numbers are 1-based like the rows Excel shows. */
export function readCsv(text: string, limits: CsvLimits, delimiter = detectDelimiter(text)): RfpGrid {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: GridRow[] = [];
  const longCells: string[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let recordNumber = 1;
  let truncatedRows = 0;
  let columnCount = 0;
  const endField = (): void => {
    let value = field.includes('\r') ? field.replace(/\r\n?/g, '\n') : field;
    if (value.length > limits.maxCellChars) {
      longCells.push(`${columnLetter(record.length)}${recordNumber}`);
      value = value.slice(0, limits.maxCellChars);
    }
    record.push(value);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    if (record.some((c) => c.trim())) {
      if (rows.length >= limits.maxRows) truncatedRows++;
      else {
        rows.push({ row: recordNumber, cells: record });
        if (record.length > columnCount) columnCount = record.length;
      }
    }
    record = [];
    recordNumber++;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n') endRecord();
    else if (ch === '\r') {
      if (src[i + 1] !== '\n') endRecord();
    } else field += ch;
  }
  if (field !== '' || record.length > 0) endRecord();
  const padded = rows.map((r) =>
    r.cells.length === columnCount
      ? r
      : { ...r, cells: [...r.cells, ...new Array<string>(columnCount - r.cells.length).fill('')] },
  );
  return { kind: 'csv', name: 'CSV', rows: padded, columnCount, hiddenColumns: [], truncatedRows, longCells };
}

/**
 * The importer's entry point, pure: a customer's RFP file (bytes, or decoded text for CSV) to the
 * detected table and its requirements. Files that cannot be read (old binary .xls, encrypted
 * Office files, PDFs, zip bombs, XML with entities) throw `RfpImportError` with a bilingual message
 * that says what to do.
 */
import type { RfpKind } from '../model';
import { XmlError } from '../ooxml/xml';
import { containerKind, DEFAULT_ZIP_LIMITS, openZip, utf8, ZipError, type ZipLimits } from '../ooxml/zip';
import { textHash } from './columns';
import { readCsv } from './csv';
import { readDocx } from './docx';
import { RfpImportError, rfpErrors } from './rfpMessages';
import { gridScore, readGrid } from './table';
import {
  DEFAULT_MAX_CELL_CHARS,
  DEFAULT_MAX_ROWS,
  type RfpGrid,
  type RfpImport,
  type RfpItem,
  type RfpReadOptions,
} from './types';
import { listSheets, readSharedStrings, readSheet } from './xlsx';

export interface RfpInput {
  /** File name (for the kind, by extension, and for messages). */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** CSV: the text decoded at the edge (UTF-8, UTF-16 or GB18030). */
  readonly text?: string;
}

/** The kind by content first (magic numbers), then by extension. */
export function rfpKindOf(input: RfpInput): RfpKind {
  const container = containerKind(input.bytes);
  const lower = input.name.toLowerCase();
  if (container === 'encrypted') throw new RfpImportError('encrypted', rfpErrors.encrypted(input.name));
  if (container === 'ole') throw new RfpImportError('xls-binary', rfpErrors.xlsBinary(input.name));
  if (container === 'pdf') throw new RfpImportError('pdf', rfpErrors.pdf(input.name));
  if (container === 'zip') {
    if (lower.endsWith('.docx') || lower.endsWith('.docm')) return 'docx';
    if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
    // By content: which main part the package holds.
    try {
      const zip = openZip(input.bytes);
      if (zip.has('word/document.xml')) return 'docx';
      if (zip.has('xl/workbook.xml')) return 'xlsx';
    } catch {
      // Reported properly by the reader.
    }
    throw new RfpImportError('unknown-kind', rfpErrors.unknownKind(input.name));
  }
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt') || input.text !== undefined)
    return 'csv';
  if (lower.endsWith('.xls')) throw new RfpImportError('xls-binary', rfpErrors.xlsBinary(input.name));
  throw new RfpImportError('unknown-kind', rfpErrors.unknownKind(input.name));
}

function translate(e: unknown, file: string): never {
  if (e instanceof RfpImportError) throw e;
  if (e instanceof ZipError) {
    if (e.reason === 'encrypted') throw new RfpImportError('encrypted', rfpErrors.encrypted(file));
    if (e.reason === 'entry-too-large' || e.reason === 'total-too-large' || e.reason === 'too-many-entries')
      throw new RfpImportError('zip-bomb', rfpErrors.zipBomb(file, e.message));
    throw new RfpImportError('corrupt', rfpErrors.corrupt(file, e.message));
  }
  if (e instanceof XmlError) {
    if (e.reason === 'doctype')
      throw new RfpImportError('xml-entities', rfpErrors.xmlEntities(file, `${e.line}:${e.column}`));
    if (e.reason === 'too-large') throw new RfpImportError('zip-bomb', rfpErrors.zipBomb(file, e.message));
    throw new RfpImportError('corrupt', rfpErrors.corrupt(file, `XML ${e.line}:${e.column} ${e.message}`));
  }
  throw e;
}

function pickGrid(grids: readonly RfpGrid[], wanted: string | undefined, file: string): RfpGrid {
  const names = grids.map((g) => g.name);
  if (wanted !== undefined) {
    const w = wanted.trim().toLowerCase();
    const found = grids.find((g) => g.name.trim().toLowerCase() === w);
    if (!found) throw new RfpImportError('no-sheet', rfpErrors.noSheet(file, wanted, names));
    return found;
  }
  let best: RfpGrid | undefined;
  let bestScore = -1;
  for (const g of grids) {
    const s = gridScore(g);
    if (s > bestScore) {
      bestScore = s;
      best = g;
    }
  }
  if (!best) throw new RfpImportError('no-table', rfpErrors.noTable(file));
  return best;
}

/** Reads the customer's file; throws `RfpImportError` for a file it cannot or must not read. */
export function readRfp(
  input: RfpInput,
  options: RfpReadOptions = {},
  zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS,
): RfpImport {
  const kind = rfpKindOf(input);
  const limits = {
    maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
    maxCellChars: options.maxCellChars ?? DEFAULT_MAX_CELL_CHARS,
  };
  try {
    if (kind === 'csv') {
      const text = input.text ?? utf8(input.bytes);
      const grid = readCsv(text, limits);
      if (grid.rows.length === 0) throw new RfpImportError('no-table', rfpErrors.noTable(input.name));
      return readGrid(grid, options, [grid.name]);
    }
    const zip = openZip(input.bytes, zipLimits);
    if (kind === 'xlsx') {
      const { sheets, sharedStrings } = listSheets(zip);
      const shared = readSharedStrings(zip, sharedStrings);
      const wanted = options.sheet;
      const chosen = wanted === undefined ? sheets.filter((s) => !s.hidden) : sheets;
      const grids = chosen
        .map((s) => readSheet(zip, s, shared, limits))
        .filter((g) => g.rows.length > 0 || wanted !== undefined);
      if (grids.length === 0) throw new RfpImportError('no-table', rfpErrors.noTable(input.name));
      const grid = pickGrid(grids, wanted, input.name);
      return readGrid(
        grid,
        options,
        sheets.map((s) => s.name),
      );
    }
    const content = readDocx(zip, limits);
    const candidates: RfpItem[] = content.sentences.map((s) => ({
      id: '',
      text: s.text,
      row: 0,
      paragraph: s.paragraph,
      textHash: textHash(s.text),
      ...(s.heading ? { section: s.heading } : {}),
    }));
    if (content.grids.length === 0) {
      if (candidates.length === 0) throw new RfpImportError('no-table', rfpErrors.noTable(input.name));
      return {
        kind,
        grids: [],
        grid: '',
        headerRow: 0,
        headerRows: 0,
        columns: {},
        columnLabels: [],
        hiddenColumns: [],
        items: [],
        candidates,
        issues: [],
      };
    }
    const grid = pickGrid(content.grids, options.sheet, input.name);
    // Every other table group whose header names the same roles is read too (requirements split over tables).
    const main = readGrid(
      grid,
      options,
      content.grids.map((g) => g.name),
    );
    const items = [...main.items];
    if (options.sheet === undefined)
      for (const other of content.grids) {
        if (other === grid) continue;
        const r = readGrid(other, options, []);
        if (r.columns.text !== undefined && r.columns.id !== undefined && r.issues.every((i) => i.code !== 'no-header'))
          items.push(...r.items);
      }
    return { ...main, items, candidates };
  } catch (e) {
    translate(e, input.name);
  }
}

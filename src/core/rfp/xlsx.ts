/**
 * XLSX to grids, read straight from the SpreadsheetML parts (no spreadsheet library): the workbook's
 * sheet list, shared strings, each sheet's cells, merged ranges and hidden columns. Merged ranges
 * are filled with their value, so a two-row header and a section row merged across the table read
 * like plain rows. The sheet part is streamed (no tree), so a 50,000-row sheet stays cheap.
 */
import { partRelationships } from '../ooxml/relationships';
import type { ZipArchive } from '../ooxml/zip';
import { attrLocal, childElements, parseXml, scanXml, textContent } from '../ooxml/xml';
import { parseCellRef } from './columns';
import type { GridRow, RfpGrid } from './types';

/** Widest table read; cells beyond it are ignored. */
const MAX_COLUMNS = 512;

export interface SheetRef {
  readonly name: string;
  readonly path: string;
  readonly hidden: boolean;
}

/** The workbook part named by the package relationships (xl/workbook.xml almost always). */
export function workbookPart(zip: ZipArchive): string {
  for (const rel of partRelationships(zip, '').values()) if (rel.type.endsWith('/officeDocument')) return rel.target;
  return 'xl/workbook.xml';
}

export interface WorkbookIndex {
  readonly sheets: SheetRef[];
  /** The shared string table's part, when the workbook has one. */
  readonly sharedStrings?: string;
  /** The workbook-wide defined names (a list validation may name its source range by one). */
  readonly definedNames: ReadonlyMap<string, string>;
}

export function listSheets(zip: ZipArchive): WorkbookIndex {
  const wbPath = workbookPart(zip);
  const rels = partRelationships(zip, wbPath);
  const wb = parseXml(zip.readText(wbPath));
  const sheets: SheetRef[] = [];
  const sheetsEl = childElements(wb, 'sheets')[0];
  for (const s of sheetsEl ? childElements(sheetsEl, 'sheet') : []) {
    const rel = rels.get(attrLocal(s, 'id') ?? '');
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const state = s.attrs['state'];
    sheets.push({
      name: s.attrs['name'] ?? '',
      path: rel.target,
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  let sharedStrings: string | undefined;
  for (const rel of rels.values()) if (rel.type.endsWith('/sharedStrings')) sharedStrings = rel.target;
  const definedNames = new Map<string, string>();
  const namesEl = childElements(wb, 'definedNames')[0];
  for (const d of namesEl ? childElements(namesEl, 'definedName') : [])
    if (d.attrs['name'] && d.attrs['localSheetId'] === undefined) definedNames.set(d.attrs['name'], textContent(d));
  return { sheets, ...(sharedStrings ? { sharedStrings } : {}), definedNames };
}

/** `_x000D_` escapes of SpreadsheetML strings, and Windows line ends, as plain text. */
function unescapeXstring(s: string): string {
  const un = s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
  return un.includes('\r') ? un.replace(/\r\n?/g, '\n') : un;
}

/** The shared string table, streamed (it holds every distinct text of the workbook). */
export function readSharedStrings(zip: ZipArchive, part: string | undefined): string[] {
  if (!part || !zip.has(part)) return [];
  const out: string[] = [];
  let current = '';
  let inItem = false;
  let inText = false;
  let inPhonetic = false;
  scanXml(zip.readText(part), {
    open(el) {
      if (el.local === 'si') {
        inItem = true;
        current = '';
      } else if (el.local === 'rPh') inPhonetic = true;
      else if (el.local === 't' && inItem && !inPhonetic) inText = true;
    },
    text(t) {
      if (inText) current += t;
    },
    close(el) {
      if (el.local === 't') inText = false;
      else if (el.local === 'rPh') inPhonetic = false;
      else if (el.local === 'si') {
        // rPh (phonetic guides) is not part of the text.
        out.push(unescapeXstring(current));
        inItem = false;
      }
    },
  });
  return out;
}

function formatNumber(v: string): string {
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== '' ? String(n) : v;
}

export interface SheetReadLimits {
  readonly maxRows: number;
  readonly maxCellChars: number;
}

/** One worksheet part as a grid. */
export function readSheet(
  zip: ZipArchive,
  sheet: SheetRef,
  shared: readonly string[],
  limits: SheetReadLimits,
): RfpGrid {
  const rows = new Map<number, string[]>();
  const merges: Array<{ c1: number; r1: number; c2: number; r2: number }> = [];
  const hiddenColumns = new Set<number>();
  const longCells: string[] = [];
  let truncatedRows = 0;
  let rowNumber = 0;
  let rowCount = 0;
  let current: string[] | undefined;
  let col = -1;
  let type = '';
  let value = '';
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  let maxCol = -1;

  scanXml(zip.readText(sheet.path), {
    open(el) {
      switch (el.local) {
        case 'row': {
          const r = Number(el.attrs['r']);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          col = -1;
          rowCount++;
          if (rowCount > limits.maxRows) {
            truncatedRows++;
            current = undefined;
          } else {
            current = [];
          }
          break;
        }
        case 'c': {
          const ref = el.attrs['r'] ? parseCellRef(el.attrs['r']) : undefined;
          col = ref ? ref.col : col + 1;
          type = el.attrs['t'] ?? 'n';
          value = '';
          break;
        }
        case 'v':
          inValue = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (inInline && !inPhonetic) inValue = true;
          break;
        case 'mergeCell': {
          const [a, b] = (el.attrs['ref'] ?? '').split(':');
          const from = a ? parseCellRef(a) : undefined;
          const to = b ? parseCellRef(b) : from;
          if (from && to) merges.push({ c1: from.col, r1: from.row, c2: to.col, r2: to.row });
          break;
        }
        case 'col': {
          if (el.attrs['hidden'] === '1' || el.attrs['hidden'] === 'true') {
            const min = Number(el.attrs['min']);
            const max = Math.min(Number(el.attrs['max']), MAX_COLUMNS);
            for (let c = min; c <= max; c++) hiddenColumns.add(c - 1);
          }
          break;
        }
        default:
          break;
      }
    },
    text(t) {
      if (inValue) value += t;
    },
    close(el) {
      switch (el.local) {
        case 'v':
          inValue = false;
          break;
        case 't':
          if (inInline) inValue = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c': {
          if (!current || col < 0 || col >= MAX_COLUMNS) break;
          let text: string;
          if (type === 's') text = shared[Number(value)] ?? '';
          else if (type === 'inlineStr' || type === 'str') text = unescapeXstring(value);
          else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
          else if (type === 'e') text = value;
          else text = formatNumber(value);
          if (text.length > limits.maxCellChars) {
            longCells.push(`${el.attrs['r'] ?? ''}`);
            text = text.slice(0, limits.maxCellChars);
          }
          if (text) {
            current[col] = text;
            if (col > maxCol) maxCol = col;
          }
          break;
        }
        case 'row':
          if (current && current.length > 0) rows.set(rowNumber, current);
          current = undefined;
          break;
        default:
          break;
      }
    },
  });

  // Fill merged ranges with their top-left value; remember rows merged across columns.
  const spanning = new Set<number>();
  for (const m of merges) {
    const value = rows.get(m.r1)?.[m.c1] ?? '';
    if (m.c2 > m.c1) for (let r = m.r1; r <= m.r2; r++) spanning.add(r);
    if (!value) continue;
    for (let r = m.r1; r <= m.r2 && r - m.r1 < limits.maxRows; r++) {
      let cells = rows.get(r);
      if (!cells) {
        cells = [];
        rows.set(r, cells);
      }
      for (let c = m.c1; c <= Math.min(m.c2, MAX_COLUMNS - 1); c++) cells[c] = value;
      if (m.c2 > maxCol) maxCol = Math.min(m.c2, MAX_COLUMNS - 1);
    }
  }
  const columnCount = maxCol + 1;
  const ordered = [...rows.keys()].sort((a, b) => a - b);
  const gridRows: GridRow[] = [];
  for (const r of ordered) {
    const sparse = rows.get(r) ?? [];
    const cells: string[] = new Array<string>(columnCount);
    for (let c = 0; c < columnCount; c++) cells[c] = sparse[c] ?? '';
    if (!cells.some((c) => c.trim())) continue;
    const spansAll =
      spanning.has(r) &&
      merges.some(
        (m) => m.r1 <= r && r <= m.r2 && m.c2 > m.c1 && cells.every((v, c) => !v || (c >= m.c1 && c <= m.c2)),
      );
    gridRows.push({ row: r, cells, ...(spansAll ? { spansAll } : {}) });
  }
  return {
    kind: 'xlsx',
    name: sheet.name,
    rows: gridRows,
    columnCount,
    hiddenColumns: [...hiddenColumns].filter((c) => c < columnCount).sort((a, b) => a - b),
    truncatedRows,
    longCells,
  };
}

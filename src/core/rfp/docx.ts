/**
 * DOCX to grids and prose candidates, read from word/document.xml (mammoth and friends flatten
 * tables, so the table XML is read directly). Each top-level table's rows become grid rows on the
 * table grid: a cell spanning columns (w:gridSpan) fills every column it covers, a vertically merged
 * cell (w:vMerge) repeats the value above. A table whose header row repeats the previous table's
 * (a table continued after a page break or a "(continued)" caption) joins its group. Paragraphs
 * outside tables with shall / must / 应 / 须 become candidate requirements.
 */
import type { ZipArchive } from '../ooxml/zip';
import { attrLocal, childElements, firstChild, parseXml, type XmlElement } from '../ooxml/xml';
import { bodyBlocks, rowGrid } from '../ooxml/wordTable';
import { normaliseLabel } from './columns';
import type { GridRow, RfpGrid } from './types';

export interface DocxLimits {
  readonly maxRows: number;
  readonly maxCellChars: number;
}

export interface ProseSentence {
  /** 1-based paragraph index in the body (tables' paragraphs not counted). */
  readonly paragraph: number;
  readonly text: string;
  readonly heading?: string;
}

export interface DocxContent {
  readonly grids: RfpGrid[];
  readonly sentences: ProseSentence[];
}

/** The text of runs below an element: w:t, tabs and breaks; deleted text (w:delText) is left out. */
function runText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.local) {
      case 't':
        for (const t of c.children) if (typeof t === 'string') out += t;
        break;
      case 'tab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'del':
      case 'delText':
      case 'pPr':
      case 'rPr':
      case 'tbl':
        break;
      default:
        out += runText(c);
    }
  }
  return out;
}

function cellText(tc: XmlElement): string {
  return childElements(tc)
    .filter((c) => c.local === 'p' || c.local === 'sdt')
    .map((p) => runText(p))
    .join('\n')
    .trim();
}

function headingOf(p: XmlElement): boolean {
  const pPr = firstChild(p, 'pPr');
  if (!pPr) return false;
  const style = firstChild(pPr, 'pStyle');
  const v = style ? (attrLocal(style, 'val') ?? '') : '';
  if (/^(heading|标题)\s?\d/i.test(v) || /^\d$/.test(v)) return true;
  return firstChild(pPr, 'outlineLvl') !== undefined;
}

interface RawTable {
  readonly index: number;
  readonly rows: Array<{ cells: string[]; header: boolean; spansAll: boolean }>;
  readonly columnCount: number;
  readonly heading?: string;
  readonly longCells: string[];
}

function readTable(tbl: XmlElement, index: number, heading: string | undefined, limits: DocxLimits): RawTable {
  const grid = firstChild(tbl, 'tblGrid');
  let columnCount = grid ? childElements(grid, 'gridCol').length : 0;
  const rows: RawTable['rows'] = [];
  const longCells: string[] = [];
  let above: string[] = [];
  childElements(tbl, 'tr').forEach((tr, r) => {
    if (r >= limits.maxRows) return;
    const trPr = firstChild(tr, 'trPr');
    const header = trPr ? firstChild(trPr, 'tblHeader') !== undefined : false;
    const onGrid = rowGrid(tr);
    const cells: string[] = [];
    let spansAll = false;
    for (const { tc, col, span } of onGrid.cells) {
      const tcPr = firstChild(tc, 'tcPr');
      const vMerge = tcPr ? firstChild(tcPr, 'vMerge') : undefined;
      const continues = vMerge !== undefined && (attrLocal(vMerge, 'val') ?? 'continue') === 'continue';
      let text = continues ? (above[col] ?? '') : cellText(tc);
      if (text.length > limits.maxCellChars) {
        longCells.push(`T${index}R${r + 1}C${col + 1}`);
        text = text.slice(0, limits.maxCellChars);
      }
      if (onGrid.cells.length === 1 && span > 1) spansAll = true;
      for (let k = 0; k < span; k++) cells[col + k] = text;
    }
    if (onGrid.columns > columnCount) columnCount = onGrid.columns;
    for (let c = 0; c < columnCount; c++) cells[c] ??= '';
    above = cells;
    rows.push({ cells, header, spansAll });
  });
  return { index, rows, columnCount, ...(heading ? { heading } : {}), longCells };
}

const MODAL_EN = /\b(shall|must)\b/i;
// 应 / 须 as modal verbs, not inside 响应, 对应, 相应, 供应, 适应, 反应, 应用, 应答, 应急 ...
const MODAL_ZH = /(必须|应当|(?<![响对相供适反效回呼顺感答])应(?![用答急对变届邀聘])|(?<![必无急])须(?![知臾]))/;

/** Sentences of a paragraph, ends kept. */
function sentences(text: string): string[] {
  return (text.match(/[^.!?。！？；;]+[.!?。！？；;]*/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

export function readDocx(zip: ZipArchive, limits: DocxLimits): DocxContent {
  const doc = parseXml(zip.readText('word/document.xml'));
  const body = firstChild(doc, 'body');
  if (!body) return { grids: [], sentences: [] };
  const tables: RawTable[] = [];
  const prose: ProseSentence[] = [];
  let heading: string | undefined;
  let paragraph = 0;
  let tableIndex = 0;
  for (const block of bodyBlocks(body)) {
    if (block.local === 'tbl') {
      tableIndex++;
      tables.push(readTable(block, tableIndex, heading, limits));
      continue;
    }
    paragraph++;
    const text = runText(block).trim();
    if (!text) continue;
    if (headingOf(block)) {
      heading = text;
      continue;
    }
    for (const s of sentences(text))
      if (MODAL_EN.test(s) || MODAL_ZH.test(s)) prose.push({ paragraph, text: s, ...(heading ? { heading } : {}) });
  }

  // Group continued tables: a table whose first row equals the group's header row joins it.
  const grids: RfpGrid[] = [];
  const key = (cells: readonly string[]): string => cells.map(normaliseLabel).join('\u0001');
  let group:
    { first: RawTable; headerKey: string; rows: GridRow[]; columnCount: number; longCells: string[] } | undefined;
  const flush = (): void => {
    if (!group) return;
    grids.push({
      kind: 'docx',
      name: `Table ${group.first.index}`,
      table: group.first.index,
      rows: group.rows,
      columnCount: group.columnCount,
      hiddenColumns: [],
      truncatedRows: 0,
      longCells: group.longCells,
    });
    group = undefined;
  };
  for (const t of tables) {
    const firstRow = t.rows[0];
    if (!firstRow) continue;
    const k = key(firstRow.cells);
    const continues = group !== undefined && group.headerKey === k && group.columnCount === t.columnCount;
    if (!continues) flush();
    group ??= { first: t, headerKey: k, rows: [], columnCount: t.columnCount, longCells: [] };
    group.longCells.push(...t.longCells);
    t.rows.forEach((r, i) => {
      const nonEmpty = r.cells.some((c) => c.trim());
      if (!nonEmpty) return;
      // The header row of a continuation, and rows Word repeats on every page, are not data.
      const repeated = (continues && i === 0) || (i > 0 && r.header);
      group?.rows.push({
        row: i + 1,
        table: t.index,
        cells: r.cells,
        ...(r.spansAll ? { spansAll: true } : {}),
        ...(repeated ? { repeatedHeader: true } : {}),
        ...(t.heading ? { heading: t.heading } : {}),
      });
    });
  }
  flush();
  return { grids, sentences: prose };
}

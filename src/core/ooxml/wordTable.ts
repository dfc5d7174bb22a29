/**
 * A Word table row as cells on the table grid: the RFP reader numbers a row's columns this way and
 * the answer write-back finds its cells by the same numbers, so both read the row here.
 */
import { attrLocal, childElements, firstChild, type XmlElement } from './xml';

export interface GridCell {
  readonly tc: XmlElement;
  /** The 0-based grid column the cell starts in. */
  readonly col: number;
  /** How many grid columns it covers (`w:gridSpan`, at least 1). */
  readonly span: number;
}

export interface RowGrid {
  readonly cells: GridCell[];
  /** The grid columns the row reaches: skipped ones (`w:gridBefore`) and every cell's span. */
  readonly columns: number;
}

/**
 * A row's cells in grid order: `w:gridBefore` skips columns, a cell spanning columns (`w:gridSpan`)
 * covers each of them, and cells inside a content control (`w:sdt`) count like the others.
 */
export function rowGrid(tr: XmlElement): RowGrid {
  const trPr = firstChild(tr, 'trPr');
  const before = trPr ? firstChild(trPr, 'gridBefore') : undefined;
  const skipped = before ? Number(attrLocal(before, 'val') ?? 0) : 0;
  let col = Number.isFinite(skipped) ? skipped : 0;
  const tcs = childElements(tr).flatMap((c) =>
    c.local === 'tc' ? [c] : c.local === 'sdt' ? childElements(firstChild(c, 'sdtContent') ?? c, 'tc') : [],
  );
  const cells: GridCell[] = [];
  for (const tc of tcs) {
    const tcPr = firstChild(tc, 'tcPr');
    const spanEl = tcPr ? firstChild(tcPr, 'gridSpan') : undefined;
    const span = Math.max(1, Number(spanEl ? (attrLocal(spanEl, 'val') ?? 1) : 1) || 1);
    cells.push({ tc, col, span });
    col += span;
  }
  return { cells, columns: col };
}

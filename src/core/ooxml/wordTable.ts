/**
 * Word tables as the RFP reader numbers them and the answer write-back finds them again: the body's
 * own tables in order, and a row's cells on the table grid. Both read them here, so an answer goes
 * to the table, row and cell its requirement was imported from.
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

/** Body-level paragraphs and tables in order, looking through content controls (w:sdt) and custom XML wrappers. */
export function bodyBlocks(container: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(container)) {
    if (c.local === 'p' || c.local === 'tbl') out.push(c);
    else if (c.local === 'sdt') {
      const content = firstChild(c, 'sdtContent');
      if (content) bodyBlocks(content, out);
    } else if (c.local === 'customXml') bodyBlocks(c, out);
  }
  return out;
}

/** The body's tables, numbered from 1 by their place here (a table in a text box or inside another is not one of them). */
export function bodyTables(body: XmlElement): XmlElement[] {
  return bodyBlocks(body).filter((b) => b.local === 'tbl');
}

import type { Bullet, DeckTable } from './deckModel';

/**
 * Where the slide's content goes and how big its text is, in inches and points: the paging below
 * measures against these, and the PPTX writer places with the same numbers, so what was measured to
 * fit is what is drawn. 16:9 at PowerPoint's widescreen size (13.333 x 7.5 in).
 */
export const SLIDE = {
  width: 13.333,
  height: 7.5,
  marginX: 0.6,
  titleY: 0.35,
  titleH: 0.85,
  bodyY: 1.35,
  /** Bottom of the body; the footer sits below. */
  bodyBottom: 6.85,
  tableFontPt: 12,
  bulletFontPt: 16,
  /** A lead sentence above a table or bullets: its size, and the most lines it may take. */
  leadFontPt: 15,
  leadMaxLines: 2,
  /** Cell padding, top + bottom, inches. */
  cellPadY: 0.1,
  /** Cell padding, left + right, inches. */
  cellPadX: 0.15,
  lineSpacing: 1.2,
} as const;

export const BODY_WIDTH = SLIDE.width - 2 * SLIDE.marginX;
export const BODY_HEIGHT = SLIDE.bodyBottom - SLIDE.bodyY;

/**
 * The width of a text in ems: CJK and other wide characters are one em, Latin letters about half.
 * An estimate (no font metrics in core), slightly generous so a row measured to fit does fit.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isWide(cp)) ems += 1;
    else if (ch === ' ') ems += 0.28;
    else if (/[A-Z0-9MW@%&]/.test(ch)) ems += 0.62;
    else ems += 0.52;
  }
  return ems;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** How many lines `text` takes in a box `widthIn` inches wide at `fontPt` (explicit newlines kept). */
export function lineCount(text: string, widthIn: number, fontPt: number): number {
  const emsPerLine = Math.max(1, (widthIn * 72) / fontPt);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    // Words wrap whole: a line holds what fits, so count by word and carry the remainder.
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/(?<=\s)/u)) {
      const w = textEms(word);
      if (used + w <= emsPerLine) {
        used += w;
        continue;
      }
      if (w > emsPerLine) {
        // A long word or a CJK run (no spaces) breaks anywhere.
        const total = used + w;
        count += Math.floor(total / emsPerLine);
        used = total % emsPerLine;
      } else {
        count += 1;
        used = w;
      }
    }
    lines += count;
  }
  return lines;
}

export function linesHeight(lines: number, fontPt: number): number {
  return (lines * fontPt * SLIDE.lineSpacing) / 72;
}

/** The column widths in inches for a table of relative `widths` over `totalIn`. */
export function columnInches(widths: readonly number[], totalIn: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0) || 1;
  return widths.map((w) => (w / sum) * totalIn);
}

export function rowHeight(row: readonly string[], colIn: readonly number[], fontPt: number): number {
  let lines = 1;
  row.forEach((cell, i) => {
    const w = Math.max(0.3, (colIn[i] ?? 1) - SLIDE.cellPadX);
    lines = Math.max(lines, lineCount(cell, w, fontPt));
  });
  return linesHeight(lines, fontPt) + SLIDE.cellPadY;
}

/**
 * Cuts a cell's text so its row fits `maxHeight`: a single row taller than a whole slide cannot be
 * continued, so its end is replaced by an ellipsis rather than running off the slide.
 */
function clipCell(text: string, widthIn: number, fontPt: number, maxHeight: number): string {
  const maxLines = Math.max(1, Math.floor(((maxHeight - SLIDE.cellPadY) * 72) / (fontPt * SLIDE.lineSpacing)));
  if (lineCount(text, widthIn, fontPt) <= maxLines) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (lineCount(chars.slice(0, mid).join('') + '…', widthIn, fontPt) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

/**
 * Splits a table into pages that each fit `availableIn` inches (the header repeated on every page).
 * Never returns an empty list: a table without rows is one page with its header.
 */
export function pageTable(table: DeckTable, widthIn: number, availableIn: number): DeckTable[] {
  const fontPt = SLIDE.tableFontPt;
  const colIn = columnInches(table.widths, widthIn);
  const header = rowHeight(table.columns, colIn, fontPt);
  const room = Math.max(0.5, availableIn - header);
  const pages: DeckTable[] = [];
  let rows: string[][] = [];
  let used = 0;
  const rowsIn = table.rows.map((r) =>
    r.map((cell, i) => clipCell(cell, Math.max(0.3, (colIn[i] ?? 1) - SLIDE.cellPadX), fontPt, room)),
  );
  for (const row of rowsIn) {
    const h = rowHeight(row, colIn, fontPt);
    if (rows.length > 0 && used + h > room) {
      pages.push({ ...table, rows, totalRow: false });
      rows = [];
      used = 0;
    }
    rows.push(row);
    used += h;
  }
  // The total row is the table's last: only the last page carries it.
  pages.push({ ...table, rows, totalRow: table.totalRow === true && rows.length > 0 });
  return pages;
}

export function bulletHeight(b: Bullet, widthIn: number): number {
  const fontPt = b.level === 0 ? SLIDE.bulletFontPt : SLIDE.bulletFontPt - 2;
  const indent = 0.35 + b.level * 0.4;
  return linesHeight(lineCount(b.text, Math.max(0.5, widthIn - indent), fontPt), fontPt) + 0.08;
}

/** Splits bullets into pages that fit `availableIn`; an over-long bullet is clipped with an ellipsis. */
export function pageBullets(bullets: readonly Bullet[], widthIn: number, availableIn: number): Bullet[][] {
  const pages: Bullet[][] = [];
  let page: Bullet[] = [];
  let used = 0;
  for (const original of bullets) {
    const fontPt = original.level === 0 ? SLIDE.bulletFontPt : SLIDE.bulletFontPt - 2;
    const b: Bullet = {
      ...original,
      text: clipCell(original.text, Math.max(0.5, widthIn - 0.35 - original.level * 0.4), fontPt, availableIn - 0.1),
    };
    const h = bulletHeight(b, widthIn);
    if (page.length > 0 && used + h > availableIn) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(b);
    used += h;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** A lead sentence clipped to its two lines, and the height it takes above the body. */
export function fitLead(lead: string): { text: string; height: number } {
  const fontPt = SLIDE.leadFontPt;
  const text = clipCell(lead, BODY_WIDTH, fontPt, linesHeight(SLIDE.leadMaxLines, fontPt) + SLIDE.cellPadY);
  return { text, height: linesHeight(lineCount(text, BODY_WIDTH, fontPt), fontPt) + 0.2 };
}

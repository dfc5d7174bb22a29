/**
 * How a drawn diagram goes onto a printed page: shrunk to fit while its labels stay at 8 pt or more,
 * else cut into parts (rows of columns of the picture, read left to right, top to bottom) that are
 * each printed at the scale that keeps the labels at 8 pt. DOCX crops its one picture per part and
 * HTML print shows each part as a window onto the one SVG, so both place the same parts.
 */

/** 8 pt in CSS pixels (96 per inch): the smallest a label may be printed at. */
export const MIN_PRINTED_LABEL_PX = (8 * 96) / 72;
/**
 * Printed a little above the minimum, so rounding a picture's size to whole pixels or EMUs never
 * takes a label under it.
 */
const LABEL_MARGIN = 1.02;
/**
 * Neighbouring parts share this much of the picture (in the diagram's own pixels), so a box cut at
 * the edge of one part is seen again at the start of the next.
 */
const SHARED_PX = 40;
/** Mermaid's flowchart text size: the label size of a drawing that does not say its own. */
const DEFAULT_LABEL_PX = 16;

/** The printable area a figure may take, in CSS pixels. */
export interface PrintArea {
  width: number;
  height: number;
}

/** A window onto the drawing, in its own pixels from its top-left corner. */
export interface FigurePart {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FigurePlacement {
  /** Printed pixels per pixel of the drawing, the same for every part. */
  scale: number;
  /** One part covering the whole drawing when it fits legibly. */
  parts: FigurePart[];
}

/**
 * `boxes`: the centres of the drawing's boxes (its own pixels from its top-left corner); a part
 * with none of them in it shows only lines and blank space and is left out.
 */
export function placeFigure(
  size: { width: number; height: number },
  labelPx: number,
  area: PrintArea,
  boxes: ReadonlyArray<{ x: number; y: number }> = [],
): FigurePlacement {
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const fit = Math.min(1, area.width / width, area.height / height);
  if (labelPx * fit >= MIN_PRINTED_LABEL_PX) return { scale: fit, parts: [{ x: 0, y: 0, width, height }] };
  const scale = Math.min(1, (MIN_PRINTED_LABEL_PX * LABEL_MARGIN) / Math.max(1e-6, labelPx));
  const columns = spans(width, area.width / scale);
  const rows = spans(height, area.height / scale);
  const parts: FigurePart[] = [];
  for (const row of rows)
    for (const column of columns) parts.push({ x: column.start, y: row.start, width: column.size, height: row.size });
  const shown = parts.filter((p) =>
    boxes.some((b) => b.x >= p.x && b.x < p.x + p.width && b.y >= p.y && b.y < p.y + p.height),
  );
  return { scale, parts: shown.length > 0 ? shown : parts };
}

/**
 * Word's text column on A4 with 2 cm margins (the DOCX writer's default) and the tallest picture it
 * places, in CSS pixels: where a stored PNG is expected to be printed.
 */
export const WORD_FIGURE_AREA: PrintArea = { width: 642, height: 820 };
/**
 * The PNG's dots per inch at the size the figure (or each of its parts) is printed in
 * WORD_FIGURE_AREA. Above the 200 dpi a print needs, so a template with a text column up to 10 %
 * wider (whole figures print larger there; parts do not) still gets 200.
 */
export const PICTURE_DPI = 220;
/** At most this many pixels per stored PNG (Chromium's canvas limits, and the document's size). */
export const MAX_PICTURE_PIXELS = 16_000_000;

/**
 * Pixels of the stored PNG per pixel of the drawing: enough for PICTURE_DPI where the figure, or
 * each part of a split one, is printed (placeFigure's scale), never past MAX_PICTURE_PIXELS unless
 * the drawing is that large at its own size (then it keeps its own size). One PNG serves every
 * part, so the parts' scale decides, not the whole figure's shrunk one.
 */
export function pictureScale(
  size: { width: number; height: number },
  labelPx: number,
  area: PrintArea = WORD_FIGURE_AREA,
): number {
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const printed = placeFigure({ width, height }, labelPx, area).scale;
  const wanted = (printed * PICTURE_DPI) / 96;
  // A drawing over the cap at its own size keeps that size (what a 1x screenshot of it always gave).
  return Math.min(wanted, Math.max(maxPictureScale({ width, height }), Math.min(1, wanted)));
}

/**
 * The largest scale whose canvas, each side rounded up to whole pixels, stays within the cap:
 * (width * s + 1) * (height * s + 1) <= MAX_PICTURE_PIXELS.
 */
export function maxPictureScale(size: { width: number; height: number }): number {
  const width = Math.max(1, size.width);
  const height = Math.max(1, size.height);
  const pixels = width * height;
  const sides = width + height;
  return (-sides + Math.sqrt(sides * sides + 4 * pixels * (MAX_PICTURE_PIXELS - 1))) / (2 * pixels);
}

/**
 * `total` cut into equal spans of at most `room`, neighbours sharing SHARED_PX (less when the room is
 * too small to share that much).
 */
function spans(total: number, room: number): Array<{ start: number; size: number }> {
  if (total <= room) return [{ start: 0, size: total }];
  const shared = Math.min(SHARED_PX, room / 4);
  const count = Math.ceil((total - shared) / (room - shared));
  const size = (total + (count - 1) * shared) / count;
  return Array.from({ length: count }, (_, i) => ({ start: i * (size - shared), size }));
}

/**
 * The smallest label size of a drawn SVG, in its own pixels: the export renderer writes it on the
 * root (`data-label-px`, measured in the browser); otherwise Mermaid's root font size.
 */
export function svgLabelPx(svg: string): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const stamped = Number(/\sdata-label-px="([\d.]+)"/.exec(root)?.[1]);
  if (stamped > 0) return stamped;
  const styled = Number(/font-size:\s*([\d.]+)px/.exec(svg)?.[1]);
  return styled > 0 ? styled : DEFAULT_LABEL_PX;
}

/**
 * The centres of a Mermaid drawing's boxes (`<g class="node ..." transform="translate(x, y)">`,
 * placed in the root's coordinates), from the viewBox's top-left corner.
 */
export function svgBoxCentres(svg: string, origin: { x: number; y: number }): Array<{ x: number; y: number }> {
  const out: Array<{ x: number; y: number }> = [];
  for (const m of svg.matchAll(
    /<g\s[^>]*class="node\b[^"]*"[^>]*\stransform="translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)"/g,
  )) {
    const x = Number(m[1]);
    const y = Number(m[2]);
    if (Number.isFinite(x) && Number.isFinite(y)) out.push({ x: x - origin.x, y: y - origin.y });
  }
  return out;
}

/** The SVG root's viewBox origin and size; the drawn size when it has none. */
export function svgViewBox(
  svg: string,
  fallback: { width: number; height: number },
): { x: number; y: number; width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /\sviewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite) && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0)
    return { x: box[0] ?? 0, y: box[1] ?? 0, width: box[2] ?? 1, height: box[3] ?? 1 };
  return { x: 0, y: 0, ...fallback };
}

import type { Cell, Inline, RowMeta } from '../export/documentModel';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import { label, type LabelKey } from '../export/exportLabels';

/**
 * A column of a section's table, written once: its header, its relative width on paper, and its
 * cell (plain text for DOCX, Markdown and spreadsheets; rich parts for HTML). Each output picks the
 * columns it prints by name, so a new output is a new list of names, not a new table.
 */
export interface Column<T> {
  header: LabelKey;
  width: number;
  cell(item: T, ctx: DocumentContext): Cell;
}

/** The rows of a table: items with their path in the file, so the preview can point back to them. */
export interface Row<T> {
  item: T;
  meta: RowMeta;
}

export function columnTable<T, K extends string>(
  b: DocumentBuilder,
  ctx: DocumentContext,
  catalogue: Readonly<Record<K, Column<T>>>,
  names: readonly K[],
  rows: ReadonlyArray<Row<T>>,
  cls?: string,
): void {
  const columns = names.map((n) => catalogue[n]);
  b.localisedTable(
    columns.map((c) => label(c.header, ctx.lang)),
    rows.map((r) => columns.map((c) => c.cell(r.item, ctx))),
    columns.map((c) => c.width),
    { ...(cls ? { cls } : {}), rowMeta: rows.map((r) => r.meta) },
  );
}

/** Whether an item marked `internal: true` may appear for this reader. */
export function visible(ctx: DocumentContext, item: { internal?: boolean } | undefined): boolean {
  return !(item && item.internal === true && ctx.audience === 'customer');
}

/** Array items that are objects, with their index in the file (for source paths). */
export function entries<T>(value: T[] | undefined): Array<[T, number]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[T, number]> = [];
  value.forEach((item, index) => {
    if (item !== null && typeof item === 'object') out.push([item, index]);
  });
  return out;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** A cell of plain text. */
export function plain(v: unknown): Cell {
  return { text: str(v) };
}

/** A cell whose HTML differs from its text (ids as code, badges, Markdown). */
export function rich(text: unknown, parts: Inline[]): Cell {
  return { text: str(text), parts };
}

/** An id as a code chip. */
export function codeCell(id: unknown): Cell {
  return rich(id, id === undefined || id === null || id === '' ? [] : [{ kind: 'code', text: str(id) }]);
}

/** Ids as code chips separated by spaces; the text joins them with commas. */
export function idsCell(ids: unknown): Cell {
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  return rich(list.join(', '), idParts(list));
}

export function idParts(ids: readonly string[], separator = ' '): Inline[] {
  return ids.flatMap((id, i): Inline[] =>
    i === 0
      ? [{ kind: 'code', text: id }]
      : [
          { kind: 'text', text: separator },
          { kind: 'code', text: id },
        ],
  );
}

/** The "Internal" badge (after a space) for an internal item, in the internal view only. */
export function internalParts(ctx: DocumentContext, item: { internal?: boolean } | undefined): Inline[] {
  return item && item.internal === true && ctx.audience === 'internal'
    ? [
        { kind: 'text', text: ' ' },
        { kind: 'badge', cls: 'internal', text: label('internal', ctx.lang) },
      ]
    : [];
}

/** A Markdown field as parts (nothing when empty). */
export function markdownParts(source: unknown, block = false): Inline[] {
  return typeof source === 'string' && source.trim() !== ''
    ? [{ kind: 'markdown', source, ...(block ? { block } : {}) }]
    : [];
}

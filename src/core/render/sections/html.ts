import type { ValuePath } from '../../locate';
import type { LabelKey } from '../labels';
import type { HtmlSectionContext } from './context';

import { escapeHtml as esc } from '../htmlEscape';

/** The sections' short name for escapeHtml. */
export { esc };

/** ` data-line="12"` for scroll sync and click-to-reveal, or nothing when the line is unknown. */
export function dataLine(ctx: HtmlSectionContext, path: ValuePath): string {
  const line = ctx.line(path);
  return line === undefined ? '' : ` data-line="${line}"`;
}

/** A whole section with its anchor id, key and heading. */
export function section(
  ctx: HtmlSectionContext,
  key: string,
  heading: LabelKey | undefined,
  path: ValuePath,
  body: string,
): string {
  const h2 = heading ? `<h2>${esc(ctx.t(heading))}</h2>\n` : '';
  return `<section id="section-${esc(key)}" class="ps-section" data-section="${esc(key)}"${dataLine(ctx, path)}>\n${h2}${body}</section>\n`;
}

export function sub(ctx: HtmlSectionContext, heading: LabelKey, body: string, extra = ''): string {
  return `<h3>${esc(ctx.t(heading))}${extra}</h3>\n${body}`;
}

/** A table: header labels and rows of already-escaped cells; each row may carry its own attributes. */
export function table(
  ctx: HtmlSectionContext,
  cls: string,
  headers: ReadonlyArray<LabelKey>,
  rows: ReadonlyArray<{ attrs: string; cells: ReadonlyArray<string> }>,
): string {
  if (rows.length === 0) return '';
  const head = headers.map((h) => `<th>${esc(ctx.t(h))}</th>`).join('');
  const body = rows.map((r) => `<tr${r.attrs}>${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${esc(cls)}"><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>\n`;
}

export function badge(cls: string, text: string): string {
  return `<span class="badge ${esc(cls)}">${esc(text)}</span>`;
}

/** The "Internal" badge for content a customer-facing document leaves out. */
export function internalBadge(ctx: HtmlSectionContext, item: { internal?: boolean } | undefined): string {
  return item && item.internal === true ? ` ${badge('internal', ctx.t('internal'))}` : '';
}

/** Ids as small code chips. */
export function idList(ids: unknown): string {
  if (!Array.isArray(ids)) return '';
  return ids
    .filter((x) => typeof x === 'string')
    .map((id) => `<code>${esc(id)}</code>`)
    .join(' ');
}

export function textList(items: unknown): string {
  if (!Array.isArray(items)) return '';
  const li = items
    .filter((x) => typeof x === 'string' || typeof x === 'number')
    .map((x) => `<li>${esc(x)}</li>`)
    .join('');
  return li ? `<ul>${li}</ul>` : '';
}

export function formatNumber(ctx: HtmlSectionContext, value: number | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 2 }).format(value);
}

/** A diagram placeholder the caller fills with the rendered SVG (preview: webview; export: headless browser). */
export function diagramPlaceholder(
  key: string,
  source: string,
  hash: string,
  nodeLines: Record<string, number>,
): string {
  return `<div class="diagram" data-diagram="${esc(key)}" data-source-hash="${esc(hash)}" data-node-lines="${esc(JSON.stringify(nodeLines))}"><pre class="mermaid-source">${esc(source)}</pre></div>\n`;
}

export function arr<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value.filter((x) => x !== null && x !== undefined) : [];
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

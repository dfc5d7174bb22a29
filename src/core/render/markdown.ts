import MarkdownIt from 'markdown-it';
import { isAllowedLink } from '../text/links';

/** The markdown-it instance type (its typings export the class through a namespace). */
export type MarkdownRenderer = InstanceType<typeof MarkdownIt>;

/**
 * Document headings go down to <h4> (a sub-section of a section of a chapter); a heading written
 * inside a text field is part of that text, so it is shifted below them: `#` becomes <h5>, the rest <h6>.
 */
export const FIELD_HEADING_SHIFT = 4;

/**
 * Markdown for proposal text fields. Raw HTML is off (it is shown as text), links are checked by
 * scheme, and images are off: a remote image would be a network fetch from an offline document.
 * One instance serves every render (`fieldMarkdown`): building one costs more than rendering a
 * short field, and the plain-text conversions run once per table cell.
 */
export function createMarkdown(): MarkdownRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Only http, https and mailto targets (text/links.ts): no javascript:, data:, vscode:, command: or file:.
  md.validateLink = (url: string): boolean => isAllowedLink(url);
  md.disable('image');
  md.core.ruler.push('field_headings', (state) => {
    for (const t of state.tokens) {
      if (t.type === 'heading_open' || t.type === 'heading_close')
        t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + FIELD_HEADING_SHIFT)}`;
    }
  });
  return md;
}

let shared: MarkdownRenderer | undefined;

/**
 * The one field Markdown renderer. It is configured once, here, and never changed afterwards;
 * markdown-it keeps no state between calls (each parse gets its own state and env), so sharing it
 * cannot carry anything from one document or render to the next.
 */
export function fieldMarkdown(): MarkdownRenderer {
  shared ??= createMarkdown();
  return shared;
}

/** Block markdown (paragraphs, lists). Empty input gives an empty string. */
export function renderMarkdown(md: MarkdownRenderer, text: unknown): string {
  return typeof text === 'string' && text.trim() !== '' ? md.render(text) : '';
}

/** Inline markdown (table cells, one-liners). */
export function renderMarkdownInline(md: MarkdownRenderer, text: unknown): string {
  return typeof text === 'string' && text.trim() !== '' ? md.renderInline(text) : '';
}

import MarkdownIt from 'markdown-it';

/** The only link targets a proposal may contain: no javascript:, data:, vscode:, command: or file:. */
/** The markdown-it instance type (its typings export the class through a namespace). */
export type MarkdownRenderer = InstanceType<typeof MarkdownIt>;

const ALLOWED_LINK = /^(https?:|mailto:)/i;

/**
 * Markdown for proposal text fields. Raw HTML is off (it is shown as text), links are checked by
 * scheme, and images are off: a remote image would be a network fetch from an offline document.
 * Create one per render (cheap) rather than keeping a module-level instance.
 */
export function createMarkdown(): MarkdownRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url: string): boolean => ALLOWED_LINK.test(url.trim());
  md.disable('image');
  return md;
}

/** Block markdown (paragraphs, lists). Empty input gives an empty string. */
export function renderMarkdown(md: MarkdownRenderer, text: unknown): string {
  return typeof text === 'string' && text.trim() !== '' ? md.render(text) : '';
}

/** Inline markdown (table cells, one-liners). */
export function renderMarkdownInline(md: MarkdownRenderer, text: unknown): string {
  return typeof text === 'string' && text.trim() !== '' ? md.renderInline(text) : '';
}

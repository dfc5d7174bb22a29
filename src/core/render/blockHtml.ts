import type { ValuePath } from '../locate';
import type { Block, Cell, DiagramView, Inline, RowMeta, Section } from '../export/documentModel';
import { escapeHtml as esc } from './htmlEscape';
import { renderMarkdown, renderMarkdownInline, type MarkdownRenderer } from './markdown';

/**
 * The one HTML renderer of the section model. `preview` draws the live preview's DOM (what the
 * webview's updater, scroll sync and media/preview.css rely on: `section#section-<key>.ps-section`,
 * `data-line` on every row that has a source, `div.diagram[data-diagram]` placeholders); `document`
 * draws the body of an exported HTML file (numbered heading anchors, column widths, shaded cells).
 * Every text is escaped; Markdown fields go through markdown-it with raw HTML off.
 */
export interface BlockHtmlEnv {
  mode: 'preview' | 'document';
  md: MarkdownRenderer;
  /** 0-based line of the value at `path`, when the source is known (preview only). */
  line(path: ValuePath): number | undefined;
  /** Document mode: the figure that stands for a diagram block (drawn SVG, or a note). */
  figure?(block: Extract<Block, { type: 'diagram' }>): string;
}

/** ` data-line="12"`, or nothing when the line is unknown. */
export function dataLineAttr(env: BlockHtmlEnv, path: ValuePath | undefined): string {
  if (!path) return '';
  const line = env.line(path);
  return line === undefined ? '' : ` data-line="${line}"`;
}

/** A preview section: its anchor, key and source line around its blocks. */
export function sectionHtml(section: Section, env: BlockHtmlEnv): string {
  const body = wrappedBlocks(section.blocks, env);
  return `<section id="section-${esc(section.key)}" class="ps-section" data-section="${esc(section.key)}"${dataLineAttr(env, section.path)}>\n${body}</section>\n`;
}

/** Blocks in order; in the preview, each run of blocks sharing one `wrap` goes into its `div`. */
function wrappedBlocks(blocks: readonly Block[], env: BlockHtmlEnv): string {
  let html = '';
  for (let i = 0; i < blocks.length;) {
    const wrap = env.mode === 'preview' ? blocks[i]?.wrap : undefined;
    if (!wrap) {
      html += blockHtml(blocks[i], env);
      i++;
      continue;
    }
    let inner = '';
    for (; i < blocks.length && blocks[i]?.wrap === wrap; i++) inner += blockHtml(blocks[i], env);
    html += `<div${wrap.cls ? ` class="${esc(wrap.cls)}"` : ''}${wrap.id ? ` id="${esc(wrap.id)}"` : ''}${dataLineAttr(env, wrap.path)}>${inner}</div>\n`;
  }
  return html;
}

export function blockHtml(b: Block, env: BlockHtmlEnv): string {
  return env.mode === 'preview' ? previewBlock(b, env) : documentBlock(b, env);
}

function previewBlock(b: Block, env: BlockHtmlEnv): string {
  switch (b.type) {
    case 'heading': {
      const tag = b.title ? 'h1' : `h${b.level + 1}`;
      const inner = b.parts ? b.parts.map((part) => inlineHtml(part, env)).join('') : esc(b.text);
      return `<${tag}${dataLineAttr(env, b.path)}>${inner}</${tag}>\n`;
    }
    case 'paragraph': {
      const cls = b.cls ?? b.emphasis;
      const inner = b.parts ? b.parts.map((part) => inlineHtml(part, env)).join('') : esc(b.text);
      return `<p${cls ? ` class="${esc(cls)}"` : ''}${dataLineAttr(env, b.path)}>${inner}</p>\n`;
    }
    case 'markdown': {
      const html = renderMarkdown(env.md, b.source);
      return b.cls !== undefined || b.path
        ? `<div${b.cls ? ` class="${esc(b.cls)}"` : ''}${dataLineAttr(env, b.path)}>${html}</div>\n`
        : html;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((text, i) => {
        const parts = b.itemParts?.[i];
        return `<li${dataLineAttr(env, b.itemPaths?.[i])}>${parts ? parts.map((part) => inlineHtml(part, env)).join('') : esc(text)}</li>`;
      });
      return `<${tag}${b.cls ? ` class="${esc(b.cls)}"` : ''}>${items.join('')}</${tag}>\n`;
    }
    case 'table':
      return previewTable(b, env);
    case 'diagram': {
      const nodeLines = diagramNodeLines(b, env.line);
      // Views after the first start hidden; the picker above the first switches between them in place.
      const picker = b.view?.picker ? viewPickerHtml(b.view.picker) : '';
      const view = b.view ? ` data-view="${esc(b.view.id)}"${b.view.picker ? '' : ' hidden'}` : '';
      return `${picker}<div class="diagram"${view} data-diagram="${esc(b.id)}" data-source-hash="${esc(b.hash ?? '')}" data-node-lines="${esc(JSON.stringify(nodeLines))}"><pre class="mermaid-source">${esc(b.mermaid)}</pre></div>\n`;
    }
    case 'pageBreak':
      return '';
  }
}

/** The preview's view picker: one toggle button per architecture view, the first pressed. */
function viewPickerHtml(views: NonNullable<DiagramView['picker']>): string {
  const buttons = views.map(
    (v, i) =>
      `<button type="button" class="view-choice" data-show-diagram="${esc(v.diagram)}" data-view="${esc(v.view)}" aria-pressed="${i === 0 ? 'true' : 'false'}">${esc(v.title)}</button>`,
  );
  return `<div class="view-picker" role="group">${buttons.join('')}</div>\n`;
}

/** Mermaid node id -> 0-based source line, for the nodes whose line is known. */
export function diagramNodeLines(
  b: Extract<Block, { type: 'diagram' }>,
  line: (path: ValuePath) => number | undefined,
): Record<string, number> {
  const lines: Record<string, number> = {};
  for (const [node, path] of Object.entries(b.nodePaths ?? {})) {
    const at = line(path);
    if (at !== undefined) lines[node] = at;
  }
  return lines;
}

function previewTable(b: Extract<Block, { type: 'table' }>, env: BlockHtmlEnv): string {
  if (b.rows.length === 0) return '';
  const head = b.columns
    .map((c, i) => {
      const title = b.headTitles?.[i];
      return `<th${title !== undefined ? ` title="${esc(title)}"` : ''}>${esc(c)}</th>`;
    })
    .join('');
  const body = b.rows
    .map(
      (r, i) =>
        `<tr${rowAttrs(b.rowMeta?.[i], env)}>${r.map((c, j) => previewCell(c, env, b.rowHeaders === true && j === 0)).join('')}</tr>`,
    )
    .join('\n');
  const caption = b.caption !== undefined ? `<caption>${esc(b.caption)}</caption>` : '';
  const thead = b.head === false ? '' : `<thead><tr>${head}</tr></thead>\n`;
  return `<table${b.cls ? ` class="${esc(b.cls)}"` : ''}>${caption}${thead}<tbody>\n${body}\n</tbody></table>\n`;
}

function previewCell(c: Cell, env: BlockHtmlEnv, header: boolean): string {
  const tag = header ? 'th' : 'td';
  // A load table has thousands of cells: attributes are added only when a cell has them.
  let attrs = c.cls ? ` class="${esc(c.cls)}"` : '';
  if (c.data) for (const [k, v] of Object.entries(c.data)) attrs += ` data-${esc(k)}="${esc(v)}"`;
  if (c.title !== undefined) attrs += ` title="${esc(c.title)}"`;
  return `<${tag}${attrs}>${cellInner(c, env)}</${tag}>`;
}

function rowAttrs(meta: RowMeta | undefined, env: BlockHtmlEnv): string {
  if (!meta) return '';
  return `${meta.id ? ` id="${esc(meta.id)}"` : ''}${meta.cls ? ` class="${esc(meta.cls)}"` : ''}${dataLineAttr(env, meta.path)}`;
}

/** A cell's content: its rich parts when the builder gave them, else its text with line breaks kept. */
export function cellInner(c: Cell, env: BlockHtmlEnv): string {
  if (c.parts) return c.parts.map((part) => inlineHtml(part, env)).join('');
  const escaped = esc(c.text);
  const text = escaped.includes('\n') ? escaped.replace(/\r?\n/g, '<br>') : escaped;
  return c.bold ? `<strong>${text}</strong>` : text;
}

export function inlineHtml(part: Inline, env: BlockHtmlEnv): string {
  switch (part.kind) {
    case 'text':
      return esc(part.text);
    case 'code':
      return `<code>${esc(part.text)}</code>`;
    case 'strong':
      return `<strong>${esc(part.text)}</strong>`;
    case 'small':
      return `<small>${esc(part.text)}</small>`;
    case 'markdown':
      return part.block ? renderMarkdown(env.md, part.source) : renderMarkdownInline(env.md, part.source);
    case 'badge':
      return `<span class="badge ${esc(part.cls)}">${esc(part.text)}</span>`;
    case 'mark':
      return `<span class="${esc(part.cls)}"${part.title !== undefined ? ` title="${esc(part.title)}"` : ''}>${esc(part.text)}</span>`;
    case 'chip':
      return `<span class="risk-chip"${dataLineAttr(env, part.path)}${part.title !== undefined ? ` title="${esc(part.title)}"` : ''}>${esc(part.text)}</span>`;
    case 'break':
      return '<br>';
  }
}

function documentBlock(b: Block, env: BlockHtmlEnv): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level + 1} id="${b.anchor}">${esc(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p${b.emphasis ? ` class="${b.emphasis}"` : ''}>${esc(b.text)}</p>`;
    case 'markdown':
      return `<div class="md">${env.md.render(b.source)}</div>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return documentTable(b);
    case 'diagram':
      return env.figure
        ? env.figure(b)
        : `<figure class="diagram diagram-${b.id}"><figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

function documentTable(b: Extract<Block, { type: 'table' }>): string {
  const { columns, rows, widths } = b;
  const total = widths?.reduce((a, w) => a + w, 0) ?? 0;
  const cols =
    widths && total > 0
      ? `<colgroup>${widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`
      : '';
  const head = `<thead><tr>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map(documentCell).join('')}</tr>`).join('\n');
  // Registers with many columns get a smaller type so A4 portrait keeps whole words in each cell.
  return `<table${columns.length > 7 ? ' class="wide"' : ''}>${cols}${head}<tbody>${body}</tbody></table>`;
}

/** A printed cell is its plain text: the document says the same in HTML as in DOCX and Markdown. */
function documentCell(c: Cell): string {
  const style = c.shade && /^[0-9A-Fa-f]{6}$/.test(c.shade) ? ` style="background:#${c.shade}"` : '';
  const text = esc(c.text).replace(/\r?\n/g, '<br>');
  return `<td${style}>${c.bold ? `<strong>${text}</strong>` : text}</td>`;
}

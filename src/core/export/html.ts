import type { Block, ExportDocument, RenderedDiagram, RenderedDiagrams } from './documentModel';
import { placeFigure, svgBoxCentres, svgLabelPx, svgViewBox } from './figureParts';
import { blockHtml, type BlockHtmlEnv } from '../render/blockHtml';
import { label } from './exportLabels';
import { fieldMarkdown } from '../render/markdown';
import { EXPORT_CSS, PRINT_FIGURE_AREA, pageCss } from './htmlStyle';
import { escapeHtml as esc } from '../render/htmlEscape';

/**
 * One self-contained HTML file: inlined CSS (screen and print), the diagrams as inline SVG drawn
 * beforehand, no script and nothing fetched (the CSP says so too, for whoever opens it). Every text
 * from the proposal is escaped; Markdown fields go through markdown-it with raw HTML off.
 * The same file is what Chromium prints to PDF.
 */
export interface HtmlOptions {
  /** Drawn diagrams by id; a diagram block without one shows a note (the --no-diagrams opt-in). */
  diagrams?: RenderedDiagrams;
  /** Say at the top that diagrams were left out on purpose. */
  diagramsOmitted?: boolean;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function toHtml(doc: ExportDocument, options: HtmlOptions = {}): string {
  const env: BlockHtmlEnv = {
    mode: 'document',
    md: fieldMarkdown(),
    line: () => undefined,
    figure: (b) => figure(b, options, doc),
  };
  const body: string[] = [];
  body.push(cover(doc));
  if (options.diagramsOmitted) body.push(`<p class="note omitted">${esc(label('noDiagrams', doc.lang))}</p>`);
  if (doc.contents) body.push(contents(doc));
  body.push('<main>');
  for (const b of doc.blocks) body.push(blockHtml(b, env));
  body.push('</main>');
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang === 'zh-CN' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)} · ${esc(doc.kindTitle)}</title>`,
    `<style>${EXPORT_CSS}${pageCss(`${doc.title} · ${doc.confidentiality}`, pageWords(doc))}</style>`,
    '</head>',
    `<body class="kind-${doc.kind}">`,
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** "Page 3 of 12" / "第 3 页，共 12 页": English words need spaces around the numbers, Chinese none. */
function pageWords(doc: ExportDocument): [string, string, string] {
  const words = [label('page', doc.lang), label('pageOf', doc.lang), label('pageSuffix', doc.lang)];
  const [before = '', middle = '', after = ''] =
    doc.lang === 'zh-CN' ? words : words.map((w, i) => (w ? (i === 0 ? `${w} ` : ` ${w}${i === 1 ? ' ' : ''}`) : ''));
  return [before, middle, after];
}

function cover(doc: ExportDocument): string {
  const facts = doc.cover.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  return `<header class="cover">
<p class="kind">${esc(doc.kindTitle)}</p>
<h1>${esc(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : ''}
<table class="facts">${facts}</table>
<p class="confidentiality">${esc(label('cover.confidentiality', doc.lang))}: ${esc(doc.confidentiality)}</p>
</header>`;
}

function contents(doc: ExportDocument): string {
  const items = doc.blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level <= 2)
    .map((h) => `<li class="toc-${h.level}"><a href="#${h.anchor}">${esc(h.text)}</a></li>`)
    .join('\n');
  return `<nav class="contents"><h2 class="unnumbered">${esc(label('contents', doc.lang))}</h2><ol>${items}</ol></nav>`;
}

/** A diagram block as a figure: the drawn SVG, Mermaid's refusal, or the note that diagrams were left out. */
function figure(b: Extract<Block, { type: 'diagram' }>, options: HtmlOptions, doc: ExportDocument): string {
  const drawn = options.diagrams?.get(b.id);
  let inner: string;
  if (drawn?.error) inner = `<p class="note">${esc(label('diagramError', doc.lang))} ${esc(drawn.error)}</p>`;
  else if (drawn) {
    const svg = sanitizeSvg(drawn.svg);
    const parts = printedParts(svg, drawn, b.caption, doc);
    if (parts)
      return `<figure class="diagram diagram-${b.id} diagram-split">${svg}<figcaption>${esc(b.caption)}</figcaption></figure>${parts}`;
    inner = svg;
  } else inner = `<p class="note">${esc(label('noDiagrams', doc.lang))}</p>`;
  return `<figure class="diagram diagram-${b.id}">${inner}<figcaption>${esc(b.caption)}</figcaption></figure>`;
}

/**
 * The printed parts of a diagram whose labels would print under 8 pt on the page: each a figure of
 * its own (shown only in print) that looks through a window of the one SVG with `<use>`, so the file
 * holds the drawing once. Undefined when the diagram prints legibly whole.
 */
function printedParts(svg: string, drawn: RenderedDiagram, caption: string, doc: ExportDocument): string | undefined {
  const id = /<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1];
  if (!id) return undefined;
  const box = svgViewBox(svg, drawn);
  const { scale, parts } = placeFigure(box, svgLabelPx(svg), PRINT_FIGURE_AREA, svgBoxCentres(svg, box));
  if (parts.length < 2) return undefined;
  return parts
    .map((p, i) => {
      const text = esc(label('figurePart', doc.lang, { caption, part: i + 1, parts: parts.length }));
      const view = [box.x + p.x, box.y + p.y, p.width, p.height].map((n) => Number(n.toFixed(2))).join(' ');
      return `<figure class="diagram diagram-part"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${text}" viewBox="${view}" width="${Math.round(p.width * scale)}" height="${Math.round(p.height * scale)}"><use href="#${esc(id)}"/></svg><figcaption>${text}</figcaption></figure>`;
    })
    .join('');
}

/** The document's short name for escapeHtml (the preview's sections use the same one). */
export { esc };

/**
 * Mermaid (securityLevel strict) already escapes labels; this is the second fence for an SVG that
 * came from elsewhere (a webview, a cache): no script elements, no event handlers, no javascript:
 * or external links. The CSP would block them anyway; the file should not even contain them.
 */
export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/?>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '');
}

/**
 * The exported HTML's stylesheet (inlined: the file must stand alone). Screen: a readable column.
 * Print (and Chromium's PDF): A4 with margins, the cover on its own page, a page break before each
 * top-level section, table headers repeated on every page, rows and figures not split.
 * Numbering of h2/h3/h4 matches the Word export's heading numbers.
 */
/**
 * Colour emoji fonts, after the text fonts: without one, an emoji prints as an empty box in the PDF.
 * Linux (Debian's fonts-noto-color-emoji), macOS, Windows.
 */
export const EMOJI_FONTS = '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol"';

export const EXPORT_CSS = `
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --line: #d5dbe3; --accent: #1f5fa8; --head: #eef2f7; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 2.5rem 4rem; color: var(--ink); background: #fff; line-height: 1.55;
  font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", ${EMOJI_FONTS}, sans-serif;
  /* A word longer than the line (a URL, a hash, a 10,000-character token) wraps instead of running off the page. */
  overflow-wrap: anywhere; }
h1, h2, h3, h4 { color: #10243e; line-height: 1.25; break-after: avoid; }
main { counter-reset: h2; }
main h2 { counter-reset: h3; counter-increment: h2; font-size: 1.55rem; border-bottom: 2px solid var(--accent); padding-bottom: .25rem; margin-top: 2.4rem; }
main h3 { counter-reset: h4; counter-increment: h3; font-size: 1.2rem; margin-top: 1.6rem; }
main h4 { counter-increment: h4; font-size: 1.02rem; margin-top: 1.2rem; }
main h2::before { content: counter(h2) ". "; }
main h3::before { content: counter(h2) "." counter(h3) " "; }
main h4::before { content: counter(h2) "." counter(h3) "." counter(h4) " "; }
.cover { min-height: 70vh; display: flex; flex-direction: column; justify-content: center; border-left: 8px solid var(--accent); padding-left: 2rem; }
.cover .kind { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: 600; margin: 0; }
.cover h1 { font-size: 2.4rem; margin: .4rem 0 .6rem; }
.cover .subtitle { font-size: 1.2rem; color: var(--muted); margin: 0 0 2rem; }
.cover table.facts { border: 0; width: auto; margin: 0 0 2rem; }
.cover table.facts th, .cover table.facts td { border: 0; background: none; padding: .2rem 1.2rem .2rem 0; text-align: left; }
.cover table.facts th { color: var(--muted); font-weight: 500; width: 9rem; }
.cover table.facts td { font-weight: 600; }
.cover table.facts { font-size: 1rem; }
.confidentiality { font-size: .85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .6rem; }
nav.contents ol { list-style: none; padding-left: 0; }
nav.contents li.toc-2 { padding-left: 1.5rem; font-size: .95rem; }
nav.contents a { color: var(--ink); text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; font-size: .88rem; }
/* 'anywhere' lets an over-long word wrap inside its cell (with break-word the table grows past the page
   and the print clips it); the min-width keeps short columns from being squeezed to a letter per line. */
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; min-width: 4.5em; }
table.wide { font-size: .76rem; }
table.wide th, table.wide td { padding: .25rem .3rem; }
table.wide td:first-child { white-space: nowrap; }
thead th { background: var(--head); font-weight: 600; }
p.note { color: var(--muted); font-style: italic; }
p.caption { font-weight: 600; margin-bottom: .2rem; }
p.omitted { border: 1px solid #e0b252; background: #fff7e0; padding: .5rem .8rem; font-style: normal; color: #6b4b00; }
figure.diagram { margin: 1rem 0 1.4rem; text-align: center; break-inside: avoid; }
figure.diagram svg { max-width: 100% !important; height: auto !important; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .4rem; }
/* A diagram too big for a page legibly: the screen shows it whole, print shows its parts (html.ts). */
figure.diagram-part { display: none; }
.md code, code { font-family: "Noto Sans Mono", Consolas, "Courier New", ${EMOJI_FONTS}, monospace; font-size: .9em; background: #f3f5f8; padding: 0 .2em; }
.md pre { background: #f3f5f8; padding: .6rem; overflow-x: auto; }
.md blockquote { border-left: 4px solid var(--line); margin-left: 0; padding-left: 1rem; color: var(--muted); }
.page-break { break-after: page; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .cover { min-height: 230mm; break-after: page; }
  nav.contents { break-after: page; }
  main h2 { break-before: page; margin-top: 0; }
  main h2:first-child { break-before: auto; }
  thead { display: table-header-group; }
  /* Paper cannot scroll: code blocks wrap their long lines. */
  .md pre { white-space: pre-wrap; overflow-x: visible; }
  tr, figure, img, svg { break-inside: avoid; }
  /* Laid out but not shown: the parts draw it through <use>, which needs it rendered. */
  figure.diagram-split { height: 0; margin: 0; overflow: hidden; }
  figure.diagram-part { display: block; }
  a { color: inherit; text-decoration: none; }
  /* Chromium's --print-to-pdf leaves backgrounds out unless told (table heads, shaded cells, the cover). */
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/**
 * The page: A4 with margins, and in the bottom margin the title and confidentiality on the left and
 * "Page n of m" on the right. Page-margin boxes (Chromium >= 131) put them there both when a user
 * prints the HTML and when the browser prints it to PDF, so no PDF driver needs footer templates.
 */
/** A4 and the print margins, in millimetres. */
const PAGE_MM = { width: 210, height: 297, top: 20, right: 18, bottom: 22, left: 18 };
const MM_PX = 96 / 25.4;
/**
 * The room a printed figure may take, in CSS pixels: the text column's width, and its height less
 * the caption and the figure's margins.
 */
export const PRINT_FIGURE_AREA = {
  width: Math.floor((PAGE_MM.width - PAGE_MM.left - PAGE_MM.right) * MM_PX),
  height: Math.floor((PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom) * MM_PX) - 100,
};

export function pageCss(footerLeft: string, pageWords: readonly [string, string, string]): string {
  const [before, middle, after] = pageWords.map(cssString);
  const box = `font-size: 8pt; color: #5f6b7a; font-family: "Noto Sans", Arial, "Noto Sans CJK SC", "Microsoft YaHei", ${EMOJI_FONTS}, sans-serif;`;
  const pages = [before, 'counter(page)', middle, 'counter(pages)', after].filter((p) => p !== '""').join(' ');
  const m = PAGE_MM;
  return `@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-left { content: ${cssString(footerLeft)}; ${box} }
  @bottom-right { content: ${pages}; ${box} } }`;
}

/**
 * A CSS string literal that cannot end the string, the rule or the <style> element: quotes,
 * backslashes, line breaks and `<` (no `</style>`) become escapes.
 */
export function cssString(text: string): string {
  if (!text) return '""';
  const escaped = text.replace(/[\\"<>\n\r\f\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}
